#pragma once
// Teams, assigned by an administrator (issue 24, need to know): officers see their own and their
// team-mates' cases in full, supervisors the cases of the teams they are members of. Every change
// needs ManageTeams and is audited with what it was before and after.

#include "common/Result.h"
#include "security/User.h"
#include "store/TeamRepository.h"

namespace conduct {

class Database;

class TeamService {
public:
    TeamService(Database& db, const Session& session) : m_db(db), m_session(session) {}

    Result<QList<Team>> teams() const;
    // The accounts that can be put in a team: active accounts of this database, by display name.
    Result<QList<User>> accounts() const;
    Result<qint64> createTeam(const QString& name);
    Status renameTeam(qint64 teamId, const QString& name);
    Status deleteTeam(qint64 teamId);
    Status addMember(qint64 teamId, qint64 userId);
    Status removeMember(qint64 teamId, qint64 userId);

private:
    Result<Team> existing(qint64 teamId) const;
    Status checkName(const QString& name, qint64 exceptTeamId) const;

    Database& m_db;
    Session m_session;
};

} // namespace conduct
