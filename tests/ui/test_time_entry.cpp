// Issue 23, the widgets: dates and date-times typed whole, read when the officer leaves the field,
// refused by name when impossible, the clock-change hours asked about or refused; the calendar
// popup; and the mouse wheel that never changes a field without keyboard focus.

#include "GuiTestSupport.h"

#include "case/CaseForm.h"
#include "case/IncidentDialog.h"
#include "case/PersonDialog.h"
#include "common/Clock.h"
#include "common/UkTime.h"
#include "domain/Validation.h"
#include "evidence/ExhibitDialog.h"
#include "risk/AssessmentForm.h"
#include "risk/AssessmentItemRow.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"
#include "widgets/Prompts.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace conduct;
using test::child;

namespace {

// 28 November 2026, midday in London (GMT): after both of 2026's clock changes.
const QDateTime fakeNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// A field in a small window, labelled as the forms label theirs.
struct FieldHost {
    QWidget window;
    QFormLayout* form = new QFormLayout(&window);
    QLineEdit* other = new QLineEdit(&window);   // somewhere for Tab to go
    QLabel* label = nullptr;

    template <typename Field>
    Field* add(Field* field, const QString& labelText)
    {
        label = addLabelledRow(form, labelText, field);
        form->addRow(QStringLiteral("Other"), other);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        return field;
    }
};

// Types the whole text over the field's and leaves it with Tab, as an officer does.
void typeAndLeave(DateEntry* field, const QString& text)
{
    field->lineEdit()->setFocus(Qt::TabFocusReason);
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}

// Answers "which 01:30?" with the given choice (0 first, 1 second) and counts the questions.
struct RepeatedHourAnswer {
    explicit RepeatedHourAnswer(int choice)
    {
        prompts::choiceOverride() = [this, choice](const QString&, const QString& text, const QStringList& choices) {
            questions.append(text);
            offered = choices;
            return std::optional<int>(choice);
        };
    }
    ~RepeatedHourAnswer() { prompts::choiceOverride() = nullptr; }
    RepeatedHourAnswer(const RepeatedHourAnswer&) = delete;
    RepeatedHourAnswer& operator=(const RepeatedHourAnswer&) = delete;
    QStringList questions;
    QStringList offered;
};

} // namespace

TEST_CASE("a date is read whole when the officer leaves the field, and an impossible one is refused by name", "[time][widgets]")
{
    const ScopedFakeClock clock(fakeNow);
    FieldHost host;
    auto* field = host.add(new DateField(QStringLiteral("reportDate")), QStringLiteral("Report &date:"));
    QSignalSpy changed(field, &DateField::valueChanged);

    SECTION("empty is really empty")
    {
        CHECK(field->text().isEmpty());
        CHECK_FALSE(field->date().isValid());
        CHECK(field->commit().ok());
        CHECK_FALSE(field->hasError());
    }
    SECTION("typed digit by digit, nothing is read until the field is left")
    {
        field->lineEdit()->setFocus();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("15/03/2026"));
        CHECK_FALSE(field->date().isValid());   // not read half-typed
        QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
        CHECK(field->date() == QDate(2026, 3, 15));
        CHECK(changed.count() == 1);
    }
    SECTION("the day and month as the officer writes them")
    {
        typeAndLeave(field, QStringLiteral("31/3/2026"));
        CHECK(field->date() == QDate(2026, 3, 31));
        CHECK(field->text() == QStringLiteral("31/03/2026"));
    }
    SECTION("Enter reads it too")
    {
        field->lineEdit()->setFocus();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("01/12/2025"));
        QTest::keyClick(field->lineEdit(), Qt::Key_Return);
        CHECK(field->date() == QDate(2025, 12, 1));
    }
    SECTION("31 April is refused, naming the field, and the typing is kept")
    {
        typeAndLeave(field, QStringLiteral("31/04/2026"));
        CHECK_FALSE(field->date().isValid());
        REQUIRE(field->hasError());
        CHECK(field->error()->text() == QStringLiteral("Report date: 31/04/2026: April has 30 days."));
        CHECK(field->text() == QStringLiteral("31/04/2026"));
        auto* inline_ = child<QLabel>(&host.window, "reportDateError");
        CHECK(inline_->isVisible());
        CHECK(inline_->text() == field->error()->text());
        CHECK(field->lineEdit()->accessibleDescription() == field->error()->text());
        // Corrected, the refusal goes.
        typeAndLeave(field, QStringLiteral("30/04/2026"));
        CHECK(field->date() == QDate(2026, 4, 30));
        CHECK_FALSE(inline_->isVisible());
    }
    SECTION("29 February in a year that is not a leap year is refused, not made 28")
    {
        typeAndLeave(field, QStringLiteral("29/02/2025"));
        CHECK_FALSE(field->date().isValid());
        REQUIRE(field->hasError());
        CHECK(field->error()->text().contains(QStringLiteral("February 2025 has 28 days")));
        CHECK(field->text() == QStringLiteral("29/02/2025"));
    }
    SECTION("a required field refuses empty")
    {
        field->setRequired(true);
        CHECK_FALSE(field->commit().ok());
        CHECK(field->error()->field == QStringLiteral("Report date"));
    }
}

