#include "rules/OffenceGuide.h"

#include "common/UkTime.h"

#include <QCoreApplication>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("conduct::OffenceGuide", text, disambiguation, n);
}

// Incidents happen in England and Wales: dates are London dates, whatever the machine's zone.
QDate londonDate(const QDateTime& utc) { return uktime::dateOf(utc); }
QString dayText(const QDate& d) { return uktime::formatDate(d); }

QString s2aLetter(Behaviour b)
{
    switch (b) {
    case Behaviour::Following: return QStringLiteral("(a)");
    case Behaviour::Contacting: return QStringLiteral("(b)");
    case Behaviour::Publishing: return QStringLiteral("(c)");
    case Behaviour::MonitoringCommunications: return QStringLiteral("(d)");
    case Behaviour::Loitering: return QStringLiteral("(e)");
    case Behaviour::InterferingWithProperty: return QStringLiteral("(f)");
    case Behaviour::WatchingOrSpying: return QStringLiteral("(g)");
    default: return {};
    }
}

QStringList datesWhere(const QList<Incident>& incidents, const std::function<bool(const Incident&)>& test)
{
    QStringList out;
    for (const Incident& i : incidents)
        if (test(i)) out.append(dayText(londonDate(i.startUtc)));
    return out;
}

// "Loitering (s2A(3)(e)) on 01/02/2026, 15/02/2026", one line per behaviour seen.
QStringList stalkingBehaviourFacts(const QList<Incident>& incidents)
{
    QStringList out;
    for (Behaviour b : allValues<Behaviour>()) {
        if (!isStalkingBehaviour(b)) continue;
        const QStringList days = datesWhere(incidents, [b](const Incident& i) { return i.has(b); });
        if (!days.isEmpty())
            out.append(tr("%1 (PHA 1997 s2A(3)%2) on %3").arg(labelOf(b), s2aLetter(b), days.join(QStringLiteral(", "))));
    }
    return out;
}

OffenceSuggestion make(Offence offence, bool startingPoint, QStringList facts, QString reasoning, QString limb = {})
{
    OffenceSuggestion s;
    s.offence = offence;
    s.title = labelOf(offence);
    s.limb = std::move(limb);
    s.startingPoint = startingPoint;
    s.facts = std::move(facts);
    s.reasoning = std::move(reasoning);
    s.penalty = penaltyFor(offence, s.limb.contains(QStringLiteral("(1)(b)")));
    return s;
}
} // namespace

bool isStalkingOffence(Offence offence)
{
    return offence == Offence::Stalking_s2A || offence == Offence::StalkingFearAlarm_s4A;
}

bool isStalkingCase(const Case& c) { return std::any_of(c.offences.begin(), c.offences.end(), isStalkingOffence); }

QString statuteOf(Offence offence)
{
    switch (offence) {
    case Offence::Harassment_s2: return QStringLiteral("PHA 1997 s2");
    case Offence::Stalking_s2A: return QStringLiteral("PHA 1997 s2A");
    case Offence::FearOfViolence_s4: return QStringLiteral("PHA 1997 s4");
    case Offence::StalkingFearAlarm_s4A: return QStringLiteral("PHA 1997 s4A");
    case Offence::Aggravated_s32: return QStringLiteral("CDA 1998 s32");
    }
    return {};
}

PenaltyNote penaltyFor(Offence offence, bool fearLimb)
{
    // risk-and-evidence-forms.md §5.3, for offences committed after PCA 2017 s175 commenced.
    switch (offence) {
    case Offence::Harassment_s2:
        return {tr("Summary only"), tr("6 months and/or a level 5 fine (s2(2))")};
    case Offence::Stalking_s2A:
        return {tr("Summary only"), tr("6 months in practice (the statute says 51 weeks, read as six months until CJA 2003 "
                                       "s281(5) is commenced) and/or a level 5 fine")};
    case Offence::FearOfViolence_s4:
    case Offence::StalkingFearAlarm_s4A:
        return {tr("Either way"), tr("On indictment 10 years and/or a fine; summarily the general limit in a magistrates' "
                                     "court and/or a fine")};
    case Offence::Aggravated_s32:
        return fearLimb ? PenaltyNote{tr("Either way"), tr("On indictment 14 years and/or a fine; summarily 6 months and/or a "
                                                           "fine (s32(4))")}
                        : PenaltyNote{tr("Either way"), tr("On indictment 2 years and/or a fine; summarily 6 months and/or a "
                                                           "fine (s32(3))")};
    }
    return {};
}

