#include "store/UnitPolicyRepository.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace conduct {

Result<QList<StoredPolicyValue>> UnitPolicyRepository::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, value, updated_by_user_id, updated_utc FROM unit_policy ORDER BY name"));
    if (!q.ok()) return q.error();
    QList<StoredPolicyValue> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), fromDbTime(q->value(3))});
    return rows;
}

Status UnitPolicyRepository::put(const QString& name, const QString& value, qint64 userId, const QDateTime& updatedUtc)
{
    return m_db.write(QStringLiteral("INSERT INTO unit_policy (name, value, updated_by_user_id, updated_utc) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                     "updated_by_user_id = excluded.updated_by_user_id, updated_utc = excluded.updated_utc"),
                      {name, value, userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()), toDbTime(updatedUtc)});
}

Status UnitPolicyRepository::remove(const QString& name)
{
    return m_db.write(QStringLiteral("DELETE FROM unit_policy WHERE name = ?"), {name});
}

} // namespace conduct
