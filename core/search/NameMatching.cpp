#include "search/NameMatching.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace conduct {
namespace {

// Letters that Unicode does not decompose into a base letter and a mark, spelt as an English
// speaker would type them on a UK keyboard.
QString latinSpelling(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss");   // ß
    case 0x00E6: return QStringLiteral("ae");   // æ
    case 0x0153: return QStringLiteral("oe");   // œ
    case 0x00F8: return QStringLiteral("o");    // ø
    case 0x0111: return QStringLiteral("d");    // đ
    case 0x00F0: return QStringLiteral("d");    // ð
    case 0x00FE: return QStringLiteral("th");   // þ
    case 0x0142: return QStringLiteral("l");    // ł
    case 0x0131: return QStringLiteral("i");    // dotless i
    default: return {};
    }
}

bool isCombiningMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Particles that are not a surname on their own: "Mac Donald", "O Neill", "De Souza".
bool isSurnameParticle(const QString& folded)
{
    static const QStringList particles = {
        QStringLiteral("mac"), QStringLiteral("mc"), QStringLiteral("o"), QStringLiteral("de"),
        QStringLiteral("di"), QStringLiteral("da"), QStringLiteral("du"), QStringLiteral("del"),
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("le"),
        QStringLiteral("la"), QStringLiteral("st"), QStringLiteral("ap"), QStringLiteral("ab")};
    return particles.contains(folded);
}

bool isVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool startsWith(const std::vector<char>& s, std::size_t at, const char* text)
{
    for (std::size_t i = 0; text[i] != '\0'; ++i)
        if (at + i >= s.size() || s[at + i] != text[i]) return false;
    return true;
}

bool endsWith(const std::vector<char>& s, const char* text)
{
    const std::size_t n = std::char_traits<char>::length(text);
    return s.size() >= n && startsWith(s, s.size() - n, text);
}

// NYSIIS (New York State Identification and Intelligence System, R. L. Taft, 1970).
// Why NYSIIS rather than Soundex or Double Metaphone: it was designed for matching surnames in
// criminal-justice records, it is measurably more accurate than Soundex (it keeps vowel position
// and does not force the first letter's code: Phillips/Fillips meet through PH → FF), and it is
// short enough to be specified and checked in full here, whereas a faithful Double Metaphone is
// several hundred lines of language-specific exceptions. Fuzzy edit distance covers what it
// misses (Smith/Smyth). We keep the whole key rather than truncating to six characters, so that
// long names stay distinct in an indexed column (Richards/Richardson).
QString nysiis(const QString& normalised)
{
    std::vector<char> s;
    for (QChar c : normalised)
        if (c >= u'a' && c <= u'z') s.push_back(static_cast<char>(c.unicode() - 'a' + 'A'));
    if (s.empty()) return {};

    auto replaceAt = [&s](std::size_t at, const char* text) {
        for (std::size_t i = 0; text[i] != '\0'; ++i) s[at + i] = text[i];
    };
    // Step 1: prefixes.
    if (startsWith(s, 0, "MAC")) replaceAt(0, "MCC");
    else if (startsWith(s, 0, "KN")) replaceAt(0, "NN");
    else if (startsWith(s, 0, "K")) replaceAt(0, "C");
    else if (startsWith(s, 0, "PH") || startsWith(s, 0, "PF")) replaceAt(0, "FF");
    else if (startsWith(s, 0, "SCH")) replaceAt(0, "SSS");
    // Step 2: suffixes.
    if (endsWith(s, "EE") || endsWith(s, "IE")) {
        s.pop_back();
        s.back() = 'Y';
    } else if (endsWith(s, "DT") || endsWith(s, "RT") || endsWith(s, "RD") || endsWith(s, "NT")
               || endsWith(s, "ND")) {
        s.pop_back();
        s.back() = 'D';
    }
    // Steps 3-6: the first letter is kept; the rest are translated in place, left to right.
    std::string key(1, s[0]);
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char c = s[i];
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        if (c == 'E' && next == 'V') {
            replaceAt(i, "AF");
        } else if (isVowel(c)) {
            s[i] = 'A';
        } else if (c == 'Q') {
            s[i] = 'G';
        } else if (c == 'Z') {
            s[i] = 'S';
        } else if (c == 'M') {
            s[i] = 'N';
        } else if (c == 'K') {
            s[i] = next == 'N' ? 'N' : 'C';
        } else if (startsWith(s, i, "SCH")) {
            replaceAt(i, "SSS");
        } else if (startsWith(s, i, "PH")) {
            replaceAt(i, "FF");
        } else if (c == 'H' && (!isVowel(s[i - 1]) || !isVowel(next))) {
            s[i] = s[i - 1];
        } else if (c == 'W' && isVowel(s[i - 1])) {
            s[i] = s[i - 1];
        }
        if (s[i] != key.back()) key.push_back(s[i]);
    }
    // Steps 7-9: tidy the end of the key.
    if (key.size() > 1 && key.back() == 'S') key.pop_back();
    if (key.size() > 2 && key.compare(key.size() - 2, 2, "AY") == 0) {
        key.pop_back();
        key.back() = 'Y';
    }
    if (key.size() > 1 && key.back() == 'A') key.pop_back();
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

