#pragma once
// User accounts in the users and user_roles tables (userSchemaSqlite()). SQL only: the rules
// about who may change accounts, and their audit records, live in AccountService.

#include "common/Result.h"
#include "security/LoginThrottle.h"
#include "security/User.h"

#include <QList>
#include <optional>

namespace conduct {

class Database;

struct NewUser {
    QString userName;
    QString displayName;
    QSet<Role> roles;
};

// A user as stored, with what only sign-in needs.
struct StoredUser {
    User user;
    QString passwordHash;
    LoginState login;
};

class UserRepository {
public:
    static constexpr int maxUserNameLength = 64;
    static constexpr int maxDisplayNameLength = 200;

    explicit UserRepository(Database& db) : m_db(db) {}

    // User name: 1-64 characters, no spaces at either end, no control characters; any other
    // character (quotes, semicolons, accents) is kept exactly as typed.
    static Status validate(const NewUser& user);

    // Creates the account and its roles in one transaction. passwordHash must be an encoded hash.
    Result<User> create(const NewUser& user, const QString& passwordHash);
    // Matching ignores ASCII case, as people type their user names inconsistently.
    Result<std::optional<StoredUser>> findByName(const QString& userName) const;
    Result<std::optional<StoredUser>> findById(qint64 id) const;
    Result<QList<User>> list() const;
    Result<int> count() const;

    Status setPasswordHash(qint64 userId, const QString& passwordHash);
    Status saveLoginState(qint64 userId, const LoginState& state);
    Status setRoles(qint64 userId, const QSet<Role>& roles);
    Status setActive(qint64 userId, bool active);

private:
    Result<std::optional<StoredUser>> findWhere(const QString& where, const QVariant& key) const;
    Result<QSet<Role>> rolesOf(qint64 userId) const;

    Database& m_db;
};

} // namespace conduct
