#include "messages/SmsBackupReader.h"

#include "messages/MessageText.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

// The byte offset and line of a character position in the decoded file, worked out by walking
// forward from the last position asked about (the reader only moves forward).
class PlaceTracker {
public:
    explicit PlaceTracker(const QString& text, qint64 firstByte) : m_text(text), m_bytes(firstByte) {}
    void advanceTo(qint64 position)
    {
        position = qMin<qint64>(position, m_text.size());
        for (; m_position < position; ++m_position) {
            const char16_t c = m_text.at(m_position).unicode();
            m_bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
            if (c == u'\n') ++m_line;
        }
    }
    // The start of the next <name element from the last one found. The reader's own offset is
    // not used: it has read ahead by the time it reports an element. Markup characters inside
    // values are escaped, so "<name" outside a comment is always a tag.
    void advanceToElement(const QString& name)
    {
        const QString tag = u'<' + name;
        for (qsizetype at = m_text.indexOf(tag, m_searchFrom); at >= 0; at = m_text.indexOf(tag, at + 1)) {
            const qsizetype after = at + tag.size();
            if (after < m_text.size() && (m_text.at(after).isSpace() || m_text.at(after) == u'/' || m_text.at(after) == u'>')) {
                advanceTo(at);
                m_searchFrom = at + 1;
                return;
            }
        }
    }
    qint64 byte() const { return m_bytes; }
    int line() const { return m_line; }

private:
    const QString& m_text;
    qint64 m_position = 0;
    qsizetype m_searchFrom = 0;
    qint64 m_bytes = 0;
    int m_line = 1;
};

QDateTime fromMilliseconds(QStringView text, bool* ok)
{
    const qint64 ms = text.toLongLong(ok);
    // Before 2000 or after 2100 is not a phone's record: a damaged value.
    if (*ok && (ms < 946684800000LL || ms > 4102444800000LL)) *ok = false;
    return *ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

CallOutcome callOutcome(int type)
{
    switch (type) {
    case 1: return CallOutcome::Incoming;
    case 2: return CallOutcome::Outgoing;
    case 3: return CallOutcome::Missed;
    case 4: return CallOutcome::Voicemail;
    case 5: return CallOutcome::Rejected;
    case 6: return CallOutcome::Blocked;
    case 7: return CallOutcome::AnsweredElsewhere;
    default: return CallOutcome::NotACall;
    }
}

// The phone's own side is left empty: the contact's direction says it was the complainant's.
void setParties(Contact& c, bool sent, const QString& other)
{
    c.direction = sent ? Direction::Sent : Direction::Received;
    if (sent) c.recipients = QStringList{other};
    else c.sender = other;
    c.conversation = other;
}

bool meaningful(const QString& value) { return !value.isEmpty() && value != QLatin1String("null"); }
} // namespace

