#pragma once
// Setting up and upgrading a Conduct store on a PostgreSQL server so that the server itself
// enforces who may do what (issue 25, first slice: roles, grants and the owner's functions).
//
// `conduct server init` (initialiseServerStore) is run once by the database administrator, over a
// superuser connection, against an empty database. It creates the owner and the three group
// roles (ServerRoles.h), the schema owned by the owner, runs the migrations as the owner, then
// the owner's functions (ServerFunctions.h) and the grants (ServerGrants.h), and the first
// administrator's login role. `conduct server upgrade` runs new migrations as the owner and
// applies the functions and grants again, so a new table is never left without its grants.

#include "common/Result.h"
#include "security/User.h"
#include "store/server/ServerRoles.h"

#include <QSet>
#include <QString>

namespace conduct {

class Database;

// A Conduct account on a server store: a login role PREFIX_<userName> in its groups.
struct ServerAccount {
    QString userName;
    QString displayName;
    QSet<Role> roles;
    QString password;   // turned into a SCRAM verifier on this machine; never sent
};

struct ServerInitOptions {
    QString address;       // postgresql://dba@host/database: a superuser's sign-in, no schema
    QString prefix;        // the store's roles and schema are named after it
    QString password;      // the administrator's, from a prompt; empty: ~/.pgpass
    ServerAccount firstAdministrator;
};

Status initialiseServerStore(const ServerInitOptions& options);
Status upgradeServerStore(const QString& address, const QString& prefix, const QString& password = {});

// The address of the store for a desk or a command: the database of `address` with the schema,
// signed in as `loginRole`.
Result<QString> serverStoreAddress(const QString& address, const ServerNames& names, const QString& loginRole);

// The store's names, read from the server (its schema belongs to PREFIX_owner). Fails for a
// store that `conduct server init` did not set up.
Result<ServerNames> serverNamesOf(const Database& db);

// Creates an account's login role through conduct_create_login, on a store opened as an
// administrator's own login role. Returns the new account's id.
Result<qint64> createServerLogin(Database& db, const ServerAccount& account);

// "SCRAM-SHA-256$4096:…": the verifier libpq makes for `password` (PQencryptPasswordConn), so
// that the password itself never leaves this machine.
Result<QString> scramVerifier(const Database& db, const QString& roleName, const QString& password);

} // namespace conduct
