// MG3 "Report to Crown Prosecutor for charging decision, decision log and action plan",
// police part (mg-forms §4.1–4.2, specimen Revised 22.1.20), and the MG3A continuation sheet
// for an outline too long for the MG3's own pages (§4.5: MG3A layout UNCONFIRMED).

#include "common/Clock.h"
#include "common/UkTime.h"
#include "export/BuilderSupport.h"
#include "export/ChronologyCharts.h"
#include "export/Builders.h"

namespace conduct::builders {

using namespace exportsupport;

namespace {

const QString kOutlineLabel = QStringLiteral(
    "Outline of circumstances and decision/advice sought (unless verbal report given)");
const QString kOutlinePrompt = QStringLiteral(
    "(Consider: Time limit on proceedings (if applicable); strengths and weaknesses of case; possible lines of "
    "defence; witness assessment; public safety/bail issues; disclosure; any financial or asset recovery issues; "
    "orders on conviction; public interest).");

// Splits at the last paragraph or word break before the capacity, so no word is cut in two.
std::pair<QString, QString> splitOutline(const QString& text)
{
    if (text.size() <= kMg3OutlineCapacity) return {text, {}};
    qsizetype cut = text.lastIndexOf(u'\n', kMg3OutlineCapacity);
    if (cut < kMg3OutlineCapacity / 2) cut = text.lastIndexOf(u' ', kMg3OutlineCapacity);
    if (cut <= 0) cut = kMg3OutlineCapacity;
    return {text.left(cut).trimmed(), text.mid(cut).trimmed()};
}

QString returnBail(const SuspectCharging* charging)
{
    if (!charging) return {};
    if (charging->returnBailDate.isValid()) return ukDate(charging->returnBailDate);
    return charging->releasedUnderInvestigation ? tr("Released under investigation") : QString();
}

void suspectBlock(DocumentLayout& doc, int number, const Person* person, const SuspectCharging* charging)
{
    doc.subheading(tr("Suspect %1").arg(number));
    const auto value = [&](auto get) { return person ? get(*person) : QString(); };
    doc.fields({
        {QStringLiteral("Surname:"), value([](const Person& p) { return p.surname.toUpper(); })},
        {QStringLiteral("Forename(s):"), value([](const Person& p) { return p.forenames; })},
        {QStringLiteral("Date of birth:"), value([](const Person& p) { return ukDate(p.dateOfBirth); })},
        {QStringLiteral("Sex:"), value([](const Person& p) { return p.gender; })},
        {QStringLiteral("Ethnicity code: (16+1)"), charging ? charging->ethnicityCode : QString()},
        {QStringLiteral("Custody Ref:"), charging ? charging->custodyReference : QString()},
        {QStringLiteral("Return bail date:"), returnBail(charging)},
    });
    const auto flag = [&](std::optional<bool> SuspectCharging::*member) {
        return charging ? charging->*member : std::optional<bool>();
    };
    doc.checks({{QStringLiteral("PPO:"), flag(&SuspectCharging::prolificPriorityOffender)},
                {QStringLiteral("DYO:"), flag(&SuspectCharging::deterYoungOffender)},
                {QStringLiteral("YO:"), flag(&SuspectCharging::youthOffender)},
                {QStringLiteral("Bad character evidence:"), flag(&SuspectCharging::badCharacterEvidence)},
                {QStringLiteral("Dangerous offender:"), flag(&SuspectCharging::dangerousOffender)}},
               5);
    if (charging && !charging->flagNotes.trimmed().isEmpty())
        doc.text(tr("Notes on the markers above:"), charging->flagNotes, {}, true);
    doc.text(QStringLiteral("Proposed charges:"), charging ? charging->proposedCharges : QString());
}

void materialBlock(DocumentLayout& doc, const CaseFile& file)
{
    doc.heading(QStringLiteral("Material provided to CPS (indicate if attached)"));
    static const QStringList labels = {
        QStringLiteral("MG2 Special Measures Assessment (VIW)"), QStringLiteral("Statement of:"),
        QStringLiteral("Interview record:"), QStringLiteral("Forensic/expert evidence:"),
        QStringLiteral("MG17 POCA Property or Financial gain:"),
        QStringLiteral("Pocket Note Book/Incident Report Book:"), QStringLiteral("Police incident log:"),
        QStringLiteral("Video/photographs:"), QStringLiteral("Previous convictions/disposals:"),
        QStringLiteral("Other (state, e.g. MG5 summary of key evidence)")};
    const QList<MaterialItem> recorded = file.charging ? file.charging->materialProvided : QList<MaterialItem>{};
    TableBlock table{{{QStringLiteral("Material"), 5}, {QStringLiteral("Details"), 6},
                      {QStringLiteral("Date of item"), 2}}, {}, {}, false};
    for (const QString& label : labels) {
        bool any = false;
        for (const MaterialItem& m : recorded) {
            if (m.label != label) continue;
            table.rows.append({label, m.detail, ukDate(m.date)});
            any = true;
        }
        if (any) continue;
        if (label.startsWith(QStringLiteral("MG2")) && !file.specialMeasures.isEmpty()) {
            QDate latest;
            for (const auto& a : file.specialMeasures) latest = qMax(latest, a.assessedOn);
            table.rows.append({label, tr("Attached: %1 assessment(s)").arg(file.specialMeasures.size()), ukDate(latest)});
            continue;
        }
        table.rows.append({label, QString(), QString()});
    }
    doc.table(table);
}

void contactBlock(DocumentLayout& doc, const CaseFile& file)
{
    const ChargingInfo* c = file.charging ? &*file.charging : nullptr;
    const OfficerDetails officer = c ? c->completingOfficer : OfficerDetails{};
    doc.heading(QStringLiteral("Contact details"));
    doc.fields({
        {QStringLiteral("Officer completing:"), officer.name.isEmpty() ? file.caseRecord.officerInCase : officer.name},
        {QStringLiteral("Rank/Job title:"), officer.rankOrTitle},
        {QStringLiteral("Station:"), officer.station},
        {QStringLiteral("Tel:"), officer.telephone},
        {QStringLiteral("Mobile No:"), officer.mobile},
        {QStringLiteral("Email address:"), officer.email},
        // Written only when someone else completed the form; otherwise the officer above is the OIC.
        {QStringLiteral("Officer in case (If different from above):"),
         c && !c->officerInCaseIfDifferent.isEmpty() ? c->officerInCaseIfDifferent : c && c->mark.version > 0 ? tr("As above") : QString()},
        {QStringLiteral("Date:"), c ? ukDate(c->dateCompleted) : QString()},
    });
}

void restrainingOrderBlock(DocumentLayout& doc, const CaseFile& file)
{
    // Protocol 9.3: with a CPS charging decision, the information supporting a restraining order
    // application is recorded on the MG3. The specimen has no printed box for it.
    doc.subheading(tr("Restraining order: information supporting an application (protocol 9.3)"), true);
    if (!file.restrainingOrder) {
        doc.field(tr("Draft restraining order:"), tr("None drafted (the Bail & orders tab drafts one, protocol 9.2)"));
        return;
    }
    const RestrainingOrderDraft& order = *file.restrainingOrder;
    QStringList protectedNames;
    for (qint64 id : order.protectedPersonIds)
        if (const Person* p = findPerson(file, id)) protectedNames.append(p->displayName());
    QStringList prohibitions;
    for (qsizetype i = 0; i < order.prohibitions.size(); ++i)
        prohibitions.append(QStringLiteral("%1. %2").arg(i + 1).arg(order.prohibitions[i]));
    doc.fields({{tr("Basis:"), order.basis}, {tr("Protected person(s):"), protectedNames.join(QStringLiteral("; "))},
                {tr("Duration:"), order.duration}},
               1);
    doc.text(tr("Proposed prohibitions:"), prohibitions.join(u'\n'));
    doc.text(tr("Complainant's views on an order and its terms:"), order.victimViews);
}

// The supervisor writes this part when approving a version (issue 22). Until a supervisor has
// approved the version printed, it is left blank: an edit after approval is never printed as approved.
void supervisorBlock(DocumentLayout& doc, const ChargingInfo* c)
{
    const bool approved = c && c->mark.approved;
    const auto box = [&](const QString& label, QString ChargingInfo::*member) {
        if (approved) doc.text(label, c->*member);
        else doc.blank(label, 3);
    };
    doc.heading(QStringLiteral("Supervisor's comments: To address the following points:"));
    box(QStringLiteral("How the evidence gathered is aligned to the points to prove for the offence(s) requiring advice:"),
        &ChargingInfo::evidenceAlignedToPointsToProve);
    box(QStringLiteral("If the investigation is not complete, the availability of other evidence:"),
        &ChargingInfo::availabilityOfOtherEvidence);
    box(QStringLiteral("Why it is appropriate for CPS to be consulted (refer to DPP Guidance \u2013 Police and CPS "
                       "Charging responsibilities):"),
        &ChargingInfo::whyCpsConsulted);
    box(QStringLiteral("Supporting comments as to why police believe it is in the public interest to prosecute:"),
        &ChargingInfo::publicInterest);
    box(QStringLiteral("The recommended charges:"), &ChargingInfo::recommendedCharges);
    box(QStringLiteral("Is there any material which could undermine the prosecution case or assist the defence case?"),
        &ChargingInfo::undermineOrAssistMaterial);
    const OfficerDetails s = approved ? c->supervisor : OfficerDetails{};
    doc.subheading(QStringLiteral("Approved for referral to CPS:"));
    doc.fields({{QStringLiteral("Supervisor's name:"), s.name, false, !approved},
                {QStringLiteral("Rank and No:"), (s.rankOrTitle + QStringLiteral(" ") + s.number).trimmed(), false, !approved},
                {QStringLiteral("Email address:"), s.email, false, !approved}},
               1);
}

// Facts the case record already holds, printed beside the outline so the prosecutor need not
// search the file for them. Not a box of the MG3: marked as added.
void carriedFactsBlock(DocumentLayout& doc, const CaseFile& file)
{
    const CarriedCaseFacts facts = file.charging ? file.charging->facts : CarriedCaseFacts{};
    doc.subheading(tr("Facts carried from the case record (added; not a box of the MG3)"), true);
    doc.fields({{tr("Domestic abuse (protocol 4.3):"), facts.domesticAbuse ? tr("Yes. %1").arg(facts.domesticAbuseReason) : tr("No")},
                {tr("Risk level approved by a supervisor (protocol 3.7):"),
                 facts.approvedRiskLevel.isEmpty() ? tr("No risk assessment approved yet")
                                                   : tr("%1 on %2").arg(facts.approvedRiskLevel, ukDate(facts.riskApprovedOn))},
                {tr("MARAC referral:"), facts.maracReferral.isEmpty() ? tr("No decision recorded") : facts.maracReferral},
                {tr("Breaches of bail or orders (protocol 4.13):"),
                 facts.breaches.isEmpty() ? tr("None recorded") : facts.breaches.join(u'\n')},
                {tr("Time limit (MCA 1980 s127):"),
                 facts.timeLimit.isValid() ? tr("Charge the summary-only offences by %1").arg(ukDate(facts.timeLimit))
                                           : tr("No summary-only offence chosen")}},
               1);
}


DocumentLayout continuationSheet(const CaseFile& file, const QString& text)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::Mg3, QStringLiteral("MG3A"), QStringLiteral("CONTINUATION SHEET"),
                        QStringLiteral("MG3A continuation (layout not confirmed)"), true);
    doc.meta.subtitles = {tr("Continuation of MG3: Report to Crown Prosecutor for charging decision")};
    doc.meta.layoutUnverified = true;
    const QString suspects = [&] {
        QStringList names;
        for (const Person* p : peopleWithRole(file, PersonRole::Suspect)) names.append(p->displayName());
        return names.join(QStringLiteral("; "));
    }();
    doc.field(tr("Suspect(s):"), suspects);
    doc.text(kOutlineLabel + tr(" \u2013 continued from MG3"), text);
    return doc;
}

} // namespace

