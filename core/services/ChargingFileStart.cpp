#include "services/ChargingFileStart.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "export/BuilderSupport.h"
#include "export/ChronologyCharts.h"
#include "rules/OffenceGuide.h"

#include <QCoreApplication>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingFileStart", text); }
QString day(const QDate& d) { return uktime::formatDate(d); }

// The charge wording for each offence (PHA 1997; CDA 1998 s32), with the period, the suspect's
// conduct and the complainant named. A drafting start the officer edits, not a CPS standard text.
struct ChargeWording {
    Offence offence;
    const char* text;   // %1 period, %2 complainant
};
constexpr ChargeWording chargeWordings[] = {
    {Offence::StalkingFearAlarm_s4A,
     QT_TRANSLATE_NOOP("conduct::ChargingFileStart",
                       "%1, pursued a course of conduct in relation to %2 which amounted to stalking and which caused "
                       "%2 to fear, on at least two occasions, that violence would be used against them, or caused them "
                       "serious alarm or distress which had a substantial adverse effect on their usual day-to-day "
                       "activities, and you knew or ought to have known that your course of conduct would have that "
                       "effect. Contrary to section 4A(1) of the Protection from Harassment Act 1997.")},
    {Offence::Stalking_s2A,
     QT_TRANSLATE_NOOP("conduct::ChargingFileStart",
                       "%1, pursued a course of conduct in relation to %2 which amounted to harassment and to stalking, "
                       "and which you knew or ought to have known amounted to harassment of %2. Contrary to sections "
                       "2A(1) and (4) of the Protection from Harassment Act 1997.")},
    {Offence::FearOfViolence_s4,
     QT_TRANSLATE_NOOP("conduct::ChargingFileStart",
                       "%1, pursued a course of conduct which caused %2 to fear, on at least two occasions, that "
                       "violence would be used against them, and you knew or ought to have known that your course of "
                       "conduct would cause them so to fear on each of those occasions. Contrary to section 4(1) of the "
                       "Protection from Harassment Act 1997.")},
    {Offence::Harassment_s2,
     QT_TRANSLATE_NOOP("conduct::ChargingFileStart",
                       "%1, pursued a course of conduct which amounted to harassment of %2 and which you knew or ought "
                       "to have known amounted to harassment of %2. Contrary to sections 1(1) and 2 of the Protection "
                       "from Harassment Act 1997.")},
};

QString period(const CaseFile& file)
{
    if (file.incidents.isEmpty()) return tr("Between [dates]");
    QDate first, last;
    for (const Incident& i : file.incidents) {
        const QDate d = uktime::dateOf(i.startUtc);
        if (!first.isValid() || d < first) first = d;
        if (!last.isValid() || d > last) last = d;
    }
    return first == last ? tr("On %1").arg(day(first)) : tr("Between %1 and %2").arg(day(first), day(last));
}

QString complainantNames(const CaseFile& file)
{
    QStringList names;
    for (const Person& p : file.people)
        if (p.role == PersonRole::Complainant) names.append((p.forenames + u' ' + p.surname).trimmed());
    return names.isEmpty() ? tr("[the complainant]") : names.join(tr(" and "));
}

QString incidentLine(const Incident& i)
{
    const QString when = i.startTimeKnown ? uktime::formatDateTime(i.startUtc) : day(uktime::dateOf(i.startUtc));
    const QString where = i.online ? i.platform : i.location;
    return where.trimmed().isEmpty() ? tr("%1: %2").arg(when, i.description.trimmed())
                                     : tr("%1, %2: %3").arg(when, where.trimmed(), i.description.trimmed());
}

QString roleOf(const Person& p)
{
    switch (p.role) {
    case PersonRole::Complainant: return tr("complainant: the course of conduct and its effect on them");
    case PersonRole::Witness: return tr("witness");
    case PersonRole::Suspect: return tr("suspect");
    }
    return {};
}

QString fullName(const Person& p) { return (p.forenames + u' ' + p.surname).trimmed(); }
} // namespace

