// conduct user add --db PATH --name NAME --display "PC 1234 Name" [--roles officer,supervisor]
// [--rank R --number N --station S --telephone T --mobile M --email E]:
// creates an account from a script. Passwords are read from standard input, never from the
// command line (visible in `ps` and shell history) nor written to any log. On a terminal they
// are typed with echo off; if echo cannot be turned off, the command refuses rather than show it.
//
// A database with no accounts takes its first account (made an administrator) with just the new
// password. Otherwise an administrator authorises the change: standard input then holds their
// user name, their password, and the new account's password, one per line. There is never a
// default password.

#include "Commands.h"
#include "commands/OpenStore.h"
#include "commands/SecretInput.h"

#include "security/AccountService.h"
#include "security/Authenticator.h"
#include "security/PasswordHasher.h"
#include "store/UserRepository.h"
#include "services/AppPaths.h"
#include "store/Database.h"
#include "store/server/ServerSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::user", text); }

enum class Echo { On, Off };

// Turns terminal echo off for as long as it lives.
class EchoOff {
public:
    EchoOff() : m_ok(tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (!m_ok) return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_ok) tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool ok() const { return m_ok; }

private:
    termios m_saved{};
    bool m_ok;
};

// One line of standard input without its line ending. On a terminal the prompt goes to stderr
// (stdout stays clean for scripts). Empty optional at end of input or when echo cannot be turned off.
std::optional<QString> readLine(const QString& prompt, Echo echo)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    std::optional<EchoOff> quiet;
    if (terminal) {
        err() << prompt << Qt::flush;
        if (echo == Echo::Off) {
            quiet.emplace();
            if (!quiet->ok()) {
                err() << '\n' << tr("Cannot turn off echo on this terminal, so the password would be shown. "
                                    "Pipe the password on standard input instead.") << Qt::endl;
                return std::nullopt;
            }
        }
    }
    char* buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = getline(&buffer, &capacity, stdin);
    if (terminal && echo == Echo::Off) err() << Qt::endl;   // the Return the user typed was not echoed
    std::optional<QString> line;
    if (length >= 0) {
        ssize_t n = length;
        while (n > 0 && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r')) --n;
        line = QString::fromUtf8(buffer, n);
    }
    if (buffer) {
        std::memset(buffer, 0, capacity);   // the password must not linger in freed memory
        std::free(buffer);
    }
    return line;
}

// The new account's password: twice on a terminal, to catch a typing mistake nobody can see.
std::optional<QString> readNewPassword(const QString& userName)
{
    auto password = readLine(tr("Password for %1: ").arg(userName), Echo::Off);
    if (!password || isatty(STDIN_FILENO) != 1) return password;
    auto again = readLine(tr("Type it again: "), Echo::Off);
    if (!again || *again != *password) {
        err() << tr("The two passwords differ. Nothing was changed.") << Qt::endl;
        wipePassword(*password);
        return std::nullopt;
    }
    wipePassword(*again);
    return password;
}

std::optional<QSet<Role>> parseRoles(const QString& text)
{
    QSet<Role> roles;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto role = roleFromCode(part.trimmed().toLower());
        if (!role) {
            err() << tr("--roles: \"%1\" is not a role. Use officer, supervisor or administrator, separated by commas.")
                         .arg(part.trimmed()) << Qt::endl;
            return std::nullopt;
        }
        roles.insert(*role);
    }
    return roles;
}

// On a store set up by `conduct server init` (issue 25) the account is a login role, made by the
// server's own function for the administrator signed in to it (their own role, their own
// password): the server checks they are one, and keeps the password only as a SCRAM verifier.
int addServerUser(Database& db, const NewUser& user)
{
    // The same reader as the server's password prompt (openStoreForCommand), which may already
    // have buffered this line.
    QString password = readSecretLine(tr("Password for %1: ").arg(user.userName));
    if (password.isEmpty()) {
        err() << tr("The new account's password is needed on standard input.") << Qt::endl;
        return 1;
    }
    if (isatty(STDIN_FILENO) == 1) {
        QString again = readSecretLine(tr("Type it again: "));
        const bool same = again == password;
        wipePassword(again);
        if (!same) {
            wipePassword(password);
            err() << tr("The two passwords differ. Nothing was changed.") << Qt::endl;
            return 1;
        }
    }
    auto created = createServerLogin(db, {user.userName, user.displayName, user.roles, password});
    wipePassword(password);
    if (!created.ok()) {
        err() << created.error().text() << Qt::endl;
        return 1;
    }
    auto names = serverNamesOf(db);
    out() << tr("Created %1, who signs in to the server as %2.")
                 .arg(user.userName, names.ok() ? names->loginRole(user.userName) : user.userName) << Qt::endl;
    return 0;
}

