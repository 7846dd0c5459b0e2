// British English spell-checking in the long free-text fields (issue 22): the red wavy underline on
// exactly the misspelt words, the context menu's suggestions (one undoable edit), "Add to my
// dictionary" (kept per user, every checked field re-checked) and "Ignore in this field", the
// keyboard's way to the menu, and a missing dictionary that leaves the fields as they were.

#include "GuiTestSupport.h"

#include "care/CareTabs.h"
#include "care/WithdrawalPage.h"
#include "case/CaseWorkspace.h"
#include "case/IncidentDialog.h"
#include "risk/AssessmentForm.h"
#include "risk/SupervisorQueue.h"
#include "security/PasswordHasher.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "shell/LockController.h"
#include "spelling/PersonalWordsService.h"
#include "widgets/SpellCheck.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <memory>

using namespace conduct;

namespace {

// Every test leaves spell-checking off, as the rest of the suite expects.
struct StopSpellingAtEnd {
    ~StopSpellingAtEnd() { stopSpellChecking(); }
};

// The words the highlighter underlined in the document, as text.
QStringList underlinedWords(const QTextDocument* document)
{
    QStringList out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                CHECK(range.format.underlineColor() == QColor(Qt::red));
                out.append(block.text().mid(range.start, range.length));
            }
    return out;
}

QList<QAction*> actionsNamed(QMenu* menu, const char* name)
{
    QList<QAction*> out;
    for (QAction* a : menu->actions())
        if (a->objectName() == QLatin1String(name)) out.append(a);
    return out;
}

void type(QWidget* edit, const QString& text) { QTest::keyClicks(edit, text); }

} // namespace

TEST_CASE("a misspelt word is underlined, and only that word", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    INFO(spellCheckingProblem().toStdString());
    REQUIRE(spellCheckingActive());

    QPlainTextEdit edit;
    enableSpellCheck(&edit);
    type(&edit, QStringLiteral("The suspect's behavour at 10pm on the M25 was reported to MARAC, see www.exampel.com"));
    CHECK(underlinedWords(edit.document()) == QStringList{QStringLiteral("behavour")});

    // Underlining is not editing: pages that watch for unsaved edits see no change.
    QSignalSpy changed(&edit, &QPlainTextEdit::textChanged);
    stopSpellChecking();
    CHECK(underlinedWords(edit.document()).isEmpty());   // nobody signed in: nothing checked
    startSpellChecking(t.db(), t.session());
    CHECK(underlinedWords(edit.document()) == QStringList{QStringLiteral("behavour")});
    CHECK(changed.count() == 0);

    // Nor is a field with text in it that becomes checked, once Qt has had its turn.
    QPlainTextEdit filled;
    filled.setPlainText(QStringLiteral("A behavour seen before"));
    QSignalSpy filledChanged(&filled, &QPlainTextEdit::textChanged);
    enableSpellCheck(&filled);
    QCoreApplication::processEvents();
    CHECK(underlinedWords(filled.document()) == QStringList{QStringLiteral("behavour")});
    CHECK(filledChanged.count() == 0);
    CHECK_FALSE(filled.document()->isModified());

    // A rich-text field is checked the same way.
    QTextEdit rich;
    enableSpellCheck(&rich);
    type(&rich, QStringLiteral("Harasment continued"));
    QTest::keyClick(&rich, Qt::Key_Return);
    type(&rich, QStringLiteral("over the weekend"));
    CHECK(underlinedWords(rich.document()) == QStringList{QStringLiteral("Harasment")});
}

TEST_CASE("choosing a suggestion replaces the word as one undoable edit", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    REQUIRE(spellCheckingActive());
    QPlainTextEdit edit;
    enableSpellCheck(&edit);
    const QString original = QStringLiteral("His behavour was alarming.");
    type(&edit, original);
    const int inWord = int(original.indexOf(QStringLiteral("behavour"))) + 3;

    // A correctly spelt word keeps the standard menu: there is no spelling menu for it.
    CHECK(spellingContextMenu(&edit, int(original.indexOf(QStringLiteral("alarming"))) + 2) == nullptr);

    std::unique_ptr<QMenu> menu(spellingContextMenu(&edit, inWord));
    REQUIRE(menu);
    const QList<QAction*> suggestions = actionsNamed(menu.get(), "spellingSuggestion");
    REQUIRE_FALSE(suggestions.isEmpty());
    CHECK(suggestions.size() <= 6);
    CHECK(menu->actions().first() == suggestions.first());   // at the top of the menu
    QStringList offered;
    for (QAction* a : suggestions) offered.append(a->text());
    CHECK(offered.contains(QStringLiteral("behaviour")));
    REQUIRE(actionsNamed(menu.get(), "spellingAddWord").size() == 1);
    CHECK(actionsNamed(menu.get(), "spellingAddWord").first()->text() == QStringLiteral("Add “behavour” to my dictionary"));
    REQUIRE(actionsNamed(menu.get(), "spellingIgnore").size() == 1);
    // The standard editing actions are still there, below ours.
    CHECK(menu->actions().size() > suggestions.size() + 4);

    const QString chosen = suggestions.first()->text();
    suggestions.first()->trigger();
    QString expected = original;
    expected.replace(QStringLiteral("behavour"), chosen);
    CHECK(edit.toPlainText() == expected);
    CHECK(underlinedWords(edit.document()).isEmpty());
    edit.undo();   // one step back is the word as typed
    CHECK(edit.toPlainText() == original);
}

