#include "store/ChangeAuthorQuery.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace conduct {

Result<std::optional<ChangeByOther>> newestChangeByOther(const Database& db, qint64 afterSequence, qint64 upToSequence,
                                                         qint64 userId, const QList<AuditAction>& actions)
{
    if (actions.isEmpty() || upToSequence <= afterSequence) return std::optional<ChangeByOther>();
    QStringList marks;
    QVariantList params{afterSequence, upToSequence, userId};
    for (AuditAction action : actions) {
        marks.append(QStringLiteral("?"));
        params.append(auditActionCode(action));
    }
    // The primary key bounds the search to the few records since the last poll.
    auto q = db.exec(QStringLiteral("SELECT a.user_name, u.display_name, a.case_urn, a.time_utc FROM audit_log a "
                                    "LEFT JOIN users u ON u.id = a.user_id "
                                    "WHERE a.sequence > ? AND a.sequence <= ? AND a.user_id <> ? AND a.action IN (%1) "
                                    "ORDER BY a.sequence DESC LIMIT 1")
                         .arg(marks.join(u',')),
                     params);
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<ChangeByOther>();
    ChangeByOther change;
    const QString displayName = q->value(1).toString();
    change.savedBy = displayName.isEmpty() ? q->value(0).toString() : displayName;
    change.caseUrn = q->value(2).toString();
    change.savedUtc = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs).toUTC();
    return std::optional<ChangeByOther>(change);
}

} // namespace conduct
