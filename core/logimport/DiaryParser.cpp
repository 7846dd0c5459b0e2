#include "logimport/DiaryParser.h"

#include "logimport/UkDateTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

// Separators people put between the date, the time and the entry: "3/3/2026 - 19:05: He …".
QStringView skipSeparators(QStringView s)
{
    static const QString separators = QStringLiteral(" \t,:;-\u2013\u2014");
    qsizetype i = 0;
    while (i < s.size() && separators.contains(s[i])) ++i;
    return s.mid(i);
}
} // namespace

LogTable diaryTable(const QString& fileName, const QString& text, const QString& encoding)
{
    LogTable table;
    table.fileName = fileName;
    table.isDiary = true;
    table.hasHeaderRow = false;
    table.formatLabel = tr("Diary (an entry starts with each dated line), %1").arg(encoding);
    table.headers = {tr("Date"), tr("Time"), tr("What happened")};
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = text.split(lineBreak);
    for (int n = 0; n < lines.size(); ++n) {
        const QString trimmed = lines[n].trimmed();
        if (trimmed.isEmpty()) {
            if (!table.rows.isEmpty() && !table.rows.last().cells[2].endsWith(QLatin1Char('\n')))
                table.rows.last().cells[2].append(QLatin1Char('\n'));   // keeps paragraphs apart, so a split can find them
            continue;
        }
        QStringView rest(trimmed);
        if (const auto date = readDate(rest)) {
            const QString dateText = rest.left(date->length).toString();
            rest = skipSeparators(rest.mid(date->length));
            QString timeText;
            if (const auto time = readTime(rest)) {
                timeText = rest.left(time->length).toString().trimmed();
                rest = skipSeparators(rest.mid(time->length));
            }
            table.rows.append(LogRow{n + 1, {dateText, timeText, rest.toString()}});
        } else if (table.rows.isEmpty()) {
            // Text before the first dated entry is kept as an undated row, so nothing is lost unseen.
            table.rows.append(LogRow{n + 1, {QString(), QString(), trimmed}});
        } else {
            QString& what = table.rows.last().cells[2];
            if (!what.isEmpty() && !what.endsWith(QLatin1Char('\n'))) what.append(QLatin1Char(' '));
            what.append(trimmed);
        }
    }
    for (LogRow& r : table.rows) r.cells[2] = r.cells[2].trimmed();
    return table;
}

} // namespace conduct::logimport
