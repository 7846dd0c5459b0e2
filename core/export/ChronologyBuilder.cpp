// Chronology of the course of conduct (PHA 1997 s7: at least two occasions): every incident in
// time order with its behaviours and impact. Times are UK clock time (Europe/London).

#include "common/Clock.h"
#include "common/UkTime.h"
#include "export/BuilderSupport.h"
#include "export/Builders.h"
#include "export/ChronologyCharts.h"

#include <algorithm>

namespace conduct::builders {

using namespace exportsupport;

namespace {

// A date whose time is not known prints as the date alone (uktime::formatWhen), never as 00:00.
QString whenText(const Incident& i)
{
    QString s = uktime::formatWhen(i.startUtc, i.startTimeKnown);
    if (i.endUtc.isValid() && (i.endUtc != i.startUtc || i.endTimeKnown != i.startTimeKnown))
        s += QStringLiteral(" \u2013\n") + uktime::formatWhen(i.endUtc, i.endTimeKnown);
    return s;
}

QString whenStarted(const Incident& i) { return uktime::formatWhen(i.startUtc, i.startTimeKnown); }

QString whereText(const Incident& i)
{
    if (i.online) return tr("Online: %1").arg(i.platform.isEmpty() ? notRecordedText() : i.platform);
    return i.location.isEmpty() ? notRecordedText() : i.location;
}

QString behavioursText(const Incident& i)
{
    QStringList names;
    for (Behaviour b : i.behaviours)
        names.append(labelOf(b) + (isStalkingBehaviour(b) ? QStringLiteral(" *") : QString()));
    return names.isEmpty() ? notRecordedText() : names.join(u'\n');
}

QString impactText(const Incident& i)
{
    QStringList lines;
    if (i.fearOfViolence) lines << tr("Fear of violence");
    if (i.alarmOrDistress) lines << tr("Alarm or distress");
    switch (i.alteredBehaviour) {
    case Answer::Yes:
        lines << tr("Altered behaviour: yes") + (i.alteredBehaviourHow.isEmpty() ? QString() : QStringLiteral(" \u2013 ") + i.alteredBehaviourHow);
        break;
    case Answer::No: lines << tr("Altered behaviour: no"); break;
    case Answer::NotAsked: lines << tr("Altered behaviour: not asked (3.9)"); break;
    }
    if (i.reportedToPolice)
        lines << tr("Reported to police") + (i.policeReference.isEmpty() ? QString() : QStringLiteral(": ") + i.policeReference);
    return lines.join(u'\n');
}

// The complainant's log as written (issue 31), under the officer's account: the court sees both,
// and that the officer's words are not put in the complainant's mouth. Nothing when not recorded.
QString originalText(const Incident& i)
{
    QString out;
    if (!i.sourceWhenText.isEmpty()) out += QStringLiteral("\n") + tr("Date and time as written in the log: %1").arg(i.sourceWhenText);
    if (!i.sourceWording.isEmpty())
        out += QStringLiteral("\n") + tr("Complainant's words: \u201c%1\u201d").arg(i.sourceWording);
    return out;
}

} // namespace

DocumentLayout chronology(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::Chronology, tr("CHRONOLOGY"), tr("CHRONOLOGY OF INCIDENTS"),
                        tr("Conduct layout 1: chronology (no official form)"), false);
    doc.meta.subtitles = {tr("Course of conduct: Protection from Harassment Act 1997, s7")};

    QList<const Incident*> ordered;
    for (const Incident& i : file.incidents) ordered.append(&i);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Incident* a, const Incident* b) { return a->startUtc < b->startUtc; });

    const auto names = [&](PersonRole role) {
        QStringList out;
        for (const Person* p : peopleWithRole(file, role)) out.append(p->displayName());
        return out.join(QStringLiteral("; "));
    };
    doc.fields({{tr("Complainant(s):"), names(PersonRole::Complainant)},
                {tr("Suspect(s):"), names(PersonRole::Suspect)},
                {tr("Offences under consideration:"), offencesText(file.caseRecord)},
                {tr("Number of incidents:"), QString::number(ordered.size())},
                {tr("First incident:"), ordered.isEmpty() ? QString() : whenStarted(*ordered.first())},
                {tr("Most recent incident:"), ordered.isEmpty() ? QString() : whenStarted(*ordered.last())}},
               2);
    doc.paragraph(tr("Times are UK local time (Europe/London). Behaviours marked * are listed in PHA 1997 s2A(3) "
                     "and indicate stalking."),
                  true);

    // The pattern before the detail (protocol 3.2): timeline, escalation, then the events and incidents.
    doc.chart(timelineChart(file));
    doc.chart(escalationChart(file, Clock::nowUtc()));
    if (!file.timelineMarkers.isEmpty()) {
        TableBlock events{{{tr("Date and time"), 5}, {tr("Event"), 15}}, {}, {}, false};
        for (const CaseFileEvent& m : file.timelineMarkers) events.rows.append({uktime::formatWhen(m.whenUtc, m.timeKnown), m.label});
        doc.subheading(tr("Other events in the case"));
        doc.table(events);
    }

    // Impact lists several facts per incident (fear, distress, altered behaviour, police reference):
    // a column too narrow for them made every row several times taller than its description.
    TableBlock table{{{tr("No."), 3}, {tr("Date and time"), 5}, {tr("Where"), 6}, {tr("Behaviours"), 5},
                      {tr("What happened"), 13}, {tr("Impact"), 8}},
                     {}, {}, false};
    int number = 1;
    for (const Incident* i : ordered) {
        QString what = i->description.isEmpty() ? notRecordedText() : i->description;
        if (!i->provenance.isEmpty()) what += QStringLiteral("\n") + tr("Source: %1").arg(i->provenance);
        what += originalText(*i);
        table.rows.append({QString::number(number++), whenText(*i), whereText(*i), behavioursText(*i), what,
                           impactText(*i)});
    }
    doc.table(table);
    return doc;
}

} // namespace conduct::builders
