#include "logimport/DelimitedParser.h"

#include "logimport/UkDateTime.h"

#include <QCoreApplication>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

QString firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty()) return line;
    return {};
}

bool isBlank(const QStringList& cells)
{
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty()) return false;
    return true;
}
} // namespace

QChar detectDelimiter(const QString& text)
{
    const QString line = firstLine(text);
    int tabs = 0, semicolons = 0, commas = 0;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"')) quoted = !quoted;
        else if (quoted) continue;
        else if (c == QLatin1Char('\t')) ++tabs;
        else if (c == QLatin1Char(';')) ++semicolons;
        else if (c == QLatin1Char(',')) ++commas;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) return QLatin1Char('\t');
    if (semicolons > commas) return QLatin1Char(';');
    return QLatin1Char(',');
}

QList<LogRow> parseDelimitedRows(const QString& text, QChar delimiter)
{
    QList<LogRow> rows;
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int row = 1;
    const auto endRecord = [&]() {
        cells.append(cell);
        if (!isBlank(cells)) rows.append(LogRow{row, cells});
        cells.clear();
        cell.clear();
        cellWasQuoted = false;
        ++row;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"')) cell.append(c);
            else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) { cell.append(c); ++i; }
            else quoted = false;
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            quoted = cellWasQuoted = true;
        } else if (c == delimiter) {
            cells.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            endRecord();
        } else {
            cell.append(c);   // includes a stray quote in the middle of an unquoted field, kept as written
        }
    }
    if (!cell.isEmpty() || !cells.isEmpty()) endRecord();
    return rows;
}

LogTable delimitedTable(const QString& fileName, const QString& text, const QString& encoding)
{
    const QChar delimiter = detectDelimiter(text);
    LogTable table;
    table.fileName = fileName;
    const QString separator = delimiter == QLatin1Char('\t')  ? tr("tab")
                              : delimiter == QLatin1Char(';') ? tr("semicolon")
                                                              : tr("comma");
    table.formatLabel = tr("Spreadsheet rows (%1 separated), %2").arg(separator, encoding);
    table.rows = parseDelimitedRows(text, delimiter);
    int columns = 0;
    for (const LogRow& r : std::as_const(table.rows)) columns = std::max(columns, int(r.cells.size()));
    // A first row with a date in it is data: headerless exports are common from phone notes apps.
    bool firstHoldsDate = false;
    if (!table.rows.isEmpty())
        for (const QString& c : table.rows.first().cells)
            if (readDate(c.trimmed())) firstHoldsDate = true;
    table.hasHeaderRow = !table.rows.isEmpty() && !firstHoldsDate;
    if (table.hasHeaderRow) {
        table.headers = table.rows.takeFirst().cells;
        for (QString& h : table.headers) h = h.trimmed();
    }
    for (int c = 0; c < columns; ++c) {
        if (c >= table.headers.size()) table.headers.append(QString());
        if (table.headers[c].isEmpty()) table.headers[c] = tr("Column %1").arg(c + 1);
    }
    for (LogRow& r : table.rows)
        while (r.cells.size() < columns) r.cells.append(QString());
    return table;
}

bool looksDelimited(const QString& fileName, const QString& text)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv")) || lower.endsWith(QLatin1String(".tab")))
        return true;
    int checked = 0;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty()) continue;
        if (!line.contains(QLatin1Char('\t'))) return false;
        if (++checked == 5) break;
    }
    return checked > 0;
}

} // namespace conduct::logimport
