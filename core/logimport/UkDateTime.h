#pragma once
// Dates and times as a complainant in England and Wales writes them. Day-first is the rule
// (03/04/2026 is 3 April); a date that only makes sense month-first (03/25/2026) is never read
// silently as US style: it is reported so the officer can confirm it (protocol 3.6: the
// precision of an account matters). Local times are Europe/London, and the two clock-change days
// are answered explicitly: see londonToUtc.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringView>
#include <QTime>
#include <optional>

namespace conduct::logimport {

struct DateText {
    QDate date;               // the UK (day-first) reading, or the only reading there is
    QDate monthFirst;         // the US reading too, when the numbers allow one different from `date`
    bool onlyMonthFirst = false;   // 03/25/2026: no day-first reading exists; `date` is the US one
    qsizetype length = 0;     // characters used from the start of the text
};

struct TimeText {
    QTime time;
    qsizetype length = 0;
};

// A date at the start of the text: dd/mm/yyyy (also with - or . and two-digit years), ISO
// yyyy-mm-dd, "3 March 2026", "Tue 3rd Mar 2026", "March 3, 2026".
std::optional<DateText> readDate(QStringView text);
// A time at the start of the text: 19:05, 19.05, 7:05pm, 7pm, 19:05:30, "at 7pm".
std::optional<TimeText> readTime(QStringView text);

enum class ClockChange { None, SkippedHour, RepeatedHour };

// A wall-clock time in London as UTC. Usually one answer. On the last Sunday of March the hour
// from 01:00 never happens: both readings are given, GMT first (the rule used unless the officer
// chooses: the clock had not yet been put forward). On the last Sunday of October the hour from
// 01:00 happens twice: both are given, the first (BST) occurrence first.
struct LondonInstant {
    ClockChange change = ClockChange::None;
    QList<QDateTime> utcReadings;   // never empty
};
LondonInstant londonToUtc(QDate date, QTime time);
// The London wall-clock time of a UTC instant, for showing to the officer.
QDateTime utcToLondon(const QDateTime& utc);

} // namespace conduct::logimport
