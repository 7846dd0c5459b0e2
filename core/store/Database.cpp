#include "store/Database.h"

#include "store/DatabaseRows.h"
#include "store/Migrations.h"
#include "store/SqliteFile.h"
#include "store/SqliteWrites.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Database", text); }

Error sqlError(const QSqlError& e, const QString& context)
{
    return Error{tr("Database"), tr("%1 failed: %2").arg(context, e.text())};
}

QString statementHead(const QString& sql) { return sql.simplified().left(60); }

constexpr std::size_t maxKeptStatements = 400;

bool changesSchema(const QString& sql)
{
    const QString head = sql.trimmed().left(8).toUpper();
    return head.startsWith(QLatin1String("CREATE")) || head.startsWith(QLatin1String("ALTER"))
           || head.startsWith(QLatin1String("DROP"));
}
} // namespace

Database::Database(QString connection, QString path, Engine engine, bool readOnly)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_engine(engine), m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_writeStatements.clear();   // statements first: a connection is closed after its queries
    m_sqliteWrites.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Database::handle() const { return QSqlDatabase::database(m_connection, false); }

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, const OpenOptions& options)
{
    auto state = inspectDatabaseFile(path);
    if (!state.ok()) return state.error();
    if (state.value() == FileState::Missing) {
        if (options.readOnly || !options.createIfMissing)
            return fieldError(tr("Database file"), tr("%1 does not exist.").arg(path));
        if (Status s = createSqlite(path); !s.ok()) return s.error();
        return openSqliteFile(path, options, false);
    }
    // A file this account may not change is opened read-only instead of failing at the first
    // write with SQLite's own words (issue 24). Its folder must also take the -wal and -shm files
    // SQLite keeps beside a database it writes.
    const QFileInfo file(path);
    const bool fileWritable = file.isWritable();
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (options.readOnly || (fileWritable && folderWritable)) return openSqliteFile(path, options, false);

    OpenOptions readOnly = options;
    readOnly.readOnly = true;
    auto opened = openSqliteFile(path, readOnly, false);
    // SQLite reads a WAL database read-only only where it can find or make the -shm file; in a folder
    // that takes no new file, it reads the file as it is (immutable), seeing no later change.
    const bool immutable = !opened.ok() && !folderWritable;
    if (immutable) opened = openSqliteFile(path, readOnly, false, true);
    if (!opened.ok()) return opened.error();
    QString reason = !fileWritable ? tr("your account may not change %1").arg(path)
                                   : tr("the folder %1 does not let Conduct keep its working files beside the "
                                        "database").arg(file.absolutePath());
    if (immutable)
        reason += tr("; it is read as it was when opened, so changes saved elsewhere meanwhile are not shown");
    opened.value()->m_readOnlyReason = reason;
    return opened;
}

// A new database is built under a temporary name and appears at `path` only once it is
// complete, so a crash during the first start never leaves an empty or half-made file there.
Status Database::createSqlite(const QString& path)
{
    const QString building = path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = createPrivateFile(building); !s.ok()) return s;
    {
        OpenOptions fresh;
        fresh.backupBeforeMigration = false;
        auto made = openSqliteFile(building, fresh, true);
        if (!made.ok()) return made.error();   // openSqliteFile removed the temporary file
        // Fold the WAL into the file so that closing leaves one self-contained file to rename.
        if (auto r = made.value()->scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r.ok()) {
            made.value().reset();
            QFile::remove(building);
            return r.error();
        }
    }
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    return publishNewFile(building, path);
}

