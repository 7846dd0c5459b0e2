// The advisor's table: one row per protocol paragraph, with the check it makes. Each check reads
// only AdvisorInput, so tests build inputs directly and the table is the whole rulebook.

#include "common/UkTime.h"
#include "rules/Advisor.h"
#include "rules/OffenceGuide.h"

#include <QCoreApplication>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("conduct::Advisor", text, disambiguation, n);
}
QString dayText(const QDate& d) { return uktime::formatDate(d); }

RuleVerdict met(QString detail = {}) { return {RuleState::Met, std::move(detail)}; }
RuleVerdict attention(QString detail) { return {RuleState::NeedsAttention, std::move(detail)}; }
RuleVerdict notApplicable(QString detail = {}) { return {RuleState::NotApplicable, std::move(detail)}; }
RuleVerdict notYetRecorded(QString detail = {}) { return {RuleState::NotYetRecorded, std::move(detail)}; }

bool stalkingCase(const AdvisorInput& in) { return isStalkingCase(in.detail.caseRecord); }
bool harassmentOnly(const AdvisorInput& in)
{
    const auto& offences = in.detail.caseRecord.offences;
    const bool harassment = offences.contains(Offence::Harassment_s2) || offences.contains(Offence::FearOfViolence_s4);
    return harassment && !stalkingCase(in);
}
bool domesticAbuse(const AdvisorInput& in)
{
    return std::any_of(in.detail.people.begin(), in.detail.people.end(),
                       [](const Person& p) { return p.role == PersonRole::Suspect && p.domesticAbuse; });
}
bool anyStalkingBehaviour(const AdvisorInput& in)
{
    for (const Incident& i : in.detail.incidents)
        for (Behaviour b : i.behaviours)
            if (isStalkingBehaviour(b)) return true;
    return false;
}
QList<CaseMeasure> measuresOf(const AdvisorInput& in, CaseMeasureKind kind)
{
    QList<CaseMeasure> out;
    for (const auto& m : in.measures)
        if (m.kind == kind) out.append(m);
    return out;
}

RuleVerdict checklistUsed(const AdvisorInput& in)
{
    int recorded = 0, outstanding = 0;
    for (const auto& r : in.checklist) {
        if (r.packId != QLatin1String(stalkingChecklistPackId)) continue;
        ++recorded;
        if (r.status == EvidenceStatus::Outstanding) ++outstanding;
    }
    if (recorded == 0) return attention(tr("No item of the evidence checklist has a status yet."));
    if (recorded < in.stalkingChecklistItems)
        return attention(tr("%1 of %2 checklist items have no status yet.").arg(in.stalkingChecklistItems - recorded)
                             .arg(in.stalkingChecklistItems));
    if (domesticAbuse(in) && std::none_of(in.checklist.begin(), in.checklist.end(), [](const ChecklistItemRecord& r) {
            return r.packId == QLatin1String(domesticAbuseChecklistPackId);
        }))
        return attention(tr("Domestic abuse case: the domestic abuse evidence checklist has not been started."));
    return met(tr("Every checklist item has a status; %n outstanding.", nullptr, outstanding));
}

RuleVerdict defencesInvestigated(const AdvisorInput& in)
{
    const bool suspect = std::any_of(in.detail.people.begin(), in.detail.people.end(),
                                     [](const Person& p) { return p.role == PersonRole::Suspect; });
    if (!suspect) return notApplicable(tr("No suspect recorded."));
    if (in.enquiriesAnswered) return met(tr("Lines of enquiry recorded."));
    return attention(tr("None of the 3.4 lines of enquiry is answered."));
}

