#pragma once
// Choosing the reader for a file the complainant handed over, from what the file holds rather than
// its name (a chat export renamed .doc, an mbox with no extension), and refusing what no reader
// takes: binary data, a file over the limit, an empty file, a format Conduct does not read.

#include "common/Result.h"
#include "messages/MessageRecord.h"

#include <QByteArray>

namespace conduct::messages {

// The format the bytes hold, or a refusal naming the file (and the line where it helps).
Result<SourceFormat> detectFormat(const QString& fileName, const QByteArray& bytes);

// Detects the format and reads the file with its reader.
Result<MessageFile> readMessages(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});

// Reads a file from disk, refusing one over the largest limit before reading any of it.
Result<MessageFile> readMessageFile(const QString& path, const ReadOptions& options = {});

} // namespace conduct::messages
