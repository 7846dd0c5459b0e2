// Two people, one record (issue 12): two connections to the same store, as two officers'
// desktops would have, on whichever engine the suite runs against (a file, or the PostgreSQL
// server named by CONDUCT_TEST_POSTGRES). A save that meets a newer version is refused with who
// changed it and when, nothing is overwritten, and the edit can be re-applied after a reload.

#include "RiskTestSupport.h"
#include "TestSupport.h"

#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "store/Database.h"

using namespace conduct;
using namespace conduct::test;

namespace {
std::unique_ptr<Database> secondConnection(const TempDatabase& t)
{
    auto opened = Database::open(t.location());
    if (!opened.ok()) FAIL(opened.error().text().toStdString());
    return std::move(opened).value();
}
} // namespace

TEST_CASE("two officers edit the same case: the second save is refused, names the first, and loses nothing",
          "[store][concurrency]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    std::unique_ptr<Database> other = secondConnection(t);
    const Session amy = sessionFor(t.db(), QStringLiteral("amy"), {Role::Officer, Role::Supervisor});
    const Session ben = sessionFor(*other, QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
    joinTeam(t.db(), QStringLiteral("Response 2"), {t.session().user.id, amy.user.id, ben.user.id});   // issue 24
    CaseService amysDesk(t.db(), amy);
    CaseService bensDesk(*other, ben);

    // Both open the case.
    Case amysCopy = amysDesk.loadCase(caseId)->caseRecord;
    Case bensCopy = bensDesk.loadCase(caseId)->caseRecord;
    REQUIRE(amysCopy.rowVersion == bensCopy.rowVersion);

    amysCopy.crimeReference = QStringLiteral("CR/100/26");
    REQUIRE(amysDesk.updateCase(amysCopy).ok());

    bensCopy.whyNotStalking = QStringLiteral("Ben's note");
    auto refused = bensDesk.updateCase(bensCopy);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().text().toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("changed by PC amy at")));
    CHECK(refused.error().message.contains(QStringLiteral("Reload")));

    // Nothing of Amy's was overwritten; Ben reloads and applies his edit again.
    Case reloaded = bensDesk.loadCase(caseId)->caseRecord;
    CHECK(reloaded.crimeReference == QStringLiteral("CR/100/26"));
    CHECK(reloaded.whyNotStalking.isEmpty());
    reloaded.whyNotStalking = bensCopy.whyNotStalking;
    REQUIRE(bensDesk.updateCase(reloaded).ok());

    const Case final = amysDesk.loadCase(caseId)->caseRecord;
    CHECK(final.crimeReference == QStringLiteral("CR/100/26"));
    CHECK(final.whyNotStalking == QStringLiteral("Ben's note"));
    CHECK(final.rowVersion == amysCopy.rowVersion + 2);
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("an incident removed by one officer cannot be edited back by another", "[store][concurrency]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    std::unique_ptr<Database> other = secondConnection(t);
    const Session amy = sessionFor(t.db(), QStringLiteral("amy"), {Role::Officer, Role::Supervisor});
    const Session ben = sessionFor(*other, QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
    joinTeam(t.db(), QStringLiteral("Response 2"), {t.session().user.id, amy.user.id, ben.user.id});   // issue 24
    CaseService first(t.db(), amy);
    CaseService second(*other, ben);

    const Incident original = first.loadCase(caseId)->incidents.first();
    Incident edited = second.loadCase(caseId)->incidents.first();
    REQUIRE(first.removeIncident(original).ok());

    edited.description = QStringLiteral("Ben's later wording");
    auto refused = second.updateIncident(edited);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().text().toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("no longer recorded")));
    CHECK(first.loadCase(caseId)->incidents.isEmpty());
}

TEST_CASE("a supervisor's decision and a stale copy of the same assessment cannot both win", "[store][concurrency][risk]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    std::unique_ptr<Database> other = secondConnection(t);
    const RiskAssessment submitted = submittedDash(t.db(), t.session(), caseId, 11);

    // Two supervisors have the same submitted assessment open: one approves, then the other
    // returns it from their stale screen.
    const Session first = secondSupervisor(t.db());
    const Session second = sessionFor(*other, QStringLiteral("sgt.two"), {Role::Supervisor});
    joinTeam(t.db(), QStringLiteral("Test unit"), {second.user.id});   // the officer's team, as the first is
    REQUIRE(RiskAssessmentService(t.db(), first).approve(submitted.id, {}, QStringLiteral("Agreed")).ok());
    auto returned = RiskAssessmentService(*other, second).returnForChanges(submitted.id, QStringLiteral("Redo question 7"));
    REQUIRE_FALSE(returned.ok());

    // The officer's copy, read before the approval, cannot be saved over it either.
    RiskAssessment stale = submitted;
    stale.rationale = QStringLiteral("Changed after the decision");
    CHECK_FALSE(RiskAssessmentService(*other, t.session()).saveDraft(stale).ok());

    auto now = RiskAssessmentService(t.db(), first).get(submitted.id);
    REQUIRE(now.ok());
    CHECK(now->status == AssessmentStatus::Approved);
    CHECK(now->rationale == submitted.rationale);
    auto reviews = t.db().scalar(QStringLiteral("SELECT count(*) FROM assessment_reviews WHERE assessment_id = ?"), {submitted.id});
    REQUIRE(reviews.ok());
    CHECK(reviews->toInt() == 1);
    CHECK(AuditLog::verify(t.db()).ok);
}
