#pragma once
// British English spell-checking in the long free-text fields (issue 22): misspelt words get the
// red wavy underline officers know from their word processors, and a right-click (or the menu key,
// or Shift+F10, on the word at the cursor) offers suggestions, "Add to my dictionary" and "Ignore
// in this field". The rules are core's (core/spelling); this file only draws and asks.
//
// One spell-checker serves the whole application, loaded for the signed-in user at sign-in and
// dropped at sign-out or lock, so one officer's own words never show in another's session.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QSet>
#include <QString>
#include <optional>

class QMenu;
class QPlainTextEdit;
class QTextDocument;
class QTextEdit;

namespace conduct {

class Database;
struct Session;
struct SpellingWord;

// Once, after sign-in (and again after a user change): loads the dictionary and this user's words.
void startSpellChecking(Database& db, const Session& session);
void stopSpellChecking();            // at sign-out / lock
// Attaches checking to a long free-text field; harmless (does nothing) when spell-checking is unavailable.
void enableSpellCheck(QPlainTextEdit* edit);
void enableSpellCheck(QTextEdit* edit);

// Whether words are being checked now; when not, spellCheckingProblem() says why in words for the
// status bar ("spell-checking unavailable: en_GB dictionary not found in …"), or is empty when
// nobody is signed in.
bool spellCheckingActive();
QString spellCheckingProblem();

// Underlines misspelt words in one checked field. Fields attached before sign-in or while locked
// keep their highlighter and start underlining when checking starts.
class SpellingHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SpellingHighlighter(QTextDocument* document);
    static SpellingHighlighter* of(QTextDocument* document);   // nullptr when the field is not checked
    static QTextCharFormat misspeltFormat();

    // "Ignore in this field": for as long as the field is open, not for other fields or sessions.
    void ignore(const QString& word);
    // Checks the whole field again (the dictionary or the user changed) without it counting as an edit.
    void recheck();

    struct Misspelling {
        int start = 0;   // in the document
        int length = 0;
        QString word;
    };
    // The misspelt word that `position` is in or just after, if any.
    std::optional<Misspelling> misspeltWordAt(int position) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    bool isMisspelt(const SpellingWord& word) const;
    QSet<QString> m_ignored;
};

// The context menu for a checked field at document position `position`: the field's standard
// menu, with up to 6 suggestions, "Add “word” to my dictionary" and "Ignore in this field" at the
// top when the word there is misspelt; nullptr when it is not (the standard menu then shows as it
// always did). The caller owns the menu; triggering its actions does the work, so tests can drive
// it without a modal exec().
QMenu* spellingContextMenu(QPlainTextEdit* edit, int position);
QMenu* spellingContextMenu(QTextEdit* edit, int position);

} // namespace conduct
