#pragma once
// The conduct command line: the GUI's options, and dispatch to the headless subcommands.

#include "shell/Appearance.h"

#include <QStringList>
#include <optional>

namespace conduct::cli {

enum class Mode { Gui, Headless, HeadlessWithGui };

// Decides, from argv alone, whether a window is needed, so main() can start without a display.
Mode modeFor(const QStringList& arguments);

// Runs --help, --version or a subcommand and returns the process exit code.
int runHeadless(const QStringList& arguments);

struct GuiOptions {
    QString databasePath;   // empty: the default database
    bool demo = false;      // open the example database with the fictional demo case
    std::optional<conduct::Appearance> appearance;   // --appearance; unset: the remembered choice
};

// Parses the GUI's options. On bad options prints the error and returns false with exitCode set.
bool parseGuiOptions(const QStringList& arguments, GuiOptions& options, int& exitCode);

} // namespace conduct::cli
