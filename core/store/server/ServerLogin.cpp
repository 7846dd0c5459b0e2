#include "store/server/ServerLogin.h"

#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/server/ServerSetup.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ServerLogin", text); }
} // namespace

Result<qint64> connectedServerAccount(const Database& db)
{
    auto names = serverNamesOf(db);
    if (!names.ok()) return names.error();
    // The prefix comes from the schema's owner, never from the desk: session_user is the server's word.
    auto id = db.scalar(QStringLiteral("SELECT u.id FROM users u WHERE CAST(? AS TEXT) || u.user_name = session_user "
                                       "AND u.active = 1 AND u.transferred_from = ''"),
                        {names->prefix() + QLatin1Char('_')});
    if (!id.ok()) return id.error();
    if (id->isNull())
        return fieldError(tr("User name"),
                          tr("This connection to %1 is not signed in as a Conduct account, or the account is disabled. "
                             "Connect with your own user name (the address's user), not the server's administrator's.")
                              .arg(db.path()));
    return id->toLongLong();
}

Result<bool> serverAcceptsPassword(const Database& db, const QString& userName, const QString& password)
{
    if (password.isEmpty()) return false;
    auto names = serverNamesOf(db);
    if (!names.ok()) return names.error();
    auto where = parsePostgresAddress(db.path());
    if (!where.ok()) return where.error();
    where->user = names->loginRole(userName);
    where->role.clear();
    OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    options.password = password;
    auto probe = Database::openPostgres(where->displayText(), options);
    if (probe.ok()) return true;
    // "Password" is the field openPostgres names for a refused password (DatabasePostgres.cpp).
    if (probe.error().field == QLatin1String("Password")) return false;
    return probe.error();
}

} // namespace conduct
