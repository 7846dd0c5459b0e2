// The escalation chart and rule (protocol 3.2, 3.7, 4.14) on hand-built courses of conduct.
#include "TestSupport.h"

#include "search/Escalation.h"

using namespace conduct;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Incident incident(const QDateTime& start, QList<Behaviour> behaviours = {Behaviour::Contacting})
{
    Incident i;
    i.startUtc = start;
    i.behaviours = std::move(behaviours);
    return i;
}

// n incidents spread one a day, ending `daysBefore` days before now.
QList<Incident> run(const QDateTime& now, int n, int daysBefore, QList<Behaviour> behaviours = {Behaviour::Contacting})
{
    QList<Incident> out;
    for (int k = 0; k < n; ++k) out.append(incident(now.addDays(-daysBefore - k), behaviours));
    return out;
}

const QDateTime now = utc(2024, 6, 13, 12);   // a Thursday; week commencing Monday 10 June 2024

} // namespace

TEST_CASE("escalation: no incidents", "[escalation]")
{
    const EscalationSummary s = summariseEscalation({}, now);
    CHECK(s.buckets.isEmpty());
    CHECK_FALSE(s.escalating);
    CHECK(s.note == QStringLiteral("No dated incidents recorded."));

    Incident undated;
    const EscalationSummary u = summariseEscalation({undated}, now);
    CHECK(u.undatedIncidents == 1);
    CHECK(u.buckets.isEmpty());
}

TEST_CASE("escalation: a single incident gives weekly buckets up to now", "[escalation][time]")
{
    const EscalationSummary s = summariseEscalation({incident(utc(2024, 5, 22), {Behaviour::Threats})}, now);
    CHECK(s.unit == BucketUnit::Week);
    REQUIRE(s.buckets.size() == 4);   // w/c 20 May, 27 May, 3 June, 10 June
    CHECK(s.buckets.first().start == QDate(2024, 5, 20));
    CHECK(s.buckets.first().end == QDate(2024, 5, 27));
    CHECK(s.buckets.first().label == QStringLiteral("w/c 20 May 2024"));
    CHECK(s.buckets.first().incidents == 1);
    CHECK(s.buckets.first().highSeverityBehaviours == 1);
    CHECK(s.buckets.last().start == QDate(2024, 6, 10));
    CHECK(s.buckets.last().incidents == 0);
    CHECK(s.recentIncidents == 1);
    CHECK_FALSE(s.escalating);   // one high-severity behaviour with no earlier conduct
    CHECK(s.note == QStringLiteral("1 incident in the last 4 weeks against 0 in the 4 weeks before. "
                                   "1 high-severity behaviour in the last 4 weeks against 0 in the 4 weeks before."));
}

TEST_CASE("escalation: weeks start on Monday in London local time", "[escalation][time]")
{
    // 23:30 UTC on Sunday 31 March 2024 is 00:30 BST on Monday 1 April.
    CHECK(londonWeekStart(utc(2024, 3, 31, 23, 30)) == QDate(2024, 4, 1));
    CHECK(londonWeekStart(utc(2024, 3, 31, 22, 59)) == QDate(2024, 3, 25));
    // In winter London is on UTC: 23:59 on Sunday 7 January is still that Sunday.
    CHECK(londonWeekStart(utc(2024, 1, 7, 23, 59)) == QDate(2024, 1, 1));
    CHECK(londonWeekStart(utc(2024, 1, 8, 0, 0)) == QDate(2024, 1, 8));

    const QDateTime april = utc(2024, 4, 10);
    const EscalationSummary s = summariseEscalation({incident(utc(2024, 3, 31, 23, 30)),
                                                     incident(utc(2024, 3, 31, 22, 59))}, april);
    REQUIRE(s.buckets.size() == 3);
    CHECK(s.buckets[0].incidents == 1);
    CHECK(s.buckets[1].start == QDate(2024, 4, 1));
    CHECK(s.buckets[1].incidents == 1);
}

TEST_CASE("escalation: window boundaries", "[escalation]")
{
    // Exactly 28 days before now belongs to the earlier window; now itself to the recent one;
    // exactly 56 days before falls outside both.
    const EscalationSummary s = summariseEscalation(
        {incident(now), incident(now.addDays(-28)), incident(now.addDays(-28).addSecs(1)), incident(now.addDays(-56)),
         incident(now.addSecs(60))},
        now);
    CHECK(s.recentIncidents == 2);
    CHECK(s.previousIncidents == 1);
    CHECK(s.futureIncidents == 1);
}

