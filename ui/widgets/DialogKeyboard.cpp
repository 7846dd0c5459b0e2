#include "widgets/DialogKeyboard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace conduct {

QPushButton* acceptButtonOf(const QDialog* dialog)
{
    // Only a button box says which button accepts. A dialog's "default" button is no guide: Qt makes
    // the last focused button the default of a dialog that has none, so in a Close-only dialog it
    // may be "Delete team" by the time the keys are pressed.
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    for (const QDialogButtonBox* box : boxes) {
        if (box->window() != dialog) continue;   // not one of a page shown as a window of its own
        for (QAbstractButton* button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole)
                if (auto* push = qobject_cast<QPushButton*>(button)) return push;
        }
    }
    return nullptr;
}

namespace {
const char* const ctrlReturnMark = "conductCtrlReturn";
} // namespace

void markCtrlReturnButton(QPushButton* button) { button->setProperty(ctrlReturnMark, true); }

QPushButton* ctrlReturnButtonOf(const QDialog* dialog)
{
    if (QPushButton* accept = acceptButtonOf(dialog)) return accept;
    const auto buttons = dialog->findChildren<QPushButton*>();
    for (QPushButton* button : buttons)
        if (button->property(ctrlReturnMark).toBool() && button->window() == dialog && !button->isHidden()) return button;
    return nullptr;
}

void letTabLeave(QWidget* widget)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) plain->setTabChangesFocus(true);
    else if (auto* rich = qobject_cast<QTextEdit*>(widget)) rich->setTabChangesFocus(true);
}

void applyDialogKeyboard(QDialog* dialog)
{
    const auto edits = dialog->findChildren<QWidget*>();
    for (QWidget* edit : edits) letTabLeave(edit);

    QPushButton* accept = acceptButtonOf(dialog);
    if (!accept) return;
    const auto buttons = dialog->findChildren<QPushButton*>();
    for (const QPushButton* button : buttons)
        if (button->isDefault() && button != accept && button->window() == dialog) return;   // chosen on purpose
    accept->setDefault(true);
}

bool isAcceptChord(const QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return modifiers == Qt::ControlModifier;
}

bool acceptFromKeyboard(QDialog* dialog)
{
    QPushButton* accept = ctrlReturnButtonOf(dialog);
    if (!accept) return false;
    if (accept->isVisible() && accept->isEnabled()) accept->click();
    return true;
}

} // namespace conduct
