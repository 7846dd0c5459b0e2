// The advisor's protocol 4.5–9.2 rules read what the case-work tabs record: each fact is
// derived both ways (recorded and not), and the rule then says met or needs attention.

#include "TestSupport.h"

#include "services/AdvisorCaseWorkFacts.h"

using namespace conduct;

namespace {
RuleState stateOf(const AdvisorInput& in, const QString& paragraph)
{
    for (const RuleResult& r : runAdvisor(in))
        if (r.paragraph == paragraph) return r.state;
    FAIL("no rule for paragraph " << paragraph.toStdString());
    return RuleState::NotYetRecorded;
}

AdvisorInput inputFrom(const CaseWorkRecords& records, CaseStatus status = CaseStatus::Charged)
{
    AdvisorInput in;
    in.today = QDate(2026, 3, 1);
    in.detail.caseRecord.offences = {Offence::Stalking_s2A};
    in.detail.caseRecord.status = status;
    in.risk = RiskFacts{true, QStringLiteral("medium"), QDate(2026, 3, 20), true, true};
    fillCaseWorkFacts(records, in);
    return in;
}
} // namespace

TEST_CASE("4.7: open actions need a date agreed with the CPS", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    ActionItem open;
    open.status = ActionStatus::Open;
    open.dueDate = QDate(2026, 3, 10);
    ActionItem done = open;
    done.status = ActionStatus::Done;
    records.charging.actions = {open, done};
    AdvisorInput in = inputFrom(records);
    REQUIRE(in.actionPlan);
    CHECK(in.actionPlan->actions == 1);
    CHECK(in.actionPlan->actionsWithoutDate == 1);
    CHECK(stateOf(in, QStringLiteral("4.7")) == RuleState::NeedsAttention);

    records.charging.actions[0].agreedDate = QDate(2026, 3, 12);
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.7")) == RuleState::Met);
}

TEST_CASE("5.3 and 5.4: a withdrawal needs its statement and the officer's report", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    CHECK(stateOf(inputFrom(records), QStringLiteral("5.3")) == RuleState::NotApplicable);
    Withdrawal w;
    records.withdrawals = {w};
    CHECK(stateOf(inputFrom(records), QStringLiteral("5.3")) == RuleState::NeedsAttention);
    CHECK(stateOf(inputFrom(records), QStringLiteral("5.4")) == RuleState::NeedsAttention);
    records.withdrawals[0].statementTakenUtc = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    records.withdrawals[0].reportDate = QDate(2026, 2, 2);
    CHECK(stateOf(inputFrom(records), QStringLiteral("5.3")) == RuleState::Met);
    CHECK(stateOf(inputFrom(records), QStringLiteral("5.4")) == RuleState::Met);
}

TEST_CASE("4.11: active pre-charge bail needs the complainant's views on its conditions", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.11")) == RuleState::NotApplicable);
    BailConditions bail;
    bail.grantedOn = QDate(2026, 2, 1);
    bail.conditions = {QStringLiteral("Not to contact the complainant")};
    records.orders.bail = {bail};
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.11")) == RuleState::NeedsAttention);
    records.orders.bail[0].viewsSoughtOn = QDate(2026, 2, 1);
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.11")) == RuleState::Met);
    records.orders.bail[0].active = false;   // bail ended: nothing is due
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.11")) == RuleState::NotApplicable);
}

TEST_CASE("4.5: the MG2 is recorded once special measures are recorded", "[advisor][casework]")
{
    CaseWorkRecords records;
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.5")) == RuleState::NeedsAttention);
    records.care.specialMeasures = {SpecialMeasuresRecord{}};
    CHECK(stateOf(inputFrom(records), QStringLiteral("4.5")) == RuleState::Met);
}

TEST_CASE("6.7: a VPS taken, or the reason none was, comes from the Victim care tab", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    CHECK_FALSE(inputFrom(records).vps.has_value());   // the checklist item decides instead
    VictimPersonalStatement none;
    none.taken = false;
    records.care.statements = {none};
    CHECK(stateOf(inputFrom(records), QStringLiteral("6.7")) == RuleState::NeedsAttention);
    records.care.statements[0].whyNotTaken = QStringLiteral("Declined: wishes to think about it after the plea hearing");
    CHECK(stateOf(inputFrom(records), QStringLiteral("6.7")) == RuleState::Met);
    VictimPersonalStatement taken;
    taken.takenOn = QDate(2026, 2, 3);
    records.care.statements = {taken};
    CHECK(stateOf(inputFrom(records), QStringLiteral("6.7")) == RuleState::Met);
}

TEST_CASE("6.9: after no further action the complainant is told of the right to review", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    ChargingRequest request;
    request.requestedOn = QDate(2026, 2, 1);
    records.charging.requests = {request};
    CHECK_FALSE(inputFrom(records).outcome.has_value());   // no decision yet
    records.charging.requests[0].outcome = ChargingOutcome::NoFurtherAction;
    records.charging.requests[0].decisionOn = QDate(2026, 2, 10);
    CHECK(stateOf(inputFrom(records, CaseStatus::NoFurtherAction), QStringLiteral("6.9")) == RuleState::NeedsAttention);
    CarePlan plan;
    plan.vrrInformationGivenOn = QDate(2026, 2, 11);
    records.care.plan = plan;
    CHECK(stateOf(inputFrom(records, CaseStatus::NoFurtherAction), QStringLiteral("6.9")) == RuleState::Met);
    records.charging.requests[0].outcome = ChargingOutcome::Charge;
    CHECK(stateOf(inputFrom(records), QStringLiteral("6.9")) == RuleState::NotApplicable);
}

TEST_CASE("7.2: a plea to harassment needs compelling reasons and the complainant's views", "[advisor][casework][time]")
{
    CaseWorkRecords records;
    CHECK_FALSE(inputFrom(records).plea.has_value());
    PleaOffer offer;
    offer.offeredOn = QDate(2026, 2, 20);
    offer.chargedOffence = QStringLiteral("Stalking (PHA 1997 s2A)");
    offer.offeredPlea = QStringLiteral("guilty to harassment (PHA 1997 s2)");
    records.charging.pleas = {offer};
    CHECK(stateOf(inputFrom(records), QStringLiteral("7.2")) == RuleState::NeedsAttention);
    records.charging.pleas[0].considerations.strengthOfStalkingEvidence = QStringLiteral("Key witness has emigrated");
    CHECK(stateOf(inputFrom(records), QStringLiteral("7.2")) == RuleState::NeedsAttention);   // views still missing
    records.charging.pleas[0].complainantViewsOnOffer = QStringLiteral("Content if a restraining order is made");
    CHECK(stateOf(inputFrom(records), QStringLiteral("7.2")) == RuleState::Met);
}

TEST_CASE("9.2: only a restraining order being sought makes its address checks due", "[advisor][casework]")
{
    CaseWorkRecords records;
    CHECK_FALSE(inputFrom(records).restrainingOrder.has_value());
    CourtOrder spo;
    spo.kind = OrderKind::StalkingProtectionOrder;
    records.orders.orders = {spo};
    CHECK(stateOf(inputFrom(records), QStringLiteral("9.2")) == RuleState::NotApplicable);
    CourtOrder ro;
    ro.kind = OrderKind::RestrainingOrder;
    records.orders.orders.append(ro);
    REQUIRE(inputFrom(records).restrainingOrder.has_value());
    CHECK(inputFrom(records).restrainingOrder->sought);
}
