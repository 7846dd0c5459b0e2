#include "store/UnitPolicyRepository.h"

#include "store/Database.h"
#include "store/server/ServerAuthority.h"

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
    // On a server store the policy is the owner's function's to write, which checks on the server
    // that the caller is an administrator and records them and the server's time (ServerAuthority.h).
    if (writesAuthorityThroughServer(m_db)) {
        auto r = m_db.exec(QStringLiteral("SELECT conduct_set_unit_policy(?, ?)"), {name, value});
        if (!r.ok()) return r.error();
        return {};
    }
    return m_db.write(QStringLiteral("INSERT INTO unit_policy (name, value, updated_by_user_id, updated_utc) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                     "updated_by_user_id = excluded.updated_by_user_id, updated_utc = excluded.updated_utc"),
                      {name, value, userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()), toDbTime(updatedUtc)});
}

Status UnitPolicyRepository::remove(const QString& name)
{
    if (writesAuthorityThroughServer(m_db)) {   // as put(): the function, with no value
        auto r = m_db.exec(QStringLiteral("SELECT conduct_set_unit_policy(?, CAST(NULL AS TEXT))"), {name});
        if (!r.ok()) return r.error();
        return {};
    }
    return m_db.write(QStringLiteral("DELETE FROM unit_policy WHERE name = ?"), {name});
}

} // namespace conduct
