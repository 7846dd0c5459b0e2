#pragma once
// The stored audit trail: appends records to the hash chain in audit_log and verifies it.
// The table is created by the store's migration from auditSchemaSqlite(); its rows are read and
// written by store/AuditLogStore, where AuditFilter is declared.

#include "common/Result.h"
#include "security/AuditRecord.h"
#include "store/AuditLogStore.h"

#include <QList>

namespace conduct {

class Database;
struct Session;

class AuditLog {
public:
    // A record with the actor filled in from the session, for services to complete and append.
    static AuditRecord recordFor(const Session& actor, AuditAction action);

    // Appends one record: sets its sequence, time (Clock::nowUtc()), previous hash and hash.
    // Call it inside the transaction that makes the change being recorded, so the change and its
    // record are saved together or not at all; without one, it opens its own.
    static Status append(Database& db, AuditRecord record);

    // The whole trail, or one case's records, oldest first.
    static Result<QList<AuditRecord>> readAll(const Database& db);
    static Result<QList<AuditRecord>> readForCase(const Database& db, qint64 caseId);

    // Records matching the filter, oldest first, skipping `offset` and returning at most `limit`
    // (all when limit < 0); and how many match in all.
    static Result<QList<AuditRecord>> readFiltered(const Database& db, const AuditFilter& filter, int offset, int limit);
    static Result<qint64> countFiltered(const Database& db, const AuditFilter& filter);

    // Reads the whole trail and checks the chain (see verifyChain).
    static VerifyResult verify(const Database& db);
};

} // namespace conduct
