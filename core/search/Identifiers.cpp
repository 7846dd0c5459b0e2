#include "search/Identifiers.h"

#include <QRegularExpression>

namespace conduct {
namespace {

QString ukNumber(QString nationalDigits)
{
    // "+44 (0)7700 900123" writes the trunk 0 that E.164 leaves out.
    if (nationalDigits.startsWith(u'0')) nationalDigits.remove(0, 1);
    return nationalDigits.isEmpty() ? QString() : QStringLiteral("+44") + nationalDigits;
}

QString internationalNumber(const QString& digitsAfterCountryPrefix)
{
    if (digitsAfterCountryPrefix.isEmpty()) return {};
    if (digitsAfterCountryPrefix.startsWith(QLatin1String("44")))
        return ukNumber(digitsAfterCountryPrefix.mid(2));
    return u'+' + digitsAfterCountryPrefix;
}

} // namespace

QString phoneKey(const QString& text)
{
    bool leadingPlus = false;
    bool seenDigit = false;
    QString digits;
    for (QChar c : text) {
        if (c.isLetter()) break;   // "ext 12", "(mobile)", "x12": not part of the number
        if (c == u'+' && !seenDigit) leadingPlus = true;
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
            seenDigit = true;
        }
    }
    if (digits.isEmpty()) return {};
    if (leadingPlus) return internationalNumber(digits);
    if (digits.startsWith(QLatin1String("00"))) return internationalNumber(digits.mid(2));
    // 44 and a 10-digit national number: a UK number typed without its '+'.
    if (digits.startsWith(QLatin1String("44")) && digits.size() == 12) return ukNumber(digits.mid(2));
    // UK national numbers have 10 digits after the trunk 0 (a few old ones 9).
    if (digits.startsWith(u'0') && (digits.size() == 11 || digits.size() == 10))
        return ukNumber(digits);
    return digits;
}

QString emailKey(const QString& text)
{
    QString address = text.trimmed();
    // "Jo Smith <jo@example.org>": the address is what matches.
    const qsizetype open = address.lastIndexOf(u'<');
    const qsizetype close = address.lastIndexOf(u'>');
    if (open >= 0 && close > open) address = address.mid(open + 1, close - open - 1).trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) address.remove(0, 7);
    return address.trimmed().toLower();
}

QString vehicleKey(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber()) out.append(c.toUpper());
    return out;
}

QString handleKey(const QString& text)
{
    QString handle = text.trimmed();
    const qsizetype scheme = handle.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        handle = handle.mid(scheme + 3);
        static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
        const qsizetype cut = handle.indexOf(queryOrFragment);
        if (cut >= 0) handle.truncate(cut);
        while (handle.endsWith(u'/')) handle.chop(1);
        const qsizetype slash = handle.lastIndexOf(u'/');
        handle = slash >= 0 ? handle.mid(slash + 1) : QString();   // a bare site is no handle
    } else {
        const qsizetype colon = handle.indexOf(u':');
        if (colon >= 0) handle = handle.mid(colon + 1);
    }
    handle = handle.trimmed();
    while (handle.startsWith(u'@')) handle.remove(0, 1);
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    handle.remove(whitespace);
    return handle.toLower();
}

QString handlePlatform(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype scheme = trimmed.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        QString host = trimmed.mid(scheme + 3).section(u'/', 0, 0).toLower();
        if (host.startsWith(QLatin1String("www."))) host.remove(0, 4);
        return host;
    }
    const qsizetype colon = trimmed.indexOf(u':');
    return colon > 0 ? trimmed.left(colon).trimmed().toLower() : QString();
}

DobMatch compareDatesOfBirth(const QDate& a, const QDate& b)
{
    if (!a.isValid() || !b.isValid()) return DobMatch::Unknown;
    if (a == b) return DobMatch::Exact;
    if (a.year() != b.year()) return DobMatch::Different;
    if (a.day() == b.month() && a.month() == b.day()) return DobMatch::Transposed;
    return DobMatch::SameYearOnly;
}

} // namespace conduct
