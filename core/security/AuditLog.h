#pragma once
// The stored audit trail: appends records to the hash chain in audit_log and verifies it.
// The table is created by the store's migration from auditSchemaSqlite().

#include "common/Result.h"
#include "security/AuditRecord.h"

#include <QDate>
#include <QList>
#include <optional>

namespace conduct {

class Database;
struct Session;

// Which records to read. Every field is optional (empty or invalid: no restriction). Text is
// matched literally: quotes, %, _ and other SQL meta-characters mean only themselves.
struct AuditFilter {
    // Default initialisers let callers name only the fields they use (designated initialisers).
    QString caseUrn{};                  // part of a URN; spaces, '/' and '-' are ignored as in a URN
    QString userName{};                 // part of a user name, ignoring ASCII case
    std::optional<AuditAction> action{};
    QDate fromDate{};                   // UK calendar days (Europe/London), both inclusive
    QDate toDate{};
};

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
