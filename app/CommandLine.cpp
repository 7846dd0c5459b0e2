#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace conduct::cli {
namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char* text) { return QCoreApplication::translate("conduct::cli", text); }

void addGuiOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Conduct: stalking and harassment case building for police investigators (NPCC-CPS protocol).\n\n"
           "Without a command, opens the application window. By default cases live in\n"
           "~/.local/share/conduct/conduct.sqlite (QStandardPaths::AppDataLocation)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), tr("Open the database at <path> (created, mode 0600, if missing)."), tr("path")});
    parser.addOption({QStringLiteral("demo"), tr("Open the example database with a fictional demo case.")});
}
} // namespace

bool isHeadless(const QStringList& arguments)
{
    for (const QString& a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v") || a == QLatin1String("--help-all"))
            return true;
    return false;
}

int runHeadless(const QStringList& arguments)
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
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
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unknown command: %1. Run conduct --help for the commands.").arg(parser.positionalArguments().first())
              << Qt::endl;
        exitCode = 2;
        return false;
    }
    options.databasePath = parser.value(QStringLiteral("db"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    return true;
}

} // namespace conduct::cli
