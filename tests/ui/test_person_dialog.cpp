// PersonDialog driven through its real widgets, saving through a real CaseService.

#include "TestSupport.h"
#include "widgets/DateField.h"

#include "case/PersonDialog.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

using namespace conduct;

namespace {

template <typename T>
T* child(QWidget& parent, const char* objectName)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(objectName));
    INFO("widget " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

Case makeCase(CaseService& service)
{
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    auto created = service.createCase(c);
    INFO((created.ok() ? QString() : created.error().text()).toStdString());
    REQUIRE(created.ok());
    return created.value();
}

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QList<Person> storedPeople(CaseService& service, qint64 caseId)
{
    auto detail = service.loadCase(caseId);
    REQUIRE(detail.ok());
    return detail->people;
}

} // namespace

TEST_CASE("a suspect typed into the person dialog is saved to the store as typed", "[ui][person]")
{
    const ScopedFakeClock clock(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const Case c = makeCase(service);
    Person initial;
    initial.caseId = c.id;
    PersonDialog dialog(initial, [&](const Person& p) { return service.addPerson(p); });
    showActive(dialog);

    auto* role = child<QComboBox>(dialog, "roleCombo");
    CHECK(child<QLineEdit>(dialog, "safeContactEdit")->isVisible());   // complainant by default (6.4)
    CHECK_FALSE(child<QComboBox>(dialog, "relationshipCombo")->isVisible());
    selectCode(role, toCode(PersonRole::Suspect));
    CHECK(child<QComboBox>(dialog, "relationshipCombo")->isVisible());
    CHECK(child<QCheckBox>(dialog, "domesticAbuseCheck")->isVisible());
    CHECK_FALSE(child<QLineEdit>(dialog, "safeContactEdit")->isVisible());
    CHECK(child<QComboBox>(dialog, "relationshipCombo")->count() == allValues<Relationship>().size());

    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Mr"));
    QTest::keyClicks(child<QLineEdit>(dialog, "forenamesEdit"), QStringLiteral("John Paul"));
    QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Smith"));
    QTest::keyClicks(child<QLineEdit>(dialog, "genderEdit"), QStringLiteral("Male"));

    auto* unknown = child<QCheckBox>(dialog, "dateOfBirthUnknownCheck");
    auto* dob = child<DateField>(dialog, "dateOfBirthEdit");
    CHECK(unknown->isChecked());   // a new person's date of birth starts as not known
    CHECK_FALSE(dob->isEnabled());
    QTest::mouseClick(unknown, Qt::LeftButton);
    CHECK_FALSE(unknown->isChecked());
    REQUIRE(dob->isEnabled());
    CHECK(dob->text().isEmpty());   // no stand-in date to type over
    QTest::keyClicks(dob->lineEdit(), QStringLiteral("14/3/1985"));
    QTest::keyClick(dob->lineEdit(), Qt::Key_Tab);
    CHECK(dob->date() == QDate(1985, 3, 14));
    CHECK(dob->text() == QStringLiteral("14/03/1985"));

    selectCode(child<QComboBox>(dialog, "relationshipCombo"), toCode(Relationship::ExPartner));
    // Protocol 4.3: an ex-partner ticks the box by itself (test_person_details_ui.cpp tests the rest).
    CHECK(child<QCheckBox>(dialog, "domesticAbuseCheck")->isChecked());

    auto* aliases = child<QPlainTextEdit>(dialog, "aliasesEdit");
    QTest::keyClicks(aliases, QStringLiteral("Johnny"));
    QTest::keyClick(aliases, Qt::Key_Return);
    QTest::keyClick(aliases, Qt::Key_Return);   // a blank line is not an entry
    QTest::keyClicks(aliases, QStringLiteral("  JS  "));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "phonesEdit"), QStringLiteral("07700 900123"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "handlesEdit"), QStringLiteral("Instagram: @jps"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "vehiclesEdit"), QStringLiteral("AB12 CDE"));

    auto* addresses = child<QTableWidget>(dialog, "addressesTable");
    QTest::mouseClick(child<QPushButton>(dialog, "addAddressButton"), Qt::LeftButton);
    REQUIRE(addresses->rowCount() == 1);
    auto* addressEditor = qobject_cast<QLineEdit*>(addresses->indexWidget(addresses->model()->index(0, 0)));
    REQUIRE(addressEditor != nullptr);   // the new row opens ready for typing
    QTest::keyClicks(addressEditor, QStringLiteral("1 High Street, Anytown AN1 1AA"));
    addresses->item(0, 2)->setCheckState(Qt::Checked);

    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.savedPerson().id > 0);
    const QList<Person> people = storedPeople(service, c.id);
    REQUIRE(people.size() == 1);
    const Person& p = people.first();
    CHECK(p.role == PersonRole::Suspect);
    CHECK(p.title == QStringLiteral("Mr"));
    CHECK(p.forenames == QStringLiteral("John Paul"));
    CHECK(p.surname == QStringLiteral("Smith"));
    CHECK(p.gender == QStringLiteral("Male"));
    CHECK(p.dateOfBirth == QDate(1985, 3, 14));
    CHECK(p.relationship == Relationship::ExPartner);
    CHECK(p.domesticAbuse);
    CHECK(p.aliases == QStringList{QStringLiteral("Johnny"), QStringLiteral("JS")});
    CHECK(p.phones == QStringList{QStringLiteral("07700 900123")});
    CHECK(p.onlineHandles == QStringList{QStringLiteral("Instagram: @jps")});
    CHECK(p.vehicles == QStringList{QStringLiteral("AB12 CDE")});
    REQUIRE(p.addresses.size() == 1);
    CHECK(p.addresses[0].text == QStringLiteral("1 High Street, Anytown AN1 1AA"));
    CHECK(p.addresses[0].confidential);
    CHECK_FALSE(p.addresses[0].verifiedOn.isValid());
    CHECK(p.preferredContact.isEmpty());   // complainant-only answers are not kept for a suspect
}

