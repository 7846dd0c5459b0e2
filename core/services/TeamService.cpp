#include "services/TeamService.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::TeamService", text); }

constexpr qsizetype longestTeamName = 100;   // teams.name's CHECK

AuditRecord teamRecord(const Session& actor, AuditAction action, const QString& entityType, qint64 teamId)
{
    AuditRecord r = AuditLog::recordFor(actor, action);
    r.entityType = entityType;
    r.entityId = QString::number(teamId);
    return r;
}
} // namespace

Result<QList<Team>> TeamService::teams() const
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s.error();
    return TeamRepository(m_db).all();
}

Result<QList<User>> TeamService::accounts() const
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s.error();
    auto all = UserRepository(m_db).list();
    if (!all.ok()) return all.error();
    QList<User> active;
    for (const User& u : all.value())
        if (u.active) active.append(u);
    std::sort(active.begin(), active.end(), [](const User& a, const User& b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return active;
}

Result<Team> TeamService::existing(qint64 teamId) const
{
    auto team = TeamRepository(m_db).get(teamId);
    if (!team.ok()) return team.error();
    if (!team->has_value()) return Error{tr("Team"), tr("This team no longer exists. Another administrator may have deleted it.")};
    return **team;
}

Status TeamService::checkName(const QString& name, qint64 exceptTeamId) const
{
    if (name.isEmpty()) return fieldError(tr("Team name"), tr("Give the team a name, e.g. \"Response team 2\"."));
    if (name.size() > longestTeamName)
        return fieldError(tr("Team name"), tr("Shorten the team name to at most %1 characters.").arg(longestTeamName));
    auto same = TeamRepository(m_db).findByName(name);
    if (!same.ok()) return same.error();
    if (same->has_value() && **same != exceptTeamId)
        return fieldError(tr("Team name"), tr("There is already a team called \"%1\". Choose another name.").arg(name));
    return {};
}

Result<qint64> TeamService::createTeam(const QString& rawName)
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s.error();
    const QString name = rawName.trimmed();
    if (Status s = checkName(name, 0); !s.ok()) return s.error();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto id = TeamRepository(m_db).insert(name, Clock::nowUtc());
        if (!id.ok()) return id;
        AuditRecord r = teamRecord(m_session, AuditAction::Create, QStringLiteral("team"), id.value());
        r.setChanges({}, QJsonObject{{QStringLiteral("name"), name}});
        if (Status s = AuditLog::append(m_db, r); !s.ok()) return s.error();
        return id;
    });
}

Status TeamService::renameTeam(qint64 teamId, const QString& rawName)
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s;
    const QString name = rawName.trimmed();
    auto team = existing(teamId);
    if (!team.ok()) return team.error();
    if (team->name == name) return {};
    if (Status s = checkName(name, teamId); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = TeamRepository(m_db).rename(teamId, name); !s.ok()) return s;
        AuditRecord r = teamRecord(m_session, AuditAction::Update, QStringLiteral("team"), teamId);
        r.setChanges(QJsonObject{{QStringLiteral("name"), team->name}}, QJsonObject{{QStringLiteral("name"), name}});
        return AuditLog::append(m_db, r);
    });
}

Status TeamService::deleteTeam(qint64 teamId)
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s;
    auto team = existing(teamId);
    if (!team.ok()) return team.error();
    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = TeamRepository(m_db).remove(teamId); !s.ok()) return s;
        // An Update, not a Delete: an erasure's record keeps no values, and a team's name and
        // members (not personal data about a case) are what the record of its deletion must show.
        QJsonArray members;
        for (const TeamMember& m : team->members) members.append(m.userName);
        AuditRecord r = teamRecord(m_session, AuditAction::Update, QStringLiteral("team"), teamId);
        r.setChanges(QJsonObject{{QStringLiteral("name"), team->name}, {QStringLiteral("members"), members}},
                     QJsonObject{{QStringLiteral("name"), QJsonValue::Null}, {QStringLiteral("members"), QJsonArray()}});
        return AuditLog::append(m_db, r);
    });
}

Status TeamService::addMember(qint64 teamId, qint64 userId)
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s;
    auto team = existing(teamId);
    if (!team.ok()) return team.error();
    auto user = UserRepository(m_db).findById(userId);
    if (!user.ok()) return user.error();
    if (!user->has_value()) return fieldError(tr("Member"), tr("This account no longer exists. Choose another."));
    const User& member = (*user)->user;
    if (!member.active)
        return fieldError(tr("Member"), tr("%1's account is deactivated. Reactivate it under Accounts first.")
                                            .arg(member.displayName));
    for (const TeamMember& m : team->members)
        if (m.userId == userId) return {};
    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = TeamRepository(m_db).addMember(teamId, userId); !s.ok()) return s;
        AuditRecord r = teamRecord(m_session, AuditAction::Create, QStringLiteral("team_member"), teamId);
        r.setChanges({}, QJsonObject{{QStringLiteral("team"), team->name}, {QStringLiteral("member"), member.userName}});
        return AuditLog::append(m_db, r);
    });
}

Status TeamService::removeMember(qint64 teamId, qint64 userId)
{
    if (Status s = requirePermission(m_session, Action::ManageTeams); !s.ok()) return s;
    auto team = existing(teamId);
    if (!team.ok()) return team.error();
    const TeamMember* leaving = nullptr;
    for (const TeamMember& m : team->members)
        if (m.userId == userId) leaving = &m;
    if (!leaving) return {};
    const QString userName = leaving->userName;
    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = TeamRepository(m_db).removeMember(teamId, userId); !s.ok()) return s;
        // An Update, not a Delete: an erasure's record keeps no values, and this one must name who left.
        AuditRecord r = teamRecord(m_session, AuditAction::Update, QStringLiteral("team_member"), teamId);
        r.setChanges(QJsonObject{{QStringLiteral("member"), userName}}, QJsonObject{{QStringLiteral("member"), QString()}});
        return AuditLog::append(m_db, r);
    });
}

} // namespace conduct
