#pragma once
// The headless subcommands (`conduct export …`, `conduct audit verify …`): one table, one
// entry per command. Each command parses its own options with QCommandLineParser, prints
// plain-text results to stdout and errors (naming the option and the fix) to stderr, and
// returns the exit code: 0 success, 1 the operation failed, 2 bad usage.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>
#include <span>

namespace conduct {
class Authenticator;
struct Session;
}

namespace conduct::cli {

struct Command {
    const char* name;      // first word after `conduct`
    const char* summary;   // one line for `conduct --help`
    bool needsGui;         // needs a QGuiApplication (fonts for PDFs); runs on the offscreen platform
    int (*run)(const QStringList& arguments);   // arguments[0] is "conduct <name>"
};

std::span<const Command> commands();
const Command* findCommand(const QString& name);

QTextStream& out();
QTextStream& err();

// Signs the command's session out, saying on stderr if the sign-out could not be recorded in the
// audit trail (issue 24: never dropped in silence). Returns `code` for the caller to exit with.
int signOutAndReturn(Authenticator& authenticator, const Session& session, int code);

// Parses a command's arguments. Returns the exit code when the command should stop here: 2 after
// a parse error (with the error and a pointer to --help), 0 after printing --help.
std::optional<int> parseOrStop(QCommandLineParser& parser, const QStringList& arguments, const char* command);

// The commands, each defined in app/commands/<name>.cpp.
int runVersion(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runMigrateStore(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runUser(const QStringList& arguments);
int runBundle(const QStringList& arguments);
int runPolicy(const QStringList& arguments);
int runServer(const QStringList& arguments);

} // namespace conduct::cli
