#pragma once
// What copyStore (StoreCopy.h) needs of each engine beyond Database's own catalogue helpers: a
// consistent read, an insertion order, key order, generated and identity columns, and turning
// the target's triggers off while rows are copied. Internal to the store copy.

#include "common/Result.h"

#include <QStringList>

namespace conduct {
class Database;
}

namespace conduct::storecopy {

// Reads the source in one read-only transaction, ended when this goes: every table, the counts
// and the audit chain as they were at one moment, even if a Conduct window is still saving into
// it. The database must not already be inside a transaction.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& status() const { return m_status; }

private:
    const Database& m_db;
    Status m_status;
};

// Conduct's tables, each after every table its foreign keys point at. A table that refers to
// itself, or tables that refer to each other in a ring, have no such order: an error names them.
Result<QStringList> parentsFirst(const Database& db);

// The columns after ORDER BY that give `table`'s rows in key order (SQLite's rowid when there
// is no declared key), so a copy reads an index in order rather than sorting.
Result<QString> keyOrder(const Database& db, const QString& table);

// Columns the engine computes itself, which an INSERT may not name.
Result<QStringList> generatedColumns(const Database& db, const QString& table);

// PostgreSQL: the tables whose `id` is an identity column (a sequence hands out new ids).
Result<QStringList> identityKeyTables(const Database& db);

// Turns off the triggers on `tables` for the rest of the caller's transaction and returns the
// statements that turn them on again. The rows copied already carry everything the triggers
// maintain (the case list's counts and names, for one): a trigger adding to a count copied as
// it was would count every incident twice. Both engines undo it all if the transaction rolls back.
Result<QStringList> suspendTriggers(Database& db, const QStringList& tables);

// SQLite: refills the full-text index from the incidents copied while its triggers were off
// (the same rebuild schema v3 does, see SchemaSearch.cpp). PostgreSQL's index needs nothing.
Status rebuildTextIndex(Database& db);

} // namespace conduct::storecopy
