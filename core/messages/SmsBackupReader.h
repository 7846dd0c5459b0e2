#pragma once
// The Android "SMS Backup & Restore" app's files: texts (<smses> of <sms> and <mms>) and the call
// log (<calls> of <call>). Times are epoch milliseconds, so no clock-change question arises; `type`
// (or an MMS's msg_box) says which way the contact went: texts 1 received, 2 sent; calls
// 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered elsewhere.
// Read with QXmlStreamReader; a DTD (and so any entity of the file's own) is refused.

#include "common/Result.h"
#include "messages/MessageRecord.h"

#include <QByteArray>

namespace conduct::messages {

Result<MessageFile> readSmsBackup(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});

} // namespace conduct::messages
