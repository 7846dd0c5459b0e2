#include "store/UserRepository.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Security", text); }

const QString userColumns = QStringLiteral(
    "id, user_name, display_name, active, password_hash, failed_attempts, last_failure_utc, locked_until_utc, "
    "rank, collar_number, station, telephone, mobile, email");

StoredUser fromRow(const QSqlQuery& q)
{
    StoredUser s;
    s.user.id = q.value(0).toLongLong();
    s.user.userName = q.value(1).toString();
    s.user.displayName = q.value(2).toString();
    s.user.active = q.value(3).toInt() != 0;
    s.passwordHash = q.value(4).toString();
    s.login.failedAttempts = q.value(5).toInt();
    s.login.lastFailureUtc = fromDbTime(q.value(6));
    s.login.lockedUntilUtc = fromDbTime(q.value(7));
    OfficerProfile& p = s.user.profile;
    p.rank = q.value(8).toString();
    p.collarNumber = q.value(9).toString();
    p.station = q.value(10).toString();
    p.telephone = q.value(11).toString();
    p.mobile = q.value(12).toString();
    p.email = q.value(13).toString();
    return s;
}

Status expectOneRow(const QSqlQuery& query, qint64 userId)
{
    if (query.numRowsAffected() == 1) return {};
    return Error{tr("User"), tr("No user account with number %1 exists.").arg(userId)};
}

bool hasControlCharacters(const QString& text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) return true;
    return false;
}

Status limitProfileText(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        return fieldError(field, tr("at most %1 characters (this has %2).").arg(maxLength).arg(value.size()));
    if (hasControlCharacters(value))
        return fieldError(field, tr("contains an invisible control character. Type it again."));
    return {};
}

Status checkPhone(const QString& field, const QString& value)
{
    if (Status s = limitProfileText(field, value, UserRepository::maxPhoneLength); !s.ok()) return s;
    // What a number is written with on a form; letters here are nearly always a slip.
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +()\\-]*$"));
    if (!allowed.match(value).hasMatch())
        return fieldError(field, tr("use only digits, spaces, +, brackets and hyphens, such as 01632 960123 or "
                                    "+44 (0)1632 960123."));
    return {};
}

Status checkEmail(const QString& value)
{
    const QString field = tr("E-mail");
    if (Status s = limitProfileText(field, value, UserRepository::maxEmailLength); !s.ok()) return s;
    // Not RFC 5322 in full: one @, something before it, a dotted domain after it, no spaces.
    // Enough to catch a name or a half-typed address before it is printed on an MG3.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!value.isEmpty() && !shape.match(value).hasMatch())
        return fieldError(field, tr("type a whole address such as jane.smith@force.police.uk."));
    return {};
}
} // namespace

Status UserRepository::validateProfile(const OfficerProfile& p)
{
    if (Status s = limitProfileText(tr("Rank"), p.rank, maxRankLength); !s.ok()) return s;
    if (Status s = limitProfileText(tr("Collar or staff number"), p.collarNumber, maxCollarNumberLength); !s.ok()) return s;
    if (Status s = limitProfileText(tr("Station"), p.station, maxStationLength); !s.ok()) return s;
    if (Status s = checkPhone(tr("Telephone"), p.telephone); !s.ok()) return s;
    if (Status s = checkPhone(tr("Mobile"), p.mobile); !s.ok()) return s;
    return checkEmail(p.email);
}

OfficerProfile UserRepository::tidied(OfficerProfile p)
{
    for (QString* field : {&p.rank, &p.collarNumber, &p.station, &p.telephone, &p.mobile, &p.email})
        *field = field->trimmed();
    return p;
}

Status UserRepository::validate(const NewUser& user)
{
    const QString nameField = tr("User name");
    if (user.userName.isEmpty())
        return fieldError(nameField, tr("Enter a user name, such as the officer's force login."));
    if (user.userName != user.userName.trimmed())
        return fieldError(nameField, tr("Remove the spaces at the start or end of the user name."));
    if (user.userName.size() > maxUserNameLength)
        return fieldError(nameField, tr("The user name can be at most %1 characters long.").arg(maxUserNameLength));
    if (hasControlCharacters(user.userName))
        return fieldError(nameField, tr("The user name contains an invisible control character. Type it again."));
    if (user.displayName.trimmed().isEmpty())
        return fieldError(tr("Name"), tr("Enter the person's name and collar number, as printed on forms."));
    if (user.displayName.size() > maxDisplayNameLength)
        return fieldError(tr("Name"), tr("The name can be at most %1 characters long.").arg(maxDisplayNameLength));
    if (user.roles.isEmpty())
        return fieldError(tr("Roles"), tr("Give the account at least one role: officer, supervisor or administrator."));
    return validateProfile(tidied(user.profile));   // stored without the spaces typed around it
}

