// IncidentDialog driven through its real widgets, saving through a real CaseService and
// keeping drafts through a real DraftService.

#include "TestSupport.h"

#include "case/IncidentDialog.h"
#include "widgets/Prompts.h"
#include "common/Clock.h"
#include "common/UkTime.h"
#include "widgets/DateTimeField.h"
#include "services/CaseService.h"
#include "store/Database.h"
#include "services/DraftService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <memory>

using namespace conduct;

namespace {

// 10 July 2024, 13:00 in the UK (British Summer Time, UTC+1).
const QDateTime fakeNow(QDate(2024, 7, 10), QTime(12, 0), Qt::UTC);
const QString draftKey = QStringLiteral("incident:new:case=1");

template <typename T>
T* child(QWidget& parent, const QString& objectName)
{
    T* found = parent.findChild<T*>(objectName);
    INFO("widget " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

template <typename T>
T* child(QWidget& parent, const char* objectName) { return child<T>(parent, QString::fromLatin1(objectName)); }

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);   // in the middle, as the workflow test does
}

// Types the whole value over what is there and leaves the field with Tab, as an officer does.
void typeDateTime(DateTimeField* field, const QString& text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    REQUIRE(field->text() == text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}

// Answers "Discard this incident's changes?" without a message box, and records the question.
struct PromptAnswer {
    explicit PromptAnswer(QMessageBox::StandardButton answer)
    {
        prompts::override() = [this, answer](const QString&, const QString& text, QMessageBox::StandardButtons) {
            asked.append(text);
            return answer;
        };
    }
    ~PromptAnswer() { prompts::override() = nullptr; }
    PromptAnswer(const PromptAnswer&) = delete;
    PromptAnswer& operator=(const PromptAnswer&) = delete;
    QStringList asked;
};

struct Fixture {
    Fixture() : clock(fakeNow), service(t.db(), t.session()), drafts(t.db(), t.session())
    {
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PC 1234 Test");
        auto created = service.createCase(c);
        REQUIRE(created.ok());
        caseRecord = created.value();
    }

    std::unique_ptr<IncidentDialog> open(const Incident& initial = {})
    {
        Incident i = initial;
        i.caseId = caseRecord.id;
        auto dialog = std::make_unique<IncidentDialog>(i, [this](const Incident& e) { return service.addIncident(e); },
                                                       &drafts, draftKey);
        showActive(*dialog);
        return dialog;
    }

    QList<Incident> stored()
    {
        auto detail = service.loadCase(caseRecord.id);
        REQUIRE(detail.ok());
        return detail->incidents;
    }

    bool hasDraft()
    {
        auto d = drafts.offer(draftKey);
        REQUIRE(d.ok());
        return d->has_value();
    }

    ScopedFakeClock clock;
    test::TempDatabase t;
    CaseService service;
    DraftService drafts;
    Case caseRecord;
};

void fillValidIncident(IncidentDialog& dialog)
{
    typeDateTime(child<DateTimeField>(dialog, "startEdit"), QStringLiteral("01/07/2024 09:30"));
    QTest::keyClicks(child<QLineEdit>(dialog, "locationEdit"), QStringLiteral("Outside 12 Park Road"));
    click(child<QCheckBox>(dialog, "behaviour_following"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "descriptionEdit"), QStringLiteral("He followed me home from the bus stop."));
}

} // namespace

TEST_CASE("an incident typed into the dialog is saved, with UK time stored as UTC", "[ui][incident]")
{
    Fixture f;
    auto dialog = f.open();
    fillValidIncident(*dialog);
    CHECK(uktime::timeOf(child<DateTimeField>(*dialog, "startEdit")->utc()) == QTime(9, 30));
    click(child<QCheckBox>(*dialog, "behaviour_loitering"));
    click(child<QCheckBox>(*dialog, "fearOfViolenceCheck"));
    auto* altered = child<QComboBox>(*dialog, "alteredBehaviourCombo");
    auto* how = child<QPlainTextEdit>(*dialog, "alteredBehaviourHowEdit");
    CHECK_FALSE(how->isEnabled());   // "how" is asked only once the answer is yes (3.9)
    altered->setCurrentIndex(altered->findText(QStringLiteral("Yes")));
    REQUIRE(how->isEnabled());
    QTest::keyClicks(how, QStringLiteral("Now takes a taxi home"));
    click(child<QCheckBox>(*dialog, "reportedToPoliceCheck"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "policeReferenceEdit"), QStringLiteral("CAD 123"));

    click(child<QPushButton>(*dialog, "saveButton"));

    CHECK(dialog->result() == QDialog::Accepted);
    const QList<Incident> incidents = f.stored();
    REQUIRE(incidents.size() == 1);
    const Incident& i = incidents.first();
    CHECK(i.startUtc == QDateTime(QDate(2024, 7, 1), QTime(8, 30), Qt::UTC));   // 09:30 BST
    CHECK_FALSE(i.endUtc.isValid());
    CHECK_FALSE(i.online);
    CHECK(i.location == QStringLiteral("Outside 12 Park Road"));
    CHECK(i.behaviours == QList<Behaviour>{Behaviour::Following, Behaviour::Loitering});
    CHECK(i.description == QStringLiteral("He followed me home from the bus stop."));
    CHECK(i.fearOfViolence);
    CHECK_FALSE(i.alarmOrDistress);
    CHECK(i.alteredBehaviour == Answer::Yes);
    CHECK(i.alteredBehaviourHow == QStringLiteral("Now takes a taxi home"));
    CHECK(i.reportedToPolice);
    CHECK(i.policeReference == QStringLiteral("CAD 123"));
    CHECK(dialog->savedIncident().id == i.id);
    CHECK_FALSE(f.hasDraft());   // saved: nothing left to offer back
}

TEST_CASE("an online incident over a winter period records platform and end time", "[ui][incident]")
{
    Fixture f;
    auto dialog = f.open();
    fillValidIncident(*dialog);
    typeDateTime(child<DateTimeField>(*dialog, "startEdit"), QStringLiteral("15/01/2024 09:30"));
    auto* location = child<QLineEdit>(*dialog, "locationEdit");
    auto* platform = child<QLineEdit>(*dialog, "platformEdit");
    CHECK_FALSE(platform->isVisible());
    click(child<QCheckBox>(*dialog, "onlineCheck"));
    CHECK(platform->isVisible());
    CHECK_FALSE(location->isVisible());
    QTest::keyClicks(platform, QStringLiteral("Instagram"));
    auto* end = child<DateTimeField>(*dialog, "endEdit");
    CHECK_FALSE(end->isEnabled());
    click(child<QCheckBox>(*dialog, "spansPeriodCheck"));
    REQUIRE(end->isEnabled());
    typeDateTime(end, QStringLiteral("15/01/2024 23:00"));
    QTest::keyClick(child<QPlainTextEdit>(*dialog, "descriptionEdit"), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog->result() == QDialog::Accepted);
    const QList<Incident> incidents = f.stored();
    REQUIRE(incidents.size() == 1);
    CHECK(incidents[0].startUtc == QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC));   // GMT
    CHECK(incidents[0].endUtc == QDateTime(QDate(2024, 1, 15), QTime(23, 0), Qt::UTC));
    CHECK(incidents[0].online);
    CHECK(incidents[0].platform == QStringLiteral("Instagram"));
    CHECK(incidents[0].location.isEmpty());
}

