#pragma once
// Withdrawal of support (protocol 5.3–5.8): the complainant's statement, the officer's report,
// suspected pressure, and the decision on how the case goes on. The statement and the report are
// answered through the form packs "withdrawal-statement" (5.3) and "withdrawal-officer-report"
// (5.4), so a force can adapt the wording; each record keeps the pack id and version it used.

#include "common/Result.h"
#include "forms/FormAnswers.h"
#include "forms/FormPack.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace conduct {

inline QString withdrawalStatementPackId() { return QStringLiteral("withdrawal-statement"); }
inline QString withdrawalReportPackId() { return QStringLiteral("withdrawal-officer-report"); }

enum class WithdrawalDecision {
    Undecided,
    Proceed,                       // the complainant continues to support, or the case goes on as charged
    ProceedWithoutComplainant,     // 5.6: continue without the complainant's evidence
    WitnessSummons,                // 5.7: a last resort, only after the safety enquiries of 5.8
    Discontinue,
};
QString withdrawalDecisionCode(WithdrawalDecision d);
std::optional<WithdrawalDecision> withdrawalDecisionFromCode(const QString& code);
QString withdrawalDecisionLabel(WithdrawalDecision d);
QList<WithdrawalDecision> allWithdrawalDecisions();

struct Withdrawal {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 complainantId = 0;

    // 5.3: in the complainant's words, first person; one answer per point of the pack.
    QString statementPackId = withdrawalStatementPackId();
    int statementPackVersion = 0;
    FormAnswers statement;
    QDateTime statementTakenUtc;
    QString statementTakenBy;
    // The circumstances the officer's report and the MG11 print (mg-forms §7.3): the place, who
    // else was present, and who initiated the contact that led to the statement.
    QString statementTakenAt;
    QString presentAtStatement;
    QString contactInitiatedBy;

    // 5.4: the officer's report; empty until written.
    QString reportPackId = withdrawalReportPackId();
    int reportPackVersion = 0;
    FormAnswers report;
    QDate reportDate;
    QString reportBy;

    // 5.5: suspected pressure or fear: investigated further (an action and a case flag follow).
    bool pressureSuspected = false;
    QString pressureDetail;

    // 5.8: the enquiries into the safety of the complainant, children and dependants.
    QString safetyEnquiries;
    QDate safetyEnquiriesOn;

    WithdrawalDecision decision = WithdrawalDecision::Undecided;
    QString decisionReasons;
    QDate decisionDate;
    QString decidedBy;

    qint64 rowVersion = 0;

    bool hasReport() const { return !report.items.isEmpty(); }
    bool safetyEnquiriesRecorded() const { return !safetyEnquiries.trimmed().isEmpty() && safetyEnquiriesOn.isValid(); }
};

// The whole record's rules: the statement answers every point of its pack, the report (once begun)
// every point of its pack, dates in order and not in the future, a decision has reasons and a date
// and follows a complete report, and a witness summons follows recorded safety enquiries (5.8).
Status validateWithdrawal(const Withdrawal& w, const FormPack& statementPack, const FormPack& reportPack);

} // namespace conduct
