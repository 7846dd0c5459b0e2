// The main workflows with the keyboard alone: no mouse click anywhere in this file. Each control
// is reached by Tab (or a shortcut), as an officer who cannot use a mouse would reach it, and the
// results are checked in the store.

#include "GuiTestSupport.h"

#include "AssessmentForm.h"
#include "CaseWorkspace.h"
#include "ExportDialog.h"
#include "IncidentDialog.h"
#include "NewCaseDialog.h"
#include "PersonDialog.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"

#include <QTabWidget>

using namespace conduct;
using test::whenModalOpens;

namespace {
QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
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

// Ctrl+Page Down through the case's tabs until `tab` shows.
void showCaseTab(CaseWorkspace* ws, const QString& tab)
{
    auto* tabs = ws->findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    for (int presses = 0; presses <= tabs->count(); ++presses) {
        if (tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')) == tab) return;
        QTest::keyClick(focused(), Qt::Key_PageDown, Qt::ControlModifier);
    }
    FAIL("Ctrl+Page Down never shows the " << tab.toStdString() << " tab");
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