TEST_CASE("a word added to my dictionary is unmarked in every checked field, and kept for me only", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    REQUIRE(spellCheckingActive());
    QPlainTextEdit statement;
    QTextEdit report;
    enableSpellCheck(&statement);
    enableSpellCheck(&report);
    type(&statement, QStringLiteral("Mr Kowalczyk waited outside."));
    type(&report, QStringLiteral("Kowalczyk was arrested."));
    REQUIRE(underlinedWords(statement.document()) == QStringList{QStringLiteral("Kowalczyk")});
    REQUIRE(underlinedWords(report.document()) == QStringList{QStringLiteral("Kowalczyk")});

    std::unique_ptr<QMenu> menu(spellingContextMenu(&statement, 5));
    REQUIRE(menu);
    const QList<QAction*> add = actionsNamed(menu.get(), "spellingAddWord");
    REQUIRE(add.size() == 1);
    REQUIRE(add.first()->isEnabled());
    add.first()->trigger();
    CHECK(underlinedWords(statement.document()).isEmpty());
    CHECK(underlinedWords(report.document()).isEmpty());
    CHECK(PersonalWordsService(t.db(), t.session()).list().value() == QStringList{QStringLiteral("Kowalczyk")});

    // Signing in again reads the word back from the store.
    stopSpellChecking();
    startSpellChecking(t.db(), t.session());
    CHECK(underlinedWords(statement.document()).isEmpty());

    // Another officer's session does not have it.
    const Session other = test::sessionFor(t.db(), QStringLiteral("pc.other"), {Role::Officer});
    startSpellChecking(t.db(), other);
    CHECK(underlinedWords(statement.document()) == QStringList{QStringLiteral("Kowalczyk")});
}

TEST_CASE("ignoring a word unmarks it in that field only", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    REQUIRE(spellCheckingActive());
    QPlainTextEdit first;
    QPlainTextEdit second;
    enableSpellCheck(&first);
    enableSpellCheck(&second);
    type(&first, QStringLiteral("Okonkwo called twice."));
    type(&second, QStringLiteral("Okonkwo called again."));

    std::unique_ptr<QMenu> menu(spellingContextMenu(&first, 2));
    REQUIRE(menu);
    REQUIRE(actionsNamed(menu.get(), "spellingIgnore").size() == 1);
    actionsNamed(menu.get(), "spellingIgnore").first()->trigger();
    CHECK(underlinedWords(first.document()).isEmpty());
    CHECK(underlinedWords(second.document()) == QStringList{QStringLiteral("Okonkwo")});
    CHECK(PersonalWordsService(t.db(), t.session()).list().value().isEmpty());   // nothing kept
}

