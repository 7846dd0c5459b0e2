#pragma once
// Every modal question the UI asks goes through here, so GUI tests can answer it without
// blocking on a message box (set `override` in the test, clear it afterwards).

#include <QMessageBox>
#include <QStringList>
#include <functional>
#include <optional>

namespace conduct::prompts {

using Handler = std::function<QMessageBox::StandardButton(const QString& title, const QString& text,
                                                          QMessageBox::StandardButtons buttons)>;

// When set, questions and messages are answered by this instead of a dialog.
Handler& override();

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void warn(QWidget* parent, const QString& title, const QString& text);

// Asks for a line of text (e.g. a justification). Empty optional when cancelled.
using TextHandler = std::function<std::optional<QString>(const QString& title, const QString& label)>;
TextHandler& textOverride();
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);

// Asks the officer to pick one of several named answers (e.g. which of the two 01:30s of a
// clock-change night they mean). The index of the choice; empty when they cancel.
using ChoiceHandler = std::function<std::optional<int>(const QString& title, const QString& text, const QStringList& choices)>;
ChoiceHandler& choiceOverride();
std::optional<int> choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices);

} // namespace conduct::prompts
