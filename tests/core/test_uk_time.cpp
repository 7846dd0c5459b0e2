// Issue 23: UK civil time (core/common/UkTime) whatever the desk's zone. Every expectation is a UTC
// instant or UkTime's own text, so the file passes alike under TZ=UTC, America/New_York, Asia/Tokyo.

#include "TestSupport.h"

#include "common/Clock.h"
#include "common/UkTime.h"

using namespace conduct;

namespace {
const QString field = QStringLiteral("Start");

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); }

QString refusal(const QString& typed)
{
    const auto r = uktime::parseDate(typed, field);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == field);
    return r.error().message;
}

QString timeRefusal(const QString& typed)
{
    const auto r = uktime::parseDateTime(typed, field, true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == field);
    return r.error().message;
}
} // namespace

TEST_CASE("typed dates: day first, one-digit days and months, ISO, other separators", "[time]")
{
    CHECK(uktime::parseDate(u"31/03/2026", field).value() == QDate(2026, 3, 31));
    CHECK(uktime::parseDate(u"31/3/2026", field).value() == QDate(2026, 3, 31));
    CHECK(uktime::parseDate(u"1/2/2026", field).value() == QDate(2026, 2, 1));
    CHECK(uktime::parseDate(u" 31-03-2026 ", field).value() == QDate(2026, 3, 31));
    CHECK(uktime::parseDate(u"31.03.2026", field).value() == QDate(2026, 3, 31));
    CHECK(uktime::parseDate(u"2026-03-31", field).value() == QDate(2026, 3, 31));
    CHECK(uktime::parseDate(u"29/02/2028", field).value() == QDate(2028, 2, 29));
}

TEST_CASE("typed dates that are not dates are refused with the value and the reason", "[time]")
{
    CHECK(refusal(QStringLiteral("31/04/2026")) == QStringLiteral("31/04/2026: April has 30 days."));
    CHECK(refusal(QStringLiteral("29/02/2025")) == QStringLiteral("29/02/2025: February 2025 has 28 days (2025 is not a leap year)."));
    CHECK(refusal(QStringLiteral("30/02/2028")) == QStringLiteral("30/02/2028: February 2028 has 29 days."));
    CHECK(refusal(QStringLiteral("12/13/2026")) == QStringLiteral("12/13/2026: there is no month 13; months run from 1 to 12."));
    CHECK(refusal(QStringLiteral("0/03/2026")) == QStringLiteral("0/03/2026: there is no day 0; days start at 1."));
    CHECK(refusal(QStringLiteral("31/03/26")) == QStringLiteral("31/03/26: type the year in full, for example 31/03/2026."));
    CHECK(refusal(QStringLiteral("last tuesday"))
          == QStringLiteral("last tuesday is not a date. Type the date as day/month/year, for example 31/03/2026."));
    CHECK(refusal(QStringLiteral("31/03-2026")).contains(QStringLiteral("is not a date")));
    CHECK(refusal(QString()).startsWith(QStringLiteral("No date was typed.")));
}

TEST_CASE("typed dates and times: hours and minutes are checked, a time can be required", "[time]")
{
    const auto both = uktime::parseDateTime(u"31/3/2026 23:10", field, true);
    REQUIRE(both.ok());
    CHECK(both->date == QDate(2026, 3, 31));
    CHECK(both->time == QTime(23, 10));
    CHECK(uktime::parseDateTime(u"2026-03-31T07.05", field, true)->time == QTime(7, 5));
    const auto dateOnly = uktime::parseDateTime(u"31/03/2026", field, false);
    REQUIRE(dateOnly.ok());
    CHECK_FALSE(dateOnly->time.has_value());

    CHECK(timeRefusal(QStringLiteral("31/03/2026")) == QStringLiteral("31/03/2026: type the time too, for example 31/03/2026 23:10."));
    CHECK(timeRefusal(QStringLiteral("31/03/2026 24:00")) == QStringLiteral("24:00: hours run from 00 to 23."));
    CHECK(timeRefusal(QStringLiteral("31/03/2026 10:60")) == QStringLiteral("10:60: minutes run from 00 to 59."));
    CHECK(timeRefusal(QStringLiteral("31/03/2026 10:30:61")) == QStringLiteral("10:30:61: seconds run from 00 to 59."));
    CHECK(timeRefusal(QStringLiteral("31/04/2026 10:00")) == QStringLiteral("31/04/2026: April has 30 days."));
    CHECK(timeRefusal(QStringLiteral("31/03/2026 at ten")).contains(QStringLiteral("is not a date and time")));
}

