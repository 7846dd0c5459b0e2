#include "store/AccessGrantRepository.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace conduct {
namespace {
const QString grantColumns = QStringLiteral("id, user_id, case_id, reason, reason_text, granted_utc, expires_utc, "
                                            "ended_utc, ended_why");

StoredGrant readGrant(const QSqlQuery& q)
{
    StoredGrant g;
    g.id = q.value(0).toLongLong();
    g.userId = q.value(1).toLongLong();
    g.caseId = q.value(2).toLongLong();
    g.reasonCode = q.value(3).toString();
    g.text = q.value(4).toString();
    g.grantedUtc = fromDbTime(q.value(5));
    g.expiresUtc = fromDbTime(q.value(6));
    g.endedUtc = fromDbTime(q.value(7));
    g.endedWhy = q.value(8).toString();
    return g;
}

// Team-mates: every member of every team the viewer belongs to (the viewer included).
const char* teamMatesSql = "SELECT theirs.user_id FROM team_members mine "
                           "JOIN team_members theirs ON theirs.team_id = mine.team_id WHERE mine.user_id = ?";
const char* grantedCasesSql = "SELECT case_id FROM access_grants WHERE user_id = ? AND ended_utc IS NULL "
                              "AND expires_utc > ?";
} // namespace

FullViewCondition fullViewCondition(const QString& alias, qint64 viewerUserId, const QDateTime& nowUtc)
{
    const QString sql = QStringLiteral("(%1.oic_user_id = ? OR %1.supervisor_user_id = ? OR %1.oic_user_id IN (%2) "
                                       "OR %1.id IN (%3))")
                            .arg(alias, QString::fromLatin1(teamMatesSql), QString::fromLatin1(grantedCasesSql));
    return {sql, {viewerUserId, viewerUserId, viewerUserId, viewerUserId, toDbTime(nowUtc)}};
}

Result<qint64> AccessGrantRepository::insert(const StoredGrant& grant) const
{
    return m_db.insert(QStringLiteral("INSERT INTO access_grants (user_id, case_id, reason, reason_text, granted_utc, "
                                      "expires_utc) VALUES (?, ?, ?, ?, ?, ?)"),
                       {grant.userId, grant.caseId, grant.reasonCode, grant.text, toDbTime(grant.grantedUtc),
                        toDbTime(grant.expiresUtc)});
}

Result<std::optional<StoredGrant>> AccessGrantRepository::active(qint64 userId, qint64 caseId, const QDateTime& nowUtc) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM access_grants WHERE user_id = ? AND case_id = ? "
                                      "AND ended_utc IS NULL AND expires_utc > ? ORDER BY granted_utc DESC, id DESC LIMIT 1")
                           .arg(grantColumns),
                       {userId, caseId, toDbTime(nowUtc)});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<StoredGrant>{};
    return std::optional<StoredGrant>{readGrant(r.value())};
}

Result<int> AccessGrantRepository::endAll(qint64 userId, GrantEnd why, const QDateTime& nowUtc) const
{
    const QString whyCode = why == GrantEnd::SignedOut ? QStringLiteral("signed_out") : QStringLiteral("locked");
    auto r = m_db.exec(QStringLiteral("UPDATE access_grants SET ended_utc = ?, ended_why = ? "
                                      "WHERE user_id = ? AND ended_utc IS NULL AND expires_utc > ?"),
                       {toDbTime(nowUtc), whyCode, userId, toDbTime(nowUtc)});
    if (!r.ok()) return r.error();
    return r->numRowsAffected();
}

Result<bool> AccessGrantRepository::seesWithoutGrant(qint64 userId, qint64 caseId) const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.id = ? AND (c.oic_user_id = ? "
                                        "OR c.supervisor_user_id = ? OR c.oic_user_id IN (%1))")
                             .arg(QString::fromLatin1(teamMatesSql)),
                         {caseId, userId, userId, userId});
    if (!r.ok()) return r.error();
    return r->toInt() > 0;
}

Result<QSet<qint64>> AccessGrantRepository::visibleAmong(qint64 userId, const QList<qint64>& caseIds,
                                                         const QDateTime& nowUtc) const
{
    QSet<qint64> visible;
    if (caseIds.isEmpty()) return visible;
    const FullViewCondition full = fullViewCondition(QStringLiteral("c"), userId, nowUtc);
    QVariantList params;
    QStringList marks;
    for (qint64 id : caseIds) {
        params.append(id);
        marks.append(QStringLiteral("?"));
    }
    auto r = m_db.exec(QStringLiteral("SELECT c.id FROM cases c WHERE c.id IN (%1) AND %2").arg(marks.join(u','), full.sql),
                       params + full.params);
    if (!r.ok()) return r.error();
    while (r->next()) visible.insert(r->value(0).toLongLong());
    return visible;
}

Result<QList<StoredGrant>> AccessGrantRepository::forCase(qint64 caseId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM access_grants WHERE case_id = ? ORDER BY granted_utc DESC, id DESC")
                           .arg(grantColumns),
                       {caseId});
    if (!r.ok()) return r.error();
    QList<StoredGrant> out;
    while (r->next()) out.append(readGrant(r.value()));
    return out;
}

} // namespace conduct
