// MG5 "Police report" (case summary), 2010/11 specimen (mg-forms §5). Served on the defence and
// the court: nothing sensitive goes here (that belongs on the MG6).

#include "common/Clock.h"
#include "export/BuilderSupport.h"
#include "export/ChronologyCharts.h"
#include "export/Builders.h"

#include <QRegularExpression>

namespace conduct::builders {

using namespace exportsupport;

namespace {

QString officerLine(const OfficerDetails& o)
{
    return QStringList{o.name, o.rankOrTitle, o.number}.filter(QRegularExpression(QStringLiteral("\\S")))
        .join(QStringLiteral(", "));
}

} // namespace

DocumentLayout mg5(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::Mg5, QStringLiteral("MG5"), QStringLiteral("POLICE REPORT"),
                        QStringLiteral("MG5 (2010/11) layout"), false);
    const CaseSummaryInfo* s = file.caseSummary ? &*file.caseSummary : nullptr;
    const auto v = [&](QString CaseSummaryInfo::*member) { return s ? s->*member : QString(); };
    doc.meta.subtitles.append(versionLine(s ? s->mark : VersionMark{}, QStringLiteral("MG5")));

    QList<const Person*> suspects = peopleWithRole(file, PersonRole::Suspect);
    QList<FieldItem> defendants;
    for (int i = 0; i < qMax<int>(1, static_cast<int>(suspects.size())); ++i) {
        const Person* p = suspects.value(i);
        QString plea;
        if (p && file.charging)
            for (const SuspectCharging& c : file.charging->suspects)
                if (c.personId == p->id) plea = c.anticipatedPlea;
        defendants.append({QStringLiteral("Defendant %1:").arg(i + 1), p ? p->displayName() : QString()});
        defendants.append({QStringLiteral("Anticipated plea:"), plea});
    }
    doc.fields(defendants, 2);

    doc.heading(QStringLiteral("1. Summary of the Key Evidence"));
    doc.paragraph(QStringLiteral("'Key evidence' establishes every element of the offence and that the defendant "
                                 "committed the offence with the necessary criminal intent."),
                  true);
    doc.text(QStringLiteral("Key evidence:"), v(&CaseSummaryInfo::keyEvidence));
    doc.text(QStringLiteral("Key witness(es) and their role (e.g. eye witness, person providing identity).:"),
             v(&CaseSummaryInfo::keyWitnesses));
    doc.field(QStringLiteral("State value of property stolen or damaged (or recovered). See Sec 9 for recording "
                             "compensation details):"),
              v(&CaseSummaryInfo::propertyValue));
    // Not a box of the official MG5: Conduct's summary of the pattern (protocol 3.2, 4.14), marked unverified.
    doc.text(tr("Course of conduct and escalation (protocol 3.2, 4.14):"), courseOfConductSummary(file, Clock::nowUtc()), {},
             true);

    doc.heading(QStringLiteral("2. Defendant Interview"));
    doc.fields({{QStringLiteral("Defendant:"), v(&CaseSummaryInfo::interviewDefendant)},
                {QStringLiteral("Date of interview:"), s ? londonDateTime(s->interviewUtc) : QString()},
                {QStringLiteral("Interviewing officer(s):"), v(&CaseSummaryInfo::interviewingOfficers)},
                {QStringLiteral("Other person(s) present:"), v(&CaseSummaryInfo::otherPersonsPresent)}},
               2);
    doc.text(QStringLiteral("Summary of defendant explanation:"), v(&CaseSummaryInfo::defendantExplanation));
    doc.text(QStringLiteral("Defendant's response/reaction to CCTV (if 'key evidence' and shown in I/V):"),
             v(&CaseSummaryInfo::responseToCctv));
    doc.text(QStringLiteral("Relevant admissions and their start/finish counter reference times:"),
             v(&CaseSummaryInfo::admissions));

    doc.heading(QStringLiteral("3. Non Key Evidence"));
    doc.text(QStringLiteral("Name of non-key witness(es) and their role:"), v(&CaseSummaryInfo::nonKeyWitnesses));

    doc.heading(QStringLiteral("4. Visually Recorded Evidence"));
    doc.fields({{QStringLiteral("Is there VRE?"), s ? yesNo(s->visuallyRecordedEvidence) : QString()},
                {QStringLiteral("If 'Yes', does it provide 'key evidence?"), s ? yesNo(s->vreIsKeyEvidence) : QString()}},
               2);
    doc.text(QStringLiteral("Give details of what it shows (whether 'key' or not) and include tape counter reference "
                            "times for relevant key sections"),
             v(&CaseSummaryInfo::vreDetails));