TEST_CASE("a date field carries its label's name and is the label's buddy", "[time][widgets]")
{
    FieldHost host;
    auto* field = host.add(new DateField(QStringLiteral("consentOn")), QStringLiteral("&Consent given on:"));
    CHECK(host.label->buddy() == field);
    CHECK(field->lineEdit()->accessibleName() == QStringLiteral("Consent given on:"));
    CHECK(field->calendarButton()->accessibleName().contains(QStringLiteral("Consent given on")));
    host.other->setFocus();
    QTest::keyClick(host.other, Qt::Key_C, Qt::AltModifier);   // the label's mnemonic, from another field
    CHECK(QApplication::focusWidget() == field->lineEdit());
}

TEST_CASE("the calendar opens at the value, the form's reference date or today, and a picked day fills the field",
          "[time][widgets]")
{
    const ScopedFakeClock clock(fakeNow);
    FieldHost host;
    auto* field = host.add(new DateTimeField(QStringLiteral("breachAt")), QStringLiteral("When:"));
    QCalendarWidget* calendar = field->calendar();

    // Empty: today in London, not January 2000.
    field->lineEdit()->setFocus();
    QTest::keyClick(field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(field->isCalendarOpen());
    CHECK(calendar->selectedDate() == QDate(2026, 11, 28));
    CHECK(calendar->monthShown() == 11);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(field->isCalendarOpen());
    CHECK(field->text().isEmpty());

    // A reference date the form gives.
    field->setReferenceDate(QDate(2026, 3, 2));
    QTest::keyClick(field->lineEdit(), Qt::Key_F4);
    REQUIRE(field->isCalendarOpen());
    CHECK(calendar->selectedDate() == QDate(2026, 3, 2));
    field->closeCalendar();

    // A typed value: the calendar opens there, and a picked day keeps the typed time.
    typeAndLeave(field, QStringLiteral("10/06/2026 23:10"));
    field->lineEdit()->setFocus();
    QTest::mouseClick(field->calendarButton(), Qt::LeftButton);
    REQUIRE(field->isCalendarOpen());
    CHECK(calendar->selectedDate() == QDate(2026, 6, 10));
    calendar->setSelectedDate(QDate(2026, 6, 12));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // the calendar's Enter picks the day
    CHECK_FALSE(field->isCalendarOpen());
    CHECK(field->text() == QStringLiteral("12/06/2026 23:10"));
    CHECK(field->utc() == QDateTime(QDate(2026, 6, 12), QTime(22, 10), Qt::UTC));   // 23:10 BST
}

TEST_CASE("a date-time in the hour the clocks skip is refused; one in the hour that happens twice is asked about once",
          "[time][widgets]")
{
    const ScopedFakeClock clock(fakeNow);
    FieldHost host;
    auto* field = host.add(new DateTimeField(QStringLiteral("contactAt")), QStringLiteral("Contact date:"));

    SECTION("29/03/2026 01:30 does not exist")
    {
        typeAndLeave(field, QStringLiteral("29/03/2026 01:30"));
        CHECK_FALSE(field->utc().isValid());
        REQUIRE(field->hasError());
        CHECK(field->error()->text() == QStringLiteral("Contact date: 29/03/2026 01:30 does not exist in the UK: clocks went "
                                                        "forward from 01:00 GMT to 02:00 BST."));
        CHECK(field->text() == QStringLiteral("29/03/2026 01:30"));
    }
    SECTION("the second 01:30 of 25/10/2026 is 01:30 GMT")
    {
        RepeatedHourAnswer answer(1);
        typeAndLeave(field, QStringLiteral("25/10/2026 01:30"));
        REQUIRE(answer.questions.size() == 1);
        CHECK(answer.questions[0] == uktime::repeatedHourQuestion(QDate(2026, 10, 25), QTime(1, 30)));
        CHECK(answer.offered == QStringList{uktime::firstOccurrenceLabel(QTime(1, 30)), uktime::secondOccurrenceLabel(QTime(1, 30))});
        CHECK(field->utc() == QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
        CHECK(field->text() == QStringLiteral("25/10/2026 01:30 GMT"));
        // Read again, or the same time typed again: the answer holds, nobody is asked twice.
        CHECK(field->commit().ok());
        typeAndLeave(field, QStringLiteral("25/10/2026 01:30"));
        CHECK(answer.questions.size() == 1);
        CHECK(field->utc() == QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
    }
    SECTION("the first 01:30 is 00:30 UTC, shown as BST")
    {
        RepeatedHourAnswer answer(0);
        typeAndLeave(field, QStringLiteral("25/10/2026 01:30"));
        CHECK(answer.questions.size() == 1);
        CHECK(field->utc() == QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
        CHECK(field->text() == QStringLiteral("25/10/2026 01:30 BST"));
    }
    SECTION("a date alone is refused where the time must be known")
    {
        typeAndLeave(field, QStringLiteral("25/10/2026"));
        CHECK_FALSE(field->utc().isValid());
        REQUIRE(field->hasError());
        CHECK(field->error()->text().contains(QStringLiteral("type the time too")));
    }
}

TEST_CASE("where the time is not known, a date alone is the day, stored as London midnight", "[time][widgets]")
{
    const ScopedFakeClock clock(fakeNow);
    FieldHost host;
    auto* field = host.add(new DateTimeField(QStringLiteral("startEdit")), QStringLiteral("Start:"));
    QCheckBox* unknown = field->offerTimeNotKnown(QStringLiteral("startTimeNotKnownCheck"));

    typeAndLeave(field, QStringLiteral("14/7/2026"));
    CHECK_FALSE(field->timeKnown());
    CHECK(unknown->isChecked());
    CHECK(field->utc() == uktime::startOfDayUtc(QDate(2026, 7, 14)));   // 23:00 UTC the day before (BST)
    CHECK(field->text() == QStringLiteral("14/07/2026"));

    typeAndLeave(field, QStringLiteral("14/07/2026 18:45"));
    CHECK(field->timeKnown());
    CHECK_FALSE(unknown->isChecked());
    CHECK(field->utc() == QDateTime(QDate(2026, 7, 14), QTime(17, 45), Qt::UTC));

    QTest::mouseClick(unknown, Qt::LeftButton);   // ticking the box drops the time
    CHECK(field->text() == QStringLiteral("14/07/2026"));
    CHECK_FALSE(field->timeKnown());
    CHECK(field->utc() == uktime::startOfDayUtc(QDate(2026, 7, 14)));
}

TEST_CASE("the mouse wheel over an unfocused DASH officer's level changes nothing and the draft is not touched",
          "[time][risk]")
{
    const ScopedFakeClock clock(fakeNow);
    test::TempDatabase t;
    CaseService cases(t.db(), t.session());
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 4521 Carter");
    auto created = cases.createCase(c);
    REQUIRE(created.ok());
    RiskAssessmentService service(t.db(), t.session());
    auto started = service.startAssessment(created->id, QStringLiteral("dash-2009"));
    REQUIRE(started.ok());
    AssessmentForm form(service, started.value());
    form.resize(1000, 800);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));

    auto* level = child<QComboBox>(&form, "officerLevelCombo");
    CHECK(level->focusPolicy() == Qt::StrongFocus);   // the wheel alone never gives it focus
    level->setCurrentIndex(level->findData(QStringLiteral("medium")));
    REQUIRE(form.saveDraft());
    const auto before = service.get(started->id);
    REQUIRE(before.ok());
    REQUIRE(before->officerLevel == QStringLiteral("medium"));

    form.rows().first()->setFocus();   // scrolling the form, focus elsewhere
    REQUIRE_FALSE(level->hasFocus());
    const QPointF centre(level->width() / 2.0, level->height() / 2.0);
    for (int notch : {-120, 120}) {
        QWheelEvent wheel(centre, level->mapToGlobal(centre), QPoint(), QPoint(0, notch), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(level, &wheel);
        CHECK(level->currentData().toString() == QStringLiteral("medium"));
    }
    QTest::qWait(900);   // longer than the form's autosave delay
    CHECK(child<QLabel>(&form, "savedState")->text() != QStringLiteral("Unsaved changes…"));
    const auto after = service.get(started->id);
    REQUIRE(after.ok());
    CHECK(after->officerLevel == QStringLiteral("medium"));
    CHECK(after->rowVersion == before->rowVersion);

    // With the keyboard focus on it, the wheel still works as the officer expects.
    level->setFocus();
    QWheelEvent wheel(centre, level->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(level, &wheel);
    CHECK(level->currentData().toString() != QStringLiteral("medium"));
}

TEST_CASE("a spin box without focus ignores the wheel too, application-wide", "[time][widgets]")
{
    QWidget window;
    auto* spin = new QSpinBox(&window);
    spin->setValue(5);
    auto* other = new QLineEdit(&window);
    other->move(0, 40);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    other->setFocus();
    CHECK(spin->focusPolicy() == Qt::StrongFocus);
    const QPointF centre(spin->width() / 2.0, spin->height() / 2.0);
    QWheelEvent wheel(centre, spin->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(spin, &wheel);
    CHECK(spin->value() == 5);
}

TEST_CASE("the DASH MARAC referral date is typed whole and a refused one saves nothing", "[time][risk]")
{
    const ScopedFakeClock clock(fakeNow);
    test::TempDatabase t;
    CaseService cases(t.db(), t.session());
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 4521 Carter");
    auto created = cases.createCase(c);
    REQUIRE(created.ok());
    RiskAssessmentService service(t.db(), t.session());
    auto started = service.startAssessment(created->id, QStringLiteral("dash-2009"));
    REQUIRE(started.ok());
    AssessmentForm form(service, started.value());
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    auto* decision = child<QComboBox>(&form, "maracDecision");
    decision->setCurrentIndex(decision->findData(referralDecisionCode(ReferralDecision::Refer)));
    auto* date = child<DateField>(&form, "maracDate");
    CHECK(date->date() == QDate(2026, 11, 28));   // today in London by default

    typeAndLeave(date, QStringLiteral("31/04/2026"));
    CHECK_FALSE(form.saveDraft());
    CHECK(form.errorText() == QStringLiteral("MARAC decision date: 31/04/2026: April has 30 days."));
    const auto unsaved = service.get(started->id);
    REQUIRE(unsaved.ok());
    CHECK(unsaved->marac.decision == ReferralDecision::NotDecided);   // nothing stored

    typeAndLeave(date, QStringLiteral("2/11/2026"));
    REQUIRE(form.saveDraft());
    const auto stored = service.get(started->id);
    REQUIRE(stored.ok());
    CHECK(stored->marac.decision == ReferralDecision::Refer);
    CHECK(stored->marac.date == QDate(2026, 11, 2));
}

TEST_CASE("a date of birth before 1900 is refused, and one over 110 years ago is saved only once confirmed", "[time][person]")
{
    const ScopedFakeClock clock(fakeNow);
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 4521 Carter");
    const qint64 caseId = service.createCase(c)->id;
    Person initial;
    initial.caseId = caseId;
    PersonDialog dialog(initial, [&](const Person& p) { return service.addPerson(p); });
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "surnameEdit"), QStringLiteral("Old"));
    QTest::mouseClick(child<QCheckBox>(&dialog, "dateOfBirthUnknownCheck"), Qt::LeftButton);
    auto* dob = child<DateField>(&dialog, "dateOfBirthEdit");
    auto* banner = child<QLabel>(&dialog, "errorBanner");
    const auto people = [&] {
        const auto detail = service.loadCase(caseId);
        REQUIRE(detail.ok());
        return detail->people.size();
    };

    typeAndLeave(dob, QStringLiteral("12/05/1899"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(banner->text().startsWith(QStringLiteral("Date of birth: 12/05/1899")));
    CHECK(people() == 0);

    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::No;
    prompts::override() = [&](const QString&, const QString& text, QMessageBox::StandardButtons) {
        asked.append(text);
        return answer;
    };
    typeAndLeave(dob, QStringLiteral("12/05/1912"));   // 114 on 28/11/2026
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(asked.size() == 1);
    CHECK(asked.value(0).contains(QStringLiteral("over 110")));
    CHECK(people() == 0);
    CHECK(dialog.isVisible());

    answer = QMessageBox::Yes;
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    prompts::override() = nullptr;
    CHECK(asked.size() == 2);
    REQUIRE(people() == 1);
    const auto detail = service.loadCase(caseId);
    REQUIRE(detail.ok());
    CHECK(detail->people.value(0).dateOfBirth == QDate(1912, 5, 12));

    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1916, 11, 28), QDate(2026, 11, 28)));   // 110 today
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1915, 11, 29), QDate(2026, 11, 28)));   // 111 tomorrow
    CHECK(dateOfBirthNeedsConfirmation(QDate(1915, 11, 28), QDate(2026, 11, 28)));         // 111 today
}

