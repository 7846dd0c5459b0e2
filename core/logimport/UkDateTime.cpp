#include "logimport/UkDateTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace conduct::logimport {

namespace {

// English month names; any unambiguous prefix of three letters or more is accepted ("Sept").
const char* const monthNames[12] = {"january", "february", "march",     "april",   "may",      "june",
                                    "july",    "august",   "september", "october", "november", "december"};

int monthFromName(const QString& word)
{
    const QString w = word.toLower();
    if (w.size() < 3) return 0;
    for (int m = 0; m < 12; ++m)
        if (QLatin1String(monthNames[m]).startsWith(w)) return m + 1;
    return 0;
}

int fullYear(const QString& digits)
{
    const int y = digits.toInt();
    return digits.size() == 2 ? 2000 + y : y;   // a two-digit year in a personal log is this century
}

QRegularExpressionMatch anchored(const QRegularExpression& re, QStringView text)
{
    return re.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

const QString weekday = QStringLiteral("(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?");

// The offset London keeps at a UTC instant: from the time-zone database, or the UK rule in force
// since 1996 (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October) when the system has no database.
int londonOffsetAt(const QDateTime& utc)
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London"));
    if (london.isValid()) return london.offsetFromUtc(utc);
    const int year = utc.date().year();
    const auto lastSunday = [year](int month) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        return d.addDays(-(d.dayOfWeek() % 7));
    };
    const QDateTime start(lastSunday(3), QTime(1, 0), Qt::UTC);
    const QDateTime end(lastSunday(10), QTime(1, 0), Qt::UTC);
    return utc >= start && utc < end ? 3600 : 0;
}

} // namespace

std::optional<DateText> readDate(QStringView text)
{
    static const QRegularExpression numeric(QStringLiteral("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?!\\d)"));
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"));
    static const QRegularExpression dayMonth(
        weekday + QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(
        weekday + QStringLiteral("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);

    if (auto m = anchored(iso, text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) return DateText{d, {}, false, m.capturedLength()};
    }
    if (auto m = anchored(numeric, text); m.hasMatch()) {
        const int first = m.captured(1).toInt(), second = m.captured(2).toInt(), year = fullYear(m.captured(3));
        const QDate dayFirst(year, second, first);
        const QDate monthFirst(year, first, second);
        if (dayFirst.isValid())
            return DateText{dayFirst, monthFirst.isValid() && monthFirst != dayFirst ? monthFirst : QDate(), false,
                            m.capturedLength()};
        if (monthFirst.isValid()) return DateText{monthFirst, monthFirst, true, m.capturedLength()};
        return std::nullopt;
    }
    if (auto m = anchored(dayMonth, text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
        if (d.isValid()) return DateText{d, {}, false, m.capturedLength()};
    }
    if (auto m = anchored(monthDay, text); m.hasMatch()) {
        // "March 3, 2026": the month is named, so the order is not in doubt.
        const QDate d(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
        if (d.isValid()) return DateText{d, {}, false, m.capturedLength()};
    }
    return std::nullopt;
}

std::optional<TimeText> readTime(QStringView text)
{
    // Minutes or am/pm are required, so "3 men" or "2 texts" is never a time.
    static const QRegularExpression clock(
        QStringLiteral("(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?|\\s*(am|pm|a\\.m\\.|p\\.m\\.))"
                       "(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = anchored(clock, text);
    if (!m.hasMatch()) return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString meridiem = (m.captured(4) + m.captured(5)).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12) return std::nullopt;
        if (meridiem.startsWith(QLatin1Char('p')) && hour != 12) hour += 12;
        if (meridiem.startsWith(QLatin1Char('a')) && hour == 12) hour = 0;
    }
    const QTime t(hour, minute, second);
    if (!t.isValid()) return std::nullopt;
    return TimeText{t, m.capturedLength()};
}

LondonInstant londonToUtc(QDate date, QTime time)
{
    const QDateTime wall(date, time, Qt::UTC);   // the wall-clock digits, not yet an instant
    LondonInstant out;
    // London is always GMT (+0) or BST (+1): each reading is right if London kept that offset then.
    for (int offset : {3600, 0}) {
        const QDateTime utc = wall.addSecs(-offset);
        if (londonOffsetAt(utc) == offset) out.utcReadings.append(utc);
    }
    if (out.utcReadings.size() == 2) {
        out.change = ClockChange::RepeatedHour;   // BST occurrence first: it happened first
    } else if (out.utcReadings.isEmpty()) {
        out.change = ClockChange::SkippedHour;
        out.utcReadings = {wall, wall.addSecs(-3600)};   // as GMT first, then as BST
    }
    return out;
}

QDateTime utcToLondon(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(londonOffsetAt(utc));
}

} // namespace conduct::logimport
