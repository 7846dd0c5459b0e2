#include "logimport/LogText.h"

#include "common/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

// Formats that people pick by mistake, recognised so the message can say what to do instead.
struct KnownBinary {
    QByteArray magic;
    const char* advice;
};
const KnownBinary knownBinaries[] = {
    {QByteArray("PK\x03\x04", 4), QT_TRANSLATE_NOOP("conduct::logimport",
        "It looks like an Excel workbook or Word document: save it as \"CSV UTF-8\" or plain text and import that.")},
    {QByteArray("\xD0\xCF\x11\xE0", 4), QT_TRANSLATE_NOOP("conduct::logimport",
        "It looks like an old Excel or Word file: save it as \"CSV UTF-8\" or plain text and import that.")},
    {QByteArray("%PDF"), QT_TRANSLATE_NOOP("conduct::logimport",
        "It is a PDF: add it as an exhibit instead, and type or export the entries as CSV to import them.")},
};

int lineOfOffset(const QByteArray& bytes, qsizetype offset) { return int(bytes.left(offset).count('\n')) + 1; }

// A control byte other than tab, line feed, form feed or carriage return never appears in text.
qsizetype firstBinaryByte(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return i;
        if (c == 0x7F) return i;
    }
    return -1;
}
} // namespace

QString decodeWindows1252(const QByteArray& bytes)
{
    // 0x80–0x9F are printable in Windows-1252 (curly quotes, dashes, the euro); the rest is Latin-1.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        out.append(c >= 0x80 && c < 0xA0 ? QChar(high[c - 0x80]) : QChar(char16_t(c)));
    }
    return out;
}

Result<QByteArray> readLogFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) return fieldError(tr("File"), tr("%1 is not a file that can be read. Choose the log file again.").arg(path));
    if (info.size() > maxLogBytes)
        return fieldError(info.fileName(), tr("%1 is %2 MB, over the %3 MB limit for a complainant's log. Check that this is "
                                              "the log itself; a log that large should be split into parts.")
                                               .arg(info.fileName(), megabytes(info.size()), megabytes(maxLogBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fieldError(info.fileName(), tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
    return file.readAll();
}

Result<DecodedLog> decodeLog(const QString& fileName, const QByteArray& bytes)
{
    if (bytes.size() > maxLogBytes)
        return fieldError(fileName, tr("%1 is %2 MB, over the %3 MB limit for a complainant's log. Check that this is the log "
                                       "itself; a log that large should be split into parts.")
                                        .arg(fileName, megabytes(bytes.size()), megabytes(maxLogBytes)));
    if (bytes.trimmed().isEmpty())
        return fieldError(fileName, tr("%1 is empty. Choose the file that holds the complainant's entries.").arg(fileName));
    for (const KnownBinary& known : knownBinaries)
        if (bytes.startsWith(known.magic))
            return fieldError(fileName, tr("%1 is not a text file. %2").arg(fileName, tr(known.advice)));

    DecodedLog log{fileName, {}, {}};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringConverter::Utf16);   // the byte-order mark says which order
        log.text = utf16(bytes);
        if (utf16.hasError())
            return fieldError(fileName, tr("%1 starts like UTF-16 text but is damaged. Save it again as \"CSV UTF-8\".").arg(fileName));
        log.encoding = QStringLiteral("UTF-16");
    } else {
        if (const qsizetype at = firstBinaryByte(bytes); at >= 0)
            return fieldError(fileName, tr("%1 is not a text file: line %2 holds binary data. Choose the CSV, TSV or text "
                                           "export of the log, not a picture, document or workbook.")
                                            .arg(fileName).arg(lineOfOffset(bytes, at)));
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        QStringDecoder utf8(QStringConverter::Utf8);
        const QString text = utf8(bom ? bytes.mid(3) : bytes);
        if (!utf8.hasError()) {
            log.text = text;
            log.encoding = bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
        } else {
            // Not valid UTF-8: every byte sequence is valid Windows-1252, the other common export.
            log.text = decodeWindows1252(bytes);
            log.encoding = QStringLiteral("Windows-1252");
        }
    }
    if (log.text.startsWith(QChar(0xFEFF))) log.text.remove(0, 1);
    // Bidirectional controls would let a location or a handle read differently from what it
    // holds; the file itself is kept unchanged on the exhibit.
    log.text = stripBidiControls(std::move(log.text));
    return log;
}

} // namespace conduct::logimport
