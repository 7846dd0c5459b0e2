#include "spelling/SpellingWords.h"

namespace conduct {
namespace {

bool isApostrophe(QChar c) { return c == QLatin1Char('\'') || c == QChar(0x2019); }
bool isWordLetter(QChar c) { return c.isLetter() || c.isMark(); }
// Characters that join letters into something that is not a word (a number, a code, an identifier).
bool isJoiner(QChar c) { return c.isDigit() || c == QLatin1Char('_'); }

bool isAddress(QStringView chunk)
{
    // An address is often quoted or bracketed: "(www.example.com)".
    while (!chunk.isEmpty() && !chunk.front().isLetterOrNumber()) chunk = chunk.mid(1);
    if (chunk.contains(QLatin1String("://")) || chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) return true;
    const qsizetype at = chunk.indexOf(QLatin1Char('@'));
    return at > 0 && at + 1 < chunk.size() && chunk.at(at - 1).isLetterOrNumber() && chunk.at(at + 1).isLetterOrNumber();
}

bool isAcronym(QStringView word)
{
    if (word.size() < 2 || word.size() > longestSkippedAcronym) return false;
    for (QChar c : word)
        if (!c.isUpper()) return false;
    return true;
}

// The words inside one run of non-space characters that is not an address.
void wordsInChunk(QStringView text, qsizetype from, qsizetype to, QList<SpellingWord>& out)
{
    qsizetype i = from;
    while (i < to) {
        if (!isWordLetter(text.at(i)) && !isJoiner(text.at(i))) {
            ++i;
            continue;
        }
        // One run of letters, joiners and inner apostrophes.
        const qsizetype start = i;
        bool joined = false;
        while (i < to) {
            const QChar c = text.at(i);
            if (isWordLetter(c)) {
                ++i;
            } else if (isJoiner(c)) {
                joined = true;
                ++i;
            } else if (isApostrophe(c) && i > start && i + 1 < to && isWordLetter(text.at(i - 1))
                       && isWordLetter(text.at(i + 1))) {
                ++i;
            } else {
                break;
            }
        }
        const QStringView word = text.mid(start, i - start);
        if (!joined && !isAcronym(word))
            out.append(SpellingWord{start, word.size(), word.toString(), i < to && text.at(i) == QLatin1Char('.')});
    }
}

} // namespace

QList<SpellingWord> wordsToCheck(QStringView text)
{
    QList<SpellingWord> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace()) ++i;
        if (!isAddress(text.mid(start, i - start))) wordsInChunk(text, start, i, out);
    }
    return out;
}

} // namespace conduct
