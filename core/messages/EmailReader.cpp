// Built with QT_NO_KEYWORDS: GLib's headers use `signals` as a name.
#include "messages/EmailReader.h"

#include "messages/MessageText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gmime/gmime.h>

#include <mutex>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Owns a GObject reference.
template <typename T>
struct GRef {
    T* p = nullptr;
    explicit GRef(T* object) : p(object) {}
    ~GRef() { if (p) g_object_unref(p); }
    GRef(const GRef&) = delete;
    GRef& operator=(const GRef&) = delete;
};

QString utf8(const char* text) { return text ? QString::fromUtf8(text) : QString(); }

// Mailbox addresses, groups flattened: "jo@example.org".
QStringList addressesOf(InternetAddressList* list)
{
    QStringList out;
    if (!list) return out;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(a)) out += addressesOf(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)));
        else if (INTERNET_ADDRESS_IS_MAILBOX(a)) out.append(utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))));
    }
    return out;
}

struct Body {
    QString plain, html;
    QStringList attachments;
};

void collectPart(GMimeObject* /*parent*/, GMimeObject* part, gpointer data)
{
    Body& body = *static_cast<Body*>(data);
    if (GMIME_IS_MESSAGE_PART(part)) {
        body.attachments.append(tr("(attached e-mail)"));
        return;
    }
    if (!GMIME_IS_PART(part)) return;
    GMimePart* leaf = GMIME_PART(part);
    const char* fileName = g_mime_part_get_filename(leaf);
    if (g_mime_part_is_attachment(leaf) || fileName) {
        body.attachments.append(fileName ? utf8(fileName) : tr("(unnamed attachment)"));
        return;
    }
    if (!GMIME_IS_TEXT_PART(part)) return;
    GMimeContentType* type = g_mime_object_get_content_type(part);
    const bool isPlain = g_mime_content_type_is_type(type, "text", "plain");
    const bool isHtml = g_mime_content_type_is_type(type, "text", "html");
    QString& target = isPlain ? body.plain : body.html;
    if ((!isPlain && !isHtml) || !target.isEmpty()) return;
    char* text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));   // decoded and converted to UTF-8
    target = utf8(text);
    g_free(text);
}

QString withoutTags(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n\\s*\\n\\s*\\n+"));
    html.remove(tags).replace(QLatin1String("&nbsp;"), QLatin1String(" ")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html.replace(blankRuns, QStringLiteral("\n\n")).trimmed();
}

// One message as a contact; false (and a problem) when it has no date to place it by.
bool readMessage(GMimeMessage* message, const SourcePlace& place, const QDateTime& now, MessageFile& out)
{
    Contact c;
    c.place = place;
    const QStringList from = addressesOf(g_mime_message_get_from(message));
    c.sender = from.value(0);
    c.recipients = addressesOf(g_mime_message_get_to(message)) + addressesOf(g_mime_message_get_cc(message));
    c.conversation = utf8(g_mime_message_get_subject(message));
    c.when.original = utf8(g_mime_object_get_header(GMIME_OBJECT(message), "Date")).trimmed();
    GDateTime* date = g_mime_message_get_date(message);   // owned by the message
    if (!date) {
        out.problems.append({place, c.when.original.isEmpty()
                                        ? tr("the e-mail has no Date header: it is left out.")
                                        : tr("the Date header \"%1\" cannot be read: the e-mail is left out.").arg(c.when.original)});
        return false;
    }
    c.when.utc = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    Body body;
    g_mime_message_foreach(message, collectPart, &body);
    c.text = !body.plain.isEmpty() ? body.plain.trimmed() : withoutTags(body.html);
    c.attachments = body.attachments;
    flagIfFuture(c, now, out.problems);
    out.contacts.append(std::move(c));
    return true;
}

bool looksLikeMessage(GMimeMessage* message)
{
    return g_mime_object_get_header(GMIME_OBJECT(message), "From") || g_mime_object_get_header(GMIME_OBJECT(message), "Date");
}

Result<MessageFile> readMail(const QString& fileName, const QByteArray& bytes, const ReadOptions& options, bool mailbox)
{
    const qint64 limit = mailbox ? defaultLimits().mboxBytes : defaultLimits().textBytes;
    if (qint64(bytes.size()) > limit)
        return refusal({fileName, 0, {}, -1}, tr("the file is %1 MB, over the %2 MB allowed: check it is the right file.")
                                                  .arg(bytes.size() / (1024 * 1024)).arg(limit / (1024 * 1024)));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return refusal({fileName, lineAt(bytes, nul), {}, nul}, tr("the file holds binary data (a zero byte), not e-mail text."));
    if (mailbox && !bytes.startsWith("From "))
        return refusal({fileName, 1, {}, 0}, tr("a mailbox starts with a \"From \" line and this file does not: it is not an .mbox."));
    initialiseGMime();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.p));
    g_mime_parser_set_format(parser.p, mailbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);

    MessageFile out;
    out.fileName = fileName;
    out.format = mailbox ? SourceFormat::Mbox : SourceFormat::Email;
    const QDateTime now = nowFor(options);
    int index = 0;
    while (!g_mime_parser_eos(parser.p)) {
        GRef<GMimeMessage> message(g_mime_parser_construct_message(parser.p, nullptr));
        ++index;
        const qint64 begin = mailbox ? g_mime_parser_get_mbox_marker_offset(parser.p) : g_mime_parser_get_headers_begin(parser.p);
        const SourcePlace place{fileName, begin >= 0 ? lineAt(bytes, begin) : 0,
                                mailbox ? tr("message %1").arg(index) : QString(), begin};
        if (!message.p || !looksLikeMessage(message.p)) {
            if (index == 1 || !mailbox)
                return refusal(place, tr("this is not an e-mail GMime can read (no From or Date header): "
                                         "save the message as .eml, or the folder as .mbox, and try again."));
            out.problems.append({place, tr("this part of the mailbox is not an e-mail: it is left out.")});
            break;
        }
        readMessage(message.p, place, now, out);
        if (!mailbox) break;
    }
    return out;
}
} // namespace

Result<MessageFile> readEml(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    return readMail(fileName, bytes, options, false);
}

Result<MessageFile> readMbox(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    return readMail(fileName, bytes, options, true);
}

} // namespace conduct::messages
