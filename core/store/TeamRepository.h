#pragma once
// Teams (schema v13), assigned by an administrator: members see each other's cases in full
// (AccessGrantRepository's full-view rule). Callers (services/TeamService) own the transaction.

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

class Database;

struct TeamMember {
    qint64 userId = 0;
    QString userName;
    QString displayName;
};

struct Team {
    qint64 id = 0;
    QString name;
    QDateTime createdUtc;
    QList<TeamMember> members;   // by display name
};

class TeamRepository {
public:
    explicit TeamRepository(const Database& db) : m_db(db) {}

    // Every team with its members, by name.
    Result<QList<Team>> all() const;
    Result<std::optional<Team>> get(qint64 teamId) const;
    // Another team's id with this name (compared without case), if any.
    Result<std::optional<qint64>> findByName(const QString& name) const;

    Result<qint64> insert(const QString& name, const QDateTime& createdUtc) const;
    Status rename(qint64 teamId, const QString& name) const;
    Status remove(qint64 teamId) const;
    Status addMember(qint64 teamId, qint64 userId) const;
    Status removeMember(qint64 teamId, qint64 userId) const;

private:
    const Database& m_db;
};

} // namespace conduct
