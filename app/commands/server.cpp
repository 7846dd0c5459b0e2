// conduct server init --db postgresql://dba@host/database --prefix NAME --admin USER --display "…"
// conduct server upgrade --db postgresql://dba@host/database --prefix NAME
//
// The database administrator's commands for a store on a PostgreSQL server that enforces the
// rules itself (issue 25): init, once, against an empty database, creates the owner and group
// roles, the schema, the tables (as the owner), the owner's functions, the grants generated from
// the permission table, and the first administrator's login role; upgrade runs new migrations as
// the owner and applies the functions and grants again. Both sign in as a superuser, whose
// password libpq reads from ~/.pgpass (or PGPASSFILE), or who signs in by GSSAPI or certificate.
// The first administrator's password is read from standard input, never the command line, and
// becomes a SCRAM verifier on this machine: the server never receives it.

#include "Commands.h"
#include "commands/SecretInput.h"

#include "security/PasswordHasher.h"
#include "store/server/ServerSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::server", text); }

// Twice on a terminal, to catch a typing mistake nobody can see.
std::optional<QString> readFirstPassword(const QString& userName)
{
    QString password = readSecretLine(tr("Password for %1: ").arg(userName));
    if (password.isEmpty()) {
        err() << tr("The first administrator needs a password, on standard input.") << Qt::endl;
        return std::nullopt;
    }
    if (isatty(STDIN_FILENO) != 1) return password;
    QString again = readSecretLine(tr("Type it again: "));
    const bool same = again == password;
    wipePassword(again);
    if (same) return password;
    wipePassword(password);
    err() << tr("The two passwords differ. Nothing was changed.") << Qt::endl;
    return std::nullopt;
}
} // namespace

int runServer(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A store on a PostgreSQL server that enforces who may do what.\n\n"
           "  init     Run once by the database administrator against an empty database: creates the\n"
           "           roles NAME_owner, NAME_officer, NAME_supervisor, NAME_administrator, the schema NAME\n"
           "           and its tables, the grants, and the first administrator's login role NAME_USER\n"
           "           (password on standard input).\n"
           "  upgrade  Brings the store's schema up to this version of Conduct, as its owner, and\n"
           "           applies the functions and grants again.\n\n"
           "Sign in as a superuser: libpq reads the password from ~/.pgpass (or PGPASSFILE), or uses\n"
           "GSSAPI or a client certificate. A desk then opens postgresql://NAME_USER@host/database?schema=NAME."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database, as its administrator: postgresql://postgres@host:5432/database."),
                      tr("address")});
    parser.addOption({QStringLiteral("prefix"), tr("The store's name on the server: its roles are NAME_…, its schema NAME."),
                      tr("name")});
    parser.addOption({QStringLiteral("admin"), tr("init: the first administrator's user name."), tr("user")});
    parser.addOption({QStringLiteral("display"), tr("init: the first administrator's name as shown."), tr("text")});
    parser.addPositionalArgument(QStringLiteral("init|upgrade"), tr("The subcommand."));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "server")) return *stop;
    const QStringList words = parser.positionalArguments();
    const QString what = words.size() == 1 ? words.first() : QString();
    if (what != QLatin1String("init") && what != QLatin1String("upgrade")) {
        err() << tr("Say what to do: conduct server init|upgrade --db postgresql://… --prefix NAME.") << Qt::endl;
        return 2;
    }
    QStringList needed = {QStringLiteral("db"), QStringLiteral("prefix")};
    if (what == QLatin1String("init")) needed += {QStringLiteral("admin"), QStringLiteral("display")};
    for (const QString& option : needed)
        if (!parser.isSet(option)) {
            err() << tr("--%1 is needed. Run conduct server --help for the options.").arg(option) << Qt::endl;
            return 2;
        }
    const QString address = parser.value(QStringLiteral("db"));
    const QString prefix = parser.value(QStringLiteral("prefix"));

    if (what == QLatin1String("upgrade")) {
        if (Status s = upgradeServerStore(address, prefix); !s.ok()) {
            err() << s.error().text() << Qt::endl;
            return 1;
        }
        out() << tr("The store %1 is up to date; its functions and grants were applied again.").arg(prefix) << Qt::endl;
        return 0;
    }

    auto names = ServerNames::forPrefix(prefix);   // before any password is asked for
    if (!names.ok()) {
        err() << names.error().text() << Qt::endl;
        return 2;
    }
    ServerInitOptions init{address, prefix, {}, {parser.value(QStringLiteral("admin")), parser.value(QStringLiteral("display")),
                                                 {Role::Administrator}, {}}};
    if (Status s = checkServerUserName(init.firstAdministrator.userName); !s.ok()) {
        err() << tr("--admin: %1").arg(s.error().message) << Qt::endl;
        return 2;
    }
    auto password = readFirstPassword(init.firstAdministrator.userName);
    if (!password) return 1;
    init.firstAdministrator.password = *password;
    wipePassword(*password);
    const Status made = initialiseServerStore(init);
    wipePassword(init.firstAdministrator.password);
    if (!made.ok()) {
        err() << made.error().text() << Qt::endl;
        return 1;
    }
    const QString administratorRole = names->loginRole(init.firstAdministrator.userName);
    auto storeAddress = serverStoreAddress(address, names.value(), administratorRole);
    out() << tr("Set up the store %1: roles %1_owner, %1_officer, %1_supervisor and %1_administrator, and the first "
                "administrator's login role %2.").arg(prefix, administratorRole) << '\n'
          << tr("The administrator opens it at %1; every desk the same way, signed in as its own role.")
                 .arg(storeAddress.ok() ? storeAddress.value() : address)
          << Qt::endl;
    return 0;
}

} // namespace conduct::cli
