#include "services/AdvisorCaseWorkFacts.h"

#include <algorithm>

namespace conduct {
namespace {
bool hasText(const QString& s) { return !s.trimmed().isEmpty(); }

// 4.7: every open action in the MG3 action plan carries a date agreed with the CPS.
ActionPlanFacts actionPlanFacts(const QList<ActionItem>& actions)
{
    ActionPlanFacts facts;
    for (const ActionItem& a : actions) {
        if (a.status != ActionStatus::Open) continue;
        ++facts.actions;
        if (!a.agreedDate.isValid()) ++facts.actionsWithoutDate;
    }
    return facts;
}

// 5.3, 5.4: the latest withdrawal decides.
WithdrawalFacts withdrawalFacts(const QList<Withdrawal>& withdrawals)
{
    if (withdrawals.isEmpty()) return {};
    const Withdrawal& w = withdrawals.last();
    return {true, w.statementTakenUtc.isValid(), w.reportDate.isValid()};
}

// 4.11: the complainant's views are sought on every active set of pre-charge bail conditions.
BailFacts bailFacts(const QList<BailConditions>& bail)
{
    BailFacts facts;
    facts.complainantViewsSought = true;
    for (const BailConditions& b : bail) {
        if (!b.active) continue;
        facts.preChargeBail = true;
        if (!b.viewsSoughtOn.isValid() && !hasText(b.complainantViews)) facts.complainantViewsSought = false;
    }
    if (!facts.preChargeBail) facts.complainantViewsSought = false;
    return facts;
}

// 6.7: a VPS taken, or why not.
std::optional<VpsFacts> vpsFacts(const QList<VictimPersonalStatement>& statements)
{
    if (statements.isEmpty()) return std::nullopt;
    VpsFacts facts;
    for (const VictimPersonalStatement& s : statements) {
        if (s.taken && !s.addendum) facts.obtained = true;
        if (!s.taken && hasText(s.whyNotTaken)) facts.whyNotTaken = s.whyNotTaken;
    }
    return facts;
}

// 6.9: after a decision not to charge, the complainant is told of the Victims' Right to Review.
std::optional<OutcomeFacts> outcomeFacts(const ChargingRecords& charging, const std::optional<CarePlan>& plan)
{
    const bool decided = std::any_of(charging.requests.cbegin(), charging.requests.cend(),
                                     [](const ChargingRequest& r) { return r.outcome != ChargingOutcome::Pending; });
    if (!decided) return std::nullopt;
    OutcomeFacts facts;
    const ChargingRequest* latestDecision = nullptr;
    for (const ChargingRequest& r : charging.requests)
        if (r.outcome != ChargingOutcome::Pending) latestDecision = &r;
    facts.noChargeOrProceedingsEnded = latestDecision->outcome == ChargingOutcome::NoFurtherAction;
    facts.toldOfRightToReview = plan && plan->vrrInformationGivenOn.isValid();
    return facts;
}

// 7.2, 7.3: a plea to harassment on a stalking charge needs compelling reasons and the
// complainant's views before it is accepted.
std::optional<PleaFacts> pleaFacts(const QList<PleaOffer>& pleas)
{
    if (pleas.isEmpty()) return std::nullopt;
    PleaFacts facts;
    facts.harassmentPleaOffered = true;
    facts.compellingReasonsRecorded = true;
    facts.complainantViewsRecorded = true;
    for (const PleaOffer& p : pleas) {
        const PleaConsiderations& c = p.considerations;
        const bool reasons = hasText(p.decisionReasons) || hasText(c.newEvidence) || hasText(c.changedCircumstances)
                             || hasText(c.strengthOfStalkingEvidence) || hasText(c.defenceReasons);
        if (!reasons) facts.compellingReasonsRecorded = false;
        if (!hasText(p.complainantViewsOnOffer) && !hasText(c.complainantViews)) facts.complainantViewsRecorded = false;
    }
    return facts;
}

// 9.2: only a restraining order being sought makes its addresses' checks due.
std::optional<RestrainingOrderFacts> restrainingOrderFacts(const QList<CourtOrder>& orders)
{
    if (orders.isEmpty()) return std::nullopt;
    const bool sought = std::any_of(orders.cbegin(), orders.cend(),
                                    [](const CourtOrder& o) { return o.kind == OrderKind::RestrainingOrder; });
    return RestrainingOrderFacts{sought};
}
} // namespace

void fillCaseWorkFacts(const CaseWorkRecords& records, AdvisorInput& in)
{
    in.actionPlan = actionPlanFacts(records.charging.actions);
    in.withdrawal = withdrawalFacts(records.withdrawals);
    in.bail = bailFacts(records.orders.bail);
    // 4.5: the MG2 (special measures) is recorded on the Victim care tab.
    in.preCharge = PreChargeFacts{!records.care.specialMeasures.isEmpty()};
    in.vps = vpsFacts(records.care.statements);
    in.outcome = outcomeFacts(records.charging, records.care.plan);
    in.plea = pleaFacts(records.charging.pleas);
    in.restrainingOrder = restrainingOrderFacts(records.orders.orders);
}

} // namespace conduct
