#pragma once
// UK civil time (Europe/London) for every screen, entry and document, whatever the desk's own
// zone: the one place in core and ui that converts between UTC and the wall clock officers,
// complainants and courts read. Records are kept in UTC; everything shown or typed is London time.
//
// Qt 6.4 has no time-zone transition resolution of its own (QTimeZone cannot say "this wall-clock
// time happened twice"), so the two clock-change hours are worked out here from London's offset:
//  * last Sunday of March, 01:00-01:59 never happens (clocks go from 01:00 GMT to 02:00 BST);
//  * last Sunday of October, 01:00-01:59 happens twice (first as BST, UTC+1, then as GMT, UTC+0).
// Typed entry refuses the first and asks about the second; imported files offer both readings,
// because the complainant wrote what their clock showed (core/logimport).

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <optional>

namespace conduct {

enum class ClockChange { None, SkippedHour, RepeatedHour };

// A wall-clock time in London as UTC. Usually one reading. In the hour that never happens both
// readings are given, GMT first (the clock had not yet been put forward). In the hour that happens
// twice both are given, the first (BST) occurrence first.
struct LondonInstant {
    ClockChange change = ClockChange::None;
    QList<QDateTime> utcReadings;   // never empty
};
LondonInstant londonToUtc(QDate date, QTime time);

// The same instant with London's offset from UTC, so date() and time() are London's wall clock.
QDateTime utcToLondon(const QDateTime& utc);

namespace uktime {

// Now, and today, in London (from Clock::nowUtc(), so tests can fix them).
QDateTime nowUtcToTheMinute();          // no leftover seconds: what an officer means by "now"
QDate today();

// The London calendar date and clock time of an instant; invalid for an invalid instant.
QDate dateOf(const QDateTime& utc);
QTime timeOf(const QDateTime& utc);

// True when the instant's London clock time happens twice that day (the October hour).
bool inRepeatedHour(const QDateTime& utc);
// "BST" or "GMT": the zone London keeps at that instant.
QString zoneName(const QDateTime& utc);

// Display. Dates are dd/MM/yyyy; times HH:mm, with " BST" or " GMT" after the time when it falls in
// the repeated hour, so the two 01:30s of a clock-change night are never printed alike. An invalid
// value gives an empty string.
QString formatDate(QDate date);
QString formatDateTime(const QDateTime& utc);
QString formatDateTimeSeconds(const QDateTime& utc);   // audit trail: dd/MM/yyyy HH:mm:ss
QString formatTime(const QDateTime& utc);
// A date whose time is not known: the date alone, London's date of the stored instant.
QString formatDateOnly(const QDateTime& utc);
// Where a time is expected but may not be known, one wording everywhere: the date and time when
// it is known, else "31/03/2026, time not known". Empty for an invalid instant.
QString formatWhen(const QDateTime& utc, bool timeKnown);
// A period "start – end" in the same words; the start alone when there is no distinct end.
QString formatWhenSpan(const QDateTime& startUtc, bool startTimeKnown, const QDateTime& endUtc, bool endTimeKnown);

// Typed entry. Officers type a whole value as they would write it: "31/03/2026" or "31/3/2026"
// (also with - or .), optionally followed by a 24-hour time "23:10" or "23.10"; ISO yyyy-MM-dd is
// accepted too. The year is typed in full. Nothing is clamped: an impossible value is an Error whose
// message names the value and says why ("31/04/2026: April has 30 days."), with `field` set to the
// field name given.
Result<QDate> parseDate(QStringView text, const QString& field);

struct TypedDateTime {
    QDate date;
    std::optional<QTime> time;   // empty when only a date was typed
};
// With timeRequired, a date alone is refused ("type the time too, e.g. 31/03/2026 23:10").
Result<TypedDateTime> parseDateTime(QStringView text, const QString& field, bool timeRequired);

// A London wall-clock time typed by an officer, as UTC. A time in the hour that never happens is
// refused: "29/03/2026 01:30 does not exist in the UK: clocks went forward from 01:00 GMT to
// 02:00 BST." A time in the repeated hour is not an error: `utc` is the first (BST) occurrence and
// `secondUtc` the second (GMT), and the caller asks which one the officer means (see
// repeatedHourQuestion) before storing either.
struct TypedInstant {
    QDateTime utc;
    std::optional<QDateTime> secondUtc;   // set only in the repeated hour
    bool ambiguous() const { return secondUtc.has_value(); }
};
Result<TypedInstant> resolveTyped(QDate date, QTime time, const QString& field);

// "25/10/2026 01:30 happens twice in the UK. Which one: the first 01:30 (BST, UTC+1) or the
// second 01:30 (GMT, UTC+0)?" and the two choices' labels.
QString repeatedHourQuestion(QDate date, QTime time);
QString firstOccurrenceLabel(QTime time);    // "First 01:30 (BST, UTC+1)"
QString secondOccurrenceLabel(QTime time);   // "Second 01:30 (GMT, UTC+0)"

// London midnight at the start of a date, as UTC: how a date whose time is not known is stored,
// so that it sorts on its own day in every desk's zone.
QDateTime startOfDayUtc(QDate date);

} // namespace uktime
} // namespace conduct
