// PersonDialog's issue 22 fields through the real widgets: the domestic abuse suggestion of
// protocol 4.3 as the officer picks a relationship, the relationship's end date, and a witness's
// occupation, ethnicity, over-18 answer and statement date saved through a real CaseService.

#include "TestSupport.h"

#include "case/PersonDialog.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "store/Database.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

qint64 makeCase(CaseService& service)
{
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Picks a combo entry the way the officer does: focus it and type the start of its label.
// Waits out the keyboard search interval first, so letters typed earlier into the same combo do
// not run on into these.
void typeInto(QComboBox* combo, const QString& start)
{
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(combo, start);
}
} // namespace

TEST_CASE("person dialog: choosing an ex-partner ticks domestic abuse with the 4.3 reason; unticking stands",
          "[ui][person][gui]")
{
    const ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    Person initial;
    initial.caseId = makeCase(service);
    PersonDialog dialog(initial, [&](const Person& p) { return service.addPerson(p); });
    showActive(dialog);

    typeInto(child<QComboBox>(dialog, "roleCombo"), QStringLiteral("S"));
    REQUIRE(child<QComboBox>(dialog, "roleCombo")->currentData().toString() == QStringLiteral("suspect"));
    QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Placeholder"));

    auto* relationship = child<QComboBox>(dialog, "relationshipCombo");
    auto* domesticAbuse = child<QCheckBox>(dialog, "domesticAbuseCheck");
    auto* reason = child<QLabel>(dialog, "domesticAbuseReasonLabel");
    auto* ended = child<DateField>(dialog, "relationshipEndedEdit");
    CHECK_FALSE(domesticAbuse->isChecked());
    CHECK_FALSE(reason->isVisible());
    CHECK_FALSE(ended->isEnabled());   // "Unknown" relationship: nothing to end

    typeInto(relationship, QStringLiteral("E"));
    REQUIRE(relationship->currentData().toString() == QStringLiteral("ex_partner"));
    CHECK(domesticAbuse->isChecked());
    CHECK(reason->isVisible());
    CHECK(reason->text().startsWith(QStringLiteral("Current or former partner")));
    CHECK(reason->text().contains(QStringLiteral("Domestic Abuse Act 2021 s1–2")));
    CHECK(reason->text().contains(QStringLiteral("protocol 4.3")));
    REQUIRE(ended->isEnabled());

    // The officer decides otherwise: the box stays unticked while the relationship stays.
    QTest::mouseClick(domesticAbuse, Qt::LeftButton);
    CHECK_FALSE(domesticAbuse->isChecked());
    // Tabbed into (a click could land outside the scrolled form's viewport).
    ended->lineEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(ended->lineEdit(), QStringLiteral("30/11/2025"));
    QTest::keyClick(ended->lineEdit(), Qt::Key_Tab);
    CHECK(ended->date() == QDate(2025, 11, 30));
    CHECK_FALSE(domesticAbuse->isChecked());

    SECTION("saved as decided, with when the relationship ended")
    {
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto detail = service.loadCase(initial.caseId);
        REQUIRE(detail.ok());
        REQUIRE(detail->people.size() == 1);
        const Person& p = detail->people.first();
        CHECK(p.relationship == Relationship::ExPartner);
        CHECK_FALSE(p.domesticAbuse);
        CHECK(p.relationshipEndedOn == QDate(2025, 11, 30));
    }
    SECTION("a relationship that does not suggest it leaves the box and hides the reason; family suggests it again")
    {
        typeInto(relationship, QStringLiteral("A"));
        REQUIRE(relationship->currentData().toString() == QStringLiteral("acquaintance"));
        CHECK_FALSE(domesticAbuse->isChecked());
        CHECK_FALSE(reason->isVisible());
        CHECK_FALSE(ended->isEnabled());

        typeInto(relationship, QStringLiteral("F"));
        REQUIRE(relationship->currentData().toString() == QStringLiteral("family"));
        CHECK(domesticAbuse->isChecked());
        CHECK(reason->text().startsWith(QStringLiteral("Family member")));
        CHECK(ended->isEnabled());
    }
}