Result<std::unique_ptr<Database>> Database::openSqliteFile(const QString& path, const OpenOptions& options, bool newFile,
                                                          bool immutable)
{
    const QString connection = QStringLiteral("conduct-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (immutable) {
            // immutable=1: SQLite reads the file as it is, takes no locks and creates no side files.
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(path);
        }
        // Read-only opens never create WAL side files on a file we must not change.
        if (options.readOnly && !immutable) db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            if (newFile) QFile::remove(path);
            return fieldError(tr("Database file"), tr("Could not open %1: %2").arg(path, message));
        }
    }
    std::unique_ptr<Database> database(new Database(connection, path, Engine::Sqlite, options.readOnly));
    // The QSQLITE driver is loaded now, so whether it shares Conduct's libsqlite3 can be checked.
    database->m_sqliteApiWrites = SqliteWrites::sharesQtDriverLibrary();
    if (Status s = database->configureSqlite(newFile); !s.ok()) {
        database.reset();
        if (newFile) QFile::remove(path);
        return s.error();
    }
    if (!options.readOnly) {
        if (Status s = database->migrate(options.backupBeforeMigration && !newFile); !s.ok()) {
            database.reset();
            if (newFile) QFile::remove(path);
            return s.error();
        }
    } else if (database->schemaVersion() < latestSchemaVersion()) {
        return fieldError(tr("Database file"), tr("%1 uses an older schema (version %2) and cannot be upgraded while "
                                                  "opened read-only. Open it read-write once to upgrade it.")
                                                   .arg(path).arg(database->schemaVersion()));
    }
    return database;
}

Status Database::configureSqlite(bool newFile)
{
    // Identity checks first, before any statement that could write to the file.
    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId.ok()) return appId.error();
    const qint32 foundId = appId->toInt();
    const int version = schemaVersion();
    if (!newFile) {
        if (foundId != applicationId)
            return fieldError(tr("Database file"), tr("%1 is an SQLite database of another application, not a Conduct "
                                                      "database. It has not been changed.").arg(m_path));
        if (version > latestSchemaVersion())
            return fieldError(tr("Database file"), tr("%1 was written by a newer version of Conduct (schema %2; this "
                                                      "program knows up to %3). Upgrade Conduct to open it; the file has "
                                                      "not been changed.").arg(m_path).arg(version).arg(latestSchemaVersion()));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        // FULL: a commit is on the disk before the store reports success (no edit lost on power loss).
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA secure_delete = ON"),   // erased personal data does not linger in free pages
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        // 32 MB of page cache (the default is 2 MB): at a force's size the search indexes' hot
        // pages were read again from the operating system on every search and filter keystroke.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString& p : pragmas)
        if (auto r = scalar(p); !r.ok()) return r.error();
    if (!m_readOnly) {
        auto wal = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal.ok()) return wal.error();
        if (wal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fieldError(tr("Database file"), tr("Could not switch %1 to write-ahead logging; it may be locked by "
                                                      "another program.").arg(m_path));
    }
    if (newFile)
        if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !r.ok()) return r.error();
    return {};
}

int Database::schemaVersion() const
{
    auto r = scalar(m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA user_version")
                                               : QStringLiteral("SELECT schema_version FROM conduct_meta"));
    return r.ok() && !r->isNull() ? r->toInt() : -1;
}

Status Database::setSchemaVersion(int version)
{
    // PRAGMA takes no bound parameters; the version is our own integer, never user input.
    auto r = m_engine == Engine::Sqlite ? exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
                                        : exec(QStringLiteral("UPDATE conduct_meta SET schema_version = ?"), {version});
    if (!r.ok()) return r.error();
    return {};
}

Status Database::lockForAppend(const char* what) const
{
    if (m_engine == Engine::Sqlite) return {};
    // Released at COMMIT or ROLLBACK; the key is the application id and the name of what is appended to.
    auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(?))").arg(applicationId),
                  {QString::fromLatin1(what)});
    if (!r.ok()) return r.error();
    return {};
}

int Database::latestSchemaVersion() { return conduct::latestSchemaVersion(); }

Status Database::migrate(bool backupFirst)
{
    const Status migrated = runMigrations(*this, backupFirst);
    m_writeStatements.clear();   // nothing kept from before a change to the tables is run again
    return migrated;
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) return sqlError(query.lastError(), statementHead(sql));
    return query;
}