TEST_CASE("escalation: spans over 26 weeks are bucketed by month", "[escalation][time]")
{
    const QList<Incident> incidents = {incident(utc(2023, 11, 30, 23, 30)), incident(utc(2024, 2, 14)),
                                       incident(utc(2024, 2, 29)), incident(utc(2024, 6, 1))};
    const EscalationSummary s = summariseEscalation(incidents, now);
    CHECK(s.unit == BucketUnit::Month);
    REQUIRE(s.buckets.size() == 8);   // Nov 2023 … Jun 2024
    CHECK(s.buckets[0].label == QStringLiteral("Nov 2023"));   // 23:30 UTC on 30 Nov is still November in GMT
    CHECK(s.buckets[0].incidents == 1);
    CHECK(s.buckets[3].label == QStringLiteral("Feb 2024"));
    CHECK(s.buckets[3].incidents == 2);
    CHECK(s.buckets[3].end == QDate(2024, 3, 1));
    CHECK(s.buckets[7].incidents == 1);

    // 26 weeks exactly stays weekly.
    const EscalationSummary weekly = summariseEscalation({incident(now.addDays(-26 * 7))}, now);
    CHECK(weekly.unit == BucketUnit::Week);
    CHECK(weekly.buckets.size() == 27);
    const EscalationSummary monthly = summariseEscalation({incident(now.addDays(-27 * 7))}, now);
    CHECK(monthly.unit == BucketUnit::Month);
}

TEST_CASE("escalation: rising frequency is escalating", "[escalation]")
{
    QList<Incident> incidents = run(now, 12, 0);
    incidents += run(now, 3, 30);
    const EscalationSummary s = summariseEscalation(incidents, now);
    CHECK(s.recentIncidents == 12);
    CHECK(s.previousIncidents == 3);
    CHECK(s.escalating);
    REQUIRE(s.reasons.size() == 1);
    CHECK(s.note.startsWith(QStringLiteral("12 incidents in the last 4 weeks against 3 in the 4 weeks before.")));
    CHECK(s.note.endsWith(QStringLiteral("review the risk assessment (protocol 3.7, 4.14).")));
}

TEST_CASE("escalation: steady or falling conduct is not escalating", "[escalation]")
{
    QList<Incident> steady = run(now, 4, 0);
    steady += run(now, 3, 30);
    CHECK_FALSE(summariseEscalation(steady, now).escalating);   // 4 is less than twice 3

    QList<Incident> falling = run(now, 1, 0);
    falling += run(now, 8, 30);
    const EscalationSummary f = summariseEscalation(falling, now);
    CHECK_FALSE(f.escalating);
    CHECK(f.reasons.isEmpty());

    CHECK_FALSE(summariseEscalation(run(now, 2, 0), now).escalating);   // below the minimum of 3
}

TEST_CASE("escalation: rising severity is escalating", "[escalation]")
{
    // Two threats this month against none before, at a steady frequency.
    QList<Incident> incidents = run(now, 2, 0, {Behaviour::Threats});
    incidents += run(now, 2, 30);
    const EscalationSummary s = summariseEscalation(incidents, now);
    CHECK(s.recentHighSeverity == 2);
    CHECK(s.escalating);

    // High severity counts behaviours: one incident of threats and violence counts 2.
    const EscalationSummary both = summariseEscalation({incident(now, {Behaviour::Threats, Behaviour::Violence})}, now);
    CHECK(both.recentHighSeverity == 2);

    // The first high-severity behaviour after months of lower-level conduct.
    QList<Incident> first = run(now, 1, 0, {Behaviour::InterferingWithProperty});
    first += run(now, 2, 90);
    const EscalationSummary f = summariseEscalation(first, now);
    CHECK(f.escalating);
    REQUIRE(f.reasons.size() == 1);
    CHECK(f.reasons.first().startsWith(QStringLiteral("The first high-severity behaviour")));

    // Custom thresholds from a force's own policy.
    EscalationOptions strict;
    strict.minimumRecentIncidents = 20;
    CHECK_FALSE(summariseEscalation(run(now, 12, 0), now, strict).escalating);
}
