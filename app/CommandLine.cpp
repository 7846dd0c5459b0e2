#include "CommandLine.h"

#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli", text); }

QString commandList()
{
    QString text = tr("Commands (run `conduct COMMAND --help` for each one's options):\n");
    for (const Command& c : commands())
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(c.name).leftJustified(18), tr(c.summary));
    return text;
}

void addGuiOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Conduct: stalking and harassment case building for police investigators (NPCC-CPS protocol).\n\n"
           "Without a command, opens the application window. By default cases live in\n"
           "~/.local/share/conduct/conduct/conduct.sqlite (QStandardPaths::AppDataLocation).\n\n")
        + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      tr("Open the database at <location>: a file path (created, mode 0600, if missing), or a unit's "
                         "server address, postgresql://user@host:5432/database (optionally ?sslmode=...&schema=...)."),
                      tr("location")});
    parser.addOption({QStringLiteral("demo"), tr("Open the example database with a fictional demo case.")});
    parser.addOption({QStringLiteral("appearance"), tr("Colours: system, light or dark (remembered; also View > Appearance)."),
                      tr("mode")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional: a command to run without a window."),
                                 tr("[command]"));
}

// The first argument that is not an option (nor an option's value) names the command.
QString commandName(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        // The window's options that take a value, as declared above: their value is not a command.
        if (a == QLatin1String("--db") || a == QLatin1String("--appearance")) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-')) continue;
        return a;
    }
    return {};
}
} // namespace

Mode modeFor(const QStringList& arguments)
{
    const QString name = commandName(arguments);
    if (const Command* c = findCommand(name)) return c->needsGui ? Mode::HeadlessWithGui : Mode::Headless;
    if (!name.isEmpty()) return Mode::Headless;   // an unknown command: say so, without opening a window
    for (const QString& a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v") || a == QLatin1String("--help-all"))
            return Mode::Headless;
    return Mode::Gui;
}

int runHeadless(const QStringList& arguments)
{
    const QString name = commandName(arguments);
    if (const Command* c = findCommand(name)) {
        // The command sees "conduct <name>" as its program name, then its own arguments.
        QStringList commandArguments = arguments;
        commandArguments.removeAt(int(arguments.indexOf(name, 1)));
        commandArguments[0] = arguments[0] + u' ' + name;
        return c->run(commandArguments);
    }
    if (!name.isEmpty()) {
        err() << tr("Unknown command: %1. Run conduct --help for the commands.").arg(name) << Qt::endl;
        return 2;
    }
    QCommandLineParser parser;
    addGuiOptions(parser);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) return runVersion(arguments);
    out() << parser.helpText() << Qt::endl;
    return 0;
}

bool parseGuiOptions(const QStringList& arguments, GuiOptions& options, int& exitCode)
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << tr("Run conduct --help for the options.") << Qt::endl;
        exitCode = 2;
        return false;
    }
    options.databasePath = parser.value(QStringLiteral("db"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("appearance"))) {
        options.appearance = conduct::appearanceFromCode(parser.value(QStringLiteral("appearance")));
        if (!options.appearance) {
            err() << tr("--appearance: \"%1\" is not a choice. Use system, light or dark.")
                         .arg(parser.value(QStringLiteral("appearance")))
                  << Qt::endl;
            exitCode = 2;
            return false;
        }
    }
    return true;
}

} // namespace conduct::cli
