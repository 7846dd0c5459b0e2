#include "security/AccountService.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Security", text); }

QJsonArray roleCodes(const QSet<Role>& roles)
{
    QJsonArray codes;
    for (Role role : allRoles())
        if (roles.contains(role)) codes.append(roleCode(role));
    return codes;
}

AuditRecord accountRecord(const Session* actor, AuditAction action, const User& subject)
{
    AuditRecord r;
    r.action = action;
    r.userId = actor ? actor->user.id : subject.id;
    r.userName = actor ? actor->user.userName : subject.userName;
    r.entityType = QStringLiteral("user");
    r.entityId = QString::number(subject.id);
    return r;
}

// True when the change would leave nobody able to manage accounts.
Result<bool> wouldRemoveLastAdministrator(const UserRepository& users, qint64 userId, const QSet<Role>& roles, bool active)
{
    auto all = users.list();
    if (!all.ok()) return all.error();
    for (const User& u : all.value()) {
        const bool admin = u.id == userId ? (active && roles.contains(Role::Administrator))
                                          : (u.active && u.hasRole(Role::Administrator));
        if (admin) return false;
    }
    return true;
}

// The profile fields that differ, keyed as the users table names them, for the audit record.
void profileChanges(const OfficerProfile& before, const OfficerProfile& after, QJsonObject& was, QJsonObject& now)
{
    const struct { const char* key; QString OfficerProfile::*field; } fields[] = {
        {"rank", &OfficerProfile::rank}, {"collar_number", &OfficerProfile::collarNumber},
        {"station", &OfficerProfile::station}, {"telephone", &OfficerProfile::telephone},
        {"mobile", &OfficerProfile::mobile}, {"email", &OfficerProfile::email},
    };
    for (const auto& f : fields) {
        if (before.*(f.field) == after.*(f.field)) continue;
        was.insert(QLatin1String(f.key), before.*(f.field));
        now.insert(QLatin1String(f.key), after.*(f.field));
    }
}

QJsonObject profileFields(const OfficerProfile& profile)
{
    QJsonObject was, now;
    profileChanges(OfficerProfile{}, profile, was, now);
    return now;
}

Error lastAdministrator()
{
    return fieldError(tr("Roles"), tr("This is the only active administrator account. Make another account an "
                                      "administrator first, or nobody could manage accounts."));
}
} // namespace

AccountService::AccountService(Database& db, PasswordHasher hasher) : m_db(db), m_hasher(std::move(hasher)) {}

Result<StoredUser> AccountService::existing(qint64 userId) const
{
    auto found = UserRepository(m_db).findById(userId);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return Error{tr("User"), tr("No user account with number %1 exists.").arg(userId)};
    return **found;
}

Result<User> AccountService::createFirstAdministrator(const NewUser& user, const QString& password)
{
    auto count = UserRepository(m_db).count();
    if (!count.ok()) return count.error();
    if (count.value() > 0)
        return Error{QString(), tr("Accounts already exist. Ask an administrator to create yours.")};
    NewUser admin = user;
    admin.roles.insert(Role::Administrator);
    return create(nullptr, admin, password);
}

Result<User> AccountService::createUser(const Session& actor, const NewUser& user, const QString& password)
{
    if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s.error();
    return create(&actor, user, password);
}

Result<User> AccountService::create(const Session* actor, const NewUser& user, const QString& password)
{
    if (Status s = UserRepository::validate(user); !s.ok()) return s.error();
    auto hashed = m_hasher.hash(password);
    if (!hashed.ok()) return hashed.error();

    return inTransaction<User>(m_db, [&]() -> Result<User> {
        auto created = UserRepository(m_db).create(user, hashed.value());
        if (!created.ok()) return created.error();
        AuditRecord r = accountRecord(actor, AuditAction::AccountChange, created.value());
        QJsonObject after{{QStringLiteral("user_name"), created->userName},
                          {QStringLiteral("display_name"), created->displayName},
                          {QStringLiteral("roles"), roleCodes(created->roles)},
                          {QStringLiteral("active"), true}};
        const QJsonObject profile = profileFields(created->profile);   // only the fields filled in
        for (auto it = profile.begin(); it != profile.end(); ++it) after.insert(it.key(), it.value());
        r.setChanges({}, after);
        if (Status s = AuditLog::append(m_db, r); !s.ok()) return s.error();
        return created;
    });
}

Status AccountService::setRoles(const Session& actor, qint64 userId, const QSet<Role>& roles)
{
    if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        auto subject = existing(userId);
        if (!subject.ok()) return subject.error();
        UserRepository users(m_db);
        auto last = wouldRemoveLastAdministrator(users, userId, roles, subject->user.active);
        if (!last.ok()) return last.error();
        if (last.value()) return lastAdministrator();
        if (Status s = users.setRoles(userId, roles); !s.ok()) return s;
        AuditRecord r = accountRecord(&actor, AuditAction::AccountChange, subject->user);
        r.setChanges(QJsonObject{{QStringLiteral("roles"), roleCodes(subject->user.roles)}},
                     QJsonObject{{QStringLiteral("roles"), roleCodes(roles)}});
        return AuditLog::append(m_db, r);
    });
}