TEST_CASE("the 13-character URN is accepted with its warning shown beside it", "[time][case]")
{
    CaseForm form;
    form.show();
    auto* urn = child<QLineEdit>(&form, "urnEdit");
    auto* warning = child<QLabel>(&form, "urnWarning");
    CHECK(warning->isHidden());
    QTest::keyClicks(urn, QStringLiteral("45AA020982026"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("7-digit serial")));
    urn->clear();
    QTest::keyClicks(urn, QStringLiteral("45AA0209820"));
    CHECK(warning->isHidden());
}

TEST_CASE("a picture of the incident dialog with the calendar open", "[time][incident]")
{
    const ScopedFakeClock clock(fakeNow);
    Incident initial;
    initial.caseId = 1;
    IncidentDialog dialog(initial, {}, nullptr, QString());
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* start = child<DateTimeField>(&dialog, "startEdit");
    CHECK(start->text() == QStringLiteral("28/11/2026 12:00"));   // now, to the minute, in UK time
    CHECK(child<QCheckBox>(&dialog, "startTimeNotKnownCheck")->text() == QStringLiteral("Ti&me not known"));
    CHECK(child<QCheckBox>(&dialog, "spansPeriodCheck")->text() == QStringLiteral("Spans a &period (add an end)"));
    start->lineEdit()->setFocus();
    QTest::keyClick(start->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(start->isCalendarOpen());
    CHECK(start->calendar()->selectedDate() == QDate(2026, 11, 28));
    // The popup is its own window: draw it onto the dialog's picture where it sits on screen.
    QImage picture = dialog.grab().toImage();
    {
        QPainter painter(&picture);
        QWidget* popup = start->calendar()->window();
        painter.drawPixmap(dialog.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    }
    CHECK(test::keepScreenshot(picture, QStringLiteral("incident-calendar.png")));
    start->closeCalendar();
}

TEST_CASE("an exhibit's continuity times are UK time, and one that cannot be read is refused, not dropped", "[time][evidence_ui]")
{
    const ScopedFakeClock clock(fakeNow);
    Exhibit exhibit;
    exhibit.caseId = 1;
    exhibit.reference = QStringLiteral("SE/1");
    exhibit.continuity = {ContinuityEntry{QStringLiteral("PC Carter"), QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC),
                                          QDateTime(), QString()}};
    QList<Exhibit> saved;
    ExhibitDialog dialog(exhibit, {}, [&](const Exhibit& e) -> Result<Exhibit> {
        saved.append(e);
        return e;
    });
    auto* table = child<QTableWidget>(&dialog, "continuityTable");
    CHECK(table->item(0, 1)->text() == QStringLiteral("25/10/2026 01:30 GMT"));   // the second 01:30, so marked

    table->item(0, 2)->setText(QStringLiteral("31/04/2026 10:00"));
    dialog.accept();
    CHECK(saved.isEmpty());
    CHECK(child<QLabel>(&dialog, "exhibitError")->text()
          == QStringLiteral("Continuity row 1, to: 31/04/2026: April has 30 days."));

    table->item(0, 2)->setText(QStringLiteral("25/10/2026 01:45"));   // happens twice: the cell must say which
    dialog.accept();
    CHECK(saved.isEmpty());
    CHECK(child<QLabel>(&dialog, "exhibitError")->text().contains(QStringLiteral("Add BST (the first) or GMT (the second)")));

    table->item(0, 2)->setText(QStringLiteral("26/10/2026 09:15"));
    dialog.accept();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].continuity[0].fromUtc == QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
    CHECK(saved[0].continuity[0].toUtc == QDateTime(QDate(2026, 10, 26), QTime(9, 15), Qt::UTC));
}

