#pragma once
// Charging and pleas (protocol 4.7–4.10, section 7), and the case's action plan and flags, which
// other parts (withdrawal pressure 5.5, breaches 4.13/9.5) add to.

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

enum class ActionStatus { Open, Done, Cancelled };
QString actionStatusCode(ActionStatus s);
std::optional<ActionStatus> actionStatusFromCode(const QString& code);
QString actionStatusLabel(ActionStatus s);

// 4.7: an action plan item; the action date is agreed between the CPS and the police.
struct ActionItem {
    qint64 id = 0;
    qint64 caseId = 0;
    QString description;
    QString owner;
    QDate dueDate;
    QDate agreedDate;          // 4.7: agreed with the CPS; empty when not yet agreed
    ActionStatus status = ActionStatus::Open;
    QString origin;            // why it exists: "action plan", "5.5 suspected pressure", "4.13 breach"
    QDateTime createdUtc;
    qint64 rowVersion = 0;

    // The date the action is held to: the agreed date when there is one.
    QDate targetDate() const { return agreedDate.isValid() ? agreedDate : dueDate; }
    bool isOverdue(const QDate& today) const { return status == ActionStatus::Open && targetDate().isValid() && targetDate() < today; }
};

// Case flags: short-lived markers other screens read. Open until cleared.
namespace flags {
// 5.5: the complainant may have been pressurised or be frightened.
inline QString suspectedPressure() { return QStringLiteral("suspected_pressure"); }
// 4.13, 9.5: a breach of bail or an order; the risk assessment must be reviewed. The risk
// assessment screens read this flag (CaseFlagRepository::open(caseId, flags::riskReviewDue()))
// and show a review prompt from its raisedUtc; completing a reassessment should clear it.
inline QString riskReviewDue() { return QStringLiteral("risk_review_due"); }
} // namespace flags

struct CaseFlag {
    qint64 id = 0;
    qint64 caseId = 0;
    QString code;
    QString reason;
    QDateTime raisedUtc;
    QDateTime clearedUtc;
    bool isOpen() const { return !clearedUtc.isValid(); }
};

// Code for Crown Prosecutors; 4.10. (Named apart from export/CaseFile.h's ChargingTest, which adds "not stated".)
enum class CodeTest { FullCode, Threshold };
enum class ChargingOutcome { Pending, Charge, NoFurtherAction, FurtherEvidenceRequired };
QString chargingOutcomeCode(ChargingOutcome o);
std::optional<ChargingOutcome> chargingOutcomeFromCode(const QString& code);
QString chargingOutcomeLabel(ChargingOutcome o);

struct ChargingRequest {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate requestedOn;
    CodeTest test = CodeTest::FullCode;
    // 4.10: a Threshold Test request says what further evidence is expected and when.
    QString furtherEvidence;
    QDate furtherEvidenceBy;
    ChargingOutcome outcome = ChargingOutcome::Pending;
    QDate decisionOn;
    QString decisionDetail;    // the charges, or the reasons
    QDate complainantToldOn;   // 4.9: at the earliest opportunity
    qint64 rowVersion = 0;
};

// 7.2: the considerations the prosecutor has regard to before accepting a plea to harassment.
struct PleaConsiderations {
    QString complainantViews;
    QString newEvidence;
    QString changedCircumstances;
    QString witnessSummonsPublicInterest;
    QString strengthOfStalkingEvidence;
    QString defenceReasons;
    QString explanationToComplainant;
};
// The protocol's wording of each consideration, in order, for labels and printing.
QStringList pleaConsiderationLabels();

enum class PleaDecision { Pending, Accepted, Rejected };
QString pleaDecisionCode(PleaDecision d);
std::optional<PleaDecision> pleaDecisionFromCode(const QString& code);
QString pleaDecisionLabel(PleaDecision d);

struct PleaOffer {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate offeredOn;
    QString chargedOffence;
    QString offeredPlea;       // e.g. "guilty to harassment (PHA 1997 s2)"
    PleaConsiderations considerations;
    // 7.3: the complainant's views are taken into account before the final decision.
    QString complainantViewsOnOffer;
    QDate complainantViewsOn;
    PleaDecision decision = PleaDecision::Pending;
    QDate decisionOn;
    QString decisionReasons;
    qint64 rowVersion = 0;
};

Status validateAction(const ActionItem& a);
Status validateChargingRequest(const ChargingRequest& c);
Status validatePleaOffer(const PleaOffer& p);

} // namespace conduct
