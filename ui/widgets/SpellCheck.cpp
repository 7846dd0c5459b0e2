#include "widgets/SpellCheck.h"

#include "security/User.h"
#include "spelling/PersonalWordsService.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellingWords.h"
#include "store/Database.h"
#include "widgets/Prompts.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFont>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <memory>

namespace conduct {
namespace {

constexpr int maximumSuggestions = 6;

// The application's one spell-checking state: the checker for the signed-in user and the fields it
// underlines. GUI thread only.
struct SpellingState {
    std::unique_ptr<SpellChecker> checker;
    // Loading en_GB takes a noticeable moment: a checker that holds no user's words is kept between
    // sessions (sign-out, lock) for the next one.
    std::unique_ptr<SpellChecker> parked;
    Database* db = nullptr;
    std::optional<Session> session;
    QString problem;
    QList<QPointer<SpellingHighlighter>> highlighters;
};

SpellingState& state()
{
    static SpellingState instance;
    return instance;
}

void rehighlightAll()
{
    auto& list = state().highlighters;
    list.removeIf([](const QPointer<SpellingHighlighter>& h) { return h.isNull(); });
    for (const QPointer<SpellingHighlighter>& h : std::as_const(list)) h->recheck();
}

QString plain(const QString& word) { return PersonalWordsService::normalised(word); }

void addToDictionary(QWidget* field, const QString& word)
{
    auto& s = state();
    if (!s.checker || !s.db || !s.session) return;
    // Refused words (too long, say) are explained, and nothing is kept.
    if (Status added = PersonalWordsService(*s.db, *s.session).add(word); !added.ok()) {
        prompts::warn(field, SpellingHighlighter::tr("Spelling"), added.error().text());
        return;
    }
    s.checker->addWord(plain(word));
    rehighlightAll();
}

// Replaces the misspelt word as one step of the field's undo history.
template <typename Edit>
void replaceWord(Edit* edit, const SpellingHighlighter::Misspelling& misspelling, const QString& replacement)
{
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(misspelling.start);
    cursor.setPosition(misspelling.start + misspelling.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != misspelling.word) return;   // the text moved under the menu
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    edit->setTextCursor(cursor);
}

template <typename Edit>
QMenu* buildMenu(Edit* edit, int position)
{
    auto& s = state();
    SpellingHighlighter* highlighter = edit ? SpellingHighlighter::of(edit->document()) : nullptr;
    if (!highlighter || !s.checker || edit->isReadOnly()) return nullptr;
    const auto misspelling = highlighter->misspeltWordAt(position);
    if (!misspelling) return nullptr;

    QMenu* menu = edit->createStandardContextMenu();
    menu->setObjectName(QStringLiteral("spellingMenu"));
    QList<QAction*> ours;
    QPointer<Edit> target(edit);
    const QStringList suggestions = s.checker->suggestions(misspelling->word, maximumSuggestions);
    for (const QString& suggestion : suggestions) {
        auto* action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        QObject::connect(action, &QAction::triggered, menu, [target, m = *misspelling, suggestion] {
            if (target) replaceWord(target.data(), m, suggestion);
        });
        ours.append(action);
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(SpellingHighlighter::tr("(No suggestions)"), menu);
        none->setEnabled(false);
        ours.append(none);
    }
    auto* separator = new QAction(menu);
    separator->setSeparator(true);
    ours.append(separator);

    auto* add = new QAction(SpellingHighlighter::tr("Add “%1” to my dictionary").arg(misspelling->word), menu);
    add->setObjectName(QStringLiteral("spellingAddWord"));
    add->setEnabled(s.db && s.session && !s.db->isReadOnly());   // a read-only store keeps no new words
    QObject::connect(add, &QAction::triggered, menu, [target, word = misspelling->word] {
        if (target) addToDictionary(target.data(), word);
    });
    ours.append(add);

    auto* ignore = new QAction(SpellingHighlighter::tr("Ignore in this field"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    QPointer<SpellingHighlighter> ignoring(highlighter);
    QObject::connect(ignore, &QAction::triggered, menu, [ignoring, word = misspelling->word] {
        if (ignoring) ignoring->ignore(word);
    });
    ours.append(ignore);

    auto* after = new QAction(menu);
    after->setSeparator(true);
    ours.append(after);
    menu->insertActions(menu->actions().value(0), ours);
    return menu;
}

// Opens the spelling menu instead of the standard one when the word clicked (or, from the
// keyboard, the word at the cursor) is misspelt; Shift+F10 opens a menu as the menu key does.
template <typename Edit>
class SpellingMenuFilter : public QObject {
public:
    explicit SpellingMenuFilter(Edit* edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Only two kinds of event matter. Look at nothing else first: while the edit is being
        // destroyed, ~QWidget still sends events here, and the edit is by then only a QWidget.
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ContextMenu) return false;
        QWidget* viewport = m_edit->viewport();
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() != Qt::Key_F10 || key->modifiers() != Qt::ShiftModifier) return false;
            const QPoint at = m_edit->cursorRect().center();
            QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, at, viewport->mapToGlobal(at));
            QCoreApplication::sendEvent(viewport, &menuEvent);
            return true;
        }
        if (event->type() != QEvent::ContextMenu) return false;
        const auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        int position = 0;
        QPoint globalPos;
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            position = m_edit->textCursor().position();
            globalPos = viewport->mapToGlobal(m_edit->cursorRect().center());
        } else {
            const QPoint inViewport = watched == viewport ? menuEvent->pos() : viewport->mapFrom(m_edit, menuEvent->pos());
            position = m_edit->cursorForPosition(inViewport).position();
            globalPos = menuEvent->globalPos();
        }
        QPointer<QMenu> menu = buildMenu(m_edit, position);
        if (!menu) return false;
        menu->exec(globalPos);
        delete menu.data();
        return true;
    }

