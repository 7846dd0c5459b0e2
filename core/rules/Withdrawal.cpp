#include "rules/Withdrawal.h"

#include "common/UkTime.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Withdrawal", text); }

struct DecisionEntry {
    WithdrawalDecision value;
    const char* code;
    const char* label;
};
constexpr DecisionEntry decisionTable[] = {
    {WithdrawalDecision::Undecided, "undecided", QT_TRANSLATE_NOOP("conduct::Withdrawal", "Not yet decided")},
    {WithdrawalDecision::Proceed, "proceed", QT_TRANSLATE_NOOP("conduct::Withdrawal", "Proceed with the case")},
    {WithdrawalDecision::ProceedWithoutComplainant, "proceed_without_complainant",
     QT_TRANSLATE_NOOP("conduct::Withdrawal", "Proceed without the complainant's evidence (5.6)")},
    {WithdrawalDecision::WitnessSummons, "witness_summons",
     QT_TRANSLATE_NOOP("conduct::Withdrawal", "Apply for a witness summons (5.7, last resort)")},
    {WithdrawalDecision::Discontinue, "discontinue", QT_TRANSLATE_NOOP("conduct::Withdrawal", "Discontinue")},
};

// Every 5.3 / 5.4 point must be answered: the template is the protocol's list, not a menu.
Status requireAllPoints(const QString& what, const FormPack& pack, const FormAnswers& answers)
{
    QStringList missing;
    for (const FormItem* item : pack.items())
        if (!isAnswered(*item, answers) || answers.value(item->id).toString().trimmed().isEmpty()) missing.append(item->number);
    if (missing.isEmpty()) return {};
    return Error{what, tr("Every point of %1 must be answered; still to answer: point %2.")
                           .arg(pack.citation.isEmpty() ? pack.title : pack.citation, missing.join(QStringLiteral(", ")))};
}

Status checkAnswers(const QString& what, const FormPack& pack, const FormAnswers& answers)
{
    const QList<Error> errors = validateAnswers(pack, answers);
    if (!errors.isEmpty()) return Error{what, errors.first().text()};
    return requireAllPoints(what, pack, answers);
}
} // namespace

QString withdrawalDecisionCode(WithdrawalDecision d)
{
    for (const auto& e : decisionTable)
        if (e.value == d) return QString::fromLatin1(e.code);
    return {};
}

std::optional<WithdrawalDecision> withdrawalDecisionFromCode(const QString& code)
{
    for (const auto& e : decisionTable)
        if (code == QLatin1String(e.code)) return e.value;
    return std::nullopt;
}

QString withdrawalDecisionLabel(WithdrawalDecision d)
{
    for (const auto& e : decisionTable)
        if (e.value == d) return QCoreApplication::translate("conduct::Withdrawal", e.label);
    return {};
}

QList<WithdrawalDecision> allWithdrawalDecisions()
{
    QList<WithdrawalDecision> out;
    for (const auto& e : decisionTable) out.append(e.value);
    return out;
}

Status validateWithdrawal(const Withdrawal& w, const FormPack& statementPack, const FormPack& reportPack)
{
    if (w.complainantId == 0) return Error{tr("Complainant"), tr("Choose the complainant who is withdrawing support.")};
    if (Status s = checkAnswers(tr("Withdrawal statement"), statementPack, w.statement); !s.ok()) return s;
    if (!w.statementTakenUtc.isValid())
        return Error{tr("Statement taken"), tr("Enter when the withdrawal statement was taken.")};
    if (Status s = notInFuture(tr("Statement taken"), w.statementTakenUtc); !s.ok()) return s;
    if (Status s = requireText(tr("Statement taken by"), w.statementTakenBy, limits::shortText); !s.ok()) return s;
    if (Status s = limitText(tr("Place statement taken"), w.statementTakenAt, limits::shortText); !s.ok()) return s;
    if (Status s = limitText(tr("Present when the statement was taken"), w.presentAtStatement, limits::mediumText); !s.ok())
        return s;
    if (Status s = limitText(tr("Contact initiated by"), w.contactInitiatedBy, limits::mediumText); !s.ok()) return s;
    const QDate statementDay = uktime::dateOf(w.statementTakenUtc);

    if (w.hasReport()) {
        if (Status s = checkAnswers(tr("Officer's report"), reportPack, w.report); !s.ok()) return s;
        if (!w.reportDate.isValid()) return Error{tr("Report date"), tr("Enter the date of the officer's report.")};
        if (Status s = notInFuture(tr("Report date"), w.reportDate); !s.ok()) return s;
        if (w.reportDate < statementDay)
            return Error{tr("Report date"), tr("The officer's report cannot be dated before the withdrawal statement (%1).")
                                                .arg(uktime::formatDate(statementDay))};
    }
    if (w.pressureSuspected)
        if (Status s = requireText(tr("Suspected pressure"), w.pressureDetail, limits::mediumText); !s.ok())
            return Error{tr("Suspected pressure"), tr("Say what makes you suspect the complainant has been pressurised or is frightened (5.5).")};

    if (!w.safetyEnquiries.trimmed().isEmpty() || w.safetyEnquiriesOn.isValid()) {
        if (Status s = requireText(tr("Safety enquiries"), w.safetyEnquiries, limits::longText); !s.ok()) return s;
        if (!w.safetyEnquiriesOn.isValid())
            return Error{tr("Safety enquiries date"), tr("Enter the date the safety enquiries (5.8) were completed.")};
        if (Status s = notInFuture(tr("Safety enquiries date"), w.safetyEnquiriesOn); !s.ok()) return s;
    }

    if (w.decision == WithdrawalDecision::Undecided) return {};
    if (!w.hasReport())
        return Error{tr("Decision"), tr("Write the officer's report (5.4) before recording how the case will proceed.")};
    if (Status s = requireText(tr("Reasons for the decision"), w.decisionReasons, limits::longText); !s.ok())
        return Error{tr("Reasons for the decision"), tr("Give the reasons for the decision: the protocol expects decisions with reasons.")};
    if (!w.decisionDate.isValid()) return Error{tr("Decision date"), tr("Enter the date of the decision.")};
    if (Status s = notInFuture(tr("Decision date"), w.decisionDate); !s.ok()) return s;
    if (w.decisionDate < w.reportDate)
        return Error{tr("Decision date"), tr("The decision cannot be dated before the officer's report (%1).")
                                              .arg(uktime::formatDate(w.reportDate))};
    if (w.decision == WithdrawalDecision::WitnessSummons) {
        if (!w.safetyEnquiriesRecorded())
            return Error{tr("Decision"),
                         tr("A witness summons cannot be chosen yet. Protocol 5.8: \"Before the decision to apply for a witness "
                            "summons is taken, prosecutors must make enquiries to satisfy themselves that the safety of the "
                            "complainant, any children and/or other dependents will not be endangered.\" Record those safety "
                            "enquiries and their date first.")};
        if (w.safetyEnquiriesOn > w.decisionDate)
            return Error{tr("Safety enquiries date"), tr("The safety enquiries (5.8) must be completed on or before the date of the "
                                                         "decision to apply for a witness summons.")};
    }
    return {};
}

} // namespace conduct