TEST_CASE("an incident the store refuses is shown inline, naming the field, and nothing is written", "[ui][incident]")
{
    Fixture f;
    auto dialog = f.open();
    fillValidIncident(*dialog);
    auto* banner = child<QLabel>(*dialog, "errorBanner");
    QWidget* expectedFocus = nullptr;
    QString expectedField;

    SECTION("end before start")
    {
        click(child<QCheckBox>(*dialog, "spansPeriodCheck"));
        auto* end = child<DateTimeField>(*dialog, "endEdit");
        typeDateTime(end, QStringLiteral("01/07/2024 08:00"));
        expectedField = QStringLiteral("End: ");
        expectedFocus = end->lineEdit();
    }
    SECTION("a start in the future")
    {
        auto* start = child<DateTimeField>(*dialog, "startEdit");
        typeDateTime(start, QStringLiteral("11/07/2024 09:00"));
        expectedField = QStringLiteral("Start: ");
        expectedFocus = start->lineEdit();
    }
    SECTION("an empty description")
    {
        auto* description = child<QPlainTextEdit>(*dialog, "descriptionEdit");
        description->selectAll();
        QTest::keyClick(description, Qt::Key_Delete);
        expectedField = QStringLiteral("Description: ");
        expectedFocus = description;
    }
    SECTION("no behaviour ticked")
    {
        click(child<QCheckBox>(*dialog, "behaviour_following"));
        expectedField = QStringLiteral("Behaviours: ");
        expectedFocus = child<QCheckBox>(*dialog, "behaviour_following");
    }

    click(child<QPushButton>(*dialog, "saveButton"));
    INFO(banner->text().toStdString());
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(expectedField));
    CHECK(banner->accessibleDescription() == banner->text());
    CHECK(dialog->focusWidget() == expectedFocus);
    CHECK(dialog->isVisible());
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(f.stored().isEmpty());
    CHECK(f.hasDraft());   // a refused save keeps what was typed
}

