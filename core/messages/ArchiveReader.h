#pragma once
// A WhatsApp export as a .zip (the chat's .txt and its media), read through libarchive. Only the
// chat text is kept; the media are listed by name. Every byte libarchive expands is counted as it
// is expanded, media included, and the archive is refused as soon as the chat text, the total or
// the number of entries passes its limit: the sizes an archive's headers claim are not trusted, so
// a "zip bomb" is stopped by what it actually produces, not by what it says it holds.

#include "common/Result.h"
#include "messages/MessageRecord.h"
#include "messages/MessageText.h"

#include <QByteArray>

namespace conduct::messages {

Result<MessageFile> readWhatsAppZip(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {},
                                    const SizeLimits& limits = defaultLimits());

} // namespace conduct::messages
