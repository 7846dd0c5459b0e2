// Opening a force-wide store on PostgreSQL through Qt's QPSQL driver (issue 12). The schema and
// its history are the same as a local file's; see PostgresDialect.h for how the SQL differs.

#include "store/Database.h"

#include "store/ConnectionProblems.h"
#include "store/Migrations.h"
#include "store/PostgresLocation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Database", text); }

const QString serverField = QStringLiteral("Server");

// Turns libpq's connection failures into what the user can do about them (ConnectionProblems.h).
// A reason not recognised goes to the desk's log for its administrator, never to the screen.
Error connectionError(const PostgresLocation& where, const QString& driverText)
{
    const ConnectionFailure failure = classifyConnectionFailure(where, driverText);
    if (failure.problem == ConnectionProblem::Unrecognised)
        qWarning("Connecting to %s failed: %s", qPrintable(where.displayText()), qPrintable(driverText.simplified()));
    return failure.error;
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& location, const OpenOptions& options)
{
    return isPostgresAddress(location) ? openPostgres(location, options) : openSqlite(location, options);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& address, const OpenOptions& options)
{
    auto where = parsePostgresAddress(address);
    if (!where.ok()) return where.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fieldError(serverField, tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is "
                                          "missing. Install the Debian package libqt6sql6-psql."));
    const QString connection = QStringLiteral("conduct-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(where->host);
        db.setPort(where->port);
        db.setDatabaseName(where->database);
        if (!where->user.isEmpty()) db.setUserName(where->user);
        if (!options.password.isEmpty()) db.setPassword(options.password);
        // sslmode, the desk's CA file and target_session_attrs (issue 30) as well as the timeout.
        db.setConnectOptions(where->connectOptions(QStringLiteral("conduct")));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return connectionError(where.value(), message);
        }
    }
    std::unique_ptr<Database> database(new Database(connection, where->displayText(), Engine::Postgres, options.readOnly));
    // Before anything is created, so that what the migrations make belongs to this role.
    if (!where->role.isEmpty())
        if (auto r = database->exec(QStringLiteral("SET ROLE %1").arg(where->role)); !r.ok()) return r.error();
    if (Status s = database->configurePostgres(where->schema, options); !s.ok()) return s.error();
    if (Status s = database->migrateUnderServerLock(options.readOnly); !s.ok()) return s.error();
    return database;
}

// Settings for this session, then the identity check: a schema that holds tables but no
// conduct_meta belongs to something else and is refused unchanged.
Status Database::configurePostgres(const QString& schema, const OpenOptions& options)
{
    // Before anything else, so that "already exists, skipping" notices never reach the terminal.
    if (auto r = exec(QStringLiteral("SET client_min_messages = warning")); !r.ok()) return r.error();
    if (!schema.isEmpty()) {
        // parsePostgresAddress accepted only a plain identifier, so it may appear in the text.
        // Only when missing: PostgreSQL checks the right to create a schema before it sees that one
        // exists, and a desk's own role on a server store has no such right (issue 25).
        auto missing = scalar(QStringLiteral("SELECT to_regnamespace(CAST(? AS TEXT)) IS NULL"), {schema});
        if (!missing.ok()) return missing.error();
        if (!m_readOnly && options.createIfMissing && missing->toBool())
            if (auto r = exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)); !r.ok()) return r.error();
        if (auto r = exec(QStringLiteral("SET search_path TO %1").arg(schema)); !r.ok()) return r.error();
    }
    const QStringList settings = {
        QStringLiteral("SET TIME ZONE 'UTC'"),
        // A writer waits at most 5 s for another's row lock, as SQLite's busy_timeout does.
        QStringLiteral("SET lock_timeout = '5s'"),
        // A commit is on the server's disk before the store reports success.
        QStringLiteral("SET synchronous_commit = on"),
    };
    for (const QString& s : settings)
        if (auto r = exec(s); !r.ok()) return r.error();
    if (m_readOnly)
        if (auto r = exec(QStringLiteral("SET default_transaction_read_only = on")); !r.ok()) return r.error();

    auto hasMeta = scalar(QStringLiteral("SELECT to_regclass('conduct_meta') IS NOT NULL"));
    if (!hasMeta.ok()) return hasMeta.error();
    if (hasMeta->toBool()) {
        auto id = scalar(QStringLiteral("SELECT application_id FROM conduct_meta"));
        if (!id.ok()) return id.error();
        if (id->toInt() != applicationId)
            return fieldError(serverField, tr("%1 holds another application's data, not a Conduct store. Nothing was "
                                              "changed.").arg(m_path));
        return {};
    }
    auto tables = scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!tables.ok()) return tables.error();
    if (tables->toLongLong() > 0)
        return fieldError(serverField, tr("%1 already holds tables that are not Conduct's. Use an empty database, or add "
                                          "?schema=conduct to the address. Nothing was changed.").arg(m_path));
    if (m_readOnly || !options.createIfMissing)
        return fieldError(serverField, tr("%1 holds no Conduct store yet. Open it read-write once to create one.").arg(m_path));
    Transaction tx(*this);
    if (!tx.status().ok()) return tx.status();
    if (auto r = exec(QStringLiteral("CREATE TABLE conduct_meta (application_id INTEGER NOT NULL, "
                                     "schema_version INTEGER NOT NULL, one_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one_row))"));
        !r.ok())
        return r.error();
    if (auto r = exec(QStringLiteral("INSERT INTO conduct_meta (application_id, schema_version) VALUES (?, 0)"), {applicationId});
        !r.ok())
        return r.error();
    return tx.commit();
}

// Two officers may start a new version of Conduct at the same moment; one upgrades the schema
// while the other waits, then finds nothing left to do.
Status Database::migrateUnderServerLock(bool readOnly)
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        return fieldError(serverField, tr("%1 was upgraded by a newer version of Conduct (schema %2; this program knows up "
                                          "to %3). Upgrade Conduct to use it.").arg(m_path).arg(version).arg(latestSchemaVersion()));
    if (version == latestSchemaVersion()) return {};
    if (readOnly)
        return fieldError(serverField, tr("%1 uses an older schema (version %2) and cannot be upgraded while opened "
                                          "read-only.").arg(m_path).arg(version));
    const QString key = QStringLiteral("%1, hashtext(current_schema())").arg(applicationId);
    if (auto r = exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key)); !r.ok()) return r.error();
    const Status migrated = runMigrations(*this, false);
    m_writeStatements.clear();   // nothing kept from before a change to the tables is run again
    (void)exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
    return migrated;
}

} // namespace conduct