TEST_CASE("a draft typed and abandoned is offered back, and restoring it fills the form", "[ui][incident][draft]")
{
    Fixture f;
    {
        auto dialog = f.open();
        CHECK_FALSE(dialog->isDraftOffered());
        QTest::keyClicks(child<QLineEdit>(*dialog, "locationEdit"), QStringLiteral("The station car park"));
        // Saved about a second after typing stops, while the dialog is still open.
        CHECK(test::waitFor([&] { return f.hasDraft(); }, 3000));
        click(child<QCheckBox>(*dialog, "behaviour_watching"));
        QTest::keyClicks(child<QPlainTextEdit>(*dialog, "descriptionEdit"), QStringLiteral("Watched me from his car"));
        // Destroyed straight after the last keystroke, before the timer: the destructor keeps it.
    }
    REQUIRE(f.hasDraft());
    auto draft = f.drafts.offer(draftKey);
    REQUIRE(draft.ok());
    CHECK((*draft)->caseId == f.caseRecord.id);
    CHECK((*draft)->title.contains(QStringLiteral("Watched me from his car")));

    auto dialog = f.open();
    CHECK(dialog->isDraftOffered());
    CHECK(child<QWidget>(*dialog, "draftBanner")->isVisible());
    auto* description = child<QPlainTextEdit>(*dialog, "descriptionEdit");
    CHECK(description->toPlainText().isEmpty());
    CHECK_FALSE(description->isEnabled());   // locked until the officer decides

    SECTION("restore")
    {
        click(child<QPushButton>(*dialog, "restoreDraftButton"));
        CHECK_FALSE(dialog->isDraftOffered());
        CHECK_FALSE(child<QWidget>(*dialog, "draftBanner")->isVisible());
        CHECK(description->isEnabled());
        CHECK(description->toPlainText() == QStringLiteral("Watched me from his car"));
        CHECK(child<QLineEdit>(*dialog, "locationEdit")->text() == QStringLiteral("The station car park"));
        CHECK(child<QCheckBox>(*dialog, "behaviour_watching")->isChecked());
        CHECK(dialog->hasUnsavedChanges());

        click(child<QPushButton>(*dialog, "saveButton"));
        CHECK(dialog->result() == QDialog::Accepted);
        REQUIRE(f.stored().size() == 1);
        CHECK(f.stored()[0].description == QStringLiteral("Watched me from his car"));
        CHECK_FALSE(f.hasDraft());
    }
    SECTION("discard")
    {
        click(child<QPushButton>(*dialog, "discardDraftButton"));
        CHECK_FALSE(dialog->isDraftOffered());
        CHECK(description->toPlainText().isEmpty());
        CHECK_FALSE(f.hasDraft());
        CHECK_FALSE(dialog->hasUnsavedChanges());
    }
    SECTION("cancel without deciding keeps the draft for next time")
    {
        const PromptAnswer answer(QMessageBox::Discard);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        CHECK(answer.asked.isEmpty());
        CHECK(dialog->result() == QDialog::Rejected);
        CHECK(f.hasDraft());
    }
}

