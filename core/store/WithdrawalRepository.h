#pragma once
// Withdrawals of support (protocol 5.3–5.8). Answers are stored as the forms engine's JSON with
// the id and version of the pack they answered, so a force's adapted pack reads back correctly.

#include "common/Result.h"
#include "rules/Withdrawal.h"

namespace conduct {

class Database;

// A withdrawal as stored: the answers' JSON is kept raw, since reading it needs the pack.
struct StoredWithdrawal {
    Withdrawal record;            // statement / report answers empty until parsed
    QJsonObject statementJson;
    QJsonObject reportJson;
};

class WithdrawalRepository {
public:
    explicit WithdrawalRepository(const Database& db) : m_db(db) {}
    Result<qint64> insert(const Withdrawal& w) const;
    Status update(const Withdrawal& w) const;   // conflict when w.rowVersion is stale
    Result<StoredWithdrawal> get(qint64 id) const;
    Result<QList<StoredWithdrawal>> listForCase(qint64 caseId) const;   // oldest first
    // Whether saving `edited` would store exactly what is stored, of the same version (issue 30:
    // a save with no changes writes nothing). Every column is compared, the complainant's words
    // too, which the audit record leaves out.
    static bool storesUnchanged(const StoredWithdrawal& stored, const Withdrawal& edited);

private:
    const Database& m_db;
};

} // namespace conduct
