#pragma once
// The database roles of one Conduct store on a PostgreSQL server (issue 25). Roles belong to the
// whole cluster, not to one database, so every name carries the store's prefix:
//   PREFIX_owner          owns the schema, every table, sequence and function; never logs in
//   PREFIX_officer, PREFIX_supervisor, PREFIX_administrator
//                         group roles (NOLOGIN) holding the grants of core/security/Permissions
//   PREFIX_<user name>    one login role per Conduct account, a member of its groups, so that
//                         session_user names the officer on the server

#include "common/Result.h"
#include "security/User.h"

#include <QString>

namespace conduct {

class ServerNames {
public:
    // A prefix is lower-case letters, digits and underscores, starting with a letter, at most 20
    // characters, so that every role name it makes fits PostgreSQL's 63 bytes.
    static Result<ServerNames> forPrefix(const QString& prefix);

    QString prefix() const { return m_prefix; }
    // The schema Conduct's tables live in: named after the prefix, one store per schema.
    QString schema() const { return m_prefix; }
    QString ownerRole() const { return m_prefix + QStringLiteral("_owner"); }
    QString groupRole(Role role) const;
    // "PREFIX_" + the account's user name, exactly (quoted where used: it may hold capitals or dots).
    QString loginRole(const QString& userName) const { return m_prefix + QLatin1Char('_') + userName; }

private:
    explicit ServerNames(QString prefix) : m_prefix(std::move(prefix)) {}
    QString m_prefix;
};

// A user name that may become a login role: letters, digits, '.', '_' and '-', at most 40
// characters (the function that creates the role checks the same on the server).
Status checkServerUserName(const QString& userName);

// An SQL identifier, double-quoted (for names made from user names), and an SQL string literal,
// for the statements that take no bound parameters (CREATE ROLE, GRANT).
QString quotedIdentifier(const QString& name);
QString quotedLiteral(const QString& text);

} // namespace conduct