QList<DocumentLayout> mg3(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::Mg3, QStringLiteral("MG3"),
                        QStringLiteral("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION,\nDECISION LOG AND ACTION PLAN"),
                        QStringLiteral("MG3 (Revised 22.1.20) layout"), true);
    const ChargingInfo* c = file.charging ? &*file.charging : nullptr;
    doc.meta.subtitles.append(versionLine(c ? c->mark : VersionMark{}, QStringLiteral("MG3")));

    doc.heading(QStringLiteral("Report to Crown Prosecutor (For Police completion)"));
    const QList<const Person*> suspects = peopleWithRole(file, PersonRole::Suspect);
    const int suspectCount = qMax<int>(1, static_cast<int>(suspects.size()));
    for (int i = 0; i < suspectCount; ++i) {
        const Person* person = suspects.value(i);
        const SuspectCharging* charging = nullptr;
        if (c && person)
            for (const SuspectCharging& s : c->suspects)
                if (s.personId == person->id) charging = &s;
        suspectBlock(doc, i + 1, person, charging);
    }
    materialBlock(doc, file);
    contactBlock(doc, file);

    doc.pageBreak();
    const auto [onMg3, continued] = splitOutline(c ? c->outlineOfCircumstances : QString());
    doc.text(kOutlineLabel,
             continued.isEmpty() ? onMg3 : onMg3 + tr("\n[Continued on MG3A continuation sheet]"),
             kOutlinePrompt);
    const bool stalkingCharged = file.caseRecord.offences.contains(Offence::Stalking_s2A)
        || file.caseRecord.offences.contains(Offence::StalkingFearAlarm_s4A);
    if (!file.caseRecord.offences.isEmpty() && !stalkingCharged)
        doc.text(tr("Why the course of conduct is not stalking (protocol 3.10):"), file.caseRecord.whyNotStalking, {},
                 true);
    // Not a box of the official MG3: Conduct's summary of the pattern (protocol 3.2, 4.14), marked unverified.
    doc.text(tr("Course of conduct and escalation (protocol 3.2, 4.14):"), courseOfConductSummary(file, Clock::nowUtc()), {},
             true);
    carriedFactsBlock(doc, file);
    restrainingOrderBlock(doc, file);
    supervisorBlock(doc, c);

    doc.pageBreak();
    appendMg3CpsPart(doc, file);

    QList<DocumentLayout> out{doc};
    if (!continued.isEmpty()) out.append(continuationSheet(file, continued));
    return out;
}

} // namespace conduct::builders