TEST_CASE("person dialog: an edited suspect keeps the saved domestic abuse decision", "[ui][person][gui]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    Person suspect;
    suspect.caseId = makeCase(service);
    suspect.role = PersonRole::Suspect;
    suspect.surname = QStringLiteral("Placeholder");
    suspect.relationship = Relationship::CurrentPartner;
    suspect.domesticAbuse = false;   // the officer's earlier decision
    auto saved = service.addPerson(suspect);
    REQUIRE(saved.ok());
    PersonDialog dialog(saved.value(), [&](const Person& p) { return service.updatePerson(p); });
    showActive(dialog);
    CHECK_FALSE(child<QCheckBox>(dialog, "domesticAbuseCheck")->isChecked());
    CHECK(child<QLabel>(dialog, "domesticAbuseReasonLabel")->text().startsWith(QStringLiteral("Current partner")));
}

TEST_CASE("person dialog: a witness's occupation, ethnicity, over 18 and statement date are saved", "[ui][person][gui]")
{
    const ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    Person initial;
    initial.caseId = makeCase(service);
    PersonDialog dialog(initial, [&](const Person& p) { return service.addPerson(p); });
    showActive(dialog);

    typeInto(child<QComboBox>(dialog, "roleCombo"), QStringLiteral("W"));
    REQUIRE(child<QComboBox>(dialog, "roleCombo")->currentData().toString() == QStringLiteral("witness"));
    CHECK_FALSE(child<DateField>(dialog, "relationshipEndedEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Sample"));
    QTest::keyClicks(child<QLineEdit>(dialog, "occupationEdit"), QStringLiteral("Pharmacist"));
    auto* ethnicity = child<QComboBox>(dialog, "ethnicityCombo");
    CHECK(ethnicity->currentData().toString().isEmpty());   // blank allowed: not recorded
    CHECK(ethnicity->count() == 18);
    typeInto(ethnicity, QStringLiteral("B2"));
    REQUIRE(ethnicity->currentData().toString() == QStringLiteral("B2"));

    // No date of birth: the question is asked.
    auto* over18 = child<QComboBox>(dialog, "over18Combo");
    auto* age = child<QLabel>(dialog, "ageLabel");
    CHECK(over18->isVisible());
    CHECK_FALSE(age->isVisible());
    typeInto(over18, QStringLiteral("Y"));
    REQUIRE(over18->currentData().toString() == QStringLiteral("yes"));

    auto* statement = child<DateField>(dialog, "statementDateEdit");
    REQUIRE(statement->isVisible());
    QTest::keyClicks(statement->lineEdit(), QStringLiteral("14/2/2026"));

    SECTION("saved")
    {
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto detail = service.loadCase(initial.caseId);
        REQUIRE(detail.ok());
        REQUIRE(detail->people.size() == 1);
        const Person& p = detail->people.first();
        CHECK(p.occupation == QStringLiteral("Pharmacist"));
        CHECK(p.ethnicityCode == QStringLiteral("B2"));
        CHECK(p.over18 == std::optional<bool>(true));
        CHECK(p.statementDate == QDate(2026, 2, 14));
    }
    SECTION("with a date of birth the age is shown instead of the question")
    {
        QTest::mouseClick(child<QCheckBox>(dialog, "dateOfBirthUnknownCheck"), Qt::LeftButton);
        auto* dob = child<DateField>(dialog, "dateOfBirthEdit");
        QTest::keyClicks(dob->lineEdit(), QStringLiteral("3/3/2008"));
        QTest::keyClick(dob->lineEdit(), Qt::Key_Tab);
        REQUIRE(dob->date() == QDate(2008, 3, 3));
        CHECK_FALSE(over18->isVisible());
        CHECK(age->isVisible());
        CHECK(age->text().startsWith(QStringLiteral("Aged 17 today")));   // 18 tomorrow
        CHECK(age->text().contains(QStringLiteral("under 18")));
    }
    SECTION("a statement dated tomorrow is refused naming the field, and the dialog stays open")
    {
        statement->lineEdit()->selectAll();
        QTest::keyClicks(statement->lineEdit(), QStringLiteral("3/3/2026"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(dialog, "errorBanner")->text().startsWith(QStringLiteral("Date of original statement")));
        auto detail = service.loadCase(initial.caseId);
        REQUIRE(detail.ok());
        CHECK(detail->people.isEmpty());
    }
}