int addUser(Database& db, const NewUser& user)
{
    auto count = UserRepository(db).count();
    if (!count.ok()) {
        err() << count.error().text() << Qt::endl;
        return 1;
    }
    AccountService accounts(db);
    if (count.value() == 0) {
        auto password = readNewPassword(user.userName);
        if (!password) return 1;
        auto created = accounts.createFirstAdministrator(user, *password);
        wipePassword(*password);
        if (!created.ok()) {
            err() << created.error().text() << Qt::endl;
            return 1;
        }
        QStringList codes;
        for (Role r : allRoles())
            if (created->hasRole(r)) codes.append(roleCode(r));
        out() << tr("Created %1, the first account, as an administrator (roles: %2).")
                     .arg(created->userName, codes.join(u',')) << Qt::endl;
        return 0;
    }

    // Accounts exist: an administrator must authorise, through the authenticator so that the
    // back-off applies and the sign-in is audited.
    auto adminName = readLine(tr("Administrator's user name: "), Echo::On);
    if (!adminName) {
        err() << tr("This database already has accounts: an administrator's user name and password are needed "
                    "on standard input, before the new password.") << Qt::endl;
        return 1;
    }
    auto adminPassword = readLine(tr("Administrator's password: "), Echo::Off);
    if (!adminPassword) return 1;
    Authenticator auth(db);
    auto session = auth.signIn(adminName->trimmed(), *adminPassword);
    wipePassword(*adminPassword);
    if (!session.ok()) {
        err() << session.error().text() << Qt::endl;
        return 1;
    }
    int code = 0;
    auto password = readNewPassword(user.userName);
    if (!password) {
        code = 1;
    } else {
        auto created = accounts.createUser(session.value(), user, *password);
        wipePassword(*password);
        if (created.ok()) {
            out() << tr("Created %1.").arg(created->userName) << Qt::endl;
        } else {
            err() << created.error().text() << Qt::endl;
            code = 1;
        }
    }
    return signOutAndReturn(auth, session.value(), code);
}
} // namespace

int runUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Account commands.\n\n  add   Create an account. Passwords are read from standard input, never from the\n"
           "        command line. On a database with no accounts, standard input holds the new\n"
           "        password and the account becomes the administrator. Otherwise it holds an\n"
           "        administrator's user name, their password, and the new password, one per line."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database (default: the standard database; created if missing)."), tr("path")});
    parser.addOption({QStringLiteral("name"), tr("The new account's user name."), tr("name")});
    parser.addOption({QStringLiteral("display"), tr("Name and collar number, as printed on forms."), tr("text")});
    parser.addOption({QStringLiteral("roles"), tr("Comma-separated roles: officer, supervisor, administrator (default: officer)."),
                      tr("roles"), QStringLiteral("officer")});
    // The officer's profile, as the MG forms print it (issue 22); each may be left out.
    parser.addOption({QStringLiteral("rank"), tr("Rank or staff job title, e.g. DC."), tr("text")});
    parser.addOption({QStringLiteral("number"), tr("Collar or staff number."), tr("text")});
    parser.addOption({QStringLiteral("station"), tr("Station."), tr("text")});
    parser.addOption({QStringLiteral("telephone"), tr("Telephone number."), tr("number")});
    parser.addOption({QStringLiteral("mobile"), tr("Mobile number."), tr("number")});
    parser.addOption({QStringLiteral("email"), tr("E-mail address."), tr("address")});
    parser.addPositionalArgument(QStringLiteral("add"), tr("The subcommand."), QStringLiteral("add"));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "user")) return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")}) {
        err() << tr("Say what to do: conduct user add --db PATH --name NAME --display \"PC 1234 Name\" --roles officer.")
              << Qt::endl;
        return 2;
    }
    for (const char* required : {"name", "display"}) {
        if (!parser.isSet(QLatin1String(required))) {
            err() << tr("--%1 is needed. Run conduct user --help for the options.").arg(QLatin1String(required)) << Qt::endl;
            return 2;
        }
    }
    const auto roles = parseRoles(parser.value(QStringLiteral("roles")));
    if (!roles) return 2;
    const OfficerProfile profile = UserRepository::tidied(
        {parser.value(QStringLiteral("rank")), parser.value(QStringLiteral("number")), parser.value(QStringLiteral("station")),
         parser.value(QStringLiteral("telephone")), parser.value(QStringLiteral("mobile")), parser.value(QStringLiteral("email"))});
    const NewUser user{parser.value(QStringLiteral("name")), parser.value(QStringLiteral("display")), *roles, profile};
    NewUser check = user;   // a first account gets the administrator role, so no roles is fine here
    if (check.roles.isEmpty()) check.roles.insert(Role::Administrator);
    if (Status s = UserRepository::validate(check); !s.ok()) {
        err() << s.error().text() << Qt::endl;   // before any password is asked for
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto db = openStoreForCommand(path);
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return 1;
    }
    if (db.value()->engine() == Engine::Postgres && serverNamesOf(*db.value()).ok()) {
        if (!(profile == OfficerProfile{})) {
            err() << tr("On a server store the officer's profile (--rank, --number, --station, --telephone, --mobile, "
                        "--email) is not set by user add yet: leave those out, and fill the profile in the application.")
                  << Qt::endl;
            return 2;
        }
        return addServerUser(*db.value(), user);
    }
    return addUser(*db.value(), user);
}

} // namespace conduct::cli