TEST_CASE("editing a complainant keeps their identity and updates the stored record", "[ui][person]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const Case c = makeCase(service);
    Person original;
    original.caseId = c.id;
    original.forenames = QStringLiteral("Jane");
    original.surname = QStringLiteral("Doe");
    original.dateOfBirth = QDate(1990, 5, 2);
    original.addresses = {Address{QStringLiteral("2 Low Road"), QDate(2024, 1, 5), false}};
    auto added = service.addPerson(original);
    REQUIRE(added.ok());

    PersonDialog dialog(added.value(), [&](const Person& p) { return service.updatePerson(p); });
    showActive(dialog);
    CHECK(child<DateField>(dialog, "dateOfBirthEdit")->date() == QDate(1990, 5, 2));
    CHECK_FALSE(child<QCheckBox>(dialog, "dateOfBirthUnknownCheck")->isChecked());
    auto* addresses = child<QTableWidget>(dialog, "addressesTable");
    const QVariant verifiedOn = addresses->item(0, 1)->data(Qt::EditRole);
    CHECK(verifiedOn.toDate() == QDate(2024, 1, 5));
    auto* verifiedDelegate = qobject_cast<QStyledItemDelegate*>(addresses->itemDelegateForColumn(1));
    REQUIRE(verifiedDelegate != nullptr);
    CHECK(verifiedDelegate->displayText(verifiedOn, QLocale()) == QStringLiteral("05/01/2024"));
    QTest::keyClicks(child<QLineEdit>(dialog, "safeContactEdit"), QStringLiteral("Work mobile, after 6pm"));
    auto* surname = child<QLineEdit>(dialog, "surnameEdit");
    surname->selectAll();
    QTest::keyClicks(surname, QStringLiteral("Doe-Brown"));
    // Ctrl+Return saves from any field.
    QTest::keyClick(surname, Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() == QDialog::Accepted);
    const QList<Person> people = storedPeople(service, c.id);
    REQUIRE(people.size() == 1);
    CHECK(people[0].id == added->id);
    CHECK(people[0].surname == QStringLiteral("Doe-Brown"));
    CHECK(people[0].safeContact == QStringLiteral("Work mobile, after 6pm"));
    CHECK(people[0].rowVersion == 2);
    CHECK(people[0].addresses == original.addresses);
    CHECK(dialog.savedPerson().rowVersion == 2);
}

TEST_CASE("a person the store refuses is shown inline, naming the field, and nothing is written", "[ui][person]")
{
    const ScopedFakeClock clock(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const Case c = makeCase(service);
    Person initial;
    initial.caseId = c.id;
    PersonDialog dialog(initial, [&](const Person& p) { return service.addPerson(p); });
    showActive(dialog);
    auto* banner = child<QLabel>(dialog, "errorBanner");
    CHECK_FALSE(banner->isVisible());

    SECTION("a date of birth in the future")
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Smith"));
        auto* unknown = child<QCheckBox>(dialog, "dateOfBirthUnknownCheck");
        QTest::mouseClick(unknown, Qt::LeftButton);
        auto* dob = child<DateField>(dialog, "dateOfBirthEdit");
        QTest::keyClicks(dob->lineEdit(), QStringLiteral("02/06/2024"));   // tomorrow
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        CHECK(banner->text().startsWith(QStringLiteral("Date of birth: ")));
        CHECK(banner->text().contains(QStringLiteral("02/06/2024")));
        CHECK(dialog.focusWidget() == dob->lineEdit());
    }
    SECTION("no name at all")
    {
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        CHECK(banner->text().startsWith(QStringLiteral("Surname: ")));
        CHECK(dialog.focusWidget() == child<QLineEdit>(dialog, "surnameEdit"));
    }
    SECTION("an address row left empty")
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Smith"));
        QTest::mouseClick(child<QPushButton>(dialog, "addAddressButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        CHECK(banner->text().startsWith(QStringLiteral("Address: ")));
        CHECK(dialog.focusWidget() == child<QTableWidget>(dialog, "addressesTable"));
    }

    CHECK(banner->isVisible());
    CHECK(banner->accessibleDescription() == banner->text());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(storedPeople(service, c.id).isEmpty());
}

TEST_CASE("every person field is labelled for keyboard and screen-reader users", "[ui][person]")
{
    Person initial;
    PersonDialog dialog(initial, [](const Person& p) { return Result<Person>(p); });
    showActive(dialog);
    const QList<QWidget*> inputs = dialog.findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : inputs) {
        const bool isInput = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QCheckBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!isInput || w->objectName().isEmpty() || w->objectName().startsWith(QStringLiteral("qt_"))) continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked >= 17);
    int buddies = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->buddy()) continue;
        INFO(label->text().toStdString());
        CHECK(label->text().contains(QLatin1Char('&')));   // a mnemonic reaches the field
        ++buddies;
    }
    CHECK(buddies >= 14);

    // Escape cancels.
    QTest::keyClick(child<QLineEdit>(dialog, "surnameEdit"), Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}
