#include "messages/WhatsAppReader.h"

#include "messages/MessageText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

// Optional direction mark; "[" (iPhone) or nothing; date; time with optional seconds and am/pm;
// then "] " (iPhone) or " - " (Android); the rest is "Sender: text" or a system line.
const QRegularExpression& lineStart()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\x{200E}\\x{200F}]?\\[?(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2}),?[ \\x{00A0}](\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
        "(?:[ \\x{202F}\\x{00A0}]?([aApP])\\.?[ \\x{202F}]?[mM]\\.?)?(?:\\][ \\x{00A0}]|[ \\x{00A0}][-\\x{2013}][ \\x{00A0}])"));
    return re;
}

// Lines WhatsApp writes about the chat itself rather than a message in it (a sender-less line on
// Android; on an iPhone, text after the chat's name that starts with a direction mark).
const char* const systemPhrases[] = {
    "end-to-end encrypted", "created group", "created this group", " added ", " removed ", " left",
    "changed the subject", "changed this group's icon", "changed the group description", "changed their phone number",
    "security code", "joined using this group's invite link", "now an admin", "blocked this contact",
    "unblocked this contact", "disappearing messages", "changed to", "deleted this group's icon",
};

// The marks WhatsApp puts where a message's content is not in the export.
struct ContentMark {
    const char* text;      // the whole message, without direction marks
    const char* attachment;  // what the attachment list shows; null when nothing was attached
    bool deleted;
};
const ContentMark contentMarks[] = {
    {"<Media omitted>", "(media omitted)", false},   {"image omitted", "(image omitted)", false},
    {"video omitted", "(video omitted)", false},     {"audio omitted", "(audio omitted)", false},
    {"sticker omitted", "(sticker omitted)", false}, {"GIF omitted", "(GIF omitted)", false},
    {"document omitted", "(document omitted)", false}, {"Contact card omitted", "(contact card omitted)", false},
    {"This message was deleted", nullptr, true},     {"You deleted this message", nullptr, true},
    {"This message was deleted.", nullptr, true},    {"You deleted this message.", nullptr, true},
};
const char* const missedCalls[] = {"Missed voice call", "Missed video call", "Missed group voice call", "Missed group video call"};

QString withoutMarks(const QString& text)
{
    QString out = text;
    out.remove(QChar(0x200E)).remove(QChar(0x200F));
    return out.trimmed();
}

struct DatedLine {
    int line = 0;
    qint64 offset = 0;
    int first = 0, second = 0, year = 0;   // the date's numbers as written
    QTime time;
    QString whenText;   // the date and time as written
    QString rest;       // after the time
    QStringList more;   // the lines a multi-line message runs on to
};

QDate dateOf(const DatedLine& d, bool monthFirst)
{
    return monthFirst ? QDate(d.year, d.first, d.second) : QDate(d.year, d.second, d.first);
}

bool allValid(const QList<DatedLine>& lines, bool monthFirst)
{
    for (const DatedLine& d : lines)
        if (!dateOf(d, monthFirst).isValid()) return false;
    return true;
}

// Chat lines are written in time order, so only the right reading keeps the dates from going back.
bool inDateOrder(const QList<DatedLine>& lines, bool monthFirst)
{
    QDate previous;
    for (const DatedLine& d : lines) {
        const QDate date = dateOf(d, monthFirst);
        if (previous.isValid() && date < previous) return false;
        previous = date;
    }
    return true;
}

const DatedLine* firstWhereReadingsDiffer(const QList<DatedLine>& lines)
{
    for (const DatedLine& d : lines)
        if (d.first != d.second) return &d;
    return nullptr;
}

QString conversationFromName(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    static const QString prefix = QStringLiteral("WhatsApp Chat with ");
    if (base.startsWith(prefix)) return base.mid(prefix.size());
    if (base.startsWith(QLatin1String("WhatsApp Chat - "))) return base.mid(16);
    return base;
}