TEST_CASE("after the clock-change question, Tab goes on to the next field and the next words land there",
          "[time][incident]")
{
    // Found driving the real window (X11 with a window manager): the question asked while leaving the
    // field handed focus back to the date when it closed, so the location typed next went into the
    // start time. The offscreen platform does not hand focus back on its own, so this test states
    // the behaviour and the whole flow; the fix was proved on a real display (see the issue note).
    const ScopedFakeClock clock(fakeNow);
    Incident initial;
    initial.caseId = 1;
    IncidentDialog dialog(initial, {}, nullptr, QString());
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* start = child<DateTimeField>(&dialog, "startEdit");
    start->lineEdit()->setFocus();
    REQUIRE(test::waitFor([&] { return QApplication::focusWidget() == start->lineEdit(); }));
    start->lineEdit()->selectAll();
    QTest::keyClicks(start->lineEdit(), QStringLiteral("25/10/2026 01:30"));
    test::whenModalOpens<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* b : box->buttons())
            if (b->text().startsWith(QStringLiteral("Second"))) b->click();
    });
    QTest::keyClick(start->lineEdit(), Qt::Key_Tab);
    REQUIRE(test::waitFor([] { return QApplication::activeModalWidget() == nullptr; }));
    QApplication::processEvents();
    CHECK(start->utc() == QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
    CHECK(start->text() == QStringLiteral("25/10/2026 01:30 GMT"));
    dialog.activateWindow();   // the offscreen platform does not hand activation back by itself
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QWidget* now = QApplication::focusWidget();
    REQUIRE(now != nullptr);
    INFO("focus is on " << now->metaObject()->className() << " " << now->objectName().toStdString());
    CHECK(now != start->lineEdit());
    CHECK(now == child<QCheckBox>(&dialog, "startTimeNotKnownCheck"));   // the next Tab stop after the start
}