TEST_CASE("typed London times become the right UTC instant in winter and summer", "[time]")
{
    const auto winter = uktime::resolveTyped(QDate(2026, 1, 15), QTime(10, 0), field);
    REQUIRE(winter.ok());
    CHECK(winter->utc == utc(2026, 1, 15, 10, 0));
    CHECK_FALSE(winter->ambiguous());
    // The MG11 of the issue: 10:00 typed in summer is 09:00 UTC, never 11:00.
    const auto summer = uktime::resolveTyped(QDate(2026, 7, 1), QTime(10, 0), field);
    REQUIRE(summer.ok());
    CHECK(summer->utc == utc(2026, 7, 1, 9, 0));
    CHECK_FALSE(summer->ambiguous());
    CHECK_FALSE(uktime::resolveTyped(QDate(), QTime(10, 0), field).ok());
}

TEST_CASE("a typed time in the hour that never happens is refused, not moved", "[time]")
{
    const auto skipped = uktime::resolveTyped(QDate(2026, 3, 29), QTime(1, 30), field);
    REQUIRE_FALSE(skipped.ok());
    CHECK(skipped.error().field == field);
    CHECK(skipped.error().message
          == QStringLiteral("29/03/2026 01:30 does not exist in the UK: clocks went forward from 01:00 GMT to 02:00 BST."));
    // Either side of the gap is fine.
    CHECK(uktime::resolveTyped(QDate(2026, 3, 29), QTime(0, 59), field)->utc == utc(2026, 3, 29, 0, 59));
    CHECK(uktime::resolveTyped(QDate(2026, 3, 29), QTime(2, 0), field)->utc == utc(2026, 3, 29, 1, 0));
    const LondonInstant raw = londonToUtc(QDate(2026, 3, 29), QTime(1, 30));
    CHECK(raw.change == ClockChange::SkippedHour);
    CHECK(raw.utcReadings == QList<QDateTime>{utc(2026, 3, 29, 1, 30), utc(2026, 3, 29, 0, 30)});
}

TEST_CASE("a typed time in the hour that happens twice gives both readings, BST first", "[time]")
{
    const auto repeated = uktime::resolveTyped(QDate(2026, 10, 25), QTime(1, 30), field);
    REQUIRE(repeated.ok());
    REQUIRE(repeated->ambiguous());
    CHECK(repeated->utc == utc(2026, 10, 25, 0, 30));
    CHECK(*repeated->secondUtc == utc(2026, 10, 25, 1, 30));
    CHECK(uktime::repeatedHourQuestion(QDate(2026, 10, 25), QTime(1, 30)).startsWith(QStringLiteral("25/10/2026 01:30 happens twice")));
    CHECK(uktime::firstOccurrenceLabel(QTime(1, 30)) == QStringLiteral("First 01:30 (BST, UTC+1)"));
    CHECK(uktime::secondOccurrenceLabel(QTime(1, 30)) == QStringLiteral("Second 01:30 (GMT, UTC+0)"));
    // 02:00 that morning happens once (GMT).
    const auto after = uktime::resolveTyped(QDate(2026, 10, 25), QTime(2, 0), field);
    CHECK_FALSE(after->ambiguous());
    CHECK(after->utc == utc(2026, 10, 25, 2, 0));
}

TEST_CASE("display is London's wall clock, with BST or GMT only in the repeated hour", "[time]")
{
    // 23:10 BST on 14/07/2026 is 22:10 UTC: shown as 23:10, the desk's zone notwithstanding.
    CHECK(uktime::formatDateTime(utc(2026, 7, 14, 22, 10)) == QStringLiteral("14/07/2026 23:10"));
    CHECK(uktime::formatDateTime(utc(2026, 1, 14, 23, 10)) == QStringLiteral("14/01/2026 23:10"));
    CHECK(uktime::formatDateTime(utc(2026, 10, 25, 0, 30)) == QStringLiteral("25/10/2026 01:30 BST"));
    CHECK(uktime::formatDateTime(utc(2026, 10, 25, 1, 30)) == QStringLiteral("25/10/2026 01:30 GMT"));
    CHECK(uktime::formatTime(utc(2026, 10, 25, 1, 30)) == QStringLiteral("01:30 GMT"));
    CHECK(uktime::formatDateTimeSeconds(utc(2026, 7, 14, 22, 10, 5)) == QStringLiteral("14/07/2026 23:10:05"));
    CHECK(uktime::formatDateTimeSeconds(utc(2026, 10, 25, 0, 30, 5)) == QStringLiteral("25/10/2026 01:30:05 BST"));
    CHECK(uktime::inRepeatedHour(utc(2026, 10, 25, 0, 0)));
    CHECK_FALSE(uktime::inRepeatedHour(utc(2026, 10, 24, 23, 59)));
    CHECK_FALSE(uktime::inRepeatedHour(utc(2026, 10, 25, 2, 0)));
    CHECK(uktime::zoneName(utc(2026, 7, 14, 12, 0)) == QStringLiteral("BST"));
    CHECK(uktime::zoneName(utc(2026, 12, 14, 12, 0)) == QStringLiteral("GMT"));
    CHECK(uktime::formatDateTime(QDateTime()).isEmpty());
    CHECK(uktime::formatDate(QDate()).isEmpty());
    // A value that is not UTC-specified still shows London's clock for the same instant.
    CHECK(uktime::formatDateTime(utc(2026, 7, 14, 22, 10).toOffsetFromUtc(9 * 3600)) == QStringLiteral("14/07/2026 23:10"));
}

