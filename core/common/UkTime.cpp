#include "common/UkTime.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace conduct {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("conduct::UkTime", text); }

QDate lastSunday(int year, int month)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

// The offset London keeps at a UTC instant: from the time-zone database, or the UK rule in force
// since 1996 (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October) when the system has none.
int londonOffsetAt(const QDateTime& utc)
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London"));
    if (london.isValid()) return london.offsetFromUtc(utc);
    const int year = utc.date().year();
    const QDateTime start(lastSunday(year, 3), QTime(1, 0), Qt::UTC);
    const QDateTime end(lastSunday(year, 10), QTime(1, 0), Qt::UTC);
    return utc >= start && utc < end ? 3600 : 0;
}

QString monthName(int month) { return QLocale(QLocale::English, QLocale::UnitedKingdom).standaloneMonthName(month); }

QString hhmm(QTime time) { return time.toString(QStringLiteral("HH:mm")); }

Error dateError(const QString& field, const QString& message) { return fieldError(field, message); }

// Why day/month/year is not a date, in the officer's words.
QString whyNotADate(QStringView typed, int day, int month, int year)
{
    const QString value = typed.toString();
    if (year < 1 || year > 9999) return tr("%1: the year must have four digits, for example 2026.").arg(value);
    if (month < 1 || month > 12) return tr("%1: there is no month %2; months run from 1 to 12.").arg(value).arg(month);
    if (day < 1) return tr("%1: there is no day %2; days start at 1.").arg(value).arg(day);
    const int days = QDate(year, month, 1).daysInMonth();
    if (month == 2 && day == 29)
        return tr("%1: February %2 has %3 days (%2 is not a leap year).").arg(value).arg(year).arg(days);
    if (month == 2) return tr("%1: February %2 has %3 days.").arg(value).arg(year).arg(days);
    return tr("%1: %2 has %3 days.").arg(value, monthName(month)).arg(days);
}

const QString dateHint() { return tr("Type the date as day/month/year, for example 31/03/2026."); }

struct DateTimeParts {
    QString dateText;
    QString timeText;   // empty when none was typed
};

std::optional<DateTimeParts> split(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(\\S+?)(?:[\\sT,]+(\\d{1,2}[:.]\\d{1,2}(?:[:.]\\d{1,2})?))?\\s*$"));
    const auto m = shape.match(text);
    if (!m.hasMatch()) return std::nullopt;
    return DateTimeParts{m.captured(1), m.captured(2)};
}

Result<QTime> parseTime(const QString& typed, const QString& field)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?$"));
    const auto m = shape.match(typed);
    if (!m.hasMatch())
        return dateError(field, tr("%1 is not a time: type it on the 24-hour clock, for example 23:10.").arg(typed));
    const int hour = m.captured(1).toInt(), minute = m.captured(2).toInt();
    const int second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (hour > 23) return dateError(field, tr("%1: hours run from 00 to 23.").arg(typed));
    if (minute > 59) return dateError(field, tr("%1: minutes run from 00 to 59.").arg(typed));
    if (second > 59) return dateError(field, tr("%1: seconds run from 00 to 59.").arg(typed));
    return QTime(hour, minute, second);
}

} // namespace

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
    if (!utc.isValid()) return {};
    const QDateTime asUtc = utc.toUTC();
    return asUtc.toOffsetFromUtc(londonOffsetAt(asUtc));
}