namespace {
QDate lastIncidentDate(const QList<Incident>& incidents)
{
    QDateTime last;
    for (const Incident& i : incidents) {
        const QDateTime end = i.endUtc.isValid() ? i.endUtc : i.startUtc;
        if (!last.isValid() || end > last) last = end;
    }
    return last.isValid() ? londonDate(last) : QDate();
}
} // namespace

QDate summaryTimeLimit(const QList<Incident>& incidents)
{
    const QDate last = lastIncidentDate(incidents);
    return last.isValid() ? last.addMonths(6) : QDate();
}

bool OffenceGuideResult::suggests(Offence offence) const { return suggestion(offence) != nullptr; }

const OffenceSuggestion* OffenceGuideResult::suggestion(Offence offence) const&
{
    for (const auto& s : suggestions)
        if (s.offence == offence) return &s;
    return nullptr;
}

OffenceGuideResult suggestOffences(const CaseDetail& detail, const GuideFacts& facts)
{
    OffenceGuideResult out;
    const QList<Incident>& incidents = detail.incidents;

    // 4.3 applies whatever the offence: a domestic abuse case goes to the CPS for the decision.
    for (const Person& p : detail.people)
        if (p.role == PersonRole::Suspect && p.domesticAbuse)
            out.notes.append({GuideNoteKind::Required, QStringLiteral("4.3"),
                              tr("Domestic abuse case: the charging decision must be referred to the CPS."),
                              {tr("%1: domestic abuse recorded (%2)").arg(p.displayName(), labelOf(p.relationship))}});

    if (incidents.size() < 2) {
        out.courseText = tr("No course of conduct: PHA 1997 s7 needs conduct on at least two occasions, and %n occasion(s) "
                            "are recorded. No PHA offence can be suggested yet.", nullptr, int(incidents.size()));
        return out;
    }
    out.courseOfConduct = true;
    out.courseText = tr("A course of conduct (PHA 1997 s7): %n occasions recorded.", nullptr, int(incidents.size()));
    const QString courseFact = tr("%n occasions recorded, from %1 to %2", nullptr, int(incidents.size()))
                                   .arg(dayText(londonDate(incidents.first().startUtc)),
                                        dayText(londonDate(incidents.last().startUtc)));

    out.stalkingFacts = stalkingBehaviourFacts(incidents);
    if (facts.four.allYes())
        out.stalkingFacts.append(tr("FOUR: fixated, obsessive, unwanted and repeated all answered yes"));
    out.stalkingIndicated = !out.stalkingFacts.isEmpty();

    const QStringList fearDays = datesWhere(incidents, [](const Incident& i) { return i.fearOfViolence; });
    const QStringList seriousDays = datesWhere(incidents, [](const Incident& i) {
        return i.alarmOrDistress && i.alteredBehaviour == Answer::Yes;
    });
    const QStringList distressDays = datesWhere(incidents, [](const Incident& i) { return i.alarmOrDistress; });
    QStringList alteredHow;
    for (const Incident& i : incidents)
        if (i.alteredBehaviour == Answer::Yes)
            alteredHow.append(tr("%1: %2").arg(dayText(londonDate(i.startUtc)),
                                                i.alteredBehaviourHow.isEmpty() ? tr("altered behaviour (no detail)")
                                                                                : i.alteredBehaviourHow));
    const bool fearTwice = fearDays.size() >= 2;
    const QString fearFact = tr("Fear of violence recorded on %1").arg(fearDays.join(QStringLiteral(", ")));

    if (out.stalkingIndicated) {
        out.suggestions.append(make(Offence::Stalking_s2A, true, QStringList{courseFact} + out.stalkingFacts,
                                    tr("The course of conduct involves behaviour associated with stalking: s2A is the "
                                       "starting point (protocol 4.2).")));
        if (fearTwice)
            out.suggestions.append(make(Offence::StalkingFearAlarm_s4A, true, {courseFact, fearFact},
                                        tr("Stalking that caused fear of violence on at least two occasions."),
                                        QStringLiteral("s4A(1)(b)(i)")));
        if (!seriousDays.isEmpty()) {
            auto s = make(Offence::StalkingFearAlarm_s4A, true,
                          {courseFact, tr("Alarm or distress with altered behaviour recorded on %1")
                                           .arg(seriousDays.join(QStringLiteral(", ")))},
                          tr("Stalking that may have caused serious alarm or distress with a substantial adverse "
                             "effect on usual day-to-day activities: the altered behaviour is the supporting evidence "
                             "(protocol 3.9)."),
                          QStringLiteral("s4A(1)(b)(ii)"));
            s.supporting = alteredHow;
            out.suggestions.append(s);
        }
        out.suggestions.append(make(Offence::Harassment_s2, false, {courseFact},
                                    tr("Only if the conduct is not stalking, and then the reason it does not meet the "
                                       "description of stalking must be recorded (protocol 3.10).")));
        if (fearTwice)
            out.suggestions.append(make(Offence::FearOfViolence_s4, false, {courseFact, fearFact},
                                        tr("Only if the conduct is not stalking (protocol 4.2, 3.10).")));
    } else {
        QStringList harassmentFacts{courseFact};
        if (!distressDays.isEmpty())
            harassmentFacts.append(tr("Alarm or distress recorded on %1 (PHA 1997 s7(2))").arg(distressDays.join(QStringLiteral(", "))));
        out.suggestions.append(make(Offence::Harassment_s2, true, harassmentFacts,
                                    tr("A course of conduct with no behaviour associated with stalking recorded.")));
        if (fearTwice)
            out.suggestions.append(make(Offence::FearOfViolence_s4, true, {courseFact, fearFact},
                                        tr("Fear of violence on at least two occasions.")));
        out.notes.append({detail.caseRecord.whyNotStalking.trimmed().isEmpty() ? GuideNoteKind::Required
                                                                                : GuideNoteKind::Information,
                          QStringLiteral("3.10"),
                          detail.caseRecord.whyNotStalking.trimmed().isEmpty()
                              ? tr("Consider whether this is in fact stalking (FOUR: fixated, obsessive, unwanted, "
                                   "repeated?) and record why the conduct does not meet the description of stalking.")
                              : tr("Why not stalking: %1").arg(detail.caseRecord.whyNotStalking.trimmed()),
                          {tr("No s2A(3) behaviour recorded on any incident")}});
    }

    if (detail.caseRecord.hostilityFlag) {
        const bool fearLimb = out.suggests(Offence::StalkingFearAlarm_s4A) || out.suggests(Offence::FearOfViolence_s4);
        out.suggestions.append(make(Offence::Aggravated_s32, true, {tr("Racial or religious hostility recorded on the case")},
                                    tr("Racially or religiously aggravated form of the offence suggested above (CDA 1998 "
                                       "s28 definition)."),
                                    fearLimb ? QStringLiteral("s32(1)(b)") : QStringLiteral("s32(1)(a)")));
    }

    if (out.suggests(Offence::Harassment_s2) || out.suggests(Offence::Stalking_s2A)) {
        const QDate limit = summaryTimeLimit(incidents);
        const QDate last = lastIncidentDate(incidents);
        const bool passed = facts.today.isValid() && facts.today > limit;
        out.notes.append({GuideNoteKind::Warning, QStringLiteral("MCA 1980 s127"),
                          passed ? tr("The six-month time limit for the summary-only offences (s2, s2A) passed on %1. "
                                      "Check: unless a later occasion is recorded, only the either-way offences remain.")
                                       .arg(dayText(limit))
                                 : tr("Check the time limit: for the summary-only offences (s2, s2A) the information must "
                                      "be laid by %1, six months after the last incident.").arg(dayText(limit)),
                          {tr("Last incident: %1").arg(dayText(last))}});
    }
    std::stable_sort(out.suggestions.begin(), out.suggestions.end(),
                     [](const OffenceSuggestion& a, const OffenceSuggestion& b) { return a.startingPoint && !b.startingPoint; });
    return out;
}

} // namespace conduct
