// Protocol 3.7 in the advisor: a risk assessment counts once a supervisor has approved it. One
// that is submitted and waiting for review shows as awaiting review, never as met; a later one
// waiting behind an approved one leaves the approved one standing and says it is waiting.

#include "RiskTestSupport.h"

#include "rules/Advisor.h"
#include "services/AdvisorService.h"

using namespace conduct;
using namespace conduct::test;

namespace {
RuleResult rule37(Database& db, const Session& session, qint64 caseId)
{
    auto results = AdvisorService(db, session).advise(caseId);
    INFO((results.ok() ? QString() : results.error().text()).toStdString());
    REQUIRE(results.ok());
    for (const RuleResult& r : results.value())
        if (r.paragraph == QStringLiteral("3.7")) return r;
    FAIL("no rule for 3.7");
    return {};
}

void approve(Database& db, const RiskAssessment& a)
{
    auto r = RiskAssessmentService(db, secondSupervisor(db)).approve(a.id, {}, QStringLiteral("Agreed"));
    INFO((r.ok() ? QString() : r.error().text()).toStdString());
    REQUIRE(r.ok());
}
} // namespace

TEST_CASE("3.7 is met only once a supervisor approves the risk assessment", "[advisor][risk]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);

    const RuleResult none = rule37(t.db(), t.session(), caseId);
    CHECK(none.state == RuleState::NeedsAttention);
    CHECK(none.detail.contains(QStringLiteral("No risk assessment")));

    // Submitted: waiting for review, so not met, and the detail says why.
    const RiskAssessment first = submittedDash(t.db(), t.session(), caseId, 2);
    const RuleResult waiting = rule37(t.db(), t.session(), caseId);
    CHECK(waiting.state == RuleState::NeedsAttention);
    CHECK(waiting.detail.contains(QStringLiteral("awaiting supervisor review")));
    CHECK(waiting.detail.contains(QStringLiteral("once a supervisor approves it")));

    // Approved: met, at the level agreed.
    approve(t.db(), first);
    const RuleResult approved = rule37(t.db(), t.session(), caseId);
    CHECK(approved.state == RuleState::Met);
    CHECK(approved.detail.contains(QStringLiteral("(approved)")));
    CHECK_FALSE(approved.detail.contains(QStringLiteral("awaiting")));

    // A reassessment submitted later: the approved one still stands, and the new one is waiting.
    submittedDash(t.db(), t.session(), caseId, 3);
    const RuleResult reassessing = rule37(t.db(), t.session(), caseId);
    CHECK(reassessing.state == RuleState::Met);
    CHECK(reassessing.detail.contains(QStringLiteral("awaiting supervisor review")));
}

TEST_CASE("3.7 facts: a returned assessment neither counts nor waits", "[advisor][risk]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = submittedDash(t.db(), t.session(), caseId, 2);
    auto returned = RiskAssessmentService(t.db(), secondSupervisor(t.db())).returnForChanges(a.id, QStringLiteral("Redo Q4"));
    REQUIRE(returned.ok());
    auto in = AdvisorService(t.db(), t.session()).inputFor(caseId);
    REQUIRE(in.ok());
    REQUIRE(in->risk.has_value());
    CHECK_FALSE(in->risk->assessed);
    CHECK_FALSE(in->risk->awaitingReviewSinceUtc.isValid());
    CHECK(rule37(t.db(), t.session(), caseId).state == RuleState::NeedsAttention);
}
