#pragma once
// E-mail as evidence: a single message (.eml) or a mailbox (.mbox), parsed by GMime (gmime-3.0).
// From, To, Cc and Date (RFC 2822, its zone honoured, so no clock-change question arises), the
// subject, the plain-text body decoded to UTF-8 (an HTML-only body with its tags removed) and the
// attachments' names. Senders are addresses; which side is the complainant is for the officer.
//
// A plain C++ interface: GMime brings GLib, whose `signals` clashes with Qt's keyword, so every
// GMime include stays in EmailReader.cpp, built with QT_NO_KEYWORDS (core/messages/sources.cmake).

#include "common/Result.h"
#include "messages/MessageRecord.h"

#include <QByteArray>

namespace conduct::messages {

Result<MessageFile> readEml(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});
Result<MessageFile> readMbox(const QString& fileName, const QByteArray& bytes, const ReadOptions& options = {});

} // namespace conduct::messages
