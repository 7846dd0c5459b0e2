#pragma once
// British English spell-checking for the long free-text fields (issue 22), over Hunspell and the
// en_GB dictionary Debian ships (hunspell-en-gb), as in the word processors officers use today.
//
// A missing dictionary is an Error value, never a crash: Conduct runs without spell-checking, and
// the fields are simply not underlined. One checker is owned by the application (ui/widgets/
// SpellCheck.cpp) and used on the GUI thread only; this class holds no global state of its own.

#include "common/Result.h"
#include "spelling/SpellingWords.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace conduct {

class SpellChecker {
public:
    // Debian's folder (/usr/share/hunspell), or the one CONDUCT_HUNSPELL_DIR names: tests and
    // packagers who install the dictionary elsewhere point the application at it this way.
    static QString defaultDictionaryFolder();

    // Loads <folder>/<language>.aff and .dic. An empty folder means defaultDictionaryFolder().
    // Error when either file is missing or unreadable ("spell-checking unavailable: …").
    static Result<std::unique_ptr<SpellChecker>> open(const QString& folder = {},
                                                      const QString& language = QStringLiteral("en_GB"));

    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    // One word as the tokenizer (SpellingWords.h) gives it. Typographic apostrophes count as '.
    bool isCorrect(QStringView word) const;
    // A word as it stands in a text: also right when it is an abbreviation with its full stop.
    bool accepts(const SpellingWord& word) const;
    // Hunspell's suggestions, best first, at most `limit`.
    QStringList suggestions(QStringView word, int limit = 6) const;

    // Accepts a word (and offers it as a suggestion) for as long as this checker lives: a personal
    // word, kept in the store by PersonalWordsService. Removing takes back only a word added this
    // way; the dictionary's own words stay.
    void addWord(const QString& word);
    Status removeWord(const QString& word);
    QStringList addedWords() const { return m_added; }

    QString affixPath() const { return m_affixPath; }
    QString folder() const { return m_folder; }

private:
    struct Handle;
    static Result<std::unique_ptr<Handle>> load(const QString& affixPath, const QString& wordsPath, const QString& language,
                                                const QString& folder);
    SpellChecker(std::unique_ptr<Handle> handle, QString affixPath, QString wordsPath, QString language, QString folder);
    QByteArray encode(QStringView word) const;
    QString decode(const char* text) const;

    std::unique_ptr<Handle> m_handle;
    QString m_affixPath;
    QString m_wordsPath;
    QString m_language;
    QString m_folder;
    QStringList m_added;
};

} // namespace conduct
