#pragma once
// The case store's connection: opening, checking, migrating, and transactions.
// All SQL in Conduct lives under core/store. Engine-specific SQL (SQLite today, PostgreSQL for
// force-wide deployments) stays behind this interface; nothing above the store knows the engine.

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>

namespace conduct {

enum class Engine { Sqlite, Postgres };
class SqliteWrites;

struct OpenOptions {
    bool readOnly = false;
    bool createIfMissing = true;          // a missing file, or an empty server schema, becomes a new store
    bool backupBeforeMigration = true;    // SQLite files only; a server's backups are its administrator's
    QString password = {};                // PostgreSQL only, from a prompt; empty: libpq reads ~/.pgpass
};

class Database {
public:
    // The PRAGMA application_id that marks a file as a Conduct database ("CNDT").
    static constexpr qint32 applicationId = 0x434E4454;

    // A file path or a postgresql:// address (see PostgresLocation.h).
    static Result<std::unique_ptr<Database>> open(const QString& location, const OpenOptions& options = {});
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, const OpenOptions& options = {});
    static Result<std::unique_ptr<Database>> openPostgres(const QString& address, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Engine engine() const { return m_engine; }
    // The file's path, or the server address without any password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a store asked for read-write was opened read-only (issue 24: a file this account may not
    // change, or one in a folder that will not take SQLite's side files), in words for the banner.
    // Empty when the store is writable or the caller asked for read-only.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    Status setSchemaVersion(int version);   // inside the migration step's transaction
    static int latestSchemaVersion();

    // Serialises writers that read-then-append (the audit chain's next sequence and hash) until
    // the transaction ends. SQLite's BEGIN IMMEDIATE already does; PostgreSQL takes a lock.
    Status lockForAppend(const char* what) const;

    // Runs one parameterised statement. Every value travels as a bound parameter, never in the text.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& params = {}) const;
    // The first column of the first row (null when there is none); the statement is finished at once.
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {}) const;
    // Prepares a statement once for repeated execution in bulk paths.
    Result<QSqlQuery> prepare(const QString& sql) const;
    Status execPrepared(QSqlQuery& query, const QVariantList& params) const;
    // Runs a statement that returns no rows (INSERT, DELETE) from a statement prepared once per
    // connection and kept. Bulk paths run the same few writes thousands of times, and preparing
    // them again each time (triggers and foreign keys included) was half the cost of an import.
    // The statement never leaves this class, so reusing it cannot disturb a caller still reading
    // an earlier result.
    Status write(const QString& sql, const QVariantList& params = {}) const;
    // Runs an INSERT into a table whose key `id` is generated, and returns the new row's id, never
    // another table's key set by a trigger (RETURNING id on PostgreSQL; SQLite's last rowid, see
    // SqliteWrites.h). An INSERT that adds no row is an error. Kept prepared like write().
    Result<qint64> insert(const QString& sql, const QVariantList& params = {}) const;

    // Conduct's tables (not the engine's own, nor the full-text index's), by name.
    Result<QStringList> tableNames() const;
    // The tables that `table`'s foreign keys point at.
    Result<QStringList> referencedTables(const QString& table) const;


    QSqlDatabase handle() const;
    QString connectionName() const { return m_connection; }
    // Whether write() and insert() go through SQLite's C API (SqliteWrites) rather than QSqlQuery:
    // only on SQLite, and only when the start-up check found Qt's driver on the same libsqlite3.
    bool writesThroughSqliteApi() const { return m_sqliteApiWrites; }

private:
    friend class Transaction;
    Database(QString connection, QString path, Engine engine, bool readOnly);
    static Result<std::unique_ptr<Database>> openSqliteFile(const QString& path, const OpenOptions& options, bool newFile,
                                                            bool immutable = false);
    static Status createSqlite(const QString& path);
    Status configureSqlite(bool newFile);
    Result<QSqlQuery*> keptStatement(const QString& sql) const;
    SqliteWrites* sqliteWrites() const;   // write() and insert() on SQLite; nullptr elsewhere
    void noteFailure() const;   // a statement failed: on PostgreSQL the open transaction is lost
    Status configurePostgres(const QString& schema, const OpenOptions& options);
    Status migrateUnderServerLock(bool readOnly);
    Status migrate(bool backupFirst);

    QString m_connection;
    QString m_path;
    Engine m_engine;
    bool m_readOnly;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    // An inner unit of work failed, or (PostgreSQL) a statement inside the transaction did, after
    // which the server refuses the rest and turns COMMIT into a rollback: either way the outer
    // unit must not report success.
    mutable bool m_rollbackOnly = false;
    mutable std::unordered_map<QString, QSqlQuery> m_writeStatements;   // write(): by SQL text (QSqlQuery is move-only)
    mutable std::unique_ptr<SqliteWrites> m_sqliteWrites;               // the same, through SQLite's C API
    mutable bool m_sqliteApiWrites = false;   // decided when a SQLite file is opened (SqliteWrites::sharesQtDriverLibrary)
};

// One unit of work. Rolls back unless commit() succeeded, so an early return or an error
// can never leave half a change behind. Nested transactions join the outer one.
class [[nodiscard]] Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status status() const { return m_began; }   // whether BEGIN itself worked
    Status commit();

private:
    Database& m_db;
    Status m_began;
    bool m_outermost = false;
    bool m_done = false;
};

// Timestamps are stored as ISO 8601 UTC text with milliseconds: they sort as text and read
// the same on both engines.
QVariant toDbTime(const QDateTime& utc);
QDateTime fromDbTime(const QVariant& value);
QVariant toDbDate(const QDate& date);
QDate fromDbDate(const QVariant& value);
QVariant nullIfEmpty(const QString& text);

} // namespace conduct