QString proposedChargesFor(const CaseFile& file, const Person& suspect)
{
    QStringList charges;
    const bool aggravated = file.caseRecord.offences.contains(Offence::Aggravated_s32);
    for (const ChargeWording& w : chargeWordings) {
        if (!file.caseRecord.offences.contains(w.offence)) continue;
        QString charge = QCoreApplication::translate("conduct::ChargingFileStart", w.text).arg(period(file), complainantNames(file));
        if (aggravated)
            charge += tr(" The offence was racially or religiously aggravated (section 32 of the Crime and Disorder Act 1998).");
        charges.append(charge);
    }
    if (charges.isEmpty()) return {};
    return tr("%1: ").arg(fullName(suspect)) + charges.join(QStringLiteral("\n\n"));
}

QList<MaterialEntry> materialFromCase(const CaseFile& file, const std::optional<Mg5PolicePart>& mg5)
{
    QList<MaterialEntry> out;
    if (!file.specialMeasures.isEmpty()) {
        QStringList names;
        QDate latest;
        for (const SpecialMeasuresAssessment& a : file.specialMeasures) {
            if (const Person* p = exportsupport::findPerson(file, a.personId)) names.append(fullName(*p));
            latest = std::max(latest, a.assessedOn);
        }
        out.append({QStringLiteral("MG2 Special Measures Assessment (VIW)"), names.join(QStringLiteral("; ")), latest, true, false});
    }
    for (const Person& p : file.people)
        if (p.role != PersonRole::Suspect && p.statementDate.isValid())
            out.append({QStringLiteral("Statement of:"), fullName(p), p.statementDate, true, false});
    if (mg5 && mg5->interview.startUtc.isValid())
        out.append({QStringLiteral("Interview record:"), tr("Interview of the suspect"), uktime::dateOf(mg5->interview.startUtc),
                    true, false});
    QStringList visual;
    for (const ExhibitRecord& e : file.exhibits)
        if (e.visuallyRecorded) visual.append(tr("%1 (%2)").arg(e.reference, e.kind));
    if (!visual.isEmpty()) out.append({QStringLiteral("Video/photographs:"), visual.join(QStringLiteral("; ")), {}, true, false});
    if (!file.incidents.isEmpty()) {
        QDate last;
        for (const Incident& i : file.incidents) last = std::max(last, uktime::dateOf(i.startUtc));
        out.append({QStringLiteral("Police incident log:"),
                    QCoreApplication::translate("conduct::ChargingFileStart", "Conduct chronology of %n incident(s)", nullptr, static_cast<int>(file.incidents.size())), last, true,
                    false});
    }
    if (mg5) out.append({QStringLiteral("Other (state, e.g. MG5 summary of key evidence)"), tr("MG5 police report"), {}, true, false});
    return out;
}

CarriedCaseFacts carriedFacts(const CaseFile& file, const QStringList& breaches)
{
    CarriedCaseFacts facts;
    for (const Person& p : file.people) {
        if (p.role != PersonRole::Suspect || !p.domesticAbuse) continue;
        facts.domesticAbuse = true;
        facts.domesticAbuseReason = tr("%1 is the complainant's %2 (protocol 4.3: the CPS domestic abuse policy applies).")
                                        .arg(fullName(p), labelOf(p.relationship).toLower());
        if (p.relationshipEndedOn.isValid())
            facts.domesticAbuseReason += tr(" The relationship ended on %1.").arg(day(p.relationshipEndedOn));
    }
    // Protocol 3.7: only a screening a supervisor approved is carried as the case's risk level.
    for (auto it = file.riskAssessments.crbegin(); it != file.riskAssessments.crend(); ++it) {
        if (!it->signOff) continue;
        facts.approvedRiskLevel = tr("%1 (%2, approved by %3)").arg(it->officerLevel, it->instrument, it->signOff->supervisor);
        facts.riskApprovedOn = uktime::dateOf(it->signOff->signedUtc);
        if (it->maracReferral) facts.maracReferral = *it->maracReferral ? tr("Referred to MARAC") : tr("Not referred to MARAC");
        break;
    }
    facts.breaches = breaches;
    const bool summaryOnly = file.caseRecord.offences.contains(Offence::Harassment_s2)
        || file.caseRecord.offences.contains(Offence::Stalking_s2A);
    if (summaryOnly) facts.timeLimit = summaryTimeLimit(file.incidents);
    return facts;
}

