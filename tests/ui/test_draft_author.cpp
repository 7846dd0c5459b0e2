// Drafts belong to their author (issue 24, finding 2), driven through the real editors: officer B,
// signed in on the same database, is offered nothing of officer A's unfinished incident and
// cannot discard it; A is offered it back with a banner naming A and the time it was saved; a
// draft longer than its record allows is refused with the field named and the typing kept. And a
// case from a read-only store (finding 6) opens with its editing controls locked.

#include "GuiTestSupport.h"

#include "care/CareTabs.h"
#include "care/ChargingFilePage.h"
#include "case/CaseWorkspace.h"
#include "case/IncidentDialog.h"
#include "common/Clock.h"
#include "domain/Validation.h"
#include "security/AuditLog.h"
#include "services/DraftService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>

using namespace conduct;
using test::child;

namespace {
// 13:21 UTC on 14 July 2026 is 14:21 in London (BST): the banner speaks UK time.
const QDateTime savedAt(QDate(2026, 7, 14), QTime(13, 21), Qt::UTC);

QString incidentKey(qint64 caseId) { return QStringLiteral("incident:new:case=%1").arg(caseId); }

// One database file, and a main window on it for whoever signs in.
struct SharedDesk {
    test::TempDatabase t;
    Session a = test::sessionFor(t.db(), QStringLiteral("officer.a"), {Role::Officer});
    // B supervises, so B may open and edit A's case: before issue 24 that was enough to be
    // offered A's draft and to discard it.
    Session b = test::sessionFor(t.db(), QStringLiteral("sergeant.b"), {Role::Officer, Role::Supervisor});
    qint64 caseId = test::createSampleCase(t.db(), a);

    // B supervises A's cases as a member of A's team (issue 24: need to know).
    SharedDesk() { test::joinTeam(t.db(), QStringLiteral("Team A"), {a.user.id, b.user.id}); }

    std::unique_ptr<MainWindow> windowFor(const Session& session)
    {
        auto opened = Database::open(t.location());
        REQUIRE(opened.ok());
        auto window = std::make_unique<MainWindow>(std::move(opened).value(), session);
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }

    // A types an incident and the editor closes unsaved, as when Conduct quits: the draft is kept.
    void leaveDraftAsA(const QString& description)
    {
        DraftService drafts(t.db(), a);
        Incident incident;
        incident.caseId = caseId;
        IncidentDialog dialog(incident, {}, &drafts, incidentKey(caseId));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "locationEdit"), QStringLiteral("Outside her flat"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionEdit"), description);
    }

    int discardRecords()
    {
        auto records = AuditLog::readForCase(t.db(), caseId);
        REQUIRE(records.ok());
        return int(std::count_if(records->cbegin(), records->cend(),
                                 [](const AuditRecord& r) { return r.action == AuditAction::DiscardDraft; }));
    }
};
} // namespace

TEST_CASE("officer B is offered nothing of officer A's draft; A is offered it, named and timed", "[gui][draft][sqlite]")
{
    SharedDesk desk;
    {
        ScopedFakeClock clock(savedAt);
        desk.leaveDraftAsA(QStringLiteral("He waited at the bus stop again"));
    }
    REQUIRE(DraftService(desk.t.db(), desk.a).offer(incidentKey(desk.caseId)).value().has_value());

    {
        auto windowB = desk.windowFor(desk.b);
        CaseWorkspace* ws = windowB->openCase(desk.caseId);
        REQUIRE(ws != nullptr);
        CHECK_FALSE(ws->hasWorkInProgress());   // A's draft is no work of B's
        bool looked = false;
        test::whenModalOpens<IncidentDialog>([&](IncidentDialog* dialog) {
            looked = true;
            CHECK_FALSE(dialog->isDraftOffered());
            CHECK_FALSE(child<QWidget>(dialog, "draftBanner")->isVisible());
            CHECK(child<QPlainTextEdit>(dialog, "descriptionEdit")->toPlainText().isEmpty());
            dialog->reject();   // nothing typed: closes without a question
        });
        ws->addIncident();
        CHECK(looked);
    }
    // A's draft is as A left it, and nothing was discarded.
    auto kept = DraftService(desk.t.db(), desk.a).offer(incidentKey(desk.caseId));
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK(kept.value()->payload.value(QStringLiteral("description")).toString() == QStringLiteral("He waited at the bus stop again"));
    CHECK(desk.discardRecords() == 0);

    auto windowA = desk.windowFor(desk.a);
    CaseWorkspace* ws = windowA->openCase(desk.caseId);
    REQUIRE(ws != nullptr);
    CHECK(ws->hasWorkInProgress());
    QString bannerText;
    test::whenModalOpens<IncidentDialog>([&](IncidentDialog* dialog) {
        REQUIRE(dialog->isDraftOffered());
        auto* banner = child<QWidget>(dialog, "draftBanner");
        CHECK(banner->isVisible());
        bannerText = banner->findChild<QLabel*>()->text();
        CHECK(test::keepScreenshot(dialog->grab().toImage(), QStringLiteral("draft-banner.png")));
        QTest::mouseClick(child<QPushButton>(dialog, "discardDraftButton"), Qt::LeftButton);
        CHECK_FALSE(dialog->isDraftOffered());
        dialog->reject();
    });
    ws->addIncident();
    CHECK(bannerText.startsWith(QStringLiteral("Your draft of this incident (%1), saved 14/07/2026 14:21 UK time.")
                                    .arg(desk.a.user.displayName)));
    CHECK_FALSE(DraftService(desk.t.db(), desk.a).offer(incidentKey(desk.caseId)).value().has_value());
    CHECK(desk.discardRecords() == 1);   // A's own Discard, recorded
}

