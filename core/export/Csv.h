#pragma once
// CSV for the files Conduct hands to spreadsheets (audit extracts, monitoring figures): RFC 4180
// quoting, and every cell that a spreadsheet would start a formula with defused, so that text an
// officer or a complainant's log typed can never run as a formula (OWASP "CSV injection").

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace conduct {

// One cell, UTF-8: a leading = + - @ tab or CR gets an apostrophe; commas, quotes and line
// breaks are quoted.
QByteArray safeCsvCell(QString text);
// One row of cells, ended with CRLF.
QByteArray csvRow(const QStringList& cells);

} // namespace conduct
