// The main workflows with the keyboard alone: no mouse click anywhere in this file. Each control
// is reached by Tab (or a shortcut), as an officer who cannot use a mouse would reach it, and the
// results are checked in the store.

#include "GuiTestSupport.h"

#include "risk/AssessmentForm.h"
#include "case/CaseWorkspace.h"
#include "export/ExportDialog.h"
#include "case/IncidentDialog.h"
#include "case/NewCaseDialog.h"
#include "case/PersonDialog.h"
#include "risk/SupervisorQueue.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"

#include <QTabWidget>

using namespace conduct;
using test::whenModalOpens;

namespace {
// The widget that keyboard input goes to. When a dialog closes, a desktop's window manager hands
// activation back to the window under it; the offscreen platform has no window manager, so this
// does what it would.
QWidget* focused()
{
    if (!QApplication::focusWidget() && !QApplication::activeModalWidget()) {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (qobject_cast<MainWindow*>(top) && top->isVisible()) {
                top->activateWindow();
                REQUIRE(QTest::qWaitForWindowActive(top));
            }
        }
    }
    // Waits only when there is no focus: processing events here would run a pending
    // whenModalOpens() timer before the key press that opens its dialog.
    if (!QApplication::focusWidget()) REQUIRE(test::waitFor([] { return QApplication::focusWidget() != nullptr; }));
    return QApplication::focusWidget();
}

// Presses Tab until the widget named `name` has the keyboard focus.
void tabTo(const QString& name)
{
    for (int presses = 0; presses < 120; ++presses) {
        if (focused()->objectName() == name) return;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    FAIL("Tab never reaches " << name.toStdString() << "; focus ends on " << focused()->objectName().toStdString());
}

void type(const QString& text) { QTest::keyClicks(focused(), text); }

// Ctrl+Tab through the case's tabs until `tab` shows.
void showCaseTab(CaseWorkspace* ws, const QString& tab)
{
    auto* tabs = ws->findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    for (int presses = 0; presses <= tabs->count(); ++presses) {
        if (tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')) == tab) return;
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
    }
    FAIL("Ctrl+Tab never shows the " << tab.toStdString() << " tab");
}
} // namespace

TEST_CASE("a case, a person, an incident, a risk assessment and the export, by keyboard alone", "[gui][keyboard]")
{
    test::WindowFixture f;

    whenModalOpens<NewCaseDialog>([](NewCaseDialog*) {
        tabTo(QStringLiteral("urnEdit"));
        type(QStringLiteral("45AA0209820"));
        tabTo(QStringLiteral("officerEdit"));
        type(QStringLiteral("DC 99 Test OFFICER"));
        tabTo(QStringLiteral("offence_s2A"));
        QTest::keyClick(focused(), Qt::Key_Space);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CaseWorkspace* ws = f.window->currentWorkspace();
    REQUIRE(ws != nullptr);
    const qint64 caseId = ws->caseId();
    CHECK(ws->detail().caseRecord.urn == QStringLiteral("45AA0209820"));

    showCaseTab(ws, QStringLiteral("People"));
    tabTo(QStringLiteral("addPersonButton"));
    whenModalOpens<PersonDialog>([](PersonDialog*) {
        tabTo(QStringLiteral("forenamesEdit"));
        type(QStringLiteral("Ann"));
        tabTo(QStringLiteral("surnameEdit"));
        type(QStringLiteral("Example"));
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(focused(), Qt::Key_Space);

    showCaseTab(ws, QStringLiteral("Incidents"));
    tabTo(QStringLiteral("addIncidentButton"));
    whenModalOpens<IncidentDialog>([](IncidentDialog*) {
        tabTo(QStringLiteral("locationEdit"));
        type(QStringLiteral("Outside her home"));
        tabTo(QStringLiteral("behaviour_loitering"));
        QTest::keyClick(focused(), Qt::Key_Space);
        tabTo(QStringLiteral("descriptionEdit"));
        type(QStringLiteral("Stood at the gate for an hour."));
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(focused(), Qt::Key_Space);

    auto detail = CaseService(f.window->database(), f.session).loadCase(caseId);
    REQUIRE(detail.ok());
    REQUIRE(detail->people.size() == 1);
    CHECK(detail->people.first().surname.compare(QStringLiteral("Example"), Qt::CaseInsensitive) == 0);
    REQUIRE(detail->incidents.size() == 1);
    CHECK(detail->incidents.first().location == QStringLiteral("Outside her home"));

    showCaseTab(ws, QStringLiteral("Risk"));
    tabTo(QStringLiteral("new_dash-2009"));
    bool formOpened = false;
    whenModalOpens<AssessmentForm>([&](AssessmentForm* form) {
        formOpened = true;
        QTest::keyClick(form, Qt::Key_Escape);
    });
    QTest::keyClick(focused(), Qt::Key_Space);
    CHECK(formOpened);
    auto history = RiskAssessmentService(f.window->database(), f.session).history(caseId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().packId == QStringLiteral("dash-2009"));

    bool reachedSave = false;
    whenModalOpens<ExportDialog>([&](ExportDialog* dialog) {
        tabTo(QStringLiteral("saveButton"));
        reachedSave = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
    CHECK(reachedSave);
}

TEST_CASE("a supervisor works the review queue by keyboard alone", "[gui][keyboard]")
{
    test::WindowFixture f;   // signed in as a supervisor (and officer)
    // Another officer's S-DASH, submitted and waiting: supervisors never approve their own.
    const Session officer = test::sessionFor(f.window->database(), QStringLiteral("pc.keyboard"), {Role::Officer});
    test::joinTeam(f.window->database(), QStringLiteral("Response 2"), {f.session.user.id, officer.user.id});   // issue 24
    Case c;
    c.urn = QStringLiteral("45AA0209821");
    c.officerInCase = officer.user.displayName;
    c.offences = {Offence::StalkingFearAlarm_s4A};
    auto created = CaseService(f.window->database(), officer).createCase(c);
    REQUIRE(created.ok());
    RiskAssessmentService service(f.window->database(), officer);
    RiskAssessment a = service.startAssessment(created->id, QStringLiteral("s-dash-2009")).value();
    for (int n = 1; n <= 11; ++n)
        a.answers.setValue(QStringLiteral("q%1").arg(n), n <= 3 ? yesCode() : noCode());
    a.officerLevel = QStringLiteral("standard");
    a.rationale = QStringLiteral("Messages only; no threats.");
    REQUIRE(service.submit(a).ok());

    QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* queue = f.window->findChild<SupervisorQueue*>();
    REQUIRE(queue != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(queue));
    REQUIRE(test::waitFor([&] { return queue->isAncestorOf(QApplication::focusWidget()); }));
    REQUIRE(queue->entries().size() == 1);

    tabTo(QStringLiteral("reviewComment"));
    type(QStringLiteral("Agreed. Review if contact resumes."));
    // The "&Approve" button's mnemonic. A mnemonic presses the button visibly (animateClick), so
    // the click lands a moment later.
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    INFO(queue->statusText().toStdString());
    CHECK(test::waitFor([&] { return queue->entries().isEmpty(); }));

    auto history = service.history(created->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().status == AssessmentStatus::Approved);
    REQUIRE(history->first().approval() != nullptr);
    CHECK(history->first().approval()->comments == QStringLiteral("Agreed. Review if contact resumes."));
    queue->close();
}
