#pragma once
// The server-kept audit trail of a store made by `conduct server init` (issue 25, second slice).
//
// The application's audit_log records what the application does, in the name the desk gives.
// server_audit records every INSERT, UPDATE, DELETE and TRUNCATE of the store's tables, whoever
// makes it and however (a desk, psql, a migration), in the name the server knows: session_user.
// It is written only by one SECURITY DEFINER trigger function of the owner role, never by a desk.
//
// One row of server_audit:
//   seq              1, 2, 3… with no gaps: taken as the newest + 1 under the lock below
//   recorded_utc     the server's clock (clock_timestamp()), a timestamptz
//   transaction_id   the server's transaction number, so rows saved together can be told apart
//   actor            session_user: the login role that signed in, never a value the client sends
//   account_id       the Conduct account whose login role that is (PREFIX_<user name>), if any
//   table_name, operation ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'), row_key (the primary key
//                    columns as a JSON object; {} for TRUNCATE)
//   old_row, new_row the whole row before and after, as jsonb (to_jsonb); the columns of
//                    digestedColumns() hold "sha256:<hex>" of the value's JSON text instead
//   old_digest, new_digest
//                    hex SHA-256 of old_row::text and new_row::text
//   previous_hash    the previous row's hash; 64 zeros for the first (as audit_log's genesisHash)
//   hash             hex SHA-256 of UTF-8 (previous_hash || canonical text), where the canonical
//                    text is jsonb_build_array(seq, recorded_utc as ISO 8601 UTC with microseconds,
//                    transaction_id, actor, account_id, table_name, operation, row_key,
//                    old_digest, new_digest)::text. jsonb's text form is fixed for a given value
//                    (keys ordered, one spelling of each number), and JSON quoting keeps each
//                    field apart, so no two rows share a canonical text.
//
// The chain covers the row digests, not the rows: a later erasure (DPA 2018 s47) can blank an
// erased case's old_row/new_row and leave the chain intact, and a row that is present must still
// match its digest. Verification and the trigger compute the hash with the same SQL expression
// (canonicalHashSql in ServerAuditTrail.cpp), verification from the desk's side, so a replaced
// server function cannot make a broken chain look intact.
//
// The trigger takes the same transaction-scoped advisory lock as the application's audit append
// (Database::lockForAppend("audit_log")): both chains are appended in one order, and no two
// transactions can take two locks in opposite orders. It is held to COMMIT, so writing
// transactions take their turn from their first recorded write. The newest row is read after the
// lock, in a fresh snapshot under READ COMMITTED (the application's level). A psql session in
// REPEATABLE READ that started before another append reads an older newest row, and its append
// then fails on the sequence's primary key: refused, never a forked chain.
//
// Not prevented: a superuser can switch the triggers off and rewrite or remove rows, recomputing
// the chain after them. Removing or rewriting the newest rows is caught by a signed checkpoint
// (security/AuditCheckpoint) taken before, kept away from the server.

#include "common/Result.h"
#include "store/server/ServerRoles.h"

#include <QByteArray>
#include <QStringList>

namespace conduct {

class Database;

inline constexpr const char* serverTrailTable = "server_audit";

// Tables whose changes are not recorded, each with the reason (for the README and the tests):
// derived rows that recorded tables determine, and the schema's bookkeeping.
struct UnrecordedTable {
    const char* table;
    const char* why;
};
QList<UnrecordedTable> tablesLeftOutOfServerTrail();

// Columns recorded by their digest, not their value: secrets and large binary content.
struct DigestedColumn {
    const char* table;
    const char* column;
};
QList<DigestedColumn> digestedColumns();

// The tables of the live schema the trail records: every table but the left-out ones and itself.
Result<QStringList> tablesRecordedInServerTrail(const Database& db);

// CREATE TABLE IF NOT EXISTS server_audit, its append-only guard, the trigger function and a
// trigger on every recorded table (CREATE OR REPLACE: server upgrade runs them again, and a table
// a migration added gets its trigger). Run as the owner, in the store's schema, before the grants.
Result<QStringList> serverAuditTrailStatements(const Database& db, const ServerNames& names);

struct ServerTrailCheck {
    bool present = false;              // false: not a store made by conduct server init
    qint64 rows = 0;
    QByteArray headHash;               // hex; genesisHash() when there are no rows
    qint64 firstBrokenSequence = 0;    // 0 when intact; else the first row whose check fails
    bool intact() const { return firstBrokenSequence == 0; }
};

// Recomputes every row's digests and hash in one query and compares each row with the one
// before (sequence, previous hash). Needs SELECT on server_audit (supervisors, administrators
// and the owner). On a SQLite file or a server store without the trail: present = false.
Result<ServerTrailCheck> verifyServerAuditTrail(const Database& db);

// The stored hash of row `sequence`; empty when there is no such row.
Result<QByteArray> serverTrailHashAt(const Database& db, qint64 sequence);

} // namespace conduct
