#pragma once
// Turning the bytes of a complainant's log into text. Spreadsheet exports arrive as UTF-8 (with
// or without a byte-order mark), UTF-16 ("Unicode text" from Excel) or Windows-1252 (older
// Excel "CSV"); anything that is not text is refused before it is read as rows.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace conduct::logimport {

// Larger files are refused: a personal log is kilobytes; 20 MB means the wrong file was chosen.
inline constexpr qint64 maxLogBytes = 20LL * 1024 * 1024;

struct DecodedLog {
    QString fileName;   // as shown to the officer and kept on the exhibit
    QString text;
    QString encoding;   // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
};

// Reads a file from disk, checking the size before reading any of it.
Result<QByteArray> readLogFile(const QString& path);
// Decodes the bytes, or says why they are not a text log (naming the file and the line).
Result<DecodedLog> decodeLog(const QString& fileName, const QByteArray& bytes);

QString decodeWindows1252(const QByteArray& bytes);

} // namespace conduct::logimport
