#pragma once
// The schema's history is written once, in SQLite's dialect, and released steps are never
// edited. On PostgreSQL each statement passes through this translation, a short table of
// rewrites for the few constructs the two engines spell differently (issue 12). Statements
// already written for PostgreSQL (the engine-specific ones, such as full-text search) pass
// through unchanged.

#include <QString>
#include <QStringList>

namespace conduct {

// One SQLite schema statement as the PostgreSQL statements that do the same. A trigger becomes
// a PL/pgSQL function and the trigger that calls it; a case-insensitive unique column becomes
// a unique index on lower(column).
QStringList postgresStatementsFor(const QString& sqliteStatement);

} // namespace conduct
