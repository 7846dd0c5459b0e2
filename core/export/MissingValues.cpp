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

void MissingValues::await(bool done, const QString& field, const QString& how)
{
    if (!done)
        m_out.append(Error{field, tr("Not yet done, so the %1 prints this part blank. %2.").arg(m_document, how)});
}

namespace {
bool has(const QString& s) { return !s.trimmed().isEmpty(); }
} // namespace

namespace needs {

void mg3(MissingValues& m, const CaseFile& f)
{
    const ChargingInfo* c = f.charging ? &*f.charging : nullptr;
    const QString mg3Page = tr("the Charging file \u25B8 MG3 page");
    m.need(!exportsupport::peopleWithRole(f, PersonRole::Suspect).isEmpty(), tr("Suspect"), tr("the People page"));
    if (c)
        for (const SuspectCharging& s : c->suspects) {
            const Person* p = exportsupport::findPerson(f, s.personId);
            const QString who = p ? p->displayName() : tr("Suspect");
            m.need(has(s.ethnicityCode), tr("%1: ethnicity code (16+1)").arg(who), tr("the People page"));
            m.need(has(s.proposedCharges), tr("%1: proposed charges").arg(who), tr("the Offences page or the %1").arg(mg3Page));
        }
    m.need(c && c->mark.version > 0, tr("MG3 police part"), mg3Page);
    m.need(c && has(c->outlineOfCircumstances), tr("Outline of circumstances"), mg3Page);
    m.need(c && has(c->completingOfficer.rankOrTitle), tr("Officer completing: rank"), tr("File \u25B8 My profile"));
    m.need(c && has(c->completingOfficer.station), tr("Officer completing: station"), tr("File \u25B8 My profile"));
    m.need(c && has(c->completingOfficer.email), tr("Officer completing: e-mail"), tr("File \u25B8 My profile"));
    // The supervisor's part is printed blank until a supervisor approves the version (issue 22).
    m.await(c && c->mark.approved, tr("Supervisor's comments and approval for referral to CPS"),
            tr("A supervisor who is not the officer in the case approves it from their review queue"));
    // Protocol 4.7: action dates agreed between CPS and police go on the action plan.
    for (const ActionPlanItem& a : f.actionPlan)
        m.need(a.actionDate.isValid(), tr("Action date for \"%1\" (protocol 4.7)").arg(a.action.left(60)),
               tr("the Charging file \u25B8 Action plan page"));
    m.need(!f.specialMeasures.isEmpty(), tr("MG2 special measures assessment (protocol 4.5)"), tr("the Victim care page"));
}

void mg5(MissingValues& m, const CaseFile& f)
{
    const CaseSummaryInfo* s = f.caseSummary ? &*f.caseSummary : nullptr;
    const QString page = tr("the Charging file \u25B8 MG5 page");
    m.need(s != nullptr, tr("MG5 police report"), page);
    m.need(s && has(s->keyEvidence), tr("Key evidence"), page);
    m.need(s && has(s->keyWitnesses), tr("Key witness(es) and their role"), page);
    m.need(s && s->interviewUtc.isValid(), tr("Date of interview"), page);
    m.need(s && has(s->defendantExplanation), tr("Summary of defendant explanation"), page);
    m.need(s && has(s->nonKeyWitnesses), tr("Non-key witness(es)"), page);
    m.need(s && s->visuallyRecordedEvidence.has_value(), tr("Is there VRE?"), page);
    m.need(s && has(s->injuries), tr("Description of injuries"), page);
    m.need(s && has(s->forensicEvidence), tr("Forensic evidence"), page);
    m.need(s && has(s->compensation), tr("Application for compensation"), page);
    m.need(s && s->dipTested.has_value(), tr("DIP testing: tested?"), page);
    m.need(s && s->preConsAttached.has_value(), tr("Pre-cons/cautions attached?"), page);
    m.need(s && has(s->conditionalCaution), tr("Conditional cautioning section"), page);
    m.need(s && has(s->certifyingOfficer.rankOrTitle), tr("Officer's certification: rank"), tr("File \u25B8 My profile"));
    m.need(s && s->certifiedOn.isValid(), tr("Officer's certification date"), page);
    m.await(s && s->mark.approved, tr("Supervisor's certification"),
            tr("A supervisor who is not the officer in the case approves it from their review queue"));
}

void mg2(MissingValues& m, const CaseFile& f)
{
    const QString page = tr("the Victim care page");
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
    m.need(has(w->takenAt), tr("Place statement taken"), page);
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
