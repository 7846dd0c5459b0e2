#pragma once
// Spreadsheet exports as rows: comma, semicolon (European Excel) or tab separated, with quoted
// fields that may hold the separator, doubled quotes and line breaks (RFC 4180 and what Excel,
// LibreOffice and Google Sheets actually write).

#include <QList>
#include <QString>
#include <QStringList>

namespace conduct::logimport {

struct LogRow {
    int sourceRow = 0;    // the row number the officer sees in the spreadsheet (or the diary's line)
    QStringList cells;
};

// A log read into rows, before any column has been given a meaning.
struct LogTable {
    QString fileName;
    QString formatLabel;      // e.g. "CSV (semicolon), Windows-1252" for the mapping page
    QStringList headers;      // the first row's text, or "Column 1", "Column 2" … when it holds data
    bool hasHeaderRow = false;
    bool isDiary = false;     // diaries have fixed columns: date, time, what happened
    QList<LogRow> rows;
    int columnCount() const { return int(headers.size()); }
};

// The separator used by the first line of text: the most frequent of tab, semicolon and comma
// outside quotes (comma when none appears, so a one-column file still reads).
QChar detectDelimiter(const QString& text);
// Every record with its spreadsheet row number; blank records are skipped but still counted.
QList<LogRow> parseDelimitedRows(const QString& text, QChar delimiter);
// Rows into a table: the first row is taken as column names unless it holds a date.
LogTable delimitedTable(const QString& fileName, const QString& text, const QString& encoding);

// Whether a file of this name and text is a spreadsheet export rather than a diary: by extension
// for .csv and .tsv; otherwise by every one of its first lines holding a tab.
bool looksDelimited(const QString& fileName, const QString& text);

} // namespace conduct::logimport
