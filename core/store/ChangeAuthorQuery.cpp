#include "store/ChangeAuthorQuery.h"

#include "store/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace conduct {

namespace {
// Records in (afterSequence, upToSequence] with one of `actions`, by anyone but `userId`, newest
// first; `extraCondition` narrows them further. The primary key bounds the search to the few
// records since the last poll.
Result<QSqlQuery> changesByOthers(const Database& db, qint64 afterSequence, qint64 upToSequence, qint64 userId,
                                     const QList<AuditAction>& actions, const QString& extraCondition, const QString& limit)
{
    QStringList marks;
    QVariantList params{afterSequence, upToSequence, userId};
    for (AuditAction action : actions) {
        marks.append(QStringLiteral("?"));
        params.append(auditActionCode(action));
    }
    return db.exec(QStringLiteral("SELECT a.user_name, u.display_name, a.case_urn, a.time_utc FROM audit_log a "
                                  "LEFT JOIN users u ON u.id = a.user_id "
                                  "WHERE a.sequence > ? AND a.sequence <= ? AND a.user_id <> ? AND a.action IN (%1)%2 "
                                  "ORDER BY a.sequence DESC%3")
                       .arg(marks.join(u','), extraCondition, limit),
                   params);
}

ChangeByOther changeFrom(const QSqlQuery& q)
{
    ChangeByOther change;
    const QString displayName = q.value(1).toString();
    change.savedBy = displayName.isEmpty() ? q.value(0).toString() : displayName;
    change.caseUrn = q.value(2).toString();
    change.savedUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
    return change;
}
} // namespace

Result<std::optional<ChangeByOther>> newestChangeByOther(const Database& db, qint64 afterSequence, qint64 upToSequence,
                                                         qint64 userId, const QList<AuditAction>& actions)
{
    if (actions.isEmpty() || upToSequence <= afterSequence) return std::optional<ChangeByOther>();
    auto q = changesByOthers(db, afterSequence, upToSequence, userId, actions, QString(), QStringLiteral(" LIMIT 1"));
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<ChangeByOther>();
    return std::optional<ChangeByOther>(changeFrom(q.value()));
}

Result<QList<ChangeByOther>> caseChangesByOthers(const Database& db, qint64 afterSequence, qint64 upToSequence,
                                                 qint64 userId, const QList<AuditAction>& actions)
{
    QList<ChangeByOther> out;
    if (actions.isEmpty() || upToSequence <= afterSequence) return out;
    auto q = changesByOthers(db, afterSequence, upToSequence, userId, actions,
                             QStringLiteral(" AND a.case_urn IS NOT NULL AND a.case_urn <> ''"), QString());
    if (!q.ok()) return q.error();
    QSet<QString> seen;
    while (q->next()) {
        ChangeByOther change = changeFrom(q.value());
        if (seen.contains(change.caseUrn)) continue;   // newest first: the first of each case is its newest
        seen.insert(change.caseUrn);
        out.append(change);
    }
    return out;
}

} // namespace conduct
