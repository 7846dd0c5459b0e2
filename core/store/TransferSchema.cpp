#include "store/TransferSchema.h"

namespace conduct {

// A case bundle carries the audit records of the database it came from. They cannot join this
// database's audit_log: that is a hash chain of what happened HERE, and inserting another chain's
// records would break it (and claim they happened here). So they are kept, exactly as they were,
// in their own table, read-only like the trail itself, and travel on if the case moves again.
QStringList transferSchemaV7(Engine)
{
    return {
        QStringLiteral(R"(CREATE TABLE transferred_audit_records (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            time_utc TEXT NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            entity_type TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            before_json TEXT NOT NULL DEFAULT '',
            after_json TEXT NOT NULL DEFAULT '',
            justification TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX transferred_audit_records_case ON transferred_audit_records(case_id, source, sequence)"),
        QStringLiteral("CREATE TRIGGER transferred_audit_records_no_update BEFORE UPDATE ON transferred_audit_records "
                       "BEGIN SELECT RAISE(ABORT, 'transferred audit records are kept as they arrived'); END"),
    };
}

} // namespace conduct
