#include "messages/FacebookReader.h"

#include "messages/MessageText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

// The attachment lists a message may carry, each a list of objects with a "uri".
const char* const attachmentLists[] = {"photos", "videos", "audio_files", "files", "gifs", "sticker"};

QString attachmentName(const QJsonValue& item)
{
    const QString uri = repairMetaText(item.toObject().value(QLatin1String("uri")).toString());
    return uri.isEmpty() ? QString() : QFileInfo(uri).fileName();
}

// The byte offsets of the elements of the top-level "messages" array, found by scanning the raw
// JSON (QJsonDocument keeps no positions). Strings are skipped whole, so brackets inside text do
// not count. Empty when the array is not where Meta puts it.
QList<qint64> messageOffsets(const QByteArray& bytes)
{
    QList<qint64> out;
    int depth = 0;
    bool inString = false, keyWasMessages = false, inMessages = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 1) keyWasMessages = QByteArrayView(bytes.constData() + stringStart, i - stringStart) == QByteArrayView("messages");
            }
            continue;
        }
        switch (c) {
        case '"': inString = true; stringStart = i + 1; break;
        case '{': case '[':
            if (inMessages && depth == 2) out.append(i);
            if (depth == 1 && c == '[' && keyWasMessages) inMessages = true;
            ++depth;
            break;
        case '}': case ']':
            --depth;
            if (depth == 1) inMessages = false;
            break;
        case ',': if (depth == 1) keyWasMessages = false; break;
        default: break;
        }
    }
    return out;
}
} // namespace

QString repairMetaText(const QString& text)
{
    bool anyHigh = false;
    for (QChar c : text) {
        if (c.unicode() > 0xFF) return text;   // real Unicode already: not the mis-encoding
        if (c.unicode() >= 0x80) anyHigh = true;
    }
    if (!anyHigh) return text;
    const QByteArray bytes = text.toLatin1();
    if (firstInvalidUtf8(bytes) >= 0) return text;
    // A byte-order mark inside the text is a character of it, not a mark to drop.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

Result<MessageFile> readFacebookJson(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    if (qint64(bytes.size()) > defaultLimits().textBytes)
        return refusal({fileName, 0, {}, -1}, tr("the file is %1 MB, over the %2 MB one messages file can be: check it is the right file.")
                                                  .arg(bytes.size() / (1024 * 1024)).arg(defaultLimits().textBytes / (1024 * 1024)));
    if (Status text = checkUtf8Text(fileName, bytes); !text) return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refusal({fileName, lineAt(bytes, parseError.offset), {}, parseError.offset},
                       tr("the JSON is damaged or cut short (%1): ask for the download again.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("messages")).isArray())
        return refusal({fileName, 1, QStringLiteral("messages"), 0},
                       tr("the file has no \"messages\" list: it is not a Facebook or Instagram messages file "
                          "(choose messages/inbox/<thread>/message_1.json)."));

    MessageFile out;
    out.fileName = fileName;
    out.format = SourceFormat::FacebookJson;
    out.title = repairMetaText(root.value(QLatin1String("title")).toString());
    for (const QJsonValue& p : root.value(QLatin1String("participants")).toArray())
        out.participants.append(repairMetaText(p.toObject().value(QLatin1String("name")).toString()));
    const QDateTime now = nowFor(options);
    const QList<qint64> offsets = messageOffsets(bytes);
    const QJsonArray list = root.value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint64 offset = i < offsets.size() && offsets.size() == list.size() ? offsets[i] : -1;
        const SourcePlace place{fileName, offset >= 0 ? lineAt(bytes, offset) : 0, QStringLiteral("messages[%1]").arg(i), offset};
        const QJsonObject m = list[i].toObject();
        Contact c;
        c.place = place;
        c.conversation = out.title;
        const QJsonValue stamp = m.value(QLatin1String("timestamp_ms"));
        // Between 2000 and 2100, or a damaged value (checked before it is made an integer).
        const bool inRange = stamp.isDouble() && stamp.toDouble() >= 946684800000.0 && stamp.toDouble() <= 4102444800000.0;
        c.when.original = inRange ? QString::number(qint64(stamp.toDouble())) : stamp.toVariant().toString();
        if (!inRange) {
            out.problems.append({place, tr("\"timestamp_ms\" is missing or not a time: the message is left out.")});
            continue;
        }
        c.when.utc = QDateTime::fromMSecsSinceEpoch(qint64(stamp.toDouble()), Qt::UTC);
        c.sender = repairMetaText(m.value(QLatin1String("sender_name")).toString());
        c.text = repairMetaText(m.value(QLatin1String("content")).toString());
        for (const char* listName : attachmentLists) {
            const QJsonValue v = m.value(QLatin1String(listName));
            if (v.isArray()) {
                for (const QJsonValue& item : v.toArray())
                    if (const QString name = attachmentName(item); !name.isEmpty()) c.attachments.append(name);
            } else if (v.isObject()) {
                if (const QString name = attachmentName(v); !name.isEmpty()) c.attachments.append(name);
            }
        }
        const QString link = m.value(QLatin1String("share")).toObject().value(QLatin1String("link")).toString();
        if (!link.isEmpty()) c.attachments.append(link);
        const QString type = m.value(QLatin1String("type")).toString();
        if (type == QLatin1String("Call") || m.contains(QLatin1String("call_duration"))) {
            c.kind = ContactKind::Call;
            c.durationSeconds = m.value(QLatin1String("call_duration")).toInt(-1);
            c.call = c.durationSeconds == 0 ? CallOutcome::Missed : CallOutcome::Connected;
        }
        c.deleted = m.value(QLatin1String("is_unsent")).toBool();
        flagIfFuture(c, now, out.problems);
        out.contacts.append(std::move(c));
    }
    // Meta writes the newest message first: the file's order is kept for the places, the contacts
    // are put in time order as every other reader gives them.
    std::stable_sort(out.contacts.begin(), out.contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.when.utc < b.when.utc; });
    return out;
}

} // namespace conduct::messages
