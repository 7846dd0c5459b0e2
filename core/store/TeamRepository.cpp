#include "store/TeamRepository.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace conduct {

Result<QList<Team>> TeamRepository::all() const
{
    auto teams = m_db.exec(QStringLiteral("SELECT id, name, created_utc FROM teams ORDER BY lower(name), id"));
    if (!teams.ok()) return teams.error();
    QList<Team> out;
    QHash<qint64, qsizetype> indexOf;
    while (teams->next()) {
        indexOf.insert(teams->value(0).toLongLong(), out.size());
        out.append(Team{teams->value(0).toLongLong(), teams->value(1).toString(), fromDbTime(teams->value(2)), {}});
    }
    auto members = m_db.exec(QStringLiteral("SELECT m.team_id, u.id, u.user_name, u.display_name FROM team_members m "
                                            "JOIN users u ON u.id = m.user_id ORDER BY lower(u.display_name), u.id"));
    if (!members.ok()) return members.error();
    while (members->next()) {
        const auto at = indexOf.constFind(members->value(0).toLongLong());
        if (at == indexOf.constEnd()) continue;
        out[*at].members.append({members->value(1).toLongLong(), members->value(2).toString(), members->value(3).toString()});
    }
    return out;
}

Result<std::optional<Team>> TeamRepository::get(qint64 teamId) const
{
    auto teams = all();
    if (!teams.ok()) return teams.error();
    for (const Team& t : teams.value())
        if (t.id == teamId) return std::optional<Team>{t};
    return std::optional<Team>{};
}

Result<std::optional<qint64>> TeamRepository::findByName(const QString& name) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM teams WHERE lower(name) = lower(CAST(? AS TEXT))"), {name});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<qint64>{};
    return std::optional<qint64>{r->value(0).toLongLong()};
}

Result<qint64> TeamRepository::insert(const QString& name, const QDateTime& createdUtc) const
{
    return m_db.insert(QStringLiteral("INSERT INTO teams (name, created_utc) VALUES (?, ?)"), {name, toDbTime(createdUtc)});
}

Status TeamRepository::rename(qint64 teamId, const QString& name) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"), {name, teamId});
    return r.ok() ? Status{} : Status{r.error()};
}

Status TeamRepository::remove(qint64 teamId) const
{
    // Members go first, so the removal does not lean on the engine's foreign-key cascade.
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {teamId}); !r.ok()) return r.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM teams WHERE id = ?"), {teamId});
    return r.ok() ? Status{} : Status{r.error()};
}

Status TeamRepository::addMember(qint64 teamId, qint64 userId) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?) "
                                      "ON CONFLICT (team_id, user_id) DO NOTHING"),
                       {teamId, userId});
    return r.ok() ? Status{} : Status{r.error()};
}

Status TeamRepository::removeMember(qint64 teamId, qint64 userId) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = ? AND user_id = ?"), {teamId, userId});
    return r.ok() ? Status{} : Status{r.error()};
}

} // namespace conduct