RuleVerdict riskAssessed(const AdvisorInput& in)
{
    if (!in.risk) return notYetRecorded(tr("Risk assessments are not yet recorded in Conduct for this case."));
    const RiskFacts& r = *in.risk;
    // Only a supervisor's approval makes an assessment count (3.7: assessed and reviewed); one
    // that is submitted is in progress, and says so.
    const bool awaiting = r.awaitingReviewSinceUtc.isValid();
    const QString awaitingText = awaiting ? tr("A risk assessment submitted on %1 is awaiting supervisor review.")
                                                .arg(uktime::formatDateOnly(r.awaitingReviewSinceUtc))
                                          : QString();
    if (!r.assessed) {
        if (awaiting) return attention(awaitingText + u' ' + tr("3.7 is met once a supervisor approves it."));
        return attention(tr("No risk assessment (DASH, S-DASH, SASH or local tool) is recorded."));
    }
    if (r.nextReviewDue.isValid() && in.today > r.nextReviewDue)
        return attention(tr("The risk assessment was due for review on %1.").arg(dayText(r.nextReviewDue))
                         + (awaiting ? u' ' + awaitingText : QString()));
    if (r.level == QLatin1String("high") && !r.maracOrMappaDecided.value_or(false))
        return attention(tr("High risk: no MARAC/MAPPA referral decision is recorded."));
    const QString approved = tr("Risk level %1 (approved); next review %2.")
                                 .arg(r.level, r.nextReviewDue.isValid() ? dayText(r.nextReviewDue) : tr("not set"));
    return met(awaiting ? approved + u' ' + awaitingText : approved);
}

RuleVerdict linkedIncidentsSearched(const AdvisorInput& in)
{
    if (in.linkedSearches > 0) return met(tr("%n linked-incident search(es) recorded.", nullptr, in.linkedSearches));
    if (!anyStalkingBehaviour(in) && !stalkingCase(in))
        return notApplicable(tr("No incident typical of stalking is recorded yet."));
    return attention(tr("No search for linked incidents is recorded on this case."));
}

RuleVerdict alteredBehaviourAsked(const AdvisorInput& in)
{
    if (in.detail.incidents.isEmpty()) return notYetRecorded(tr("No incidents recorded."));
    QStringList notAsked;
    for (const Incident& i : in.detail.incidents)
        if (i.alteredBehaviour == Answer::NotAsked) notAsked.append(uktime::formatDateOnly(i.startUtc));
    if (notAsked.isEmpty()) return met(tr("Asked on every incident."));
    return attention(tr("Not asked for the incident(s) of %1.").arg(notAsked.join(QStringLiteral(", "))));
}

RuleVerdict stalkingConsidered(const AdvisorInput& in)
{
    if (!harassmentOnly(in)) return notApplicable(tr("The case is not identified as harassment only."));
    if (!in.detail.caseRecord.whyNotStalking.trimmed().isEmpty()) return met(tr("Why not stalking is recorded."));
    return attention(tr("Harassment without stalking: why the conduct is not stalking is not recorded."));
}

RuleVerdict noPins(const AdvisorInput& in)
{
    if (!stalkingCase(in)) return notApplicable(tr("Not a stalking case."));
    const auto pins = measuresOf(in, CaseMeasureKind::Pin);
    if (pins.isEmpty()) return met(tr("No PIN recorded."));
    return attention(tr("A PIN is recorded (%1) in a stalking case.").arg(dayText(pins.first().date)));
}

RuleVerdict stalkingStartingPoint(const AdvisorInput& in)
{
    if (!anyStalkingBehaviour(in)) return notApplicable(tr("No behaviour associated with stalking recorded."));
    if (stalkingCase(in)) return met(tr("s2A or s4A is under consideration."));
    return attention(tr("Behaviour associated with stalking is recorded but neither s2A nor s4A is under consideration."));
}

RuleVerdict domesticAbuseReferred(const AdvisorInput& in)
{
    if (!domesticAbuse(in)) return notApplicable(tr("No suspect is recorded as domestic abuse."));
    const CaseStatus s = in.detail.caseRecord.status;
    if (s == CaseStatus::OpenInvestigation) return attention(tr("Domestic abuse: not yet referred to the CPS."));
    return met(tr("Status: %1.").arg(labelOf(s)));
}

