#include "messages/FormatSniffer.h"

#include "messages/ArchiveReader.h"
#include "messages/EmailReader.h"
#include "messages/FacebookReader.h"
#include "messages/MessageText.h"
#include "messages/SmsBackupReader.h"
#include "messages/WhatsAppReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

// The header names an e-mail saved as a file starts with.
const char* const mailHeaders[] = {"from:", "to:", "date:", "subject:", "received:", "return-path:", "message-id:",
                                   "mime-version:", "delivered-to:", "x-", "reply-to:", "content-type:", "cc:"};

QByteArray firstLineOf(const QByteArray& bytes, qsizetype start)
{
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0) end = bytes.size();
    return bytes.mid(start, qMin<qsizetype>(end - start, 4096)).trimmed();
}

qsizetype firstNonBlank(const QByteArray& bytes)
{
    qsizetype i = textStart(bytes);
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
    return i;
}

// The name of the first element after the XML declaration and comments.
QByteArray rootElementOf(const QByteArray& bytes, qsizetype from)
{
    static const QRegularExpression element(QStringLiteral("<([A-Za-z_][\\w.\\-]*)"));
    const QRegularExpressionMatch m = element.match(QString::fromUtf8(bytes.mid(from, 4096)));
    return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray();
}
} // namespace

Result<SourceFormat> detectFormat(const QString& fileName, const QByteArray& bytes)
{
    const SourcePlace whole{fileName, 0, {}, -1};
    if (bytes.isEmpty()) return refusal(whole, tr("the file is empty: ask for the export again."));
    if (bytes.startsWith("PK\x03\x04")) return SourceFormat::WhatsAppZip;
    if (bytes.startsWith("PK")) return refusal(whole, tr("the .zip archive is cut short or split into parts: ask for the whole export."));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return refusal({fileName, lineAt(bytes, nul), {}, nul},
                       tr("the file holds binary data, not an export Conduct reads (WhatsApp .txt or .zip, SMS Backup & "
                          "Restore .xml, Facebook or Instagram .json, .eml or .mbox)."));
    const qsizetype start = firstNonBlank(bytes);
    if (start >= bytes.size()) return refusal(whole, tr("the file holds only blank lines: ask for the export again."));
    const QByteArray line = firstLineOf(bytes, start);
    // Before the JSON test: an iPhone's chat lines start with '['.
    if (looksLikeWhatsAppLine(QString::fromUtf8(line))) return SourceFormat::WhatsAppText;
    const char first = bytes[start];
    if (first == '<') {
        const QByteArray root = rootElementOf(bytes, start);
        if (root == "smses") return SourceFormat::SmsBackupXml;
        if (root == "calls") return SourceFormat::CallsBackupXml;
        return refusal({fileName, lineAt(bytes, start), QString::fromUtf8(root), start},
                       tr("an XML file whose first element is not <smses> or <calls>: not an SMS Backup & Restore file."));
    }
    if (first == '{') return SourceFormat::FacebookJson;
    if (first == '[')
        return refusal({fileName, lineAt(bytes, start), {}, start},
                       tr("a JSON list, not a Facebook or Instagram messages file (choose messages/inbox/<thread>/message_1.json)."));
    if (line.startsWith("From ")) return SourceFormat::Mbox;
    const QByteArray lower = line.toLower();
    for (const char* header : mailHeaders)
        if (lower.startsWith(header)) return SourceFormat::Email;
    return refusal({fileName, lineAt(bytes, start), {}, start},
                   tr("the file is not an export Conduct reads: its first line is neither a WhatsApp message line, XML "
                      "from SMS Backup & Restore, Facebook or Instagram JSON, nor an e-mail."));
}

Result<MessageFile> readMessages(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    auto format = detectFormat(fileName, bytes);
    if (!format.ok()) return format.error();
    switch (format.value()) {
    case SourceFormat::WhatsAppText: return readWhatsAppText(fileName, bytes, options);
    case SourceFormat::WhatsAppZip: return readWhatsAppZip(fileName, bytes, options);
    case SourceFormat::SmsBackupXml:
    case SourceFormat::CallsBackupXml: return readSmsBackup(fileName, bytes, options);
    case SourceFormat::FacebookJson: return readFacebookJson(fileName, bytes, options);
    case SourceFormat::Email: return readEml(fileName, bytes, options);
    case SourceFormat::Mbox: return readMbox(fileName, bytes, options);
    }
    return refusal({fileName, 0, {}, -1}, tr("no reader for this format."));
}

Result<MessageFile> readMessageFile(const QString& path, const ReadOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal({name, 0, {}, -1}, tr("the file cannot be opened (%1).").arg(file.errorString()));
    const qint64 largest = qMax(defaultLimits().archiveBytes, qMax(defaultLimits().xmlBytes, defaultLimits().mboxBytes));
    if (file.size() > largest)
        return refusal({name, 0, {}, -1}, tr("the file is %1 MB, over the %2 MB any export Conduct reads can be: check it is the right file.")
                                              .arg(file.size() / (1024 * 1024)).arg(largest / (1024 * 1024)));
    return readMessages(name, file.readAll(), options);
}

} // namespace conduct::messages