// Reads the body of a message: the marks for media and deleted messages, and the attachment names.
void readBody(Contact& c, const QString& body)
{
    const QString plain = withoutMarks(body);
    for (const ContentMark& mark : contentMarks) {
        if (plain.compare(QLatin1String(mark.text), Qt::CaseInsensitive) != 0) continue;
        if (mark.attachment) c.attachments.append(QLatin1String(mark.attachment));
        c.deleted = mark.deleted;
        c.text = mark.deleted ? plain : QString();
        return;
    }
    // Most messages are plain text: the two patterns below are tried only where they could match.
    if (!plain.startsWith(u'<') && !plain.contains(QLatin1String(" (file attached)"))) {
        c.text = body.trimmed();
        c.text.remove(QChar(0x200E));
        return;
    }
    static const QRegularExpression attached(QStringLiteral("^<attached: ([^>]+)>\\s*"));
    static const QRegularExpression fileAttached(QStringLiteral("^(\\S[^\\n]*?) \\(file attached\\)\\s*"));
    for (const QRegularExpression* re : {&attached, &fileAttached}) {
        const QRegularExpressionMatch m = re->match(plain);
        if (m.hasMatch()) {
            c.attachments.append(m.captured(1).trimmed());
            c.text = plain.mid(m.capturedEnd(0)).trimmed();   // a caption may follow
            return;
        }
    }
    c.text = body.trimmed();
    c.text.remove(QChar(0x200E));
}

bool isSystemText(const QString& text)
{
    for (const char* phrase : systemPhrases)
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive)) return true;
    return false;
}
} // namespace

bool looksLikeWhatsAppLine(QStringView line) { return lineStart().match(line).hasMatch(); }