ChargingFileStart chargingFileStart(const CaseFile& file, const std::optional<Mg5PolicePart>& mg5)
{
    ChargingFileStart start;
    for (const Person& p : file.people)
        if (p.role == PersonRole::Suspect) {
            SuspectChargingEntry s;
            s.personId = p.id;
            s.proposedCharges = proposedChargesFor(file, p);
            start.suspects.append(s);
        }
    start.material = materialFromCase(file, mg5);

    QStringList outline;
    QStringList offences;
    for (Offence o : file.caseRecord.offences) offences.append(labelOf(o));
    outline.append(tr("Offences: %1").arg(offences.isEmpty() ? tr("none chosen yet in the offence guide") : offences.join(QStringLiteral("; "))));
    outline.append(tr("CIRCUMSTANCES\n%1").arg(exportsupport::courseOfConductSummary(file, Clock::nowUtc())));
    if (file.charging) {
        const CarriedCaseFacts& f = file.charging->facts;
        if (f.domesticAbuse) outline.append(tr("DOMESTIC ABUSE\n%1").arg(f.domesticAbuseReason));
        if (!f.approvedRiskLevel.isEmpty())
            outline.append(tr("RISK\nRisk assessed as %1 on %2. %3").arg(f.approvedRiskLevel, day(f.riskApprovedOn), f.maracReferral).trimmed());
        QStringList bail;
        for (const SuspectCharging& s : file.charging->suspects)
            if (s.returnBailDate.isValid()) bail.append(tr("Bailed to return on %1.").arg(day(s.returnBailDate)));
        if (!bail.isEmpty() || !f.breaches.isEmpty())
            outline.append(tr("BAIL\n%1").arg((bail + f.breaches).join(u'\n')));
        if (f.timeLimit.isValid())
            outline.append(tr("TIME LIMIT\nThe summary-only offences must be charged by %1 (six months after the last "
                              "incident, MCA 1980 s127).").arg(day(f.timeLimit)));
    }
    outline.append(tr("DECISION/ADVICE SOUGHT\n[State the decision or advice sought.]"));
    start.outline = outline.join(QStringLiteral("\n\n"));

    QStringList evidence;
    for (const Incident& i : file.incidents) evidence.append(incidentLine(i));
    start.keyEvidence = evidence.join(u'\n');
    QStringList key;
    for (const Person& p : file.people) {
        if (p.role == PersonRole::Complainant) key.append(tr("%1 (%2)").arg(fullName(p), roleOf(p)));
        if (p.role == PersonRole::Witness) key.append(tr("%1 (%2)").arg(fullName(p), roleOf(p)));
    }
    start.keyWitnesses = key.join(u'\n');
    QStringList visual;
    for (const ExhibitRecord& e : file.exhibits)
        if (e.visuallyRecorded) visual.append(tr("%1: %2").arg(e.reference, e.description));
    if (!file.exhibits.isEmpty()) start.visuallyRecordedEvidence = !visual.isEmpty();
    start.vreDetails = visual.join(u'\n');
    if (file.restrainingOrder) {
        QStringList terms;
        for (const QString& t : file.restrainingOrder->prohibitions) terms.append(QStringLiteral("- ") + t);
        start.ordersApplied = tr("Restraining order (%1), %2:\n%3")
                                  .arg(file.restrainingOrder->basis, file.restrainingOrder->duration.toLower(), terms.join(u'\n'));
    }
    return start;
}

} // namespace conduct