RuleVerdict mg2AndRisk(const AdvisorInput& in)
{
    if (!in.preCharge || !in.risk) return notYetRecorded(tr("MG2 and risk documents are not yet recorded in Conduct."));
    if (!in.preCharge->mg2Completed) return attention(tr("No MG2 is recorded."));
    if (!in.risk->assessed || !in.risk->suppliedToCps) return attention(tr("The risk documentation is not recorded as supplied."));
    return met();
}

RuleVerdict actionPlanDated(const AdvisorInput& in)
{
    if (!in.actionPlan) return notYetRecorded(tr("The MG3 action plan is not yet recorded in Conduct."));
    if (in.actionPlan->actions == 0) return notApplicable(tr("No outstanding actions."));
    if (in.actionPlan->actionsWithoutDate > 0)
        return attention(tr("%n action(s) have no agreed date.", nullptr, in.actionPlan->actionsWithoutDate));
    return met(tr("Every action has an agreed date."));
}

RuleVerdict postalRequisitions(const AdvisorInput& in)
{
    const auto postal = measuresOf(in, CaseMeasureKind::PostalRequisition);
    if (stalkingCase(in))
        return postal.isEmpty() ? met(tr("No postal requisition recorded."))
                                : attention(tr("A postal requisition is recorded in a stalking case."));
    if (!postal.isEmpty())
        return attention(tr("Postal requisition recorded in a harassment case: record how its effect on the risk to the "
                            "complainant was considered."));
    return notApplicable(tr("No postal requisition recorded."));
}

RuleVerdict bailConditions(const AdvisorInput& in)
{
    if (!in.bail) return notYetRecorded(tr("Bail is not yet recorded in Conduct."));
    if (!in.bail->preChargeBail) return notApplicable(tr("No pre-charge bail."));
    return in.bail->complainantViewsSought ? met() : attention(tr("The complainant's views on the conditions are not recorded."));
}

RuleVerdict withdrawalStatement(const AdvisorInput& in)
{
    if (!in.withdrawal) return notYetRecorded(tr("Withdrawal is not yet recorded in Conduct."));
    if (!in.withdrawal->withdrawn) return notApplicable(tr("The complainant supports the prosecution."));
    return in.withdrawal->statementTaken ? met(tr("Withdrawal statement recorded.")) : attention(tr("No withdrawal statement is recorded."));
}

RuleVerdict withdrawalReport(const AdvisorInput& in)
{
    if (!in.withdrawal) return notYetRecorded(tr("Withdrawal is not yet recorded in Conduct."));
    if (!in.withdrawal->withdrawn) return notApplicable(tr("The complainant supports the prosecution."));
    return in.withdrawal->officerReportWritten ? met(tr("Officer's report recorded.")) : attention(tr("No officer's report is recorded."));
}

RuleVerdict contactAgreed(const AdvisorInput& in)
{
    QStringList missing;
    int complainants = 0;
    for (const Person& p : in.detail.people) {
        if (p.role != PersonRole::Complainant) continue;
        ++complainants;
        if (p.preferredContact.trimmed().isEmpty()) missing.append(p.displayName());
    }
    if (complainants == 0) return notYetRecorded(tr("No complainant recorded."));
    if (missing.isEmpty()) return met(tr("Preferred means of contact recorded."));
    return attention(tr("No preferred means of contact for %1.").arg(missing.join(QStringLiteral("; "))));
}

RuleVerdict victimPersonalStatement(const AdvisorInput& in)
{
    if (in.vps) {
        if (in.vps->obtained) return met(tr("VPS obtained."));
        if (!in.vps->whyNotTaken.trimmed().isEmpty()) return met(tr("Why no VPS was taken is recorded."));
        return attention(tr("No VPS, and no reason recorded."));
    }
    const ChecklistItemRecord* item = in.checklistItem(QString::fromLatin1(stalkingChecklistPackId), QStringLiteral("e17"));
    if (!item) return attention(tr("The checklist item \"Victim Personal Statement\" has no status."));
    if (item->status == EvidenceStatus::Obtained) return met(tr("VPS obtained (checklist)."));
    if ((item->status == EvidenceStatus::NotAvailable || item->status == EvidenceStatus::NotApplicable)
        && !item->note.trimmed().isEmpty())
        return met(tr("Why no VPS was taken is recorded: %1").arg(item->note.trimmed()));
    return attention(tr("VPS: %1%2").arg(labelOf(item->status),
                                         item->note.isEmpty() ? QString() : QStringLiteral(" — ") + item->note));
}

