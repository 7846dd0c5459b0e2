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

#include <QStatusBar>
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
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("changes saved elsewhere")));

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
