#pragma once
// The tables the security module reads and writes, for the store's migration to run (one
// statement per entry, in order). Idempotent (IF NOT EXISTS), so tests may also run them on a
// fresh database directly. SQLite dialect.

#include <QStringList>

namespace conduct {

// users and user_roles: accounts, their roles, and the sign-in back-off state (so a lock
// survives restarting the application).
QStringList userSchemaSqlite();

// audit_log, with triggers that make it append-only even to someone with an SQL prompt.
QStringList auditSchemaSqlite();

} // namespace conduct
