#pragma once
// The file dialogs of the File menu's bundle, backup and restore actions go through here, so GUI
// tests can answer them without blocking (set `override` in the test, clear it afterwards).

#include <QString>
#include <functional>

class QWidget;

namespace conduct::files {

enum class Purpose { Open, Save };
using Handler = std::function<QString(Purpose purpose, const QString& title, const QString& startPath)>;

// When set, answers instead of a dialog (empty: cancelled).
Handler& override();

QString chooseFile(QWidget* parent, Purpose purpose, const QString& title, const QString& startPath, const QString& filter);

} // namespace conduct::files