Status Database::execPrepared(QSqlQuery& query, const QVariantList& params) const
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& value = params.at(i);
        // Qt binds a null QString as SQL NULL; an empty text field is '' (NULL is kept for "no value").
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        // Flags are INTEGER 0/1 columns on both engines; PostgreSQL will not store TRUE in one.
        else if (m_engine == Engine::Postgres && value.typeId() == QMetaType::Bool)
            query.bindValue(i, value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toBool() ? 1 : 0));
        else
            query.bindValue(i, value);
    }
    if (!query.exec()) {
        noteFailure();
        return sqlError(query.lastError(), statementHead(query.lastQuery()));
    }
    return {};
}

void Database::noteFailure() const
{
    if (m_engine == Engine::Postgres && m_transactionDepth > 0) m_rollbackOnly = true;
}

Result<QSqlQuery*> Database::keptStatement(const QString& sql) const
{
    auto cached = m_writeStatements.find(sql);
    if (cached == m_writeStatements.end()) {
        // Some texts are built per call (IN lists of varying length), so the kept set is bounded;
        // it is let go between transactions, where the server accepts DEALLOCATE.
        if (m_writeStatements.size() >= maxKeptStatements && m_transactionDepth == 0) m_writeStatements.clear();
        auto prepared = prepare(sql);
        if (!prepared.ok()) return prepared.error();
        cached = m_writeStatements.emplace(sql, std::move(prepared).value()).first;
    }
    return &cached->second;
}

SqliteWrites* Database::sqliteWrites() const
{
    if (!m_sqliteApiWrites) return nullptr;   // PostgreSQL, or another libsqlite3 behind Qt's driver
    if (!m_sqliteWrites) {
        const QSqlDatabase db = handle();
        sqlite3* connection = db.driver() ? SqliteWrites::connectionOf(db.driver()->handle()) : nullptr;
        if (!connection) {   // Qt's own path below still works
            m_sqliteApiWrites = false;
            return nullptr;
        }
        m_sqliteWrites = std::make_unique<SqliteWrites>(connection);
    }
    return m_sqliteWrites.get();
}