    doc.heading(QStringLiteral("5. Injuries"));
    doc.text(QStringLiteral("Description of injuries:"), v(&CaseSummaryInfo::injuries));
    doc.heading(QStringLiteral("6. Forensic Evidence"));
    doc.text(QStringLiteral("Forensic evidence:"), v(&CaseSummaryInfo::forensicEvidence));
    doc.heading(QStringLiteral("7. DIP testing"));
    // Not tested: the other three boxes say so rather than "[not recorded]".
    const bool notTested = s && s->dipTested == false;
    const auto dip = [&](QString CaseSummaryInfo::*member) { return notTested ? tr("Not tested") : v(member); };
    doc.fields({{QStringLiteral("Tested?"), s ? yesNo(s->dipTested) : QString()},
                {QStringLiteral("Trigger off.:"), dip(&CaseSummaryInfo::dipTriggerOffence)},
                {QStringLiteral("Result:"), dip(&CaseSummaryInfo::dipResult)},
                {QStringLiteral("Drug:"), dip(&CaseSummaryInfo::dipDrug)}},
               2);

    // Protocol 9.3: the MG5 tells the defendant that a restraining order application will be made.
    doc.heading(QStringLiteral("8. Application for Order(s) on Conviction"));
    // What the officer wrote, or else the restraining-order draft the case holds (protocol 9.2).
    const QString applied = s && !s->ordersApplied.trimmed().isEmpty() ? s->ordersApplied
                            : file.restrainingOrder ? QStringLiteral("Restraining order") : QString();
    QList<FieldItem> orders;
    for (const Person* p : suspects) {
        orders.append({QStringLiteral("Defendant:"), p->displayName()});
        orders.append({QStringLiteral("Order(s) applied for:"), applied});
    }
    if (orders.isEmpty()) orders = {{QStringLiteral("Defendant:"), {}}, {QStringLiteral("Order(s) applied for:"), applied}};
    doc.fields(orders, 2);

    doc.heading(QStringLiteral("9. Application for Compensation"));
    doc.text(QStringLiteral("Description of injury/loss and or damage:"), v(&CaseSummaryInfo::compensation));

    doc.heading(QStringLiteral("10. Other:"));
    doc.fields({{QStringLiteral("MG18 (TICs)?"), s ? yesNo(s->ticsMg18) : QString()},
                {QStringLiteral("Pre-cons/cautions attached ?"), s ? yesNo(s->preConsAttached) : QString()},
                {QStringLiteral("MG6?"), s ? yesNo(s->mg6Attached) : QString()}},
               2);

    doc.heading(QStringLiteral("11. Officer's certification"));
    doc.paragraph(QStringLiteral(
        "I certify that to the best of my knowledge and belief, I have not withheld any material that might "
        "reasonably be expected to undermine the prosecution or might reasonably assist the defence in early "
        "preparation of their case, including the making of a bail application. I further certify that relevant "
        "material has been recorded and retained in accordance with the CPIA 1996, Code of Practice, as amended."));
    doc.fields({{QStringLiteral("Name & rank/job title:"), s ? officerLine(s->certifyingOfficer) : QString()},
                {QStringLiteral("Date:"), s ? ukDate(s->certifiedOn) : QString()}},
               2);

    doc.heading(QStringLiteral("12. Supervisor's certification"));
    doc.paragraph(QStringLiteral("The information in parts 1 \u2013 9 is an accurate summary of the available evidence "
                                 "and complies with the DPP's guidance for a Streamlined Process. The file has been "
                                 "built to the required standard."));
    // Blank until a supervisor other than the officer in the case approves this version (issue 22).
    const bool certified = s && s->mark.approved;
    doc.fields({{QStringLiteral("Name & rank/job title:"), certified ? officerLine(s->certifyingSupervisor) : QString(), false, !certified},
                FieldItem{QStringLiteral("Signature:"), {}, false, true},
                {QStringLiteral("Date:"), certified ? ukDate(s->supervisorCertifiedOn) : QString(), false, !certified}},
               1);

    doc.heading(QStringLiteral("Conditional cautioning section"));
    doc.paragraph(QStringLiteral("YOU MUST ALWAYS COMPLETE CONDITIONAL CAUTIONING SECTION BELOW"), true);
    doc.fields({{QStringLiteral("Defendant:"), suspects.isEmpty() ? QString() : suspects.first()->displayName()},
                {QStringLiteral("Not suitable for conditional caution because"), v(&CaseSummaryInfo::conditionalCaution)}},
               1);
    return doc;
}

} // namespace conduct::builders