namespace uktime {

QDateTime nowUtcToTheMinute()
{
    const QDateTime now = Clock::nowUtc().toUTC();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
}

QDate today() { return dateOf(Clock::nowUtc()); }

QDate dateOf(const QDateTime& utc) { return utc.isValid() ? utcToLondon(utc).date() : QDate(); }

QTime timeOf(const QDateTime& utc) { return utc.isValid() ? utcToLondon(utc).time() : QTime(); }

bool inRepeatedHour(const QDateTime& utc)
{
    if (!utc.isValid()) return false;
    const QDateTime wall = utcToLondon(utc);
    return londonToUtc(wall.date(), wall.time()).change == ClockChange::RepeatedHour;
}

QString zoneName(const QDateTime& utc)
{
    return londonOffsetAt(utc.toUTC()) == 3600 ? QStringLiteral("BST") : QStringLiteral("GMT");
}

QString formatDate(QDate date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString formatTime(const QDateTime& utc)
{
    if (!utc.isValid()) return {};
    const QString time = hhmm(timeOf(utc));
    return inRepeatedHour(utc) ? time + QLatin1Char(' ') + zoneName(utc) : time;
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid()) return {};
    return formatDate(dateOf(utc)) + QLatin1Char(' ') + formatTime(utc);
}

QString formatDateTimeSeconds(const QDateTime& utc)
{
    if (!utc.isValid()) return {};
    const QString text = utcToLondon(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    return inRepeatedHour(utc) ? text + QLatin1Char(' ') + zoneName(utc) : text;
}

QString formatDateOnly(const QDateTime& utc) { return formatDate(dateOf(utc)); }

QString formatWhen(const QDateTime& utc, bool timeKnown)
{
    if (!utc.isValid()) return {};
    return timeKnown ? formatDateTime(utc) : tr("%1, time not known").arg(formatDateOnly(utc));
}

QString formatWhenSpan(const QDateTime& startUtc, bool startTimeKnown, const QDateTime& endUtc, bool endTimeKnown)
{
    const QString start = formatWhen(startUtc, startTimeKnown);
    if (!endUtc.isValid() || (endUtc == startUtc && endTimeKnown == startTimeKnown)) return start;
    return start + QStringLiteral(" \u2013 ") + formatWhen(endUtc, endTimeKnown);
}

Result<QDate> parseDate(QStringView text, const QString& field)
{
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d+)$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString typed = text.trimmed().toString();
    if (typed.isEmpty()) return dateError(field, tr("No date was typed. %1").arg(dateHint()));
    int day = 0, month = 0, year = 0;
    if (const auto m = iso.match(typed); m.hasMatch()) {
        year = m.captured(1).toInt(), month = m.captured(2).toInt(), day = m.captured(3).toInt();
    } else if (const auto d = dayFirst.match(typed); d.hasMatch()) {
        if (d.captured(4).size() != 4)
            return dateError(field, tr("%1: type the year in full, for example 31/03/2026.").arg(typed));
        day = d.captured(1).toInt(), month = d.captured(3).toInt(), year = d.captured(4).toInt();
    } else {
        return dateError(field, tr("%1 is not a date. %2").arg(typed, dateHint()));
    }
    const QDate date(year, month, day);
    if (!date.isValid() || day < 1) return dateError(field, whyNotADate(typed, day, month, year));
    return date;
}

Result<TypedDateTime> parseDateTime(QStringView text, const QString& field, bool timeRequired)
{
    const auto parts = split(text);
    if (!parts)
        return dateError(field, tr("%1 is not a date and time: type it as day/month/year and 24-hour time, "
                                   "for example 31/03/2026 23:10.").arg(text.trimmed().toString()));
    auto date = parseDate(parts->dateText, field);
    if (!date) return date.error();
    if (parts->timeText.isEmpty()) {
        if (timeRequired)
            return dateError(field, tr("%1: type the time too, for example %1 23:10.").arg(parts->dateText));
        return TypedDateTime{*date, std::nullopt};
    }
    auto time = parseTime(parts->timeText, field);
    if (!time) return time.error();
    return TypedDateTime{*date, *time};
}

Result<TypedInstant> resolveTyped(QDate date, QTime time, const QString& field)
{
    if (!date.isValid() || !time.isValid())
        return dateError(field, tr("Enter the date and the time, for example 31/03/2026 23:10."));
    const LondonInstant instant = londonToUtc(date, time);
    switch (instant.change) {
    case ClockChange::None:
        return TypedInstant{instant.utcReadings.first(), std::nullopt};
    case ClockChange::RepeatedHour:
        return TypedInstant{instant.utcReadings.at(0), instant.utcReadings.at(1)};
    case ClockChange::SkippedHour:
        break;
    }
    return dateError(field, tr("%1 %2 does not exist in the UK: clocks went forward from 01:00 GMT to 02:00 BST.")
                                .arg(formatDate(date), hhmm(time)));
}

QString repeatedHourQuestion(QDate date, QTime time)
{
    return tr("%1 %2 happens twice in the UK (the clocks went back from 02:00 BST to 01:00 GMT). "
              "Which one: the first %2 (BST, UTC+1) or the second %2 (GMT, UTC+0)?")
        .arg(formatDate(date), hhmm(time));
}

QString firstOccurrenceLabel(QTime time) { return tr("First %1 (BST, UTC+1)").arg(hhmm(time)); }

QString secondOccurrenceLabel(QTime time) { return tr("Second %1 (GMT, UTC+0)").arg(hhmm(time)); }

QDateTime startOfDayUtc(QDate date)
{
    if (!date.isValid()) return {};
    return londonToUtc(date, QTime(0, 0)).utcReadings.first();   // midnight is never a clock-change time
}

} // namespace uktime
} // namespace conduct
