#include "rules/Charging.h"

#include "common/UkTime.h"
#include "domain/Codes.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Charging", text); }
QString day(const QDate& d) { return uktime::formatDate(d); }

constexpr CodeEntry<ActionStatus> actionTable[] = {
    {ActionStatus::Open, "open", QT_TRANSLATE_NOOP("conduct::Charging", "Open")},
    {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("conduct::Charging", "Done")},
    {ActionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("conduct::Charging", "Cancelled")},
};
constexpr CodeEntry<ChargingOutcome> outcomeTable[] = {
    {ChargingOutcome::Pending, "pending", QT_TRANSLATE_NOOP("conduct::Charging", "Awaiting decision")},
    {ChargingOutcome::Charge, "charge", QT_TRANSLATE_NOOP("conduct::Charging", "Charge")},
    {ChargingOutcome::NoFurtherAction, "nfa", QT_TRANSLATE_NOOP("conduct::Charging", "No further action")},
    {ChargingOutcome::FurtherEvidenceRequired, "further_evidence", QT_TRANSLATE_NOOP("conduct::Charging", "Further evidence required")},
};
constexpr CodeEntry<PleaDecision> pleaTable[] = {
    {PleaDecision::Pending, "pending", QT_TRANSLATE_NOOP("conduct::Charging", "Not yet decided")},
    {PleaDecision::Accepted, "accepted", QT_TRANSLATE_NOOP("conduct::Charging", "Plea accepted")},
    {PleaDecision::Rejected, "rejected", QT_TRANSLATE_NOOP("conduct::Charging", "Plea not accepted")},
};

} // namespace

QString actionStatusCode(ActionStatus s) { return codeIn(actionTable, s); }
std::optional<ActionStatus> actionStatusFromCode(const QString& code) { return fromCodeIn(actionTable, code); }
QString actionStatusLabel(ActionStatus s) { return labelIn(actionTable, s, "conduct::Charging"); }
QString chargingOutcomeCode(ChargingOutcome o) { return codeIn(outcomeTable, o); }
std::optional<ChargingOutcome> chargingOutcomeFromCode(const QString& code) { return fromCodeIn(outcomeTable, code); }
QString chargingOutcomeLabel(ChargingOutcome o) { return labelIn(outcomeTable, o, "conduct::Charging"); }
QString pleaDecisionCode(PleaDecision d) { return codeIn(pleaTable, d); }
std::optional<PleaDecision> pleaDecisionFromCode(const QString& code) { return fromCodeIn(pleaTable, code); }
QString pleaDecisionLabel(PleaDecision d) { return labelIn(pleaTable, d, "conduct::Charging"); }

QStringList pleaConsiderationLabels()
{
    // Protocol 7.2, word for word (list punctuation removed).
    return {
        tr("The complainant's views"),
        tr("Whether any new evidence that undermines the evidential test has been obtained since the original charging decision was made"),
        tr("Whether there have been any changes in circumstances since the decision to charge stalking was made"),
        tr("If the complainant is reluctant to attend court, whether it is in the public interest to witness summons him or her"),
        tr("The strength of evidence to demonstrate behaviours associated with stalking"),
        tr("The reasons given by the defence for suggesting that a plea to harassment should be accepted"),
        tr("The possible explanation that would be given to a complainant who felt that they had been stalked as to why a plea was taken "
           "to harassment"),
    };
}

Status validateAction(const ActionItem& a)
{
    if (Status s = requireText(tr("Action"), a.description, limits::mediumText); !s.ok()) return s;
    if (Status s = requireText(tr("Owner"), a.owner, limits::shortText); !s.ok()) return s;
    if (!a.dueDate.isValid()) return Error{tr("Due date"), tr("Enter the date the action is due.")};
    if (a.createdUtc.isValid() && a.dueDate < uktime::dateOf(a.createdUtc))
        return Error{tr("Due date"), tr("The due date cannot be before the action was raised (%1).")
                                         .arg(day(uktime::dateOf(a.createdUtc)))};
    // 4.7: the date agreed with the CPS is held to the due date's rule (issue 31).
    if (a.agreedDate.isValid() && a.createdUtc.isValid() && a.agreedDate < uktime::dateOf(a.createdUtc))
        return Error{tr("Action date agreed with the CPS"), tr("The date agreed with the CPS cannot be before the action was raised (%1).")
                                                .arg(day(uktime::dateOf(a.createdUtc)))};
    return {};
}