QStringList givenNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString firstWord(const QString& text)
{
    const QStringList words = givenNames(text);
    return words.isEmpty() ? QString() : words.first();
}

} // namespace

QString foldedName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isCombiningMark(c)) continue;
        const QString spelt = latinSpelling(c);
        if (!spelt.isEmpty()) out.append(spelt);
        else if (c.isLetterOrNumber()) out.append(c.toLower());
    }
    return out;
}

QString foldedText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isCombiningMark(c)) continue;
        const QString spelt = latinSpelling(c);
        out.append(spelt.isEmpty() ? QString(c.toLower()) : spelt);
    }
    return out;
}

QString normalisedName(const QString& name)
{
    QString folded = foldedName(name);
    // MacDonald and McDonald are one family name spelt two ways; "Mac" alone is left alone.
    if (folded.size() > 3 && folded.startsWith(QLatin1String("mac")))
        folded.replace(0, 3, QStringLiteral("mc"));
    return folded;
}

QString canonicalForename(const QString& forename)
{
    const QString key = normalisedName(firstWord(forename));
    const QString group = forenameGroupKey(key);
    return group.isEmpty() ? key : group;
}

QStringList canonicalForenames(const QString& forenames)
{
    QStringList out;
    const QStringList words = givenNames(forenames);
    for (const QString& word : words) {
        const QString key = canonicalForename(word);
        if (!key.isEmpty() && !out.contains(key)) out.append(key);
    }
    return out;
}

QString phoneticKey(const QString& name) { return nysiis(normalisedName(name)); }

int damerauLevenshtein(const QString& a, const QString& b)
{
    // Lowrance–Wagner algorithm: a (|a|+2)×(|b|+2) table, with the last row in which each
    // character of a was seen, so that transpositions across edited text are priced correctly.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0) return static_cast<int>(m);
    if (m == 0) return static_cast<int>(n);
    const qsizetype width = m + 2;
    std::vector<int> d(static_cast<std::size_t>((n + 2) * width));
    auto at = [&d, width](qsizetype i, qsizetype j) -> int& {
        return d[static_cast<std::size_t>(i * width + j)];
    };
    const int infinity = static_cast<int>(n + m);
    at(0, 0) = infinity;
    for (qsizetype i = 0; i <= n; ++i) { at(i + 1, 0) = infinity; at(i + 1, 1) = static_cast<int>(i); }
    for (qsizetype j = 0; j <= m; ++j) { at(0, j + 1) = infinity; at(1, j + 1) = static_cast<int>(j); }

    QHash<QChar, qsizetype> lastRowOf;
    for (qsizetype i = 1; i <= n; ++i) {
        qsizetype lastMatchingColumn = 0;
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype k = lastRowOf.value(b[j - 1], 0);
            const qsizetype l = lastMatchingColumn;
            int cost = 1;
            if (a[i - 1] == b[j - 1]) { cost = 0; lastMatchingColumn = j; }
            at(i + 1, j + 1) = std::min({at(i, j) + cost, at(i + 1, j) + 1, at(i, j + 1) + 1,
                                         at(k, l) + static_cast<int>((i - k - 1) + 1 + (j - l - 1))});
        }
        lastRowOf.insert(a[i - 1], i);
    }
    return at(n + 1, m + 1);
}

int fuzzyNameTolerance(qsizetype length)
{
    if (length <= 3) return 0;
    return length <= 6 ? 1 : 2;
}

QStringList surnameParts(const QString& surname)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\x{2010}\\x{2013}]+"));
    const QStringList words = surname.split(separators, Qt::SkipEmptyParts);
    QStringList parts;
    QString pending;   // a particle waiting for the word it belongs to
    for (const QString& word : words) {
        const QString folded = foldedName(word);
        if (folded.isEmpty()) continue;
        if (isSurnameParticle(folded)) { pending += folded; continue; }
        parts.append(normalisedName(pending + folded));
        pending.clear();
    }
    if (!pending.isEmpty()) parts.append(normalisedName(pending));
    return parts;
}

} // namespace conduct
