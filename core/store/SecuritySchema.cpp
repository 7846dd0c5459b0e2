#include "store/SecuritySchema.h"

namespace conduct {

QStringList userSchemaSqlite()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users ("
            " id INTEGER PRIMARY KEY,"
            " user_name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(user_name) BETWEEN 1 AND 64),"
            " display_name TEXT NOT NULL,"
            " password_hash TEXT NOT NULL,"                 // Argon2id encoded hash; never plain text
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
            " last_failure_utc TEXT,"
            " locked_until_utc TEXT,"
            " password_changed_utc TEXT,"
            " created_utc TEXT NOT NULL,"
            " updated_utc TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS user_roles ("
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'administrator')),"
            " PRIMARY KEY (user_id, role)) WITHOUT ROWID"),
    };
}

QStringList auditSchemaSqlite()
{
    return {
        // sequence is assigned by AuditLog::append (last + 1) inside the writer's transaction, so
        // the chain has no gaps. No foreign keys: the trail outlives any record it mentions.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS audit_log ("
            " sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),"
            " time_utc TEXT NOT NULL,"
            " user_id INTEGER NOT NULL DEFAULT 0,"
            " user_name TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " case_id INTEGER NOT NULL DEFAULT 0,"
            " case_urn TEXT NOT NULL DEFAULT '',"
            " entity_type TEXT NOT NULL DEFAULT '',"
            " entity_id TEXT NOT NULL DEFAULT '',"
            " before_json TEXT NOT NULL DEFAULT '',"
            " after_json TEXT NOT NULL DEFAULT '',"
            " justification TEXT NOT NULL DEFAULT '',"
            " recipient TEXT NOT NULL DEFAULT '',"
            " previous_hash TEXT NOT NULL,"
            " hash TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_by_case ON audit_log(case_id, sequence)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_by_user ON audit_log(user_id, sequence)"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END"),
    };
}

} // namespace conduct
