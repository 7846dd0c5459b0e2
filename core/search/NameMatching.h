#pragma once
// Name keys for linked-incident search (protocol 3.8: "interrogate their systems to identify
// whether there are any linked incidents"; 4.6: the history of the suspect "in relation to this
// complainant or others"). The same person is recorded differently by different officers:
// "Jon O'Neill", "JONATHAN ONEILL", "John O Neil". Each function below turns a name into a
// key that the store can keep in an indexed column, so that such spellings meet on equality.
//
// Name keys are lower case, with Latin names reduced to ASCII; the phonetic key is upper-case
// ASCII. Keys are stable across releases: if a rule here changes, the store must recompute its
// index columns.

#include <QString>
#include <QStringList>

namespace conduct {

// Case-folded, diacritics removed (José → jose), everything but letters and digits removed
// (O'Neill → oneill, Smith-Jones → smithjones). No other rewriting: this is the key for
// "spelt the same".
QString foldedName(const QString& name);

// The same folding of free text, keeping everything else as it is ("Café Noir" → "cafe noir"):
// what "Find case" matches on (issue 30), so that "cafe" and "CAFÉ" both find "Café".
QString foldedText(const QString& text);

// foldedName plus the Mac/Mc prefix unified (MacDonald, McDonald, Mc Donald → mcdonald).
// The exact-match key for surnames and forenames.
QString normalisedName(const QString& name);

// The canonical key of a given name's group of common UK variants (Jon, Johnny, Jonathan →
// "john"; Liz, Beth, Elizabeth → "elizabeth"). A name outside the table maps to its own
// normalisedName. When given several forenames ("John Paul"), only the first is used: see
// canonicalForenames for all of them.
QString canonicalForename(const QString& forename);
QStringList canonicalForenames(const QString& forenames);

// A phonetic key (NYSIIS, see NameMatching.cpp for why) of normalisedName(name), so that
// Philips/Phillips/Fillips or Reid/Reed meet. Empty when the name has no letters.
QString phoneticKey(const QString& name);

// True Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of
// adjacent characters, with no restriction on editing a substring twice). O(|a|·|b|): callers
// compare names, not documents.
int damerauLevenshtein(const QString& a, const QString& b);

// The edit distance up to which two normalised names of this length count as a fuzzy match:
// 0 for very short names (Li/Lu are different people), 1 up to 6 letters, 2 beyond.
int fuzzyNameTolerance(qsizetype length);

// The parts of a double-barrelled or multi-word surname, each normalised
// ("Smith-Jones" → smith, jones; "Mac Donald" → mcdonald, since "mac" alone is a prefix).
QStringList surnameParts(const QString& surname);

// Internal: the variant table lookup, for a name that is already normalised. Empty when the
// name is in no group.
QString forenameGroupKey(const QString& normalised);

} // namespace conduct
