#pragma once
// The audit_log table (security/SecuritySchema: auditSchemaSqlite()). SQL only: the hash chain,
// the actor and the erasure rule are AuditLog's (core/security); this file reads and writes rows.

#include "common/Result.h"
#include "security/AuditRecord.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace conduct {

class Database;

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

// Where the chain ends: the record a new one follows.
struct AuditChainEnd {
    qint64 sequence = 0;
    QByteArray hash;
};

class AuditLogStore {
public:
    explicit AuditLogStore(const Database& db) : m_db(db) {}

    // The newest record's sequence and hash; none in an empty trail.
    Result<std::optional<AuditChainEnd>> chainEnd() const;
    // Writes a record whose sequence, time and hashes are already set.
    Status insert(const AuditRecord& record) const;

    // Oldest first.
    Result<QList<AuditRecord>> readAll() const;
    Result<QList<AuditRecord>> readForCase(qint64 caseId) const;
    // Skipping `offset` and returning at most `limit` (all when limit < 0).
    Result<QList<AuditRecord>> readFiltered(const AuditFilter& filter, int offset, int limit) const;
    Result<qint64> countFiltered(const AuditFilter& filter) const;

    // The sequence of the newest record with one of these actions; 0 when there is none.
    Result<qint64> newestSequenceOf(const QList<AuditAction>& actions) const;

private:
    Result<QList<AuditRecord>> readWhere(const QString& where, const QVariantList& params, const QString& limit = {}) const;

    const Database& m_db;
};

} // namespace conduct