TEST_CASE("a date whose time is not known is printed as the date alone, in one wording", "[time]")
{
    const QDateTime midnight = uktime::startOfDayUtc(QDate(2026, 3, 31));
    CHECK(uktime::formatWhen(midnight, false) == QStringLiteral("31/03/2026, time not known"));
    CHECK(uktime::formatWhen(midnight, true) == QStringLiteral("31/03/2026 00:00"));
    CHECK(uktime::formatDateOnly(midnight) == QStringLiteral("31/03/2026"));
    CHECK(uktime::formatWhen(QDateTime(), false).isEmpty());
    CHECK(uktime::formatWhenSpan(midnight, false, uktime::startOfDayUtc(QDate(2026, 4, 2)), false)
          == QStringLiteral("31/03/2026, time not known \u2013 02/04/2026, time not known"));
    CHECK(uktime::formatWhenSpan(utc(2026, 7, 14, 22, 10), true, QDateTime(), true) == QStringLiteral("14/07/2026 23:10"));
}

TEST_CASE("London's date of an instant around midnight in summer and winter", "[time]")
{
    // 23:30 UTC on 30/06 is 00:30 BST on 01/07.
    CHECK(uktime::dateOf(utc(2026, 6, 30, 23, 30)) == QDate(2026, 7, 1));
    CHECK(uktime::timeOf(utc(2026, 6, 30, 23, 30)) == QTime(0, 30));
    CHECK(uktime::dateOf(utc(2026, 6, 30, 22, 59)) == QDate(2026, 6, 30));
    CHECK(uktime::dateOf(utc(2026, 12, 31, 23, 30)) == QDate(2026, 12, 31));
    CHECK_FALSE(uktime::dateOf(QDateTime()).isValid());
    CHECK(utcToLondon(utc(2026, 6, 30, 23, 30)).offsetFromUtc() == 3600);
}

TEST_CASE("the start of a London day as UTC: 23:00 the day before in summer, midnight in winter", "[time]")
{
    CHECK(uktime::startOfDayUtc(QDate(2026, 7, 1)) == utc(2026, 6, 30, 23, 0));
    CHECK(uktime::startOfDayUtc(QDate(2026, 1, 1)) == utc(2026, 1, 1, 0, 0));
    // Both clock-change days start at 00:00 of the zone in force before the change.
    CHECK(uktime::startOfDayUtc(QDate(2026, 3, 29)) == utc(2026, 3, 29, 0, 0));
    CHECK(uktime::startOfDayUtc(QDate(2026, 10, 25)) == utc(2026, 10, 24, 23, 0));
    CHECK(uktime::dateOf(uktime::startOfDayUtc(QDate(2026, 7, 1))) == QDate(2026, 7, 1));
    CHECK_FALSE(uktime::startOfDayUtc(QDate()).isValid());
}

TEST_CASE("today and now come from the clock, in London, to the minute", "[time]")
{
    ScopedFakeClock clock(utc(2026, 6, 30, 23, 30, 42));
    // Between 00:00 and 01:00 BST, London's today is already the next UTC day.
    CHECK(uktime::today() == QDate(2026, 7, 1));
    CHECK(uktime::nowUtcToTheMinute() == utc(2026, 6, 30, 23, 30));
    CHECK(uktime::nowUtcToTheMinute().timeSpec() == Qt::UTC);
    clock.set(utc(2026, 12, 31, 23, 59, 59));
    CHECK(uktime::today() == QDate(2026, 12, 31));
    CHECK(uktime::nowUtcToTheMinute() == utc(2026, 12, 31, 23, 59));
}
