#include "store/server/ServerSetup.h"

#include "security/AuditLog.h"
#include "store/ConnectionProblems.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/UserRepository.h"
#include "store/server/ServerAuditTrail.h"
#include "store/server/ServerFunctions.h"
#include "store/server/ServerGrants.h"
#include "store/server/ServerRowSecurity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <postgresql/libpq-fe.h>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ServerSetup", text); }

const QString serverField = QStringLiteral("Server");

// The database administrator's own connection, for what comes before there is a store: roles,
// the schema, the database's defaults. Everything after goes through Database.
class AdministratorConnection {
public:
    static Result<std::unique_ptr<AdministratorConnection>> open(const PostgresLocation& where, const QString& password)
    {
        std::unique_ptr<AdministratorConnection> c(new AdministratorConnection);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.database);
        if (!where.user.isEmpty()) db.setUserName(where.user);
        if (!password.isEmpty()) db.setPassword(password);
        db.setConnectOptions(where.connectOptions(QStringLiteral("conduct-server-init")));
        if (!db.open()) {
            // libpq's words sorted into the administrator's (issue 30), as a desk's refusals are.
            const ConnectionFailure failure = classifyConnectionFailure(where, db.lastError().text());
            return fieldError(failure.error.field, tr("Could not connect to %1 as the database administrator: %2")
                                                       .arg(where.displayText(), failure.error.message));
        }
        return c;
    }
    ~AdministratorConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    AdministratorConnection(const AdministratorConnection&) = delete;
    AdministratorConnection& operator=(const AdministratorConnection&) = delete;

    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        bool ran = false;
        if (params.isEmpty()) {
            ran = q.exec(sql);
        } else if (q.prepare(sql)) {
            for (int i = 0; i < params.size(); ++i) q.bindValue(i, params.at(i));
            ran = q.exec();
        }
        if (!ran) return Error{serverField, tr("%1 failed: %2").arg(sql.simplified().left(60), q.lastError().text())};
        return q.next() ? q.value(0) : QVariant();
    }
    Status exec(const QString& sql) const
    {
        auto r = scalar(sql);
        return r.ok() ? Status{} : Status{r.error()};
    }

private:
    AdministratorConnection() : m_name(QStringLiteral("conduct-dba-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    QString m_name;
};

Result<PostgresLocation> administratorLocation(const QString& address, const ServerNames& names)
{
    auto where = parsePostgresAddress(address);
    if (!where.ok()) return where.error();
    if (!where->schema.isEmpty() && where->schema != names.schema())
        return fieldError(QStringLiteral("--db"), tr("The store's schema is named after its prefix (%1). Leave ?schema= out "
                                                     "of the address.").arg(names.schema()));
    if (!where->role.isEmpty())
        return fieldError(QStringLiteral("--db"), tr("Leave ?role= out of the address: the command chooses the role."));
    return where;
}

// The store's address with its schema and, for the migrations, the owner's role.
QString storeAddress(PostgresLocation where, const ServerNames& names, bool asOwner)
{
    where.schema = names.schema();
    where.role = asOwner ? names.ownerRole() : QString();
    return where.displayText();
}

Status requireSuperuser(const AdministratorConnection& dba)
{
    auto super = dba.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!super.ok()) return super.error();
    if (!super->toBool())
        return fieldError(QStringLiteral("--db"), tr("Sign in as a superuser (the database administrator): only a superuser "
                                                     "can create the store's owner role with the right to manage its "
                                                     "officers' roles."));
    return {};
}

// The owner's functions, the audit actor check and the grants, in one transaction, as the owner.
Status applyServerRules(Database& store, const ServerNames& names)
{
    Transaction tx(store);
    if (!tx.status().ok()) return tx.status();
    for (const QString& sql : serverFunctionStatements(names) + serverTriggerStatements())
        if (auto r = store.exec(sql); !r.ok()) return r.error();
    // The server-kept audit trail (ServerAuditTrail.h), before the grants, which name its table.
    auto trail = serverAuditTrailStatements(store, names);
    if (!trail.ok()) return trail.error();
    for (const QString& sql : trail.value())
        if (auto r = store.exec(sql); !r.ok()) return r.error();
    // Row-level security's functions, policies and views (ServerRowSecurity.h): before the grants,
    // which give its functions to every group; its views' SELECT after them, which revoke all first.
    auto rowSecurity = rowSecurityStatements(store, names);
    if (!rowSecurity.ok()) return rowSecurity.error();
    for (const QString& sql : rowSecurity.value())
        if (auto r = store.exec(sql); !r.ok()) return r.error();
    auto grants = grantStatements(store, names);
    if (!grants.ok()) return grants.error();
    for (const QString& sql : grants.value())
        if (auto r = store.exec(sql); !r.ok()) return r.error();
    for (const QString& sql : rowSecurityViewGrants(names))
        if (auto r = store.exec(sql); !r.ok()) return r.error();
    return tx.commit();
}