TEST_CASE("cancelling with unsaved changes asks first, and discarding removes the draft", "[ui][incident][draft]")
{
    Fixture f;
    auto dialog = f.open();

    SECTION("no changes: Escape closes without asking")
    {
        const PromptAnswer answer(QMessageBox::Cancel);
        QTest::keyClick(child<DateTimeField>(*dialog, "startEdit")->lineEdit(), Qt::Key_Escape);
        CHECK(answer.asked.isEmpty());
        CHECK(dialog->result() == QDialog::Rejected);
        CHECK_FALSE(f.hasDraft());
    }
    SECTION("the officer keeps editing")
    {
        QTest::keyClicks(child<QPlainTextEdit>(*dialog, "descriptionEdit"), QStringLiteral("Phoned 14 times"));
        const PromptAnswer answer(QMessageBox::Cancel);
        click(child<QPushButton>(*dialog, "cancelButton"));
        CHECK(answer.asked == QStringList{QStringLiteral("Discard this incident's changes?")});
        CHECK(dialog->isVisible());
        CHECK(f.hasDraft());   // written on the way, before the question
    }
    SECTION("the officer discards")
    {
        QTest::keyClicks(child<QPlainTextEdit>(*dialog, "descriptionEdit"), QStringLiteral("Phoned 14 times"));
        const PromptAnswer answer(QMessageBox::Discard);
        dialog->close();
        CHECK(answer.asked.size() == 1);
        CHECK_FALSE(dialog->isVisible());
        CHECK(dialog->result() == QDialog::Rejected);
        CHECK_FALSE(f.hasDraft());
        dialog.reset();   // and destroying it afterwards writes nothing back
        CHECK_FALSE(f.hasDraft());
    }
    CHECK(f.stored().isEmpty());
}

TEST_CASE("the incident dialog lists every behaviour under the right heading, labelled", "[ui][incident]")
{
    Fixture f;
    auto dialog = f.open();
    auto* stalking = child<QGroupBox>(*dialog, "stalkingBehavioursGroup");
    auto* other = child<QGroupBox>(*dialog, "otherBehavioursGroup");
    CHECK(stalking->title() == QStringLiteral("Stalking behaviours (PHA 1997 s2A(3))"));
    for (Behaviour b : allValues<Behaviour>()) {
        const QString name = QStringLiteral("behaviour_") + toCode(b);
        INFO(name.toStdString());
        auto* box = child<QCheckBox>(*dialog, name);
        CHECK(box->parentWidget() == (isStalkingBehaviour(b) ? stalking : other));
        CHECK(box->text() == labelOf(b));
        CHECK(box->accessibleName() == labelOf(b));
    }
    for (const char* name : {"startEdit", "endEdit", "locationEdit", "platformEdit", "descriptionEdit",
                              "alteredBehaviourCombo", "alteredBehaviourHowEdit", "policeReferenceEdit"}) {
        INFO(name);
        CHECK_FALSE(child<QWidget>(*dialog, name)->accessibleName().isEmpty());
    }
    int buddies = 0;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->buddy() && label->text().contains(QLatin1Char('&'))) ++buddies;
    CHECK(buddies >= 8);
    CHECK(child<QLabel>(*dialog, "errorBanner")->isHidden());
}