Status Database::write(const QString& sql, const QVariantList& params) const
{
    if (SqliteWrites* direct = sqliteWrites()) {
        auto ran = direct->run(sql, params, SqliteWrites::Returns::Nothing);
        return ran.ok() ? Status{} : Status{ran.error()};
    }
    auto query = keptStatement(sql);
    if (!query.ok()) return query.error();
    const Status ran = execPrepared(*query.value(), params);
    query.value()->finish();   // resets the statement: no lock or open read left behind
    return ran;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& params) const
{
    if (SqliteWrites* direct = sqliteWrites()) {
        auto id = direct->run(sql, params, SqliteWrites::Returns::NewRowId);
        if (!id.ok()) return id.error();
        if (id.value() <= 0) return Error{tr("Database"), tr("%1 added no row.").arg(statementHead(sql))};
        return id.value();
    }
    auto query = keptStatement(sql + QStringLiteral(" RETURNING id"));
    if (!query.ok()) return query.error();
    QSqlQuery& q = *query.value();
    const Status ran = execPrepared(q, params);
    const qint64 id = ran.ok() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (!ran.ok()) return ran.error();
    if (id <= 0) return Error{tr("Database"), tr("%1 added no row.").arg(statementHead(sql))};
    return id;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& params) const
{
    auto query = exec(sql, params);
    if (!query.ok()) return query.error();
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

// On PostgreSQL a statement with parameters is kept prepared per connection (one round trip, not
// three: Qt's driver sends PREPARE and DEALLOCATE around each query otherwise) and the caller gets a
// copy of its rows (DatabaseRows.h). Why that is safe by construction: the kept statement never
// leaves this class, and it is finished before exec() returns, so running the same text again
// (inside a loop over an earlier result, or while holding one) cannot touch rows a caller reads.
// Kept statements survive ROLLBACK (PostgreSQL's prepared statements are not transactional) and
// are let go after any schema change. SQLite prepares in-process, cheaply, and keeps Qt's path.
Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& params) const
{
    if (m_engine == Engine::Postgres && params.isEmpty()) {
        // PostgreSQL prepares only queries and data changes; schema statements, SET and
        // transaction control run as they are (they carry no values, so nothing is lost).
        QSqlQuery query(handle());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            noteFailure();
            return sqlError(query.lastError(), statementHead(sql));
        }
        // A kept statement may name a table or column this statement just changed; the server
        // would refuse it ("cached plan must not change result type"), so all are prepared afresh.
        if (changesSchema(sql)) m_writeStatements.clear();
        return query;
    }
    if (m_engine == Engine::Postgres) {
        // One round trip instead of three (PREPARE, EXECUTE, DEALLOCATE): the statement is kept
        // prepared and its rows copied out, so the kept statement is never in a caller's hands
        // and the next exec() of the same text cannot disturb a result still being read.
        auto kept = keptStatement(sql);
        if (!kept.ok()) return kept.error();
        QSqlQuery& statement = *kept.value();
        if (Status s = execPrepared(statement, params); !s.ok()) {
            // The statement may be what failed (a table changed by another desk's upgrade): the
            // next call prepares it again. Inside a transaction the server now refuses everything,
            // DEALLOCATE included, until the rollback, so the statement is kept there.
            if (m_transactionDepth == 0) m_writeStatements.erase(sql);
            return s.error();
        }
        return copyRowsOut(statement);
    }
    auto query = prepare(sql);
    if (!query.ok()) return query.error();
    if (Status s = execPrepared(query.value(), params); !s.ok()) return s.error();
    return std::move(query).value();
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.m_readOnly) {
        m_began = fieldError(tr("Database file"), tr("The database is open read-only; changes cannot be saved."));
        m_done = true;
        return;
    }
    m_outermost = m_db.m_transactionDepth == 0;
    if (m_outermost) {
        // IMMEDIATE takes the write lock now, so a busy database fails here and not half-way through.
        const QString begin = m_db.engine() == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        if (auto r = m_db.exec(begin); !r.ok()) {
            // busy_timeout has already waited: another connection holds the write lock.
            const bool busy = r.error().message.contains(QLatin1String("database is locked"))
                              || r.error().message.contains(QLatin1String("lock timeout"));
            m_began = busy ? Error{tr("Database"), tr("%1 is in use by another Conduct window or program that is saving "
                                                      "a change. Nothing was saved; try again in a moment.").arg(m_db.path())}
                           : r.error();
            m_done = true;
            return;
        }
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done) return;
    --m_db.m_transactionDepth;
    if (m_outermost) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.m_rollbackOnly = false;
    } else {
        // An inner unit failed: the outer one must not commit half a change.
        m_db.m_rollbackOnly = true;
    }
}

Status Transaction::commit()
{
    if (!m_began.ok()) return m_began;
    if (m_done) return Error{tr("Database"), tr("This change was already committed or abandoned.")};
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost) return {};
    if (m_db.m_rollbackOnly) {
        m_db.m_rollbackOnly = false;
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        return Error{tr("Database"), tr("Part of this change failed, so none of it was saved.")};
    }
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r.ok()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return {};
}

QVariant toDbTime(const QDateTime& utc)
{
    if (!utc.isValid()) return QVariant(QMetaType::fromType<QString>());
    // "yyyy-MM-ddTHH:mm:ss.zzzZ": Qt's ISO form of a UTC time, without parsing a pattern each time.
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QVariant& value)
{
    if (value.isNull()) return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant toDbDate(const QDate& date)
{
    if (!date.isValid()) return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate fromDbDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace conduct
