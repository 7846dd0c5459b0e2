#include "logimport/UkDateTime.h"

#include <QRegularExpression>

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

} // namespace conduct::logimport
