#pragma once
// The keyboard in every dialog (issue 31): Tab and Shift+Tab leave any text box, a multi-line one
// too; the dialog's accept button (OK, Save, Open case…) is its default button, so Enter in a
// one-line field presses it; and Ctrl+Return (or Ctrl+Enter on the keypad) presses it from
// anywhere, inside a multi-line box as well, where plain Return still starts a new line.
//
// Applied to every window by the application-wide conventions (widgets/KeyboardConventions), not
// dialog by dialog: a dialog added later cannot forget it, and the code stays in one place.

class QDialog;
class QKeyEvent;
class QPushButton;
class QWidget;

namespace conduct {

// The button that accepts the dialog: the first Accept or Yes button of its button box. Null for a
// dialog that only closes (Close, Cancel), or whose buttons are not in a box (the complainant's-log
// import's Next and Import, the risk form's Save draft and Submit), where Ctrl+Return does nothing.
QPushButton* acceptButtonOf(const QDialog* dialog);

// For a dialog whose buttons are not in a button box: marks the button that Ctrl+Return presses
// (the complainant's-log import's Next and Import, the risk form's Save draft, the monitoring
// report's Show figures). Where several are marked, the first one not hidden is pressed, so a
// wizard's Next on its first pages and Import on its last can both be marked.
void markCtrlReturnButton(QPushButton* button);
// The button Ctrl+Return presses: the accept button, else the marked one not hidden; null for a
// dialog that only closes.
QPushButton* ctrlReturnButtonOf(const QDialog* dialog);

// Makes the accept button the dialog's default (unless another button was made the default on
// purpose), and lets Tab leave each of its multi-line text boxes.
void applyDialogKeyboard(QDialog* dialog);

// Lets Tab and Shift+Tab leave a QPlainTextEdit or QTextEdit instead of typing a tab character.
// Does nothing to other widgets.
void letTabLeave(QWidget* widget);

// Ctrl+Return or Ctrl+Enter, with no Shift or Alt.
bool isAcceptChord(const QKeyEvent* event);

// Presses the dialog's Ctrl+Return button (ctrlReturnButtonOf), as a click would, when it is shown and enabled (so a dialog
// that keeps OK disabled until its fields are complete is not accepted half-filled). Returns
// whether the dialog has an accept button at all: when it has one, the keys were meant for it, even
// when it is disabled, and must not reach the text box (where Ctrl+Return would type a new line).
bool acceptFromKeyboard(QDialog* dialog);

} // namespace conduct
