#pragma once
// PostgreSQL: an audit record written after the chain's end in one statement (issue 28: one round
// trip where AuditLogStore::chainEnd() then insert() took two). The server reads the last record's
// sequence and hash and works out the new record's hash: sha256 over the previous hash and the
// canonical form (AuditRecord.h: canonicalForm), whose first two lines, the format's version and
// the sequence, it writes itself before `canonicalTail`, every other field. The caller holds the
// append lock (Database::lockForAppend) from an earlier statement, so this statement's snapshot
// sees every record committed before it. Implemented in AuditLogStore.cpp, beside the other SQL
// of audit_log.

#include "common/Result.h"
#include "security/AuditRecord.h"

namespace conduct {

class Database;

// Where the chain now ends, with the previous hash the server used, for the caller to check
// against its own computation.
struct AuditAppended {
    qint64 sequence = 0;
    QByteArray previousHash;
    QByteArray hash;
};

Result<AuditAppended> insertAfterChainEnd(const Database& db, const AuditRecord& record, const QByteArray& canonicalTail);

} // namespace conduct
