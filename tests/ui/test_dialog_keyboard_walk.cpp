// Every dialog by keyboard alone (issue 31). For each dialog in the catalogue: Tab goes round it,
// out of every text box (multi-line ones too, typing no tab character), past every input to the
// buttons; Shift+Tab comes back into a multi-line box; the accept button is the default; and, once
// the required fields are typed, Ctrl+Return from a field (a multi-line one where the dialog has
// one, in which plain Return still types a new line) does what the row says.

#include "DialogCatalogue.h"

#include "widgets/DialogKeyboard.h"
#include "widgets/Prompts.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>
#include <algorithm>

using namespace conduct;
using namespace conduct::test;

namespace {

QString describe(const QWidget* w)
{
    if (!w) return QStringLiteral("(nothing)");
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

bool isTextBox(const QWidget* w) { return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w); }

QString textOf(const QWidget* w)
{
    if (auto* line = qobject_cast<const QLineEdit*>(w)) return line->text();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(w)) return plain->toPlainText();
    if (auto* rich = qobject_cast<const QTextEdit*>(w)) return rich->toPlainText();
    return {};
}

// The fields a keyboard user must be able to reach: shown, enabled, taking focus from Tab.
QList<QWidget*> reachableInputs(QDialog* dialog)
{
    QList<QWidget*> out;
    const auto widgets = dialog->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool input = (qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w->parentWidget())
                            && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                        || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w)
                        || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w);
        if (input && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            out.append(w);
    }
    return out;
}

// The buttons of the dialog's own button box with the accept (or yes) role.
QPushButton* acceptRoleButton(QDialog* dialog)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    for (QDialogButtonBox* box : boxes)
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole || box->buttonRole(b) == QDialogButtonBox::YesRole)
                return qobject_cast<QPushButton*>(b);
    return nullptr;
}

// Presses Tab until focus goes round the dialog once; returns every widget that held the focus.
QList<QWidget*> tabRound(QDialog* dialog)
{
    QList<QWidget*> visited;
    QWidget* first = QApplication::focusWidget();
    QWidget* current = first;
    const int limit = 2 * int(dialog->findChildren<QWidget*>().size()) + 10;
    for (int presses = 0; presses < limit; ++presses) {
        visited.append(current);
        const QString before = textOf(current);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        INFO("Tab from " << describe(current).toStdString());
        REQUIRE(dialog->isAncestorOf(next));
        if (isTextBox(current)) {
            CHECK(next != current);                // Tab leaves the text box…
            CHECK(textOf(current) == before);      // …and types nothing in it
        }
        current = next;
        if (current == first) return visited;
    }
    FAIL("Tab never came back to " << describe(first).toStdString() << "; it went round " << visited.size() << " widgets");
    return visited;
}

// Presses Tab until the widget named `name` has the focus.
void tabTo(QDialog* dialog, const char* name)
{
    for (int presses = 0; presses < 200; ++presses) {
        if (QApplication::focusWidget()->objectName() == QLatin1String(name)) return;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(dialog->isAncestorOf(QApplication::focusWidget()));
    }
    FAIL("Tab never reaches " << name);
}

QPlainTextEdit* firstEditableMultiLineBox(QDialog* dialog)
{
    const auto boxes = dialog->findChildren<QPlainTextEdit*>();
    for (QPlainTextEdit* box : boxes)
        if (box->isVisible() && box->isEnabled() && !box->isReadOnly()) return box;
    return nullptr;
}

// Nothing the keys press may open a modal box that would wait for ever.
struct AnsweredPrompts {
    AnsweredPrompts()
    {
        prompts::override() = [](const QString&, const QString&, QMessageBox::StandardButtons) { return QMessageBox::Cancel; };
        prompts::textOverride() = [](const QString&, const QString&) { return std::optional<QString>(); };
        prompts::choiceOverride() = [](const QString&, const QString&, const QStringList&) { return std::optional<int>(); };
        ExportDialog::saveFileOverride() = [this](const QString&) { ++saveAsked; return QString(); };
    }
    ~AnsweredPrompts()
    {
        prompts::override() = nullptr;
        prompts::textOverride() = nullptr;
        prompts::choiceOverride() = nullptr;
        ExportDialog::saveFileOverride() = nullptr;
    }
    int saveAsked = 0;
};

} // namespace