Result<MessageFile> readSmsBackup(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    if (qint64(bytes.size()) > defaultLimits().xmlBytes)
        return refusal({fileName, 0, {}, -1}, tr("the file is %1 MB, over the %2 MB a phone backup can be: check it is the right file.")
                                                  .arg(bytes.size() / (1024 * 1024)).arg(defaultLimits().xmlBytes / (1024 * 1024)));
    if (Status text = checkUtf8Text(fileName, bytes); !text) return text.error();
    const qsizetype skip = textStart(bytes);
    const QString text = QString::fromUtf8(QByteArrayView(bytes.constData() + skip, bytes.size() - skip));
    PlaceTracker tracker(text, skip);
    QXmlStreamReader xml(text);

    MessageFile out;
    out.fileName = fileName;
    const QDateTime now = nowFor(options);
    QString root;
    QHash<QString, int> seen;   // children of the root by name, for element paths
    std::optional<Contact> mms;  // the <mms> being read: its parts and addresses are child elements
    int depth = 0;
    QString mmsFrom;
    QStringList mmsTo;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return refusal({fileName, int(xml.lineNumber()), {}, -1},
                           tr("the file declares a DTD, which a phone backup never does: it was refused unread."));
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (depth == 1 && mms && xml.name() == QLatin1String("mms")) {
                if (mms->direction == Direction::Received) {
                    if (!mmsFrom.isEmpty()) mms->sender = mmsFrom;
                    mms->recipients = mmsTo;
                }
                flagIfFuture(*mms, now, out.problems);
                out.contacts.append(std::move(*mms));
                mms.reset();
                mmsFrom.clear();
                mmsTo.clear();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) continue;
        ++depth;
        const QString name = xml.name().toString();
        const QXmlStreamAttributes at = xml.attributes();
        if (depth == 1) {
            root = name;
            if (root == QLatin1String("smses")) out.format = SourceFormat::SmsBackupXml;
            else if (root == QLatin1String("calls")) out.format = SourceFormat::CallsBackupXml;
            else
                return refusal({fileName, int(xml.lineNumber()), name, -1},
                               tr("the file's first element is <%1>, not <smses> or <calls>: it is not an SMS Backup & "
                                  "Restore file.").arg(name));
            continue;
        }
        if (depth == 2) {
            tracker.advanceToElement(name);
            const int index = ++seen[name];
            const SourcePlace place{fileName, tracker.line(), QStringLiteral("%1/%2[%3]").arg(root, name).arg(index), tracker.byte()};
            Contact c;
            c.place = place;
            const QString dateText = at.value(QLatin1String("date")).toString();
            bool dateOk = false;
            c.when.utc = fromMilliseconds(dateText, &dateOk);
            c.when.original = dateText;
            if (!dateOk) {
                out.problems.append({place, tr("the date \"%1\" is not a time in milliseconds: the entry is left out.").arg(dateText)});
                continue;
            }
            if (name == QLatin1String("sms")) {
                const int type = at.value(QLatin1String("type")).toInt();
                if (type != 1 && type != 2 && type != 4 && type != 5 && type != 6) {
                    out.problems.append({place, type == 3 ? tr("a draft, never sent: left out.")
                                                          : tr("type %1 is not a received or sent text: left out.").arg(type)});
                    continue;
                }
                setParties(c, type != 1, at.value(QLatin1String("address")).toString());
                c.text = at.value(QLatin1String("body")).toString();
                flagIfFuture(c, now, out.problems);
                out.contacts.append(std::move(c));
            } else if (name == QLatin1String("mms")) {
                const int box = at.value(QLatin1String("msg_box")).toInt();
                setParties(c, box != 1, at.value(QLatin1String("address")).toString());
                mms = std::move(c);
            } else if (name == QLatin1String("call")) {
                const int type = at.value(QLatin1String("type")).toInt();
                c.kind = ContactKind::Call;
                c.call = callOutcome(type);
                if (c.call == CallOutcome::NotACall) {
                    out.problems.append({place, tr("call type %1 is not one the call log uses: left out.").arg(type)});
                    continue;
                }
                setParties(c, c.call == CallOutcome::Outgoing, at.value(QLatin1String("number")).toString());
                bool durationOk = false;
                const int duration = at.value(QLatin1String("duration")).toInt(&durationOk);
                c.durationSeconds = durationOk ? duration : -1;
                flagIfFuture(c, now, out.problems);
                out.contacts.append(std::move(c));
            }
            continue;
        }
        if (mms && name == QLatin1String("part")) {
            const QString type = at.value(QLatin1String("ct")).toString();
            if (type == QLatin1String("text/plain")) {
                const QString partText = at.value(QLatin1String("text")).toString();
                if (meaningful(partText)) mms->text += (mms->text.isEmpty() ? QString() : QStringLiteral("\n")) + partText;
            } else if (type != QLatin1String("application/smil")) {
                QString file = at.value(QLatin1String("name")).toString();
                if (!meaningful(file)) file = at.value(QLatin1String("cl")).toString();
                mms->attachments.append(meaningful(file) ? file : QStringLiteral("(%1)").arg(type));
            }
        } else if (mms && name == QLatin1String("addr")) {
            // PDU address types: 137 from, 151 to, 130 cc.
            const int type = at.value(QLatin1String("type")).toInt();
            const QString address = at.value(QLatin1String("address")).toString();
            if (type == 137) mmsFrom = address;
            else if ((type == 151 || type == 130) && meaningful(address)) mmsTo.append(address);
        }
    }
    if (xml.hasError())
        return refusal({fileName, int(xml.lineNumber()), {}, -1},
                       tr("the XML is damaged or cut short (%1, column %2): ask for the backup again.")
                           .arg(xml.errorString()).arg(xml.columnNumber()));
    if (root.isEmpty())
        return refusal({fileName, 0, {}, -1}, tr("the file holds no XML elements: it is not an SMS Backup & Restore file."));
    return out;
}

} // namespace conduct::messages