RuleVerdict rightToReview(const AdvisorInput& in)
{
    if (in.outcome) {
        if (!in.outcome->noChargeOrProceedingsEnded) return notApplicable(tr("Proceedings continue."));
        return in.outcome->toldOfRightToReview ? met() : attention(tr("The complainant has not been told of the VRR scheme."));
    }
    if (in.detail.caseRecord.status == CaseStatus::NoFurtherAction)
        return notYetRecorded(tr("No further action: whether the complainant was told of VRR is not yet recorded."));
    return notApplicable(tr("No decision not to charge."));
}

RuleVerdict harassmentPleas(const AdvisorInput& in)
{
    if (in.plea) {
        if (!in.plea->harassmentPleaOffered) return notApplicable(tr("No plea to harassment offered."));
        return in.plea->compellingReasonsRecorded && in.plea->complainantViewsRecorded
                   ? met()
                   : attention(tr("Plea to harassment offered: compelling reasons and the complainant's views must be recorded."));
    }
    if (stalkingCase(in) && in.detail.caseRecord.status == CaseStatus::Charged)
        return notYetRecorded(tr("Pleas are not yet recorded in Conduct."));
    return notApplicable(tr("Stalking is not charged."));
}

RuleVerdict restrainingOrderAddresses(const AdvisorInput& in)
{
    if (in.restrainingOrder && !in.restrainingOrder->sought) return notApplicable(tr("No restraining order sought."));
    QStringList stale;
    int addresses = 0;
    for (const Person& p : in.detail.people) {
        if (p.role == PersonRole::Witness) continue;
        for (const Address& a : p.addresses) {
            ++addresses;
            if (!a.verifiedOn.isValid() || a.verifiedOn.daysTo(in.today) > in.addressVerificationDays)
                stale.append(tr("%1 (%2)").arg(p.displayName(), a.verifiedOn.isValid() ? tr("checked %1").arg(dayText(a.verifiedOn))
                                                                                      : tr("never checked")));
        }
    }
    if (addresses == 0) return notYetRecorded(tr("No addresses recorded for the complainant or suspect."));
    if (!stale.isEmpty())
        return attention(tr("Addresses not checked in the last %1 days: %2").arg(in.addressVerificationDays)
                             .arg(stale.join(QStringLiteral("; "))));
    const ChecklistItemRecord* views = in.checklistItem(QString::fromLatin1(stalkingChecklistPackId), QStringLiteral("e16"));
    if (!views || views->status != EvidenceStatus::Obtained)
        return attention(tr("Addresses are current, but the complainant's views on a restraining order are not obtained."));
    return met(tr("Addresses checked within %1 days; the complainant's views obtained.").arg(in.addressVerificationDays));
}
} // namespace

