#pragma once
// What the message readers share: the size limits, refusing bytes that are not text (naming the
// file and line), line numbers for byte offsets, and reading a phone's wall-clock time.

#include "common/Result.h"
#include "common/UkTime.h"
#include "messages/MessageRecord.h"

#include <QByteArray>
#include <QDate>
#include <QTime>

namespace conduct::messages {

// Larger files are refused before they are read. A chat or text backup with years of messages is
// tens of megabytes; an SMS backup carries its MMS pictures inline, so it is allowed more.
struct SizeLimits {
    qint64 textBytes = 64LL * 1024 * 1024;          // a WhatsApp chat, one Facebook JSON file, an .eml
    qint64 xmlBytes = 512LL * 1024 * 1024;          // SMS Backup & Restore, pictures included
    qint64 mboxBytes = 512LL * 1024 * 1024;
    qint64 archiveBytes = 2LL * 1024 * 1024 * 1024; // a WhatsApp .zip as chosen, media included
    // Inside a .zip: what libarchive actually expands, counted as it is expanded (the sizes in the
    // archive's headers are the sender's word and are not trusted).
    qint64 expandedChatBytes = 64LL * 1024 * 1024;
    qint64 expandedTotalBytes = 2LL * 1024 * 1024 * 1024;
    int archiveEntries = 20000;
};
const SizeLimits& defaultLimits();

// The line (1-based) holding a byte offset.
int lineAt(const QByteArray& bytes, qint64 byteOffset);

// Refuses bytes that are not UTF-8 text: a NUL byte ("binary data") or a sequence that is not
// UTF-8, naming the file and the line. A leading byte-order mark is allowed (and skipped by
// textStart).
Status checkUtf8Text(const QString& fileName, const QByteArray& bytes);
// The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short), or -1. (QStringDecoder
// lets a sequence cut short at the end pass, and U+FFFD in its output may have been in the file.)
qsizetype firstInvalidUtf8(QByteArrayView bytes);
qsizetype textStart(const QByteArray& bytes);   // 3 after a UTF-8 byte-order mark, else 0

// A wall-clock time from a phone as UTC: Europe/London unless options.deviceZone names another
// zone. London's clock-change hours are left to the caller (the chat reader resolves them by the
// order of the lines); `change` says which, if any.
struct WallClockReading {
    ClockChange change = ClockChange::None;
    QList<QDateTime> utcReadings;   // never empty for a valid date and time
};
WallClockReading readWallClock(QDate date, QTime time, const ReadOptions& options);

// London's clock for many instants at once. Each conversion through the time-zone database costs
// tens of microseconds, and a chat has a hundred thousand lines; London's offset and its
// clock-change hours are whole hours, so each hour is worked out once (per thread) and reused.
// The results are exactly those of common/UkTime.
namespace londonclock {
WallClockReading toUtc(QDate date, QTime time);   // as londonToUtc
QDate dateOf(const QDateTime& utc);               // as uktime::dateOf
QString timeText(const QDateTime& utc);           // as uktime::formatTime: "23:05", "01:30 BST" in the repeated hour
QString dateText(const QDateTime& utc);           // as uktime::formatDateOnly: "03/03/2026"
} // namespace londonclock

QDateTime nowFor(const ReadOptions& options);   // options.nowUtc, or the Clock's now
// Flags the contact's time when it is after `nowUtc` and adds a problem naming the place.
void flagIfFuture(Contact& contact, const QDateTime& nowUtc, QList<ReadProblem>& problems);

// A refusal: the field is the file and place, the message says what is wrong.
Error refusal(const SourcePlace& place, const QString& message);

} // namespace conduct::messages