Result<User> UserRepository::create(const NewUser& user, const QString& passwordHash)
{
    if (Status s = validate(user); !s.ok()) return s.error();
    if (!passwordHash.startsWith(QStringLiteral("$argon2")))
        return fieldError(tr("Password"), tr("Only a protected (hashed) password can be stored."));

    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status().error();
    auto existing = findByName(user.userName);
    if (!existing.ok()) return existing.error();
    if (existing->has_value())
        return fieldError(tr("User name"), tr("The user name \"%1\" is already taken. Choose another.").arg(user.userName));

    const QVariant now = toDbTime(Clock::nowUtc());
    const OfficerProfile profile = tidied(user.profile);
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO users (user_name, display_name, password_hash, active, failed_attempts,"
                       " password_changed_utc, created_utc, updated_utc, rank, collar_number, station, telephone,"
                       " mobile, email) VALUES (?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.userName, user.displayName.trimmed(), passwordHash, now, now, now, profile.rank, profile.collarNumber,
         profile.station, profile.telephone, profile.mobile, profile.email});
    if (!inserted.ok()) return inserted.error();
    User created;
    created.id = inserted.value();
    created.userName = user.userName;
    created.displayName = user.displayName.trimmed();
    created.active = true;
    created.profile = profile;
    if (Status s = setRoles(created.id, user.roles); !s.ok()) return s.error();
    created.roles = user.roles;
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return created;
}

Result<std::optional<StoredUser>> UserRepository::findByName(const QString& userName) const
{
    return findWhere(QStringLiteral("lower(user_name) = lower(?)"), userName);   // names are case-insensitive, as the unique index is
}

Result<std::optional<StoredUser>> UserRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<StoredUser>> UserRepository::findWhere(const QString& where, const QVariant& key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE %2").arg(userColumns, where), {key});
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<StoredUser>();
    StoredUser found = fromRow(q.value());
    auto roles = rolesOf(found.user.id);
    if (!roles.ok()) return roles.error();
    found.user.roles = roles.value();
    return std::optional<StoredUser>(std::move(found));
}

Result<QSet<Role>> UserRepository::rolesOf(qint64 userId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {userId});
    if (!q.ok()) return q.error();
    QSet<Role> roles;
    while (q->next())
        if (auto role = roleFromCode(q->value(0).toString())) roles.insert(*role);
    return roles;
}

Result<QList<User>> UserRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY user_name").arg(userColumns));
    if (!q.ok()) return q.error();
    QList<User> users;
    while (q->next()) users.append(fromRow(q.value()).user);
    for (User& u : users) {
        auto roles = rolesOf(u.id);
        if (!roles.ok()) return roles.error();
        u.roles = roles.value();
    }
    return users;
}

Result<int> UserRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q.ok()) return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status UserRepository::setPasswordHash(qint64 userId, const QString& passwordHash)
{
    if (!passwordHash.startsWith(QStringLiteral("$argon2")))
        return fieldError(tr("Password"), tr("Only a protected (hashed) password can be stored."));
    const QVariant now = toDbTime(Clock::nowUtc());
    auto q = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_utc = ?, updated_utc = ?"
                                      " WHERE id = ?"), {passwordHash, now, now, userId});
    if (!q.ok()) return q.error();
    return expectOneRow(q.value(), userId);
}

Status UserRepository::saveLoginState(qint64 userId, const LoginState& state)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, last_failure_utc = ?, locked_until_utc = ?"
                                      " WHERE id = ?"),
                       {state.failedAttempts, toDbTime(state.lastFailureUtc), toDbTime(state.lockedUntilUtc), userId});
    if (!q.ok()) return q.error();
    return expectOneRow(q.value(), userId);
}

Status UserRepository::setRoles(qint64 userId, const QSet<Role>& roles)
{
    if (roles.isEmpty())
        return fieldError(tr("Roles"), tr("Give the account at least one role: officer, supervisor or administrator."));
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}); !r.ok()) return r.error();
    for (Role role : allRoles()) {   // fixed order: the same roles always write the same rows
        if (!roles.contains(role)) continue;
        auto r = m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {userId, roleCode(role)});
        if (!r.ok()) return r.error();
    }
    auto touched = m_db.exec(QStringLiteral("UPDATE users SET updated_utc = ? WHERE id = ?"),
                             {toDbTime(Clock::nowUtc()), userId});
    if (!touched.ok()) return touched.error();
    if (Status s = expectOneRow(touched.value(), userId); !s.ok()) return s;
    return tx.commit();
}

Status UserRepository::setActive(qint64 userId, bool active)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET active = ?, updated_utc = ? WHERE id = ?"),
                       {active ? 1 : 0, toDbTime(Clock::nowUtc()), userId});
    if (!q.ok()) return q.error();
    return expectOneRow(q.value(), userId);
}

Status UserRepository::setProfile(qint64 userId, const OfficerProfile& typed)
{
    const OfficerProfile profile = tidied(typed);
    if (Status s = validateProfile(profile); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE users SET rank = ?, collar_number = ?, station = ?, telephone = ?,"
                                          " mobile = ?, email = ?, updated_utc = ? WHERE id = ?"),
                           {profile.rank, profile.collarNumber, profile.station, profile.telephone, profile.mobile,
                            profile.email, toDbTime(Clock::nowUtc()), userId});
        if (!q.ok()) return q.error();
        return expectOneRow(q.value(), userId);
    });
}

} // namespace conduct
