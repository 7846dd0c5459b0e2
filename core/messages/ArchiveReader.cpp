#include "messages/ArchiveReader.h"

#include "messages/WhatsAppReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// The chat inside the export: "_chat.txt" from an iPhone, "WhatsApp Chat with … .txt" from Android.
bool isChatName(const QString& entryName)
{
    const QString base = QFileInfo(entryName).fileName();
    return base == QLatin1String("_chat.txt") || (base.startsWith(QLatin1String("WhatsApp Chat")) && base.endsWith(QLatin1String(".txt")));
}

QString megabytes(qint64 bytes) { return QString::number(bytes / (1024 * 1024)); }
} // namespace

Result<MessageFile> readWhatsAppZip(const QString& fileName, const QByteArray& bytes, const ReadOptions& options, const SizeLimits& limits)
{
    const auto place = [&fileName](const QString& entry) { return SourcePlace{fileName, 0, entry, -1}; };
    if (qint64(bytes.size()) > limits.archiveBytes)
        return refusal(place({}), tr("the archive is %1 MB, over the %2 MB a chat export can be: check it is the right file.")
                                      .arg(megabytes(bytes.size()), megabytes(limits.archiveBytes)));
    ArchivePtr a(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(a.get());
    archive_read_support_filter_none(a.get());
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return refusal(place({}), tr("this is not a .zip archive that can be read (%1): ask for the export again.")
                                      .arg(QString::fromUtf8(archive_error_string(a.get()))));

    QByteArray chat;
    QString chatName;
    QStringList otherTexts, media;
    qint64 expandedTotal = 0;
    int entries = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    archive_entry* entry = nullptr;
    for (;;) {
        const int header = archive_read_next_header(a.get(), &entry);
        if (header == ARCHIVE_EOF) break;
        if (header < ARCHIVE_WARN)
            return refusal(place(tr("entry %1").arg(entries + 1)),
                           tr("the archive is damaged or cut short (%1): ask for the export again.")
                               .arg(QString::fromUtf8(archive_error_string(a.get()))));
        if (++entries > limits.archiveEntries)
            return refusal(place(tr("entry %1").arg(entries)),
                           tr("the archive holds more than %1 files, more than a chat export does: it was refused unread.")
                               .arg(limits.archiveEntries));
        const char* rawName = archive_entry_pathname_utf8(entry);
        if (!rawName) rawName = archive_entry_pathname(entry);
        const QString name = QString::fromUtf8(rawName ? rawName : "");
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        // The first .txt is taken as the chat until one named as WhatsApp names its chat turns up.
        const bool isChat = name.endsWith(QLatin1String(".txt")) && (chatName.isEmpty() || (isChatName(name) && !isChatName(chatName)));
        QByteArray kept;
        for (;;) {
            const la_ssize_t got = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (got == 0) break;
            if (got < 0)
                return refusal(place(name), tr("this file in the archive cannot be expanded (%1): ask for the export again.")
                                                .arg(QString::fromUtf8(archive_error_string(a.get()))));
            expandedTotal += got;
            if (expandedTotal > limits.expandedTotalBytes)
                return refusal(place(name), tr("the archive expands to more than %1 MB (a \"zip bomb\", or not a chat export): "
                                               "it was refused and nothing was kept.").arg(megabytes(limits.expandedTotalBytes)));
            if (isChat) {
                if (qint64(kept.size()) + got > limits.expandedChatBytes)
                    return refusal(place(name), tr("the chat text expands to more than %1 MB (a \"zip bomb\", or not a chat "
                                                   "export): it was refused and nothing was kept.")
                                                    .arg(megabytes(limits.expandedChatBytes)));
                kept.append(buffer.constData(), got);
            }
        }
        if (isChat) {
            if (!chatName.isEmpty()) otherTexts.append(chatName);
            chatName = name;
            chat = std::move(kept);
        } else if (name.endsWith(QLatin1String(".txt"))) {
            otherTexts.append(name);
        } else {
            media.append(name);
        }
    }
    if (chatName.isEmpty())
        return refusal(place({}), tr("the archive holds no chat text (_chat.txt or \"WhatsApp Chat with … .txt\"): "
                                     "check it is a WhatsApp export."));
    auto read = readWhatsAppText(chatName, chat, options);
    if (!read.ok()) return Error{fileName + QStringLiteral(": ") + read.error().field, read.error().message};
    MessageFile out = std::move(read).value();
    for (Contact& c : out.contacts) c.place.file = fileName + u'/' + chatName;
    for (ReadProblem& p : out.problems) p.place.file = fileName + u'/' + chatName;
    out.fileName = fileName;
    out.format = SourceFormat::WhatsAppZip;
    out.mediaNames = media;
    for (const QString& other : otherTexts)
        out.problems.append({place(other), tr("a second text file in the archive was not read as the chat.")});
    return out;
}

} // namespace conduct::messages
