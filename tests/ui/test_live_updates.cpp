// Live updates (issue 12): what another desk saves appears in this desk's case list and review
// queue within the polling interval, without anyone pressing refresh, and the selected case stays
// selected. Another desk is another connection to the same store (a file, or the test server).

#include "../core/RiskTestSupport.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "case/CaseListModel.h"
#include "shell/LiveUpdates.h"
#include "shell/MainWindow.h"
#include "risk/SupervisorQueue.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include "common/Clock.h"

#include <QStatusBar>
#include <QTest>
#include <QTableView>

using namespace conduct;

TEST_CASE("the case list and the review queue show what another desk saves, within the polling interval",
          "[gui][concurrency][live]")
{
    test::WindowFixture f;
    MainWindow& window = *f.window;
    window.liveUpdates()->setInterval(50);
    CaseListModel* list = window.caseListModel();

    auto otherDesk = Database::open(f.t.location());
    REQUIRE(otherDesk.ok());
    Database& other = *otherDesk.value();
    const Session ben = test::sessionFor(other, QStringLiteral("ben"), {Role::Officer});
    test::joinTeam(other, QStringLiteral("Response 2"), {f.session.user.id, ben.user.id});   // the supervisor here sees Ben's cases
    CaseService bensCases(other, ben);

    Case first;
    first.urn = QStringLiteral("45AA0400126");
    first.officerInCase = QStringLiteral("PC 2 Ben Ray");
    first.offences = {Offence::Stalking_s2A};
    auto made = bensCases.createCase(first);
    REQUIRE(made.ok());
    REQUIRE(test::waitFor([&] { return list->rowCount() == 1; }));
    REQUIRE(test::waitFor([&] { return window.statusBar()->currentMessage().startsWith(QStringLiteral("Updated")); }));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Updated: PC ben saved case 45AA0400126 at ")));

    // The officer here selects that case; another new case arrives and the selection stays on it.
    window.caseListView()->setCurrentIndex(list->index(0, 0));
    Case second = first;
    second.urn = QStringLiteral("45AA0400226");
    REQUIRE(bensCases.createCase(second).ok());
    REQUIRE(test::waitFor([&] { return list->rowCount() == 2; }));
    CHECK(list->caseIdAt(window.caseListView()->currentIndex().row()) == made->id);

    // A supervisor here has the review queue open; Ben submits an assessment at his desk.
    SupervisorQueue* queue = window.showReviewQueue();
    REQUIRE(queue != nullptr);
    REQUIRE(queue->entries().isEmpty());
    Person complainant;
    complainant.caseId = made->id;
    complainant.role = PersonRole::Complainant;
    complainant.forenames = QStringLiteral("Ann");
    complainant.surname = QStringLiteral("Example");
    REQUIRE(bensCases.addPerson(complainant).ok());
    Incident incident;
    incident.caseId = made->id;
    incident.startUtc = QDateTime::currentDateTimeUtc().addDays(-3);
    incident.location = QStringLiteral("Outside her home");
    incident.behaviours = {Behaviour::Loitering};
    incident.description = QStringLiteral("Waited outside the house.");
    REQUIRE(bensCases.addIncident(incident).ok());
    test::submittedDash(other, ben, made->id, 11);
    REQUIRE(test::waitFor([&] { return queue->entries().size() == 1; }));
}

// Issue 31: the message is news only when someone else saved. After the officer's own saves the
// lists still refresh, silently; another account's save names who saved which case, and when.
TEST_CASE("the status bar names another account's save and says nothing after the officer's own",
          "[gui][concurrency][live][othersaves]")
{
    ScopedFakeClock clock(QDateTime(QDate(2026, 12, 7), QTime(14, 2), Qt::UTC));
    test::WindowFixture f;
    MainWindow& window = *f.window;
    window.liveUpdates()->setInterval(50);
    CaseListModel* list = window.caseListModel();

    // The officer's own save, through this window's own connection to the store.
    window.statusBar()->clearMessage();
    const qint64 own = test::createSampleCase(window.database(), f.session);
    REQUIRE(own > 0);
    REQUIRE(test::waitFor([&] { return list->rowCount() == 1; }));
    QTest::qWait(200);   // several polls after the refresh: none of them may speak
    CHECK(window.statusBar()->currentMessage().isEmpty());

    // A colleague in the same team saves a case at another desk: a second connection to the store.
    auto otherDesk = Database::open(f.t.location());
    REQUIRE(otherDesk.ok());
    Database& other = *otherDesk.value();
    const Session smith = test::sessionFor(other, QStringLiteral("smith"), {Role::Officer});
    test::joinTeam(other, QStringLiteral("Response 3"), {f.session.user.id, smith.user.id});
    Case theirs;
    theirs.urn = QStringLiteral("99ZZ0400326");
    theirs.officerInCase = QStringLiteral("DC 77 Smith");
    theirs.offences = {Offence::Harassment_s2};
    REQUIRE(CaseService(other, smith).createCase(theirs).ok());
    REQUIRE(test::waitFor([&] { return list->rowCount() == 2; }));
    REQUIRE(test::waitFor([&] { return window.statusBar()->currentMessage().startsWith(QStringLiteral("Updated")); }));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Updated: PC smith saved case 99ZZ0400326 at 14:02."));
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("status-bar-colleagues-save.png")));

    // The officer saves again: the colleague's message may stay until it times out, but no new
    // one is written for the officer's own change.
    window.statusBar()->clearMessage();
    Case another;
    another.urn = QStringLiteral("45AA0400426");
    another.officerInCase = QStringLiteral("PC 1234 Test");
    another.offences = {Offence::Stalking_s2A};
    REQUIRE(CaseService(window.database(), f.session).createCase(another).ok());
    REQUIRE(test::waitFor([&] { return list->rowCount() == 3; }));
    QTest::qWait(200);
    CHECK(window.statusBar()->currentMessage().isEmpty());
}