const QList<AdvisorRule>& advisorRules()
{
    static const QList<AdvisorRule> rules = {
        {"3.1", QT_TRANSLATE_NOOP("conduct::Advisor", "Evidence checklist used"), checklistUsed,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Give every item of the evidence checklist a status on the Evidence tab; in "
                                               "domestic abuse cases use the domestic abuse checklist too.")},
        {"3.4", QT_TRANSLATE_NOOP("conduct::Advisor", "Potential defences investigated"), defencesInvestigated,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Work through the lines of enquiry on the Enquiries (3.4) tab.")},
        {"3.7", QT_TRANSLATE_NOOP("conduct::Advisor", "Risk assessed and kept under review"), riskAssessed,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Complete a risk assessment, review it by its due date, and record the "
                                               "MARAC/MAPPA referral decision when the risk is high.")},
        {"3.8", QT_TRANSLATE_NOOP("conduct::Advisor", "Linked incidents searched"), linkedIncidentsSearched,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Search for the suspect elsewhere (People tab, \"Find elsewhere\") so the "
                                               "search is recorded on the case.")},
        {"3.9", QT_TRANSLATE_NOOP("conduct::Advisor", "Altered behaviour asked"), alteredBehaviourAsked,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Ask the complainant whether they altered their behaviour, even in subtle "
                                               "ways, and record the answer on each incident.")},
        {"3.10", QT_TRANSLATE_NOOP("conduct::Advisor", "Stalking considered in a harassment case"), stalkingConsidered,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Record why the conduct does not meet the description of stalking (Overview, "
                                               "or the Offences tab).")},
        {"3.11", QT_TRANSLATE_NOOP("conduct::Advisor", "No Police Information Notice in stalking"), noPins,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Do not use PINs in stalking cases; review the PIN recorded.")},
        {"4.2", QT_TRANSLATE_NOOP("conduct::Advisor", "s2A/s4A the starting point"), stalkingStartingPoint,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Start from s2A or s4A; see the Offences tab, and record the reason if "
                                               "another offence is chosen.")},
        {"4.3", QT_TRANSLATE_NOOP("conduct::Advisor", "Domestic abuse referred to the CPS"), domesticAbuseReferred,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Refer the case to the CPS for the charging decision.")},
        {"4.5", QT_TRANSLATE_NOOP("conduct::Advisor", "MG2 and risk documents at pre-charge"), mg2AndRisk,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Supply a completed MG2 and the risk screening documents with the "
                                               "pre-charge file.")},
        {"4.7", QT_TRANSLATE_NOOP("conduct::Advisor", "Action plan with agreed dates"), actionPlanDated,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Agree a date for every action on the MG3 action plan.")},
        {"4.8", QT_TRANSLATE_NOOP("conduct::Advisor", "No postal requisition in stalking"), postalRequisitions,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Do not use postal requisitions in stalking; in harassment, consider and "
                                               "record their effect on the risk to the complainant.")},
        {"4.11", QT_TRANSLATE_NOOP("conduct::Advisor", "Complainant's views on bail conditions"), bailConditions,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Seek the complainant's views on pre-charge bail conditions and consider "
                                               "restraining-order conditions.")},
        {"5.3", QT_TRANSLATE_NOOP("conduct::Advisor", "Withdrawal statement"), withdrawalStatement,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Take a written withdrawal statement covering every point of 5.3.")},
        {"5.4", QT_TRANSLATE_NOOP("conduct::Advisor", "Officer's withdrawal report"), withdrawalReport,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Write the officer's report covering every point of 5.4.")},
        {"6.4", QT_TRANSLATE_NOOP("conduct::Advisor", "Point of contact and preferred contact"), contactAgreed,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Agree the complainant's preferred means of contact and a safe method, and "
                                               "record them on the complainant.")},
        {"6.7", QT_TRANSLATE_NOOP("conduct::Advisor", "Victim Personal Statement"), victimPersonalStatement,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Offer and support a VPS; if none is taken, record why for the CPS.")},
        {"6.9", QT_TRANSLATE_NOOP("conduct::Advisor", "Victims' Right to Review"), rightToReview,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Tell the complainant of their right to a review under the VRR scheme.")},
        {"7.2", QT_TRANSLATE_NOOP("conduct::Advisor", "Harassment pleas to a stalking charge"), harassmentPleas,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Record the compelling reasons and the complainant's views before a plea to "
                                               "harassment is accepted.")},
        {"9.2", QT_TRANSLATE_NOOP("conduct::Advisor", "Restraining order information current"), restrainingOrderAddresses,
         QT_TRANSLATE_NOOP("conduct::Advisor", "Re-check the addresses for the draft restraining order and obtain the "
                                               "complainant's views.")},
    };
    return rules;
}

} // namespace conduct
