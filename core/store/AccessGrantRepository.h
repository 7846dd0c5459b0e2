#pragma once
// Need to know (issue 24): who sees which case in full, and the justified-access grants that let
// anyone else in. One rule, written once as SQL, so that the case list, search and the case-access
// guard (services/CaseAccess) cannot disagree: a user sees a case in full when they are its
// officer in the case or its supervisor, when they share a team with its officer in the case
// (teams are assigned by an administrator; supervisors see their teams through membership), or
// while they hold a grant for it that has not ended and is less than 8 hours old.

#include "common/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <optional>

namespace conduct {

class Database;

// Why a grant was ended before it expired (access_grants.ended_why).
enum class GrantEnd { SignedOut, Locked };

struct StoredGrant {
    qint64 id = 0;
    qint64 userId = 0;
    qint64 caseId = 0;
    QString reasonCode;   // access_grants.reason: linked_enquiry, supervision, disclosure, other
    QString text;
    QDateTime grantedUtc;
    QDateTime expiresUtc;
    QDateTime endedUtc;   // invalid while the grant has not been ended
    QString endedWhy;     // "", "signed_out", "locked"
};

// The full-view rule as an SQL condition on the cases row aliased `alias`, with its parameters,
// for queries that mask what the viewer may not see. Binds the viewer and the time; uncorrelated
// subqueries, so it is worked out once per query, not once per case.
struct FullViewCondition {
    QString sql;
    QVariantList params;
};
FullViewCondition fullViewCondition(const QString& alias, qint64 viewerUserId, const QDateTime& nowUtc);

class AccessGrantRepository {
public:
    explicit AccessGrantRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const StoredGrant& grant) const;
    // The latest grant of `userId` for `caseId` that is still in force at `nowUtc`, if any.
    Result<std::optional<StoredGrant>> active(qint64 userId, qint64 caseId, const QDateTime& nowUtc) const;
    // Ends every grant of `userId` still in force; returns how many were ended.
    Result<int> endAll(qint64 userId, GrantEnd why, const QDateTime& nowUtc) const;
    // Whether `userId` sees `caseId` in full without a grant (officer in the case, supervisor, team).
    Result<bool> seesWithoutGrant(qint64 userId, qint64 caseId) const;
    // Of `caseIds`, those `userId` sees in full at `nowUtc` (the rule above, grants included).
    Result<QSet<qint64>> visibleAmong(qint64 userId, const QList<qint64>& caseIds, const QDateTime& nowUtc) const;
    // Every grant for a case, newest first: the record of who was let in.
    Result<QList<StoredGrant>> forCase(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace conduct
