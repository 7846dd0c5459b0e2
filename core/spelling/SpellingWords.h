#pragma once
// Which parts of a free-text field are words to spell-check. Officers' text is full of things no
// dictionary holds and nobody wants underlined: URNs and collar numbers, acronyms (MARAC, DASH,
// CPS), web addresses and e-mail addresses quoted from messages. Those are left alone here, so the
// underlines that remain are worth reading.

#include <QList>
#include <QString>
#include <QStringView>

namespace conduct {

struct SpellingWord {
    qsizetype start = 0;    // in UTF-16 units of the text given, as QSyntaxHighlighter::setFormat counts
    qsizetype length = 0;
    QString text;
    // Abbreviations are in the dictionary with their full stop ("etc."), which is not part of the word.
    bool beforeFullStop = false;
    bool operator==(const SpellingWord&) const = default;
};

// The words to check in `text`, in order:
//  * a word is a run of letters (with their combining marks); an apostrophe (' or ’) between two
//    letters stays inside it ("don't", "O'Neill"), one at either end does not ('quoted', officers');
//  * a hyphen separates words, so each part of "ex-partner" is checked on its own;
//  * a run that touches a digit or an underscore is skipped ("5th", "M25", "PC1234", "user_1");
//  * a word of 2 to 6 capitals and nothing else is skipped (MARAC, DASH, CPS, URN), longer
//    all-capital words are checked, as shouting in a message is still spelt;
//  * anything between spaces that is a web address (contains "://" or begins "www.") or an
//    e-mail address (a letter or digit each side of an @) is skipped whole.
QList<SpellingWord> wordsToCheck(QStringView text);

// At most this many capitals and nothing else make an acronym rather than a word.
inline constexpr int longestSkippedAcronym = 6;

} // namespace conduct
