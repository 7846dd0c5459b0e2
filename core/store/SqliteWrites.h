#pragma once
// Database::write() and insert() on a SQLite store, through SQLite's own C API on the same
// connection Qt opened (QSqlDriver::handle()), so inside the same transaction.
//
// Why not QSqlQuery: a bulk import runs the same few INSERTs hundreds of thousands of times, and
// perf showed Qt's per-execution work (a placeholder name built with QString::arg for every bound
// value, the result's column record rebuilt on every exec) costing as much as SQLite's own work
// for the row. Binding follows Database::execPrepared exactly: a null QVariant is NULL, a null
// QString in a valid QVariant is '' (empty text), flags are integers, times arrive as text.
//
// Calling this library's functions on a handle another copy of SQLite opened is undefined
// behaviour, so this path is only taken once sharesQtDriverLibrary() has confirmed that Qt's
// QSQLITE driver and Conduct link the same loaded libsqlite3 (true of Debian's Qt, which builds the
// driver against the system library; not of a Qt that bundles its own SQLite). Otherwise Database
// writes through QSqlQuery.

#include "common/Result.h"

#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;

namespace conduct {

class SqliteWrites {
public:
    // The connection behind a QSQLITE QSqlDatabase; nullptr when the driver hands none out.
    static sqlite3* connectionOf(const QVariant& driverHandle);

    // Whether the loaded QSQLITE driver plugin resolves SQLite's functions to the very libsqlite3
    // this code calls, and no other libsqlite3 is loaded. Call once the QSQLITE driver is loaded
    // (after the first QSqlDatabase::addDatabase("QSQLITE")); the answer is worked out once per
    // process and kept. A test may decide the answer instead (see LibraryCheckOverride).
    static bool sharesQtDriverLibrary();
    // What the check found, in words, for a log line or a test's message.
    static QString libraryCheckReport();

    // For tests: while alive, sharesQtDriverLibrary() returns `shared` instead of the real
    // answer, so the fallback to Qt's path can be exercised on a machine where the libraries match.
    class LibraryCheckOverride {
    public:
        explicit LibraryCheckOverride(bool shared);
        ~LibraryCheckOverride();
        LibraryCheckOverride(const LibraryCheckOverride&) = delete;
        LibraryCheckOverride& operator=(const LibraryCheckOverride&) = delete;

    private:
        int m_previous;
    };

    explicit SqliteWrites(sqlite3* connection);
    ~SqliteWrites();   // finalizes every kept statement: call before the connection closes
    SqliteWrites(const SqliteWrites&) = delete;
    SqliteWrites& operator=(const SqliteWrites&) = delete;

    // Runs `sql` (prepared on first use, then kept) to completion with `params` bound in order.
    enum class Returns { Nothing, NewRowId };
    // With NewRowId, `sql` is an INSERT of one row and the result is its rowid, or 0 when it
    // inserted none (OR IGNORE). Not RETURNING id: SQLite builds a temporary table for RETURNING
    // on every run, which doubled the b-tree work of each imported incident (perf). A row a trigger
    // inserts does not count: SQLite restores the last rowid when the trigger ends.
    // With Nothing, the result is 0.
    Result<qint64> run(const QString& sql, const QVariantList& params, Returns returns);

private:
    struct Kept;
    std::unique_ptr<Kept> m_kept;
};

} // namespace conduct
