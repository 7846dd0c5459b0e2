#pragma once
// WhatsApp's "Export chat": a .txt of lines such as
//   [03/03/2026, 23:05:12] Dan: text           (iPhone)
//   03/03/2026, 23:05 - Dan: text              (Android)
// in the phone's locale: day- or month-first dates, two- or four-digit years, 24-hour or 12-hour
// times (Android puts a narrow no-break space, U+202F, before "pm"). A message runs on over the
// lines that follow until the next dated line. Senders are display names, never numbers: the
// officer says who each name is (messages/Attribution.h).
//
// The date order is read from the whole file, as a complainant's log is (logimport/UkDateTime.h):
// a day above 12 settles it, and failing that the order that keeps the lines in time order; a file
// that settles neither way is read day-first (UK) with a problem saying so, never silently.
// Times are the phone's wall clock, read as UK time unless the caller names the phone's zone. In
// the autumn hour that happens twice the order of the lines says which 01:30 is meant (the first
// run of them is BST; once the times go back, GMT); a time in the spring hour that never happens
// is read as GMT and reported.

#include "common/Result.h"
#include "messages/MessageRecord.h"

#include <QByteArray>

namespace conduct::messages {

Result<MessageFile> readWhatsAppText(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});

// True when the line starts as a WhatsApp message line does (for the format sniffer).
bool looksLikeWhatsAppLine(QStringView line);

} // namespace conduct::messages
