#include "search/Escalation.h"

#include "common/UkTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace conduct {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("conduct::Escalation", text); }

int highSeverityCount(const Incident& incident)
{
    return static_cast<int>(std::count_if(incident.behaviours.cbegin(), incident.behaviours.cend(),
                                          [](Behaviour b) { return isHighSeverityBehaviour(b); }));
}

QDate monthStart(const QDate& d) { return QDate(d.year(), d.month(), 1); }

QString countOf(int n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QString windowPhrase(int days)
{
    if (days % 7 == 0) return days == 7 ? tr("week") : tr("%1 weeks").arg(days / 7);
    return days == 1 ? tr("day") : tr("%1 days").arg(days);
}

QList<EscalationBucket> emptyBuckets(BucketUnit unit, const QDate& first, const QDate& last)
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QList<EscalationBucket> buckets;
    for (QDate start = first; start <= last;) {
        EscalationBucket b;
        b.start = start;
        b.end = unit == BucketUnit::Week ? start.addDays(7) : start.addMonths(1);
        b.label = unit == BucketUnit::Week ? tr("w/c %1").arg(uk.toString(start, QStringLiteral("d MMM yyyy")))
                                           : uk.toString(start, QStringLiteral("MMM yyyy"));
        buckets.append(b);
        start = b.end;
    }
    return buckets;
}

qsizetype bucketIndex(BucketUnit unit, const QDate& first, const QDate& date)
{
    if (unit == BucketUnit::Week) return static_cast<qsizetype>(first.daysTo(date) / 7);
    return (date.year() - first.year()) * 12 + (date.month() - first.month());
}

void applyRule(EscalationSummary& s, int highSeverityBefore, int incidentsBefore, const EscalationOptions& o,
               const QString& window)
{
    if (s.recentIncidents >= o.minimumRecentIncidents
        && s.recentIncidents >= o.frequencyFactor * s.previousIncidents) {
        s.reasons.append(s.previousIncidents == 0
            ? tr("%1 incidents in the last %2 after none in the %2 before.").arg(s.recentIncidents).arg(window)
            : tr("Incidents in the last %1 are at least %2 times those in the %1 before (%3 against %4).")
                  .arg(window).arg(o.frequencyFactor).arg(s.recentIncidents).arg(s.previousIncidents));
    }
    if (s.recentHighSeverity > s.previousHighSeverity) {
        if (s.recentHighSeverity >= o.minimumHighSeverity)
            s.reasons.append(tr("More high-severity behaviours (threats, violence, interference with property, "
                                "following) in the last %1 than in the %1 before (%2 against %3).")
                                 .arg(window).arg(s.recentHighSeverity).arg(s.previousHighSeverity));
        else if (highSeverityBefore == 0 && incidentsBefore > 0)
            s.reasons.append(tr("The first high-severity behaviour (threats, violence, interference with property, "
                                "following) in the course of conduct came in the last %1.").arg(window));
    }
    s.escalating = !s.reasons.isEmpty();
}

} // namespace

// Officers count weeks in UK civil time (common/UkTime).
QDate londonDate(const QDateTime& utc) { return uktime::dateOf(utc); }

QDate londonWeekStart(const QDateTime& utc)
{
    const QDate d = londonDate(utc);
    return d.addDays(1 - d.dayOfWeek());   // Qt numbers Monday 1 … Sunday 7
}

EscalationSummary summariseEscalation(const QList<Incident>& incidents, const QDateTime& nowUtc,
                                      const EscalationOptions& options)
{
    EscalationSummary s;
    const int windowDays = std::max(1, options.windowDays);
    const QDateTime recentStart = nowUtc.addDays(-windowDays);
    const QDateTime previousStart = nowUtc.addDays(-2 * windowDays);
    const QString window = windowPhrase(windowDays);

    QList<const Incident*> dated;
    int highSeverityBefore = 0;
    int incidentsBefore = 0;
    for (const Incident& incident : incidents) {
        if (!incident.startUtc.isValid()) { ++s.undatedIncidents; continue; }
        if (incident.startUtc > nowUtc) { ++s.futureIncidents; continue; }
        dated.append(&incident);
        const int high = highSeverityCount(incident);
        if (incident.startUtc > recentStart) {
            ++s.recentIncidents;
            s.recentHighSeverity += high;
        } else {
            ++incidentsBefore;
            highSeverityBefore += high;
            if (incident.startUtc > previousStart) {
                ++s.previousIncidents;
                s.previousHighSeverity += high;
            }
        }
    }

    if (dated.isEmpty()) {
        s.note = tr("No dated incidents recorded.");
        return s;
    }

    const auto earliest = std::min_element(dated.cbegin(), dated.cend(), [](const Incident* a, const Incident* b) {
        return a->startUtc < b->startUtc;
    });
    const QDate firstWeek = londonWeekStart((*earliest)->startUtc);
    const QDate lastWeek = londonWeekStart(nowUtc);
    s.unit = firstWeek.daysTo(lastWeek) > qint64(options.longestWeeklySpanWeeks) * 7 ? BucketUnit::Month
                                                                                      : BucketUnit::Week;
    const QDate first = s.unit == BucketUnit::Week ? firstWeek : monthStart(londonDate((*earliest)->startUtc));
    const QDate last = s.unit == BucketUnit::Week ? lastWeek : monthStart(londonDate(nowUtc));
    s.buckets = emptyBuckets(s.unit, first, last);
    for (const Incident* incident : dated) {
        const QDate local = s.unit == BucketUnit::Week ? londonWeekStart(incident->startUtc)
                                                       : monthStart(londonDate(incident->startUtc));
        const qsizetype index = bucketIndex(s.unit, first, local);
        if (index < 0 || index >= s.buckets.size()) continue;
        ++s.buckets[index].incidents;
        s.buckets[index].highSeverityBehaviours += highSeverityCount(*incident);
    }

    applyRule(s, highSeverityBefore, incidentsBefore, options, window);

    s.note = tr("%1 in the last %2 against %3 in the %2 before.")
                 .arg(countOf(s.recentIncidents, "1 incident", "%1 incidents"), window)
                 .arg(s.previousIncidents);
    if (s.recentHighSeverity > 0 || s.previousHighSeverity > 0)
        s.note += u' ' + tr("%1 in the last %2 against %3 in the %2 before.")
                             .arg(countOf(s.recentHighSeverity, "1 high-severity behaviour",
                                          "%1 high-severity behaviours"), window)
                             .arg(s.previousHighSeverity);
    if (s.escalating)
        s.note += u' ' + tr("The conduct is escalating: review the risk assessment (protocol 3.7, 4.14).");
    return s;
}

} // namespace conduct
