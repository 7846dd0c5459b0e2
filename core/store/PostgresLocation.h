#pragma once
// Where a force-wide store lives: a postgresql:// address, parsed and checked before any
// connection is tried. The password is never part of it (issue 12): it comes from a prompt or
// from ~/.pgpass, which libpq reads itself, so it never appears on a command line or in a log.

#include "common/Result.h"

#include <QString>

namespace conduct {

struct PostgresLocation {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;           // empty: libpq's default (the operating-system user name)
    QString database;
    QString schema;         // empty: the server's search_path; otherwise Conduct's tables live here
    QString sslMode = QStringLiteral("prefer");   // TLS whenever the server offers it
    // Empty, or a role this login becomes (SET ROLE) before anything else: `conduct server init`
    // and `upgrade` run the migrations as the store's owner role (issue 25), so it owns them.
    QString role;

    // "postgresql://user@host:5432/dbname?sslmode=require&schema=conduct", as people write it
    // for psql. The same text with any password removed, for titles and logs; parsing it gives
    // this location again.
    QString displayText() const;
};

// True for text that names a server database rather than a file.
bool isPostgresAddress(const QString& text);

// Refuses a password in the address, unknown parameters (sslmode, schema and role are known), a bad port or sslmode, and a schema
// name that is not a plain identifier, each with the fix.
Result<PostgresLocation> parsePostgresAddress(const QString& text);

} // namespace conduct