TEST_CASE("a draft longer than the incident allows is refused naming the field, and the typing stays", "[gui][draft]")
{
    SharedDesk desk;
    DraftService drafts(desk.t.db(), desk.a);
    Incident incident;
    incident.caseId = desk.caseId;
    IncidentDialog dialog(incident, {}, &drafts, incidentKey(desk.caseId));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "locationEdit"), QStringLiteral("Outside her flat"));
    dialog.saveDraftNow();
    REQUIRE(drafts.offer(incidentKey(desk.caseId)).value().has_value());

    const QString tooLong(limits::longText + 1, u'x');
    child<QPlainTextEdit>(&dialog, "descriptionEdit")->setPlainText(tooLong);
    dialog.saveDraftNow();
    auto* banner = child<QLabel>(&dialog, "errorBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Description")));
    CHECK(banner->text().contains(QString::number(limits::longText)));
    CHECK(banner->text().contains(QStringLiteral("What you typed is still here")));
    CHECK(child<QPlainTextEdit>(&dialog, "descriptionEdit")->toPlainText() == tooLong);
    // The draft kept before is still the one kept.
    auto kept = drafts.offer(incidentKey(desk.caseId));
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK(kept.value()->payload.value(QStringLiteral("description")).toString().isEmpty());
    CHECK(test::keepScreenshot(dialog.grab().toImage(), QStringLiteral("draft-too-long.png")));
}

TEST_CASE("a case from a read-only store opens with its editing controls locked, reading and export kept",
          "[gui][draft][readonly][sqlite]")
{
    test::TempDatabase t;
    const Session session = t.session();
    const qint64 caseId = test::createSampleCase(t.db(), session);
    t.database.reset();
    auto readOnly = Database::open(t.path(), {.readOnly = true, .createIfMissing = false});
    REQUIRE(readOnly.ok());
    MainWindow window(std::move(readOnly).value(), session);
    window.resize(1280, 800);
    window.show();

    // Nothing that only core could refuse is offered from the menus.
    CHECK_FALSE(child<QAction>(&window, "newCaseAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "importBundleAction")->isEnabled());

    CaseWorkspace* ws = window.openCase(caseId);
    REQUIRE(ws != nullptr);
    REQUIRE(ws->isLoaded());
    CHECK_FALSE(ws->isEditable());

    // Every tab opens to read; the care tabs and the charging file's pages are built as they are visited.
    const auto visitEveryTab = [&] {
        auto* tabs = child<QTabWidget>(ws, "caseTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();   // a page built on its first visit is shown from the event loop
            CHECK(tabs->currentIndex() == i);
            if (auto* charging = tabs->currentWidget()->findChild<QTabWidget*>(QStringLiteral("chargingFileTabs")))
                for (int j = 0; j < charging->count(); ++j) {
                    charging->setCurrentIndex(j);
                    QCoreApplication::processEvents();
                }
        }
        tabs->setCurrentIndex(0);
    };
    const auto checkLocked = [&] {
        for (const char* name : {"saveCaseButton", "revertCaseButton", "addPersonButton", "editPersonButton", "removePersonButton",
                                 "addIncidentButton", "editIncidentButton", "removeIncidentButton", "importLogButton",
                                 "saveWithdrawalButton", "mg3Save", "mg3Submit"}) {
            INFO(name);
            CHECK_FALSE(child<QWidget>(ws, name)->isEnabled());
        }
        CHECK(child<QLineEdit>(ws, "crimeReferenceEdit")->isReadOnly());
        CHECK(child<QLineEdit>(ws, "statementTakenBy")->isReadOnly());
        CHECK(child<QPlainTextEdit>(ws, "mg3Outline")->isReadOnly());
        for (QShortcut* s : ws->findChildren<QShortcut*>()) CHECK_FALSE(s->isEnabled());
        // Reading, looking closer, searching elsewhere and export stay.
        for (const char* name : {"exportButton", "findElsewhereButton", "timelineZoomIn", "exportTimelineButton"}) {
            INFO(name);
            CHECK(child<QWidget>(ws, name)->isEnabled());
        }
    };
    visitEveryTab();
    checkLocked();
    // A page that enables a control again (a row selected, a version picked) is locked again at once.
    child<QPushButton>(ws, "addIncidentButton")->setEnabled(true);
    child<QLineEdit>(ws, "crimeReferenceEdit")->setReadOnly(false);
    ws->reload();
    visitEveryTab();
    checkLocked();
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("readonly-workspace.png")));
}

TEST_CASE("a case from a writable store keeps its editing controls", "[gui][draft][readonly]")
{
    test::WindowFixture f;
    const qint64 caseId = test::createSampleCase(f.window->database(), f.session);
    CaseWorkspace* ws = f.window->openCase(caseId);
    REQUIRE(ws != nullptr);
    CHECK(ws->isEditable());
    CHECK(child<QWidget>(ws, "addIncidentButton")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(ws, "crimeReferenceEdit")->isReadOnly());
    CHECK(child<QAction>(f.window.get(), "newCaseAction")->isEnabled());
}