TEST_CASE("every dialog can be worked by keyboard alone", "[gui][keyboard-walk]")
{
    AnsweredPrompts answered;
    for (const DialogRow& row : dialogCatalogue()) {
        DYNAMIC_SECTION(row.name)
        {
            DialogStore store;
            std::unique_ptr<QDialog> dialog = row.make(store);
            dialog->resize(dialog->sizeHint().expandedTo(QSize(800, 600)));
            showActive(dialog.get());

            // The accept button is the default: Enter in a one-line field presses it.
            if (QPushButton* accept = acceptRoleButton(dialog.get())) CHECK(accept->isDefault());

            // Tab goes round, out of every text box, to every input and to the buttons.
            const QList<QWidget*> visited = tabRound(dialog.get());
            for (QWidget* input : reachableInputs(dialog.get())) {
                INFO("Tab never reaches " << describe(input).toStdString());
                CHECK(visited.contains(input));
            }
            const bool reachesAButton = std::any_of(visited.begin(), visited.end(), [](QWidget* w) { return qobject_cast<QPushButton*>(w); });
            CHECK(reachesAButton);

            // In a multi-line box Return types a new line; Tab leaves it and Shift+Tab comes back.
            QPlainTextEdit* multiLine = firstEditableMultiLineBox(dialog.get());
            if (multiLine) {
                multiLine->setFocus();
                REQUIRE(waitFor([&] { return multiLine->hasFocus(); }));
                const QString before = multiLine->toPlainText();
                QTest::keyClick(multiLine, Qt::Key_Return);
                CHECK(multiLine->toPlainText().count(QLatin1Char('\n')) == before.count(QLatin1Char('\n')) + 1);
                multiLine->setPlainText(before);
                QTest::keyClick(multiLine, Qt::Key_Tab);
                CHECK_FALSE(multiLine->hasFocus());
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
                CHECK(multiLine->hasFocus());
                CHECK(multiLine->toPlainText() == before);
            }

            // The required fields, typed; then Ctrl+Return from the last of them (or from the
            // multi-line box, where Return alone would not do).
            for (const auto& [name, text] : row.typed) {
                tabTo(dialog.get(), name);
                QTest::keyClicks(QApplication::focusWidget(), text);
            }
            if (multiLine) {
                multiLine->setFocus();
                REQUIRE(waitFor([&] { return multiLine->hasFocus(); }));
            }
            QWidget* from = QApplication::focusWidget();
            INFO("Ctrl+Return from " << describe(from).toStdString());
            const QString textBefore = textOf(from);
            QPushButton* pressed = ctrlReturnButtonOf(dialog.get());
            QSignalSpy accepted(dialog.get(), &QDialog::accepted);
            std::unique_ptr<QSignalSpy> clicked;
            if (pressed) clicked = std::make_unique<QSignalSpy>(pressed, &QPushButton::clicked);
            QTest::keyClick(from, Qt::Key_Return, Qt::ControlModifier);

            switch (row.ctrlReturn) {
            case CtrlReturn::Accepts:
                CHECK(accepted.count() == 1);
                CHECK(dialog->result() == QDialog::Accepted);
                break;
            case CtrlReturn::PressesDefault:
                REQUIRE(clicked);
                CHECK(clicked->count() == 1);
                CHECK(accepted.count() == 0);
                break;
            case CtrlReturn::Nothing:
                CHECK(accepted.count() == 0);
                CHECK(dialog->isVisible());
                break;
            }
            if (dialog->isVisible()) CHECK(textOf(from) == textBefore);   // no new line typed either
            dialog->close();
        }
    }
}

TEST_CASE("Ctrl+Return does not press an accept button that is disabled", "[gui][keyboard-walk]")
{
    // The open-with-a-reason dialog keeps "Open case" disabled until the reason is 15 characters:
    // the chord must not bypass that, nor type a new line.
    DialogStore store;
    OpenCaseDialog dialog(store.t.db(), store.officer, store.otherOfficersCaseId);
    showActive(&dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* reason = child<QLineEdit>(&dialog, "grantText");
    REQUIRE(reason->hasFocus());
    QTest::keyClicks(reason, QStringLiteral("too short"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(reason, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    CHECK(accepted.count() == 0);
    CHECK(dialog.isVisible());
    CHECK(reason->text() == QStringLiteral("too short"));
    CHECK(dialog.grant().caseId == 0);

    QTest::keyClicks(reason, QStringLiteral(": suspect named in my case"));
    CHECK(keepScreenshot(dialog.grab().toImage(), QStringLiteral("open-case-by-keyboard.png")));
    QTest::keyClick(reason, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    CHECK(accepted.count() == 1);
    CHECK(dialog.grant().caseId == store.otherOfficersCaseId);
}