QString rolesArray(const QSet<Role>& roles)
{
    QStringList words;
    for (Role role : allRoles())
        if (roles.contains(role)) words.append(roleCode(role));
    return QLatin1Char('{') + words.join(QLatin1Char(',')) + QLatin1Char('}');
}

// The account creation in the audit trail, in the creating transaction, by the administrator
// the server says is signed in (session_user), as AccountService records it on a file.
Status recordAccountCreated(Database& db, const ServerNames& names, const ServerAccount& account, qint64 createdId)
{
    auto signedIn = db.scalar(QStringLiteral("SELECT session_user::text"));
    if (!signedIn.ok()) return signedIn.error();
    const QString role = signedIn->toString();
    const QString ownPrefix = names.prefix() + QLatin1Char('_');
    auto actor = UserRepository(db).findByName(role.startsWith(ownPrefix) ? role.mid(ownPrefix.size()) : QString());
    if (!actor.ok()) return actor.error();
    if (!actor.value()) return fieldError(serverField, tr("%1 is not an account of this store.").arg(role));
    AuditRecord r;
    r.action = AuditAction::AccountChange;
    r.userId = actor.value()->user.id;
    r.userName = actor.value()->user.userName;
    r.entityType = QStringLiteral("user");
    r.entityId = QString::number(createdId);
    QJsonArray roles;
    for (Role each : allRoles())
        if (account.roles.contains(each)) roles.append(roleCode(each));
    r.setChanges({}, QJsonObject{{QStringLiteral("user_name"), account.userName},
                                 {QStringLiteral("display_name"), account.displayName},
                                 {QStringLiteral("roles"), roles},
                                 {QStringLiteral("active"), true},
                                 {QStringLiteral("login_role"), names.loginRole(account.userName)}});
    return AuditLog::append(db, r);
}

Result<qint64> makeLogin(Database& db, const ServerNames& names, const ServerAccount& account, const char* function)
{
    if (Status s = checkServerUserName(account.userName); !s.ok()) return s.error();
    if (account.roles.isEmpty()) return fieldError(tr("Roles"), tr("Give one or more of officer, supervisor, administrator."));
    if (account.password.isEmpty()) return fieldError(tr("Password"), tr("The new account needs a password."));
    auto verifier = scramVerifier(db, names.loginRole(account.userName), account.password);
    if (!verifier.ok()) return verifier.error();
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status().error();
    auto id = db.scalar(QStringLiteral("SELECT %1(?, ?, CAST(? AS TEXT[]), ?)").arg(QLatin1String(function)),
                        {account.userName, account.displayName, rolesArray(account.roles), verifier.value()});
    if (!id.ok()) return id.error();
    // The first administrator is made by the database administrator, who is no account to name.
    if (qstrcmp(function, "conduct_create_login") == 0)
        if (Status s = recordAccountCreated(db, names, account, id->toLongLong()); !s.ok()) return s.error();
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return id->toLongLong();
}
} // namespace

Result<QString> scramVerifier(const Database& db, const QString& roleName, const QString& password)
{
    const QSqlDatabase handle = db.handle();
    const QVariant native = handle.driver() ? handle.driver()->handle() : QVariant();
    // Qt's QPSQL driver hands out libpq's connection, named after libpq's struct or its typedef.
    const bool isLibpq = native.isValid() && (qstrcmp(native.typeName(), "PGconn*") == 0 || qstrcmp(native.typeName(), "pg_conn*") == 0);
    if (db.engine() != Engine::Postgres || !isLibpq)
        return fieldError(serverField, tr("A password verifier can only be made on a connection to the server."));
    PGconn* connection = *static_cast<PGconn* const*>(native.constData());
    char* made = PQencryptPasswordConn(connection, password.toUtf8().constData(), roleName.toUtf8().constData(),
                                       "scram-sha-256");
    if (!made)
        return fieldError(serverField, tr("libpq could not make a SCRAM verifier: %1")
                                           .arg(QString::fromUtf8(PQerrorMessage(connection)).simplified()));
    const QString verifier = QString::fromLatin1(made);
    PQfreemem(made);
    return verifier;
}

Result<QString> serverStoreAddress(const QString& address, const ServerNames& names, const QString& loginRole)
{
    auto where = administratorLocation(address, names);
    if (!where.ok()) return where.error();
    where->user = loginRole;
    return storeAddress(where.value(), names, false);
}

