#pragma once
// Which column of a log holds what. The officer chooses on the mapping page; a first guess comes
// from the column names (one table of synonyms), and a chosen mapping is remembered against the
// header signature so the next export from the same spreadsheet maps itself.

#include "common/Result.h"
#include "logimport/DelimitedParser.h"

#include <QString>
#include <QStringList>
#include <span>

namespace conduct::logimport {

enum class LogField { Date, Time, Description, Location, Platform };

struct LogFieldEntry {
    LogField field;
    const char* label;                  // shown on the mapping page
    std::span<const char* const> headerWords;   // column names that suggest this field
};
std::span<const LogFieldEntry> logFieldTable();

struct ColumnMapping {
    int date = -1;          // may hold the time too ("03/03/2026 19:05")
    int time = -1;
    int description = -1;
    int location = -1;
    int platform = -1;      // how or where online (e.g. "Instagram"); a value makes the entry online

    int& column(LogField f);
    int column(LogField f) const;
    bool operator==(const ColumnMapping&) const = default;
};

// A first guess from the column names; diaries always map to their fixed columns.
ColumnMapping guessMapping(const LogTable& table);
// The mapping must name a date column, within the table; a column may be used once.
Status checkMapping(const LogTable& table, const ColumnMapping& mapping);

// The same spreadsheet exported again has the same signature (names, order; not case or spaces).
QString headerSignature(const QStringList& headers);
QString mappingToText(const ColumnMapping& mapping);            // "date=0;time=1;…", for settings
ColumnMapping mappingFromText(const QString& text, int columnCount);

} // namespace conduct::logimport
