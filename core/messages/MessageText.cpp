#include "messages/MessageText.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }
}

QString SourcePlace::text() const
{
    QString out = file;
    if (line > 0) out += tr(", line %1").arg(line);
    if (!element.isEmpty()) out += line > 0 ? QStringLiteral(" (%1)").arg(element) : QStringLiteral(", ") + element;
    return out;
}

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::WhatsAppText: return tr("WhatsApp chat export");
    case SourceFormat::WhatsAppZip: return tr("WhatsApp chat export (.zip)");
    case SourceFormat::SmsBackupXml: return tr("SMS Backup & Restore texts");
    case SourceFormat::CallsBackupXml: return tr("SMS Backup & Restore call log");
    case SourceFormat::FacebookJson: return tr("Facebook or Instagram messages (JSON)");
    case SourceFormat::Email: return tr("e-mail (.eml)");
    case SourceFormat::Mbox: return tr("mailbox (.mbox)");
    }
    return {};
}

QString callOutcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::NotACall: return {};
    case CallOutcome::Incoming: return tr("incoming call");
    case CallOutcome::Outgoing: return tr("outgoing call");
    case CallOutcome::Missed: return tr("missed call");
    case CallOutcome::Voicemail: return tr("call to voicemail");
    case CallOutcome::Rejected: return tr("rejected call");
    case CallOutcome::Blocked: return tr("blocked call");
    case CallOutcome::AnsweredElsewhere: return tr("call answered on another device");
    case CallOutcome::Connected: return tr("answered call");
    }
    return {};
}

const SizeLimits& defaultLimits()
{
    static const SizeLimits limits;
    return limits;
}

int lineAt(const QByteArray& bytes, qint64 byteOffset)
{
    const qint64 end = qBound<qint64>(0, byteOffset, bytes.size());
    return int(QByteArrayView(bytes.constData(), end).count('\n')) + 1;
}

qsizetype textStart(const QByteArray& bytes) { return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; }

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;   // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c >= 0xE0 && c <= 0xEF) { length = 3; if (c == 0xE0) low = 0xA0; if (c == 0xED) high = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { length = 4; if (c == 0xF0) low = 0x90; if (c == 0xF4) high = 0x8F; }
        else return i;
        if (i + length > n || p[i + 1] < low || p[i + 1] > high) return i;
        for (int k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += length;
    }
    return -1;
}

Status checkUtf8Text(const QString& fileName, const QByteArray& bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return refusal({fileName, lineAt(bytes, nul), {}, nul},
                       tr("the file holds binary data (a zero byte), not text: choose the export itself, not a picture or database."));
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        return refusal({fileName, lineAt(bytes, bad), {}, lineStart},
                       tr("the text is not UTF-8 (the file is damaged, cut short or is not an export): ask for the export again."));
    }
    return {};
}

WallClockReading readWallClock(QDate date, QTime time, const ReadOptions& options)
{
    WallClockReading out;
    if (!date.isValid() || !time.isValid()) return out;
    if (!options.deviceZone.isEmpty() && options.deviceZone != QLatin1String("Europe/London")) {
        const QTimeZone zone(options.deviceZone.toUtf8());
        if (zone.isValid()) {
            out.utcReadings.append(QDateTime(date, time, zone).toUTC());
            return out;
        }
    }
    return londonclock::toUtc(date, time);
}

namespace londonclock {
namespace {
struct Cache {
    QHash<qint64, WallClockReading> wallHours;   // Julian day * 24 + hour → the readings of hh:00:00
    QHash<qint64, int> offsetByUtcHour;         // hours since the epoch → London's offset in seconds
};
Cache& cache()
{
    thread_local Cache c;
    return c;
}

int offsetAt(const QDateTime& utc)
{
    const qint64 hour = utc.toSecsSinceEpoch() / 3600 - (utc.toSecsSinceEpoch() % 3600 < 0 ? 1 : 0);
    auto& offsets = cache().offsetByUtcHour;
    if (auto known = offsets.constFind(hour); known != offsets.constEnd()) return *known;
    const int offset = utcToLondon(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC)).offsetFromUtc();
    offsets.insert(hour, offset);
    return offset;
}

QDateTime wallOf(const QDateTime& utc) { return utc.toUTC().addSecs(offsetAt(utc)); }
} // namespace

WallClockReading toUtc(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid()) return {};
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    auto& hours = cache().wallHours;
    auto found = hours.constFind(key);
    if (found == hours.constEnd()) {
        const LondonInstant instant = londonToUtc(date, QTime(time.hour(), 0));
        found = hours.insert(key, WallClockReading{instant.change, instant.utcReadings});
    }
    WallClockReading out = *found;
    const int intoHour = time.minute() * 60 + time.second();
    for (QDateTime& reading : out.utcReadings) reading = reading.addSecs(intoHour).addMSecs(time.msec());
    return out;
}

QDate dateOf(const QDateTime& utc) { return utc.isValid() ? wallOf(utc).date() : QDate(); }

QString timeText(const QDateTime& utc)
{
    if (!utc.isValid()) return {};
    const QDateTime wall = wallOf(utc);
    const QString text = wall.time().toString(QStringLiteral("HH:mm"));
    if (toUtc(wall.date(), wall.time()).change != ClockChange::RepeatedHour) return text;
    return text + (offsetAt(utc) == 3600 ? QStringLiteral(" BST") : QStringLiteral(" GMT"));
}

QString dateText(const QDateTime& utc) { return uktime::formatDate(dateOf(utc)); }
} // namespace londonclock

QDateTime nowFor(const ReadOptions& options) { return options.nowUtc.isValid() ? options.nowUtc : Clock::nowUtc(); }

void flagIfFuture(Contact& contact, const QDateTime& nowUtc, QList<ReadProblem>& problems)
{
    if (!contact.when.utc.isValid() || contact.when.utc <= nowUtc) return;
    contact.when.inFuture = true;
    problems.append({contact.place, tr("dated %1, which is in the future: the phone's clock may have been wrong. "
                                       "Check the time with the complainant before relying on it.")
                                        .arg(uktime::formatDateTime(contact.when.utc))});
}

Error refusal(const SourcePlace& place, const QString& message) { return Error{place.text(), message}; }

} // namespace conduct::messages
