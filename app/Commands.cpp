#include "Commands.h"

#include "security/Authenticator.h"

#include <QCoreApplication>
#include <array>

namespace conduct::cli {

namespace {
constexpr std::array table{
    Command{"version", "Print the version and exit.", false, &runVersion},
    Command{"backup", "Write a consistent copy of a case database (conduct backup --db PATH [-o FILE]).", false, &runBackup},
    Command{"restore", "Replace a case database with a checked backup (conduct restore --db PATH FILE [--yes]).", false, &runRestore},
    Command{"migrate-store", "Copy a case database file into a new PostgreSQL store "
                             "(conduct migrate-store --from sqlite:PATH --to postgresql://…).", false, &runMigrateStore},
    Command{"export", "Write case documents to a PDF as a recorded disclosure (conduct export --help).", true, &runExport},
    Command{"bundle", "Move one case between databases as a case bundle (conduct bundle export|import --help).", false, &runBundle},
    Command{"audit", "Check the audit trail's hash chain (conduct audit verify --db PATH).", false, &runAudit},
    Command{"policy", "Show or set the unit's policy (conduct policy show|set NAME VALUE --user ADMIN).", false, &runPolicy},
    Command{"user", "Create an account, password on stdin (conduct user add --db PATH --name N --display D --roles R).", false, &runUser},
    Command{"server", "Set up or upgrade a store on a PostgreSQL server that enforces the rules itself "
                      "(conduct server init|upgrade --db postgresql://… --prefix NAME).", false, &runServer},
};
} // namespace

std::span<const Command> commands() { return table; }

const Command* findCommand(const QString& name)
{
    for (const Command& c : table)
        if (name == QLatin1String(c.name)) return &c;
    return nullptr;
}

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

int signOutAndReturn(Authenticator& authenticator, const Session& session, int code)
{
    if (const Status recorded = authenticator.signOut(session); !recorded.ok()) {
        err() << recorded.error().text() << Qt::endl;
        return code == 0 ? 1 : code;
    }
    return code;
}

std::optional<int> parseOrStop(QCommandLineParser& parser, const QStringList& arguments, const char* command)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n'
              << QCoreApplication::translate("conduct::cli", "Run conduct %1 --help for the options.").arg(QLatin1String(command))
              << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::endl;
        return 0;
    }
    return std::nullopt;
}

} // namespace conduct::cli
