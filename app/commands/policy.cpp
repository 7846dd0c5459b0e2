// conduct policy show [--db PATH]
// conduct policy set NAME VALUE --user ADMIN [--db PATH]
// The unit's policy (issue 24) from a script: the same settings an administrator changes in
// Edit ▸ Preferences…, kept in the database and read by every desk. Showing needs no sign-in (the
// policy holds no personal data); setting signs in (password on standard input) and is refused
// unless the account is an administrator. Each change is audited with its value before and after.

#include "Commands.h"
#include "commands/OpenStore.h"

#include "SecretInput.h"
#include "security/Authenticator.h"
#include "services/AppPaths.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::policy", text); }

int show(Database& db)
{
    auto reading = UnitPolicyService(db).read();
    if (!reading.ok()) {
        err() << reading.error().text() << Qt::endl;
        return 1;
    }
    for (const QString& name : unitPolicyNames())
        out() << name << '\t' << unitPolicyValue(reading->policy, name) << '\n';
    for (const Error& e : reading->ignored) err() << tr("Ignored: ") << e.text() << '\n';
    out() << Qt::flush;
    err() << Qt::flush;
    return 0;
}

int set(Database& db, const QString& user, const QString& name, const QString& value)
{
    Authenticator authenticator(db);
    auto session = authenticator.signIn(user, readSecretLine(tr("Password for %1: ").arg(user)));
    if (!session.ok()) {
        err() << session.error().text() << Qt::endl;
        return 1;
    }
    auto changes = UnitPolicyService(db).set(session.value(), name, value);
    if (!changes.ok()) {
        err() << changes.error().text() << Qt::endl;
        return signOutAndReturn(authenticator, session.value(), 1);
    }
    if (changes->isEmpty()) out() << tr("%1 is already \"%2\": nothing was changed.").arg(name, value.trimmed()) << Qt::endl;
    for (const PolicyChange& c : changes.value())
        out() << tr("%1 (%2) changed from \"%3\" to \"%4\"; recorded in the audit trail.")
                     .arg(c.name, c.label, c.before, c.after)
              << Qt::endl;
    return signOutAndReturn(authenticator, session.value(), 0);
}
} // namespace

int runPolicy(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The unit's policy: the protective marking, force name, idle-lock maximum, review intervals, thresholds "
           "and backup policy that every desk uses.\n\n"
           "  show             Print each setting's name and value, tab-separated.\n"
           "  set NAME VALUE   Change one setting (administrators only; the password is read from standard input).\n\n"
           "Settings: %1.")
            .arg(unitPolicyNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The case database (default: the standard database)."), tr("path")});
    parser.addOption({QStringLiteral("user"), tr("An administrator's user name, for set."), tr("name")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("show, or set NAME VALUE."), QStringLiteral("show|set"));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "policy")) return *stop;
    const QStringList positional = parser.positionalArguments();
    const bool showing = positional == QStringList{QStringLiteral("show")};
    const bool setting = positional.size() == 3 && positional.first() == QLatin1String("set");
    if (!showing && !setting) {
        err() << tr("Say what to do: conduct policy show, or conduct policy set NAME VALUE --user ADMIN.") << Qt::endl;
        return 2;
    }
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    if (setting && user.isEmpty()) {
        err() << tr("--user: give an administrator's user name; the password is read from standard input.") << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto db = openStoreForCommand(path, {.readOnly = showing, .createIfMissing = false});
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return 1;
    }
    return showing ? show(*db.value()) : set(*db.value(), user, positional.at(1), positional.at(2));
}

} // namespace conduct::cli
