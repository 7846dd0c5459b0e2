#include "search/SearchQuery.h"

#include "domain/Urn.h"
#include "search/Identifiers.h"
#include "search/NameMatching.h"

#include <QRegularExpression>

#include <optional>

namespace conduct {
namespace {

struct Token {
    QString text;
    bool commaAfter = false;
};

bool isQuotation(QChar c)
{
    return c == u'"' || c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201C)
        || c == QChar(0x201D);
}

// Whitespace and commas separate tokens; quotes and trailing sentence punctuation are dropped
// ("Smith," "'Jon'" "jo@example.org."), but an apostrophe inside a name stays (O'Neill).
QList<Token> tokenise(const QString& input)
{
    QList<Token> tokens;
    QString current;
    auto flush = [&](bool comma) {
        while (!current.isEmpty() && (isQuotation(current.back()) || QStringLiteral(".;:!?").contains(current.back())))
            current.chop(1);
        while (!current.isEmpty() && isQuotation(current.front())) current.remove(0, 1);
        if (!current.isEmpty()) tokens.append({current, false});
        if (comma && !tokens.isEmpty()) tokens.back().commaAfter = true;
        current.clear();
    };
    for (QChar c : input) {
        if (c == u',') flush(true);
        else if (c.isSpace() || c.category() == QChar::Other_Control) flush(false);
        else current.append(c);
    }
    flush(false);
    return tokens;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c >= u'0' && c <= u'9') digits.append(c);
    return digits;
}

bool hasLetter(const QString& text)
{
    for (QChar c : text)
        if (c.isLetter()) return true;
    return false;
}

bool isPhone(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[+(]?[0-9][0-9()\\-. ]*$"));
    if (!shape.match(text).hasMatch()) return false;
    const qsizetype digits = digitsOf(text).size();
    if (digits < 10 || digits > 15) return false;
    const QString key = phoneKey(text);
    // UK numbers have 9 or 10 digits after +44; E.164 allows at most 15 digits in all.
    if (key.startsWith(QLatin1String("+44"))) return key.size() == 12 || key.size() == 13;
    return key.startsWith(u'+');
}

bool isVehicle(const QString& text)
{
    // Current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) formats of GB registrations.
    static const QRegularExpression formats(
        QStringLiteral("^(?:[A-Z]{2}[0-9]{2} ?[A-Z]{3}|[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z])$"),
        QRegularExpression::CaseInsensitiveOption);
    return formats.match(text).hasMatch();
}

bool isUrn(const QString& text)
{
    return hasLetter(text) && !digitsOf(text).isEmpty() && parseUrn(text).ok();
}

std::optional<QDate> dateOf(const QString& text)
{
    static const QRegularExpression ukDate(QStringLiteral("^([0-9]{1,2})[/.\\-]([0-9]{1,2})[/.\\-]([0-9]{4})$"));
    static const QRegularExpression isoDate(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    if (const auto m = ukDate.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid()) return d;
    }
    if (const auto m = isoDate.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) return d;
    }
    return std::nullopt;
}

bool isName(const QString& text)
{
    bool letter = false;
    for (QChar c : text) {
        if (c.isLetter() || c.isMark()) letter = true;
        else if (c != u'\'' && c != QChar(0x2019) && c != u'-' && c != u'.') return false;
    }
    return letter;
}

QueryTerm term(QueryTermKind kind, const QString& text, const QString& key, QDate date = {})
{
    return QueryTerm{kind, text, key, date};
}

// Terms that may be typed with spaces: phone numbers, registrations, URNs.
std::optional<QueryTerm> classifySpan(const QString& joined)
{
    if (isPhone(joined)) return term(QueryTermKind::Phone, joined, phoneKey(joined));
    if (isVehicle(joined)) return term(QueryTermKind::Vehicle, joined, vehicleKey(joined));
    if (isUrn(joined)) return term(QueryTermKind::Urn, joined, normaliseUrn(joined));
    return std::nullopt;
}

