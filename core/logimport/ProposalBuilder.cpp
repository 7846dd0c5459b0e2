// Building the proposed incidents from a mapped log: dates read UK-first, London time, keyword
// suggestions, and the questions and problems the officer sees on the review page.

#include "logimport/BehaviourKeywords.h"
#include "logimport/ProposedIncident.h"
#include "logimport/UkDateTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

QString cellOf(const LogRow& row, int column) { return column >= 0 && column < row.cells.size() ? row.cells[column].trimmed() : QString(); }

QString dayText(QDate d) { return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("ddd d MMM yyyy")); }

struct ReadWhen {
    std::optional<DateText> date;
    std::optional<QTime> time;
};

ReadWhen readWhen(const QString& dateCell, const QString& timeCell)
{
    ReadWhen out;
    out.date = readDate(dateCell);
    if (!out.date) return out;
    // A time in the date cell ("03/03/2026 19:05") counts when there is no time column value.
    QStringView rest = QStringView(dateCell).mid(out.date->length).trimmed();
    if (rest.startsWith(QLatin1Char(','))) rest = rest.mid(1).trimmed();
    if (!timeCell.isEmpty()) {
        if (auto t = readTime(timeCell)) out.time = t->time;
    } else if (auto t = readTime(rest)) {
        out.time = t->time;
    }
    return out;
}

// One way of reading the row's date and time, as UTC, with a label in London time.
QList<DateOption> optionsFor(QDate date, const std::optional<QTime>& time, const QString& orderNote, ClockChange* change)
{
    QList<DateOption> out;
    if (!time) {
        // No time given: the entry covers the day, midnight to 23:59 London time (neither is ever
        // in a clock-change hour).
        out.append({dayText(date) + orderNote, londonToUtc(date, QTime(0, 0)).utcReadings.first(),
                    londonToUtc(date, QTime(23, 59)).utcReadings.first()});
        return out;
    }
    const LondonInstant instant = londonToUtc(date, *time);
    if (change && instant.change != ClockChange::None) *change = instant.change;
    const QString at = dayText(date) + QLatin1Char(' ') + time->toString(QStringLiteral("HH:mm"));
    if (instant.change == ClockChange::None) {
        out.append({at + orderNote, instant.utcReadings.first(), {}});
    } else if (instant.change == ClockChange::RepeatedHour) {
        out.append({at + tr(" BST (first time round, before the clocks went back)") + orderNote, instant.utcReadings[0], {}});
        out.append({at + tr(" GMT (second time round, after the clocks went back)") + orderNote, instant.utcReadings[1], {}});
    } else {
        out.append({at + tr(" read as GMT (the clocks had not yet gone forward)") + orderNote, instant.utcReadings[0], {}});
        out.append({at + tr(" read as BST (the clocks had already gone forward)") + orderNote, instant.utcReadings[1], {}});
    }
    return out;
}

QString fieldName(const LogTable& table, int column) { return column >= 0 ? table.headers.value(column) : QString(); }
} // namespace

bool ProposedIncident::needsConfirmation() const
{
    for (const DateQuestion& q : questions)
        if (!q.confirmed) return true;
    return false;
}

QString ProposedIncident::rowsText() const
{
    QStringList numbers;
    for (int r : sourceRows) numbers.append(QString::number(r));
    return (sourceRows.size() == 1 ? tr("row %1") : tr("rows %1")).arg(numbers.join(QStringLiteral(", ")));
}

