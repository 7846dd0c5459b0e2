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
    OfficerProfile profile = {};   // what the MG forms print; may be left empty and filled in later
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
    // Officer profile limits (issue 22): what fits the MG3/MG5 contact and certification boxes;
    // an e-mail address is at most 254 characters (RFC 5321's limit on a path).
    static constexpr int maxRankLength = 60;
    static constexpr int maxCollarNumberLength = 20;
    static constexpr int maxStationLength = 100;
    static constexpr int maxPhoneLength = 40;
    static constexpr int maxEmailLength = 254;

    explicit UserRepository(Database& db) : m_db(db) {}

    // User name: 1-64 characters, no spaces at either end, no control characters; any other
    // character (quotes, semicolons, accents) is kept exactly as typed.
    // The profile too (validateProfile).
    static Status validate(const NewUser& user);
    // Each refusal names the field and its limit. Every field may be empty; phones hold only
    // digits, spaces, +, brackets and hyphens; an e-mail address is shaped like one.
    static Status validateProfile(const OfficerProfile& profile);
    // Spaces at either end removed from every field, as typed into a form.
    static OfficerProfile tidied(OfficerProfile profile);

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
    // Replaces the officer's profile (validated first). The caller audits the change.
    Status setProfile(qint64 userId, const OfficerProfile& profile);

private:
    Result<std::optional<StoredUser>> findWhere(const QString& where, const QVariant& key) const;
    Result<QSet<Role>> rolesOf(qint64 userId) const;

    Database& m_db;
};

} // namespace conduct