QueryTerm classifyToken(const QString& token)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression handle(QStringLiteral("^@[\\w.\\-]+$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (email.match(token).hasMatch()) return term(QueryTermKind::Email, token, emailKey(token));
    if (handle.match(token).hasMatch()) return term(QueryTermKind::Handle, token, handleKey(token));
    if (const auto date = dateOf(token))
        return term(QueryTermKind::DateOfBirth, token, date->toString(Qt::ISODate), *date);
    if (auto span = classifySpan(token)) return *span;
    if (isName(token)) {
        const QString key = normalisedName(token);
        if (!key.isEmpty()) return term(QueryTermKind::Name, token, key);
    }
    return term(QueryTermKind::Text, token, token.toLower());
}

bool mayJoinSpan(const QString& token)
{
    // Only short runs of letters and digits (or phone punctuation) may join their neighbours,
    // so that names and dates are never swallowed into a phone number.
    static const QRegularExpression piece(QStringLiteral("^[+(]?[0-9A-Za-z()\\-]{1,7}$"));
    return piece.match(token).hasMatch() && !dateOf(token);
}

} // namespace

QString termKindCode(QueryTermKind kind)
{
    switch (kind) {
    case QueryTermKind::Name: return QStringLiteral("name");
    case QueryTermKind::Phone: return QStringLiteral("phone");
    case QueryTermKind::Email: return QStringLiteral("email");
    case QueryTermKind::DateOfBirth: return QStringLiteral("dob");
    case QueryTermKind::Vehicle: return QStringLiteral("vehicle");
    case QueryTermKind::Handle: return QStringLiteral("handle");
    case QueryTermKind::Urn: return QStringLiteral("urn");
    case QueryTermKind::Text: return QStringLiteral("text");
    }
    return {};
}

QList<QueryTerm> ParsedQuery::ofKind(QueryTermKind kind) const
{
    QList<QueryTerm> out;
    for (const QueryTerm& t : terms)
        if (t.kind == kind) out.append(t);
    return out;
}

ParsedQuery parseSearchQuery(const QString& text)
{
    ParsedQuery query;
    const QList<Token> tokens = tokenise(text.left(maximumQueryLength));
    constexpr qsizetype longestSpan = 5;   // "+44 (0) 7700 900 123"
    bool firstNameSeen = false;
    for (qsizetype i = 0; i < tokens.size();) {
        qsizetype consumed = 1;
        std::optional<QueryTerm> found;
        for (qsizetype length = std::min(longestSpan, tokens.size() - i); length >= 2 && !found; --length) {
            QStringList pieces;
            bool joinable = true;
            for (qsizetype k = i; k < i + length && joinable; ++k) {
                joinable = mayJoinSpan(tokens[k].text) && (k == i + length - 1 || !tokens[k].commaAfter);
                pieces.append(tokens[k].text);
            }
            if (!joinable) continue;
            if ((found = classifySpan(pieces.join(u' ')))) consumed = length;
        }
        QueryTerm t = found ? *found : classifyToken(tokens[i].text);
        if (t.kind == QueryTermKind::Name && !firstNameSeen) {
            firstNameSeen = true;
            query.surnameFirst = tokens[i + consumed - 1].commaAfter;
        }
        query.terms.append(std::move(t));
        i += consumed;
    }
    return query;
}

Person probeFromQuery(const ParsedQuery& query)
{
    Person probe;
    QStringList names;
    for (const QueryTerm& t : query.terms) {
        switch (t.kind) {
        case QueryTermKind::Name: names.append(t.text); break;
        case QueryTermKind::Phone: probe.phones.append(t.text); break;
        case QueryTermKind::Email: probe.emails.append(t.text); break;
        case QueryTermKind::DateOfBirth: probe.dateOfBirth = t.date; break;
        case QueryTermKind::Vehicle: probe.vehicles.append(t.text); break;
        case QueryTermKind::Handle: probe.onlineHandles.append(t.text); break;
        case QueryTermKind::Urn: case QueryTermKind::Text: break;
        }
    }
    if (names.size() == 1) {
        probe.surname = names.first();
    } else if (names.size() > 1 && query.surnameFirst) {
        probe.surname = names.first();
        probe.forenames = names.mid(1).join(u' ');
    } else if (names.size() > 1) {
        probe.surname = names.last();
        probe.forenames = names.mid(0, names.size() - 1).join(u' ');
    }
    return probe;
}

} // namespace conduct
