#pragma once
// Dates and times as a complainant in England and Wales writes them. Day-first is the rule
// (03/04/2026 is 3 April); a date that only makes sense month-first (03/25/2026) is never read
// silently as US style: it is reported so the officer can confirm it (protocol 3.6: the
// precision of an account matters). Local times are Europe/London, and the two clock-change days
// are answered explicitly: see londonToUtc in common/UkTime.h.

#include "common/UkTime.h"

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

// London wall-clock times and the two clock-change hours: common/UkTime.h (londonToUtc).


} // namespace conduct::logimport