Result<MessageFile> readWhatsAppText(const QString& fileName, const QByteArray& bytes, const ReadOptions& options)
{
    if (qint64(bytes.size()) > defaultLimits().textBytes)
        return refusal({fileName, 0, {}, -1}, tr("the file is %1 MB, over the %2 MB a chat export can be: check it is the right file.")
                                                  .arg(bytes.size() / (1024 * 1024)).arg(defaultLimits().textBytes / (1024 * 1024)));
    if (Status text = checkUtf8Text(fileName, bytes); !text) return text.error();

    // First pass: the dated lines and the lines each message runs on to.
    QList<DatedLine> dated;
    qsizetype start = textStart(bytes);
    int lineNumber = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) end = bytes.size();
        ++lineNumber;
        QString line = QString::fromUtf8(QByteArrayView(bytes.constData() + start, end - start));
        if (line.endsWith(u'\r')) line.chop(1);
        const QRegularExpressionMatch m = lineStart().match(line);
        if (m.hasMatch()) {
            DatedLine d;
            d.line = lineNumber;
            d.offset = start;
            d.first = m.capturedView(1).toInt();
            d.second = m.capturedView(3).toInt();
            d.year = m.capturedView(4).toInt();
            if (m.capturedLength(4) == 2) d.year += 2000;   // WhatsApp has existed only since 2009
            int hour = m.capturedView(5).toInt();
            const QString half = m.captured(8).toLower();
            bool timeOk = true;
            if (!half.isEmpty()) {
                timeOk = hour >= 1 && hour <= 12;
                hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
            }
            if (timeOk) d.time = QTime(hour, m.capturedView(6).toInt(), m.capturedView(7).toInt());
            d.whenText = line.mid(m.capturedStart(1), m.capturedEnd(0) - m.capturedStart(1));
            while (!d.whenText.isEmpty() && !d.whenText.back().isDigit() && !d.whenText.back().isLetter()) d.whenText.chop(1);
            d.rest = line.mid(m.capturedEnd(0));
            dated.append(std::move(d));
        } else if (!dated.isEmpty()) {
            dated.last().more.append(line);
        } else if (!line.trimmed().isEmpty()) {
            return refusal({fileName, lineNumber, {}, start},
                           tr("this line does not start as a WhatsApp chat export's lines do (a date, a time and a name): "
                              "check it is a WhatsApp export, as WhatsApp wrote it."));
        }
        start = end + 1;
    }
    if (dated.isEmpty())
        return refusal({fileName, 0, {}, -1}, tr("the file holds no WhatsApp message lines: check it is a WhatsApp chat export."));

    MessageFile out;
    out.fileName = fileName;
    out.format = SourceFormat::WhatsAppText;
    out.title = conversationFromName(fileName);

    // The date order, from the whole file.
    bool monthFirst = options.dateOrder == DateOrder::MonthFirst;
    if (options.dateOrder == DateOrder::Detect) {
        const bool dayFirstValid = allValid(dated, false), monthFirstValid = allValid(dated, true);
        if (monthFirstValid && !dayFirstValid) {
            monthFirst = true;
        } else if (dayFirstValid && monthFirstValid) {
            const bool dayFirstOrdered = inDateOrder(dated, false), monthFirstOrdered = inDateOrder(dated, true);
            monthFirst = monthFirstOrdered && !dayFirstOrdered;
            const DatedLine* differ = firstWhereReadingsDiffer(dated);
            if (differ && dayFirstOrdered == monthFirstOrdered)
                out.problems.append({{fileName, differ->line, {}, differ->offset},
                                     tr("the dates in this file could be day-first (UK) or month-first (US), e.g. %1: "
                                        "they have been read day-first. Ask the complainant how their phone shows dates "
                                        "and read the file month-first if it does.")
                                         .arg(differ->whenText.section(u',', 0, 0))});
        }
    }

    const QDateTime now = nowFor(options);
    out.contacts.reserve(dated.size());
    QDateTime lastUtc;
    QDate fellBackOn;   // the autumn date whose repeated hour the lines have already gone back through
    for (const DatedLine& d : dated) {
        const SourcePlace place{fileName, d.line, {}, d.offset};
        const QDate date = dateOf(d, monthFirst);
        if (!date.isValid() || !d.time.isValid()) {
            out.problems.append({place, tr("\"%1\" is not a date and time: the message is left out.").arg(d.whenText)});
            continue;
        }
        QString sender, body;
        const qsizetype colon = d.rest.indexOf(QLatin1String(": "));
        if (colon > 0) {
            sender = withoutMarks(d.rest.left(colon));
            body = d.rest.mid(colon + 2);
        } else {
            body = d.rest;
        }
        if (!d.more.isEmpty()) body += u'\n' + d.more.join(u'\n');
        const QString plain = withoutMarks(body);
        const bool markedAsSystem = body.startsWith(QChar(0x200E)) && isSystemText(plain);
        if (sender.isEmpty() || markedAsSystem) continue;   // about the chat, not a message in it

        Contact c;
        c.sender = sender;
        c.conversation = out.title;
        c.place = place;
        c.when.original = d.whenText;
        bool missedCall = false;
        for (const char* call : missedCalls)
            if (plain.compare(QLatin1String(call), Qt::CaseInsensitive) == 0) missedCall = true;
        if (missedCall) {
            c.kind = ContactKind::Call;
            c.call = CallOutcome::Missed;
        } else {
            readBody(c, body);
        }

        const WallClockReading reading = readWallClock(date, d.time, options);
        if (reading.change == ClockChange::RepeatedHour) {
            // The first run of lines in the hour is BST; a time earlier than the line before, or
            // any line after one, is the second time round (GMT).
            const bool secondTime = fellBackOn == date || (lastUtc.isValid() && reading.utcReadings[0] < lastUtc);
            if (secondTime) fellBackOn = date;
            c.when.utc = reading.utcReadings[secondTime ? 1 : 0];
            c.when.resolvedByLineOrder = true;
        } else {
            c.when.utc = reading.utcReadings.first();
            if (reading.change == ClockChange::SkippedHour)
                out.problems.append({place, tr("%1 never happened in the UK (the clocks went forward from 01:00 GMT to "
                                               "02:00 BST): read as %2 GMT. The phone's clock may have been wrong.")
                                                .arg(uktime::formatDate(date), d.time.toString(QStringLiteral("HH:mm")))});
        }
        lastUtc = c.when.utc;
        flagIfFuture(c, now, out.problems);
        out.contacts.append(std::move(c));
    }
    return out;
}

} // namespace conduct::messages