private:
    Edit* m_edit;
};

void releaseChecker()
{
    auto& s = state();
    // The last user's own words go with them: only a checker without any is kept.
    if (s.checker && s.checker->addedWords().isEmpty()) s.parked = std::move(s.checker);
    s.checker.reset();
    s.db = nullptr;
    s.session.reset();
    s.problem.clear();
}

template <typename Edit>
void attach(Edit* edit)
{
    if (!edit) return;
    // A missing dictionary was reported at sign-in: the field stays as it was.
    if (!state().checker && !state().problem.isEmpty()) return;
    if (SpellingHighlighter::of(edit->document())) return;
    auto* highlighter = new SpellingHighlighter(edit->document());
    // Now rather than from the event loop, where Qt's own first pass would signal a change.
    highlighter->recheck();
    state().highlighters.append(highlighter);
    auto* filter = new SpellingMenuFilter<Edit>(edit);
    edit->installEventFilter(filter);
    edit->viewport()->installEventFilter(filter);
}

} // namespace

void startSpellChecking(Database& db, const Session& session)
{
    auto& s = state();
    releaseChecker();
    s.db = &db;
    s.session = session;
    s.problem.clear();
    std::unique_ptr<SpellChecker> parked = std::move(s.parked);
    auto opened = parked && parked->folder() == SpellChecker::defaultDictionaryFolder()
                      ? Result<std::unique_ptr<SpellChecker>>(std::move(parked))
                      : SpellChecker::open();
    if (!opened.ok()) {
        s.problem = opened.error().text();
    } else {
        // Without the user's own words the dictionary still helps: they show underlined until fixed.
        if (Status words = PersonalWordsService(db, session).loadInto(*opened.value()); !words.ok())
            s.problem = SpellingHighlighter::tr("Your own dictionary words could not be read: %1").arg(words.error().text());
        s.checker = std::move(opened).value();
    }
    rehighlightAll();
}

void stopSpellChecking()
{
    releaseChecker();
    rehighlightAll();   // no underlines (nor the last user's words) while nobody is signed in
}

void enableSpellCheck(QPlainTextEdit* edit) { attach(edit); }
void enableSpellCheck(QTextEdit* edit) { attach(edit); }

bool spellCheckingActive() { return state().checker != nullptr; }
QString spellCheckingProblem() { return state().problem; }

QMenu* spellingContextMenu(QPlainTextEdit* edit, int position) { return buildMenu(edit, position); }
QMenu* spellingContextMenu(QTextEdit* edit, int position) { return buildMenu(edit, position); }

SpellingHighlighter::SpellingHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setObjectName(QStringLiteral("spellingHighlighter"));
}

SpellingHighlighter* SpellingHighlighter::of(QTextDocument* document)
{
    return document ? document->findChild<SpellingHighlighter*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QTextCharFormat SpellingHighlighter::misspeltFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

void SpellingHighlighter::ignore(const QString& word)
{
    m_ignored.insert(plain(word));
    recheck();
}

void SpellingHighlighter::recheck()
{
    // QSyntaxHighlighter::rehighlight() makes the document emit contentsChanged, so the field's
    // textChanged: pages would take new underlines for the officer's typing (an unsaved-changes
    // question, an incident draft). The layout is told directly, so the underlines still show.
    QSignalBlocker quiet(document());
    rehighlight();
}

bool SpellingHighlighter::isMisspelt(const SpellingWord& word) const
{
    const SpellChecker* checker = state().checker.get();
    return checker && !m_ignored.contains(plain(word.text)) && !checker->accepts(word);
}

std::optional<SpellingHighlighter::Misspelling> SpellingHighlighter::misspeltWordAt(int position) const
{
    if (!document()) return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid()) return std::nullopt;
    const int inBlock = position - block.position();
    for (const SpellingWord& word : wordsToCheck(block.text())) {
        // Just after the word counts too: where the cursor is when the officer has typed it.
        if (inBlock < word.start || inBlock > word.start + word.length) continue;
        if (!isMisspelt(word)) return std::nullopt;
        return Misspelling{block.position() + int(word.start), int(word.length), word.text};
    }
    return std::nullopt;
}

void SpellingHighlighter::highlightBlock(const QString& text)
{
    if (!state().checker) return;
    const QTextCharFormat format = misspeltFormat();
    for (const SpellingWord& word : wordsToCheck(text))
        if (isMisspelt(word)) setFormat(int(word.start), int(word.length), format);
}

} // namespace conduct
