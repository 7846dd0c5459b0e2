#pragma once
// Who is using Conduct: a user account, its roles, and the signed-in session that services
// receive so that every permission check and audit record knows the actor.

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace conduct {

// A user may hold several roles; their rights add up (see PermissionTable).
enum class Role { Officer, Supervisor, Administrator };

// Qt 6.4 has no qHash for scoped enums: QSet<Role> needs this one (found by ADL).
inline size_t qHash(Role role, size_t seed = 0) noexcept { return ::qHash(static_cast<int>(role), seed); }

const QList<Role>& allRoles();
QString roleCode(Role role);                       // "officer", as stored in user_roles.role
std::optional<Role> roleFromCode(const QString& code);
QString roleLabel(Role role);                      // "Officer", as shown to users

// What the MG forms print for an officer in their contact and certification blocks (issue 22).
// The administrator sets it when creating the account; the officer corrects their own (audited).
struct OfficerProfile {
    QString rank;           // e.g. "DC", "PS", or a staff job title
    QString collarNumber;   // collar or staff number
    QString station;
    QString telephone;
    QString mobile;
    QString email;
    bool operator==(const OfficerProfile&) const = default;
};

struct User {
    qint64 id = 0;
    QString userName;       // what the user types to sign in; unique, compared without case
    QString displayName;    // name and collar number, as printed on forms
    QSet<Role> roles;
    bool active = true;     // accounts are deactivated, never deleted, so the audit trail keeps its actors
    OfficerProfile profile;

    bool hasRole(Role role) const { return roles.contains(role); }
};

struct Session {
    User user;
    QDateTime startedUtc;
};

} // namespace conduct
