#pragma once
// Every modal question the UI asks goes through here, so GUI tests can answer it without
// blocking on a message box (set `override` in the test, clear it afterwards).

#include <QMessageBox>
#include <functional>

namespace conduct::prompts {

using Handler = std::function<QMessageBox::StandardButton(const QString& title, const QString& text,
                                                          QMessageBox::StandardButtons buttons)>;

// When set, questions and messages are answered by this instead of a dialog.
Handler& override();

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void warn(QWidget* parent, const QString& title, const QString& text);

} // namespace conduct::prompts