Result<QList<ProposedIncident>> buildProposals(const LogTable& table, const ColumnMapping& mapping, const QDateTime& nowUtc)
{
    if (Status s = checkMapping(table, mapping); !s.ok()) return s.error();
    if (table.rows.isEmpty())
        return fieldError(table.fileName, tr("%1 has no entries below its column names. Choose the file that holds the "
                                             "complainant's entries.").arg(table.fileName));
    // A month-first date anywhere puts the order of every day-and-month-both-under-13 date in doubt.
    bool fileHasMonthFirst = false;
    for (const LogRow& row : table.rows)
        if (auto d = readDate(cellOf(row, mapping.date)); d && d->onlyMonthFirst) fileHasMonthFirst = true;

    QList<ProposedIncident> out;
    for (const LogRow& row : table.rows) {
        ProposedIncident p;
        p.sourceRows = {row.sourceRow};
        p.description = cellOf(row, mapping.description);
        p.originalWording = p.description;
        p.location = cellOf(row, mapping.location);
        p.platform = cellOf(row, mapping.platform);
        p.suggested = suggestBehaviours(p.description + QLatin1Char('\n') + p.location);
        p.behaviours = p.suggested.isEmpty() ? QList<Behaviour>{Behaviour::Other} : p.suggested;
        const QString where = tr("%1 row %2").arg(table.fileName).arg(row.sourceRow);
        const QString dateCell = cellOf(row, mapping.date);
        const QString timeCell = cellOf(row, mapping.time);
        const ReadWhen when = readWhen(dateCell, timeCell);
        p.originalWhenText = timeCell.isEmpty() ? dateCell : dateCell + QLatin1Char(' ') + timeCell;
        if (dateCell.isEmpty()) {
            p.problem = tr("%1 has no date in \"%2\". Add the date in the file, or drop the row.").arg(where, fieldName(table, mapping.date));
        } else if (!when.date) {
            p.problem = tr("%1: \"%2\" is not a date Conduct can read. Write it day first, e.g. 03/03/2026 or 3 March 2026, "
                           "or drop the row.").arg(where, dateCell);
        } else {
            p.timeGiven = when.time.has_value();
            ClockChange change = ClockChange::None;
            QList<DateOption> options;
            QString reason;
            const DateText& d = *when.date;
            if (d.onlyMonthFirst) {
                reason = tr("\"%1\" is only a date if read month first (US style), as %2. Confirm it with the complainant.")
                             .arg(dateCell, dayText(d.date));
                options = optionsFor(d.date, when.time, tr(" (month first)"), &change);
            } else if (fileHasMonthFirst && d.monthFirst.isValid()) {
                reason = tr("This file also has month-first (US) dates, so \"%1\" may be %2 or %3. Choose which.")
                             .arg(dateCell, dayText(d.date), dayText(d.monthFirst));
                options = optionsFor(d.date, when.time, tr(" (day first)"), &change);
                options += optionsFor(d.monthFirst, when.time, tr(" (month first)"), nullptr);
            } else {
                options = optionsFor(d.date, when.time, QString(), &change);
            }
            if (change == ClockChange::SkippedHour)
                reason += (reason.isEmpty() ? QString() : QStringLiteral(" ")) +
                          tr("The clocks went forward that night: %1 did not happen on a London clock. It is read as GMT unless "
                             "you choose otherwise.").arg(when.time->toString(QStringLiteral("HH:mm")));
            else if (change == ClockChange::RepeatedHour)
                reason += (reason.isEmpty() ? QString() : QStringLiteral(" ")) +
                          tr("The clocks went back that night: %1 happened twice. Choose which.").arg(when.time->toString(QStringLiteral("HH:mm")));
            p.startUtc = options.first().startUtc;
            p.endUtc = options.first().endUtc;
            if (!reason.isEmpty()) p.questions.append(DateQuestion{reason, options, 0, false});
            if (p.startUtc > nowUtc)
                p.problem = tr("%1: %2 is in the future. Check the year with the complainant, or drop the row.").arg(where, dateCell);
            else if (p.endUtc.isValid() && p.endUtc > nowUtc)
                p.endUtc = nowUtc;   // an untimed entry for today ends now, not tonight
        }
        if (p.problem.isEmpty() && p.description.isEmpty())
            p.problem = tr("%1 says nothing about what happened. Choose the right column, or drop the row.").arg(where);
        if (p.location.isEmpty() && p.platform.isEmpty()) p.location = tr("Not stated in the complainant's log");
        out.append(p);
    }
    return out;
}

} // namespace conduct::logimport
