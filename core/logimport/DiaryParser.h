#pragma once
// Plain-text diaries: each entry begins with a date at the start of a line (optionally a time
// after it); lines that follow belong to that entry until the next dated line. Read into the same
// table as a spreadsheet (columns Date, Time, What happened; the row is the entry's first line).

#include "logimport/DelimitedParser.h"

namespace conduct::logimport {

LogTable diaryTable(const QString& fileName, const QString& text, const QString& encoding);

} // namespace conduct::logimport
