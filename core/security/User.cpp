#include "security/User.h"

#include <QCoreApplication>

namespace conduct {

const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::Officer, Role::Supervisor, Role::Administrator};
    return roles;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Officer: return QStringLiteral("officer");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role role : allRoles())
        if (roleCode(role) == code) return role;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Officer: return QCoreApplication::translate("conduct::Security", "Officer");
    case Role::Supervisor: return QCoreApplication::translate("conduct::Security", "Supervisor");
    case Role::Administrator: return QCoreApplication::translate("conduct::Security", "Administrator");
    }
    return {};
}

} // namespace conduct