Status validateChargingRequest(const ChargingRequest& c)
{
    if (!c.requestedOn.isValid()) return Error{tr("Requested on"), tr("Enter the date the charging decision was requested.")};
    if (Status s = notInFuture(tr("Requested on"), c.requestedOn); !s.ok()) return s;
    if (c.test == CodeTest::Threshold) {
        if (c.furtherEvidence.trimmed().isEmpty())
            return Error{tr("Further evidence expected"),
                         tr("4.10: for the Threshold Test, give details of the further evidence likely to be obtained which will "
                            "have a significant impact on the case.")};
        if (!c.furtherEvidenceBy.isValid())
            return Error{tr("Further evidence expected by"), tr("4.10: say when the further evidence will be gathered and forwarded.")};
        if (c.furtherEvidenceBy < c.requestedOn)
            return Error{tr("Further evidence expected by"), tr("The further evidence cannot be expected before the request (%1).")
                                                                 .arg(day(c.requestedOn))};
    }
    if (Status s = limitText(tr("Further evidence expected"), c.furtherEvidence, limits::longText); !s.ok()) return s;
    if (c.outcome == ChargingOutcome::Pending) {
        if (c.decisionOn.isValid() || c.complainantToldOn.isValid())
            return Error{tr("Decision"), tr("Record the decision before its date or the date the complainant was told.")};
        return {};
    }
    if (!c.decisionOn.isValid()) return Error{tr("Decision date"), tr("Enter the date of the charging decision.")};
    if (Status s = notInFuture(tr("Decision date"), c.decisionOn); !s.ok()) return s;
    if (c.decisionOn < c.requestedOn)
        return Error{tr("Decision date"), tr("The decision cannot be dated before the request (%1).").arg(day(c.requestedOn))};
    if (Status s = requireText(tr("Decision detail"), c.decisionDetail, limits::longText); !s.ok()) return s;
    if (c.complainantToldOn.isValid()) {
        if (Status s = notInFuture(tr("Complainant told on"), c.complainantToldOn); !s.ok()) return s;
        if (c.complainantToldOn < c.decisionOn)
            return Error{tr("Complainant told on"), tr("The complainant cannot be told before the decision was made (%1).")
                                                        .arg(day(c.decisionOn))};
    }
    return {};
}

Status validatePleaOffer(const PleaOffer& p)
{
    if (!p.offeredOn.isValid()) return Error{tr("Offered on"), tr("Enter the date the plea was offered.")};
    if (Status s = notInFuture(tr("Offered on"), p.offeredOn); !s.ok()) return s;
    if (Status s = requireText(tr("Charged offence"), p.chargedOffence, limits::shortText); !s.ok()) return s;
    if (Status s = requireText(tr("Plea offered"), p.offeredPlea, limits::shortText); !s.ok()) return s;
    if (p.complainantViewsOn.isValid()) {
        if (Status s = notInFuture(tr("Complainant's views given on"), p.complainantViewsOn); !s.ok()) return s;
        if (p.complainantViewsOn < p.offeredOn)
            return Error{tr("Complainant's views given on"), tr("The complainant's views on the offer cannot predate the offer (%1).")
                                                                 .arg(day(p.offeredOn))};
    }
    if (p.decision == PleaDecision::Pending) return {};
    // 7.3: the complainant's views are taken into account before a final decision is reached.
    if (p.complainantViewsOnOffer.trimmed().isEmpty() || !p.complainantViewsOn.isValid())
        return Error{tr("Complainant's views"), tr("7.3: record the complainant's views on the offer, and when they were given, "
                                                   "before the decision.")};
    if (!p.decisionOn.isValid()) return Error{tr("Decision date"), tr("Enter the date of the decision on the plea.")};
    if (Status s = notInFuture(tr("Decision date"), p.decisionOn); !s.ok()) return s;
    if (p.decisionOn < p.complainantViewsOn)
        return Error{tr("Decision date"), tr("The decision must follow the complainant's views (%1).").arg(day(p.complainantViewsOn))};
    if (Status s = requireText(tr("Reasons for the decision"), p.decisionReasons, limits::longText); !s.ok()) return s;
    if (p.decision == PleaDecision::Accepted) {
        // 7.2: a plea to harassment in place of stalking only for compelling reasons, having regard to each point.
        const PleaConsiderations& c = p.considerations;
        const QList<QString> answers = {c.complainantViews, c.newEvidence, c.changedCircumstances, c.witnessSummonsPublicInterest,
                                        c.strengthOfStalkingEvidence, c.defenceReasons, c.explanationToComplainant};
        const QStringList labels = pleaConsiderationLabels();
        for (int i = 0; i < answers.size(); ++i)
            if (answers[i].trimmed().isEmpty())
                return Error{tr("Considerations"), tr("7.2: before a plea is accepted, record the regard had to: %1.").arg(labels[i])};
    }
    return {};
}

} // namespace conduct
