#pragma once
// Signing in to a store made by `conduct server init` (issue 25). There the server authenticates:
// a desk connects as the officer's own login role (SCRAM password, Kerberos or a certificate, as
// libpq allows), so the application keeps no password hash of its own for the account and its
// Argon2id sign-in is for database files only.

#include "common/Result.h"

#include <QString>

namespace conduct {

class Database;

// The active, local account whose login role the connection signed in as. An error naming the
// fix when it has none: a superuser's or the owner's connection, a disabled account.
Result<qint64> connectedServerAccount(const Database& db);

// True when the server accepts `password` for `userName`'s login role, asked on a connection of
// its own that is closed at once (to unlock a locked desk, or for a command that asks again).
// False for a refused password; an error when the server could not be asked. An empty password
// is refused without asking: libpq would otherwise take one from ~/.pgpass.
Result<bool> serverAcceptsPassword(const Database& db, const QString& userName, const QString& password);

} // namespace conduct