Status AccountService::setActive(const Session& actor, qint64 userId, bool active)
{
    if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        auto subject = existing(userId);
        if (!subject.ok()) return subject.error();
        UserRepository users(m_db);
        auto last = wouldRemoveLastAdministrator(users, userId, subject->user.roles, active);
        if (!last.ok()) return last.error();
        if (last.value()) return lastAdministrator();
        if (Status s = users.setActive(userId, active); !s.ok()) return s;
        AuditRecord r = accountRecord(&actor, AuditAction::AccountChange, subject->user);
        r.setChanges(QJsonObject{{QStringLiteral("active"), subject->user.active}},
                     QJsonObject{{QStringLiteral("active"), active}});
        return AuditLog::append(m_db, r);
    });
}

Status AccountService::unlock(const Session& actor, qint64 userId)
{
    if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        auto subject = existing(userId);
        if (!subject.ok()) return subject.error();
        if (Status s = UserRepository(m_db).saveLoginState(userId, LoginState{}); !s.ok()) return s;
        AuditRecord r = accountRecord(&actor, AuditAction::Unlock, subject->user);
        r.setChanges(QJsonObject{{QStringLiteral("failed_attempts"), subject->login.failedAttempts}},
                     QJsonObject{{QStringLiteral("failed_attempts"), 0}});
        return AuditLog::append(m_db, r);
    });
}

Status AccountService::resetPassword(const Session& actor, qint64 userId, const QString& newPassword)
{
    if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s;
    auto subject = existing(userId);
    if (!subject.ok()) return subject.error();
    auto hashed = m_hasher.hash(newPassword);
    if (!hashed.ok()) return Error{tr("New password"), hashed.error().message};

    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = UserRepository(m_db).setPasswordHash(userId, hashed.value()); !s.ok()) return s;
        // As for a change: only the fact of the reset is recorded, never the password or its hash.
        AuditRecord r = accountRecord(&actor, AuditAction::AccountChange, subject->user);
        r.setChanges({}, QJsonObject{{QStringLiteral("password"), QStringLiteral("reset")}});
        return AuditLog::append(m_db, r);
    });
}

Status AccountService::changeOwnPassword(const Session& actor, const QString& currentPassword, const QString& newPassword)
{
    if (Status s = requirePermission(actor, Action::ChangeOwnPassword); !s.ok()) return s;
    auto subject = existing(actor.user.id);
    if (!subject.ok()) return subject.error();
    if (!m_hasher.verify(subject->passwordHash, currentPassword))
        return fieldError(tr("Current password"), tr("The current password is not correct."));
    if (currentPassword == newPassword)
        return fieldError(tr("New password"), tr("Choose a new password that differs from the current one."));
    auto hashed = m_hasher.hash(newPassword);
    if (!hashed.ok()) return Error{tr("New password"), hashed.error().message};

    return inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = UserRepository(m_db).setPasswordHash(actor.user.id, hashed.value()); !s.ok()) return s;
        // Only the fact of the change is recorded: neither password nor hash goes into the trail.
        AuditRecord r = accountRecord(&actor, AuditAction::AccountChange, actor.user);
        r.setChanges({}, QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}});
        return AuditLog::append(m_db, r);
    });
}

Status AccountService::setProfile(const Session& actor, qint64 userId, const OfficerProfile& typed)
{
    // One's own profile is like one's own password: anyone signed in may correct it. Someone
    // else's is account administration. Decided here, whatever the UI shows.
    if (actor.user.id != userId) {
        if (Status s = requirePermission(actor, Action::ManageUsers); !s.ok()) return s;
    } else if (!actor.user.active) {
        return Error{QString(), tr("This account has been deactivated. Ask an administrator.")};
    }
    const OfficerProfile profile = UserRepository::tidied(typed);
    if (Status s = UserRepository::validateProfile(profile); !s.ok()) return s;

    return inTransaction<void>(m_db, [&]() -> Status {
        auto subject = existing(userId);
        if (!subject.ok()) return subject.error();
        // A session begun before an administrator deactivated the account does not outlive it.
        if (actor.user.id == userId && !subject->user.active)
            return Error{QString(), tr("This account has been deactivated. Ask an administrator.")};
        QJsonObject before, after;
        profileChanges(subject->user.profile, profile, before, after);
        if (after.isEmpty()) return {};
        if (Status s = UserRepository(m_db).setProfile(userId, profile); !s.ok()) return s;
        AuditRecord r = accountRecord(&actor, AuditAction::AccountChange, subject->user);
        r.setChanges(before, after);
        return AuditLog::append(m_db, r);
    });
}

} // namespace conduct
