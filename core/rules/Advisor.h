#pragma once
// The protocol advisor: ONE declarative table of rules, each citing its paragraph of the
// NPCC–CPS protocol, checked against what is recorded on a case. It advises; it never blocks.
//
// Facts that other parts of Conduct record (risk assessments, bail, withdrawal, orders, pleas,
// VRR ...) arrive as std::optional: while a fact is absent, its rule says "not yet recorded",
// never "met". AdvisorService fills what the store holds today.

#include "domain/Evidence.h"
#include "services/CaseService.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace conduct {

enum class RuleState { Met, NeedsAttention, NotApplicable, NotYetRecorded };
QString ruleStateLabel(RuleState state);   // "Met", "Needs attention", ...
QString ruleStateCode(RuleState state);    // "met", "needs_attention", ...

// 3.7: the latest risk assessment (risk_assessments, another change in progress).
struct RiskFacts {
    bool assessed = false;          // a screening form approved by a supervisor exists (3.7: reviewed)
    QString level;                  // "standard" / "medium" / "high"
    QDate nextReviewDue;
    std::optional<bool> maracOrMappaDecided;   // a referral decision is recorded (made or not made, with reason)
    bool suppliedToCps = false;     // 4.5
    // A later screening was submitted and awaits a supervisor's review: when, or invalid when none.
    // It does not count as assessed until approved.
    QDateTime awaitingReviewSinceUtc = {};
};
// 4.5
struct PreChargeFacts {
    bool mg2Completed = false;
};
// 4.7
struct ActionPlanFacts {
    int actions = 0;
    int actionsWithoutDate = 0;
};
// 4.11
struct BailFacts {
    bool preChargeBail = false;
    bool complainantViewsSought = false;
};
// 5.3, 5.4
struct WithdrawalFacts {
    bool withdrawn = false;
    bool statementTaken = false;
    bool officerReportWritten = false;
};
// 6.7
struct VpsFacts {
    bool obtained = false;
    QString whyNotTaken;
};
// 6.9
struct OutcomeFacts {
    bool noChargeOrProceedingsEnded = false;
    bool toldOfRightToReview = false;
};
// 7.2
struct PleaFacts {
    bool harassmentPleaOffered = false;
    bool compellingReasonsRecorded = false;
    bool complainantViewsRecorded = false;
};
// 9.2
struct RestrainingOrderFacts {
    bool sought = false;
};

struct AdvisorInput {
    CaseDetail detail;
    QDate today;
    QList<ChecklistItemRecord> checklist;      // every pack's items that have a status
    int stalkingChecklistItems = 0;            // items in the stalking checklist pack (3.1)
    int linkedSearches = 0;                    // 3.8: searches recorded on the case
    bool enquiriesAnswered = false;            // 3.4: any line of enquiry answered
    QList<CaseMeasure> measures;               // 3.11, 4.8
    int addressVerificationDays = 28;          // 9.2: how recent "checked" must be

    std::optional<RiskFacts> risk;
    std::optional<PreChargeFacts> preCharge;
    std::optional<ActionPlanFacts> actionPlan;
    std::optional<BailFacts> bail;
    std::optional<WithdrawalFacts> withdrawal;
    std::optional<VpsFacts> vps;
    std::optional<OutcomeFacts> outcome;
    std::optional<PleaFacts> plea;
    std::optional<RestrainingOrderFacts> restrainingOrder;

    const ChecklistItemRecord* checklistItem(const QString& packId, const QString& itemId) const;
};

struct RuleVerdict {
    RuleState state = RuleState::NotYetRecorded;
    QString detail;   // what was found: "2 incidents do not say whether ..."
};

struct AdvisorRule {
    const char* paragraph;   // "3.7"
    const char* title;       // short title
    std::function<RuleVerdict(const AdvisorInput&)> check;
    const char* advice;      // what to do when it needs attention
};

// The table, in paragraph order.
const QList<AdvisorRule>& advisorRules();

struct RuleResult {
    QString paragraph;
    QString title;
    RuleState state = RuleState::NotYetRecorded;
    QString detail;
    QString advice;
    QString paragraphText;   // verbatim protocol text
};

QList<RuleResult> runAdvisor(const AdvisorInput& input);
int countNeedingAttention(const QList<RuleResult>& results);

} // namespace conduct
