#pragma once
// The conduct command line: the GUI options, and the headless subcommands for scripting.

#include <QStringList>

namespace conduct::cli {

// True when argv asks for something that needs no window (help, version, a subcommand),
// so main() can start without a display.
bool isHeadless(const QStringList& arguments);

// Runs a headless request and returns the process exit code.
int runHeadless(const QStringList& arguments);

struct GuiOptions {
    QString databasePath;   // empty: the default database
    bool demo = false;      // open the example database with the fictional demo case
};

// Parses the GUI's options. On bad options prints the error and returns false with exitCode set.
bool parseGuiOptions(const QStringList& arguments, GuiOptions& options, int& exitCode);

} // namespace conduct::cli