TEST_CASE("Shift+F10 opens the spelling menu for the word at the cursor", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    REQUIRE(spellCheckingActive());
    QPlainTextEdit edit;
    enableSpellCheck(&edit);
    edit.show();
    edit.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&edit));
    type(&edit, QStringLiteral("Seen on Tuesday by the harasment victim"));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(int(edit.toPlainText().indexOf(QStringLiteral("harasment"))) + 4);
    edit.setTextCursor(cursor);

    QString shown;
    bool firstIsSuggestion = false;
    QTimer::singleShot(0, [&] {
        auto* popup = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!popup) return;
        shown = popup->objectName();
        firstIsSuggestion = popup->actions().value(0) && popup->actions().value(0)->objectName() == QLatin1String("spellingSuggestion");
        popup->close();
    });
    QTest::keyClick(&edit, Qt::Key_F10, Qt::ShiftModifier);
    CHECK(shown == QStringLiteral("spellingMenu"));
    CHECK(firstIsSuggestion);
    CHECK(edit.toPlainText() == QStringLiteral("Seen on Tuesday by the harasment victim"));   // closing chose nothing

    // A picture for people to look at (only when CONDUCT_SCREENSHOT_DIR is set).
    edit.resize(420, 90);
    std::unique_ptr<QMenu> menu(spellingContextMenu(&edit, edit.textCursor().position()));
    REQUIRE(menu);
    const QImage field = edit.grab().toImage();
    menu->ensurePolished();
    menu->adjustSize();
    const QImage items = menu->grab().toImage();
    QImage both(qMax(field.width(), 60 + items.width()), field.height() + items.height(), QImage::Format_ARGB32);
    both.fill(Qt::white);
    QPainter painter(&both);
    painter.drawImage(0, 0, field);
    painter.drawImage(60, field.height(), items);
    painter.end();
    CHECK(test::keepScreenshot(both, QStringLiteral("spelling-menu.png")));
}

TEST_CASE("without the dictionary the fields work as before and the reason is given", "[spelling]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const QByteArray old = qgetenv("CONDUCT_HUNSPELL_DIR");
    const bool had = qEnvironmentVariableIsSet("CONDUCT_HUNSPELL_DIR");
    qputenv("CONDUCT_HUNSPELL_DIR", QFile::encodeName(empty.path()));
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    if (had) qputenv("CONDUCT_HUNSPELL_DIR", old);
    else qunsetenv("CONDUCT_HUNSPELL_DIR");

    CHECK_FALSE(spellCheckingActive());
    CHECK(spellCheckingProblem().startsWith(QStringLiteral("spell-checking unavailable: en_GB dictionary not found in")));
    QPlainTextEdit edit;
    enableSpellCheck(&edit);
    CHECK(SpellingHighlighter::of(edit.document()) == nullptr);
    type(&edit, QStringLiteral("harasment"));
    CHECK(underlinedWords(edit.document()).isEmpty());
    CHECK(spellingContextMenu(&edit, 3) == nullptr);
}

TEST_CASE("the main window checks spelling while someone is signed in and Conduct is not locked", "[spelling]")
{
    StopSpellingAtEnd stop;
    test::WindowFixture f;
    CHECK(spellCheckingActive());
    LockController* lock = f.window->lockController();
    lock->setHasher(PasswordHasher(HashCost::minimumForTests()));
    lock->lock();
    CHECK_FALSE(spellCheckingActive());
    REQUIRE(lock->tryUnlock(QString::fromLatin1(test::testPassword)));
    CHECK(spellCheckingActive());
    f.window.reset();   // the store the words are kept in closes with the window
    CHECK_FALSE(spellCheckingActive());
}

TEST_CASE("the statement, report, incident description, rationale and review comment are checked", "[spelling]")
{
    test::TempDatabase t;
    StopSpellingAtEnd stop;
    startSpellChecking(t.db(), t.session());
    REQUIRE(spellCheckingActive());
    const qint64 caseId = test::createSampleCase(t.db(), t.session());
    const auto checked = [](QPlainTextEdit* edit) { return SpellingHighlighter::of(edit->document()) != nullptr; };

    CaseWorkspace ws(t.db(), t.session(), caseId, QString());
    REQUIRE(ws.isLoaded());
    int statementPoints = 0;
    int reportPoints = 0;
    for (QPlainTextEdit* edit : ws.care()->withdrawal()->findChildren<QPlainTextEdit*>()) {
        if (edit->objectName().startsWith(QLatin1String("statementPoint"))) statementPoints += checked(edit) ? 1 : -1000;
        if (edit->objectName().startsWith(QLatin1String("reportPoint"))) reportPoints += checked(edit) ? 1 : -1000;
    }
    CHECK(statementPoints > 0);
    CHECK(reportPoints > 0);

    Incident incident;
    incident.caseId = caseId;
    IncidentDialog dialog(incident, [](const Incident& i) { return Result<Incident>(i); }, nullptr, QString());
    CHECK(checked(test::child<QPlainTextEdit>(&dialog, "descriptionEdit")));

    RiskAssessmentService risk(t.db(), t.session());
    auto started = risk.startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(started.ok());
    AssessmentForm form(risk, started.value());
    CHECK(checked(test::child<QPlainTextEdit>(&form, "rationaleEdit")));

    SupervisorQueue queue(t.db(), t.session());
    CHECK(checked(queue.commentEdit()));
}