Status initialiseServerStore(const ServerInitOptions& options)
{
    auto names = ServerNames::forPrefix(options.prefix);
    if (!names.ok()) return names.error();
    auto where = administratorLocation(options.address, names.value());
    if (!where.ok()) return where.error();
    const ServerAccount& first = options.firstAdministrator;
    if (Status s = checkServerUserName(first.userName); !s.ok()) return s;
    if (first.password.isEmpty()) return fieldError(tr("Password"), tr("The first administrator needs a password."));
    {
        auto connected = AdministratorConnection::open(where.value(), options.password);
        if (!connected.ok()) return connected.error();
        const AdministratorConnection& dba = *connected.value();
        if (Status s = requireSuperuser(dba); !s.ok()) return s;
        const QString owner = quotedIdentifier(names->ownerRole());
        QStringList groupNames;
        for (Role role : allRoles()) groupNames.append(names->groupRole(role));
        auto taken = dba.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ANY (CAST(? AS TEXT[]))"),
                                {QLatin1Char('{') + (groupNames + QStringList{names->ownerRole()}).join(QLatin1Char(',')) + QLatin1Char('}')});
        if (!taken.ok()) return taken.error();
        auto schemaTaken = dba.scalar(QStringLiteral("SELECT to_regnamespace(CAST(? AS TEXT)) IS NOT NULL"), {names->schema()});
        if (!schemaTaken.ok()) return schemaTaken.error();
        if (taken->toInt() > 0 || schemaTaken->toBool())
            return fieldError(QStringLiteral("--prefix"), tr("The server already has roles or a schema named %1_…: this "
                                                             "store is set up. Use conduct server upgrade, or another prefix.")
                                                              .arg(names->prefix()));
        const QString database = quotedIdentifier(where->database);
        QStringList groups;
        for (const QString& g : groupNames) groups.append(quotedIdentifier(g));
        QStringList sql = {
            QStringLiteral("BEGIN"),
            // NOLOGIN: nobody signs in as the owner; only a superuser can become it (SET ROLE), and
            // its functions run as it. CREATEROLE lets those functions create and change officers'
            // login roles. In PostgreSQL 15 CREATEROLE reaches every role that is not a superuser,
            // in every database of the cluster, so the owner is given to nobody, and its functions
            // only ever name roles made of this store's prefix (see the README).
            QStringLiteral("CREATE ROLE %1 NOLOGIN CREATEROLE").arg(owner),
        };
        for (const QString& g : groups) sql.append(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(g));
        sql += {
            QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(quotedIdentifier(names->schema()), owner),
            // The migrations' full-text search needs it, and only the administrator may install it.
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"),
            // Nobody else makes schemas or temporary tables here, or connects at all.
            QStringLiteral("REVOKE CREATE, TEMPORARY, CONNECT ON DATABASE %1 FROM PUBLIC").arg(database),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, groups.join(QStringLiteral(", "))),
            QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
            QStringLiteral("COMMIT"),
        };
        for (const QString& statement : sql)
            if (Status s = dba.exec(statement); !s.ok()) {
                (void)dba.exec(QStringLiteral("ROLLBACK"));
                return s;
            }
    }
    // The migrations, as the owner: it owns every table, sequence and function they make.
    auto store = Database::openPostgres(storeAddress(where.value(), names.value(), true), {.password = options.password});
    if (!store.ok()) return store.error();
    if (Status s = applyServerRules(*store.value(), names.value()); !s.ok()) return s;
    ServerAccount administrator = first;
    administrator.roles.insert(Role::Administrator);
    auto made = makeLogin(*store.value(), names.value(), administrator, "conduct_make_login");
    if (!made.ok()) return made.error();
    return {};
}

Status upgradeServerStore(const QString& address, const QString& prefix, const QString& password)
{
    auto names = ServerNames::forPrefix(prefix);
    if (!names.ok()) return names.error();
    auto where = administratorLocation(address, names.value());
    if (!where.ok()) return where.error();
    {
        auto connected = AdministratorConnection::open(where.value(), password);
        if (!connected.ok()) return connected.error();
        if (Status s = requireSuperuser(*connected.value()); !s.ok()) return s;
        auto owner = connected.value()->scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = CAST(? AS TEXT)"),
                                               {names->schema()});
        if (!owner.ok()) return owner.error();
        if (owner->toString() != names->ownerRole())
            return fieldError(QStringLiteral("--prefix"), tr("%1 holds no store set up by conduct server init with the prefix "
                                                             "%2. Check the prefix, or run conduct server init first.")
                                                              .arg(where->displayText(), names->prefix()));
    }
    auto store = Database::openPostgres(storeAddress(where.value(), names.value(), true), {.password = password});
    if (!store.ok()) return store.error();
    return applyServerRules(*store.value(), names.value());
}

Result<ServerNames> serverNamesOf(const Database& db)
{
    if (db.engine() != Engine::Postgres)
        return fieldError(serverField, tr("This is a database file, not a server store."));
    auto owner = db.scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = current_schema()"));
    if (!owner.ok()) return owner.error();
    const QString ownerRole = owner->toString();
    const QString suffix = QStringLiteral("_owner");
    if (!ownerRole.endsWith(suffix))
        return fieldError(serverField, tr("%1 was not set up with conduct server init, so its accounts are the "
                                          "application's own.").arg(db.path()));
    return ServerNames::forPrefix(ownerRole.chopped(suffix.size()));
}

Result<qint64> createServerLogin(Database& db, const ServerAccount& account)
{
    auto names = serverNamesOf(db);
    if (!names.ok()) return names.error();
    return makeLogin(db, names.value(), account, "conduct_create_login");
}

} // namespace conduct
