// What each document asks for that the case has not recorded (MissingValues.h). Each document's
// registry row (DocumentRegistry.cpp) names its check; the registry asks every document for the URN.

#include "export/MissingValues.h"

#include "common/UkTime.h"
#include "export/BuilderSupport.h"

namespace conduct {

using exportsupport::tr;

void MissingValues::need(bool recorded, const QString& field, const QString& where)
{
    if (!recorded)
        m_out.append(Error{field, tr("Not recorded, so the %1 prints \"[not recorded]\". Record it in %2.")
                                      .arg(m_document, where)});
}

namespace {
bool has(const QString& s) { return !s.trimmed().isEmpty(); }
} // namespace

namespace needs {

void mg3(MissingValues& m, const CaseFile& f)
{
    const ChargingInfo* c = f.charging ? &*f.charging : nullptr;
    const QString charging = tr("the Charging page");
    m.need(!exportsupport::peopleWithRole(f, PersonRole::Suspect).isEmpty(), tr("Suspect"), tr("the People page"));
    m.need(c && has(c->outlineOfCircumstances), tr("Outline of circumstances"), charging);
    m.need(c && !c->suspects.isEmpty() && has(c->suspects.first().proposedCharges), tr("Proposed charges"), charging);
    m.need(c && (has(c->completingOfficer.name) || has(f.caseRecord.officerInCase)), tr("Officer completing"), charging);
    m.need(c && c->dateCompleted.isValid(), tr("Date completed"), charging);
    m.need(c && has(c->evidenceAlignedToPointsToProve), tr("Supervisor's comments: points to prove"), charging);
    m.need(c && has(c->publicInterest), tr("Supervisor's comments: public interest"), charging);
    m.need(c && has(c->recommendedCharges), tr("Supervisor's comments: recommended charges"), charging);
    m.need(c && has(c->supervisor.name), tr("Supervisor approving referral"), charging);
    // Protocol 4.7: action dates agreed between CPS and police go on the action plan.
    for (const ActionPlanItem& a : f.actionPlan)
        m.need(a.actionDate.isValid(), tr("Action date for \"%1\" (protocol 4.7)").arg(a.action.left(60)),
               tr("the Action plan page"));
    m.need(!f.specialMeasures.isEmpty(), tr("MG2 special measures assessment (protocol 4.5)"), tr("the Special measures page"));
}

void mg5(MissingValues& m, const CaseFile& f)
{
    const CaseSummaryInfo* s = f.caseSummary ? &*f.caseSummary : nullptr;
    const QString page = tr("the Case summary page");
    m.need(s && has(s->keyEvidence), tr("Key evidence"), page);
    m.need(s && has(s->keyWitnesses), tr("Key witness(es) and their role"), page);
    m.need(s && has(s->defendantExplanation), tr("Summary of defendant explanation"), page);
    m.need(s && has(s->certifyingOfficer.name), tr("Officer's certification"), page);
    m.need(s && s->certifiedOn.isValid(), tr("Officer's certification date"), page);
}

void mg2(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Special measures page");
    m.need(!f.specialMeasures.isEmpty(), tr("Special measures assessment"), page);
    for (const SpecialMeasuresAssessment& a : f.specialMeasures) {
        const Person* p = exportsupport::findPerson(f, a.personId);
        const QString who = p ? p->displayName() : tr("unknown witness");
        m.need(p != nullptr, tr("Witness for an assessment"), page);
        m.need(has(a.viewsOnMeasures), tr("%1: witness's views on the measures (protocol 6.5)").arg(who), page);
        m.need(has(a.assessingOfficer.name), tr("%1: assessing officer").arg(who), page);
        m.need(a.assessedOn.isValid(), tr("%1: date of assessment").arg(who), page);
    }
}

void withdrawalStatement(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Withdrawal page");
    const WithdrawalStatementInfo* w = f.withdrawalStatement ? &*f.withdrawalStatement : nullptr;
    m.need(w != nullptr, tr("Withdrawal statement"), page);
    if (!w) return;
    m.need(w->originalStatementDate.isValid(), tr("Date of the original statement"), page);
    // Protocol 5.3: what the statement must cover.
    m.need(has(w->reasons), tr("Reasons for withdrawing support (5.3)"), page);
    m.need(has(w->originalComplaintTrue), tr("Whether the original complaint was true (5.3)"), page);
    m.need(has(w->pressure), tr("Whether pressurised to withdraw (5.3)"), page);
    m.need(has(w->discussedWith), tr("Who the complainant discussed the case with (5.3)"), page);
    m.need(has(w->civilAction), tr("Whether pursuing civil action (5.3)"), page);
    m.need(w->takenUtc.isValid(), tr("Time and date statement taken"), page);
}

void officerWithdrawalReport(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Withdrawal page");
    const OfficerWithdrawalReportInfo* r = f.withdrawalReport ? &*f.withdrawalReport : nullptr;
    m.need(r != nullptr, tr("Officer's report on withdrawal (5.4)"), page);
    if (!r) return;
    m.need(has(r->viewsOnCase), tr("Officer's views on the case (5.4)"), page);
    m.need(has(r->howToProceed), tr("How the case should be dealt with (5.4)"), page);
    m.need(has(r->reactionToCompulsion), tr("Reaction to being compelled to give evidence (5.4)"), page);
    m.need(has(r->risks), tr("Identified risks to safety (5.4)"), page);
    m.need(has(r->supportAvailable), tr("Support available before withdrawal (5.4)"), page);
    m.need(has(r->supportOrganisationViews), tr("Views of support organisations (5.4)"), page);
    m.need(has(r->impactOfProceeding), tr("Impact of proceeding or not proceeding (5.4)"), page);
}

void riskRecord(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Risk page");
    m.need(!f.riskAssessments.isEmpty(), tr("Risk assessment (protocol 3.7)"), page);
    for (const RiskAssessmentRecord& r : f.riskAssessments) {
        const QString which = tr("%1 version %2").arg(r.instrument).arg(r.assessmentVersion);
        m.need(has(r.officerLevel), tr("%1: officer's risk level").arg(which), page);
        m.need(has(r.rationale), tr("%1: rationale").arg(which), page);
        m.need(r.signOff.has_value(), tr("%1: supervisor sign-off").arg(which), page);
    }
}

void evidenceChecklist(MissingValues& m, const CaseFile& f)
{
    m.need(!f.evidenceChecklist.isEmpty(), tr("Evidence checklist items"), tr("the Evidence page"));
}

void chronology(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Incidents page");
    m.need(f.incidents.size() >= 2, tr("At least two incidents (PHA 1997 s7 course of conduct)"), page);
    for (const Incident& i : f.incidents) {
        const QString when = uktime::formatWhen(i.startUtc, i.startTimeKnown);
        m.need(i.startUtc.isValid(), tr("Incident %1: date and time").arg(i.id), page);
        m.need(has(i.description), tr("Incident %1: what happened").arg(when.isEmpty() ? QString::number(i.id) : when), page);
    }
}

} // namespace needs

} // namespace conduct
