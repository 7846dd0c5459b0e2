#pragma once
// Facebook Messenger and Instagram "Download your information" messages, in JSON:
// messages/inbox/<thread>/message_1.json holds the thread's participants and its messages
// (sender_name, timestamp_ms, content, photos/videos/audio_files/files/gifs, share, call_duration).
// Meta writes non-ASCII text with each UTF-8 byte as a \u00XX escape ("Caf\u00c3\u00a9" for
// "Café"); repairMetaText undoes that, only where the repaired bytes are valid UTF-8, so text that
// really is Latin-1 is left as it was. Senders are names, not identifiers: the officer maps them.

#include "common/Result.h"
#include "messages/MessageRecord.h"

#include <QByteArray>

namespace conduct::messages {

Result<MessageFile> readFacebookJson(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});

QString repairMetaText(const QString& text);

} // namespace conduct::messages
