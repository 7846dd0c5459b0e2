#pragma once
// Where a force-wide store lives: a postgresql:// address, parsed and checked before any
// connection is tried. The password is never part of it (issue 12): it comes from a prompt or
// from ~/.pgpass, which libpq reads itself, so it never appears on a command line or in a log.

#include "common/Result.h"

#include <QString>

namespace conduct {

struct PostgresLocation {
    // One host, or several separated by commas (libpq tries them in turn: a primary and its
    // standby, issue 30); every one on `port`.
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;           // empty: libpq's default (the operating-system user name)
    QString database;
    QString schema;         // empty: the server's search_path; otherwise Conduct's tables live here
    // When the address gives none: "prefer" on this machine, "verify-full" for any other host
    // (issue 30): the server must show a certificate from the unit's CA, for its own name.
    QString sslMode = QStringLiteral("prefer");
    // Empty, or a role this login becomes (SET ROLE) before anything else: `conduct server init`
    // and `upgrade` run the migrations as the store's owner role (issue 25), so it owns them.
    QString role;
    // Empty (libpq's ~/.postgresql/root.crt), or the CA certificate file on this desk that the
    // server's certificate must come from.
    QString sslRootCert;
    // Empty, or libpq's target_session_attrs: with several hosts, "read-write" finds the primary.
    QString targetSessionAttrs;

    // "postgresql://user@host:5432/dbname?sslmode=require&schema=conduct", as people write it
    // for psql. The same text with any password removed, for titles and logs; parsing it gives
    // this location again.
    QString displayText() const;

    // True when every host is this machine (localhost, 127.0.0.1, ::1 or a Unix socket folder):
    // nothing crosses a network, so TLS is not required by default.
    bool isLocal() const;
    // True when data would cross a network without TLS: a remote host with sslmode disable,
    // allow or prefer (the last two fall back to plain text when the server offers no TLS).
    bool allowsPlainTextOverNetwork() const;

    // The driver's connect options (QSqlDatabase::setConnectOptions): sslmode, the CA file and
    // target_session_attrs, with a connect timeout and `applicationName` for the server's views.
    QString connectOptions(const QString& applicationName) const;
};

// True for text that names a server database rather than a file.
bool isPostgresAddress(const QString& text);

// The sslmode an address without one gets for `host` (see PostgresLocation::sslMode).
QString defaultSslModeFor(const QString& host);

// Refuses a password in the address, unknown parameters (sslmode, schema, role, sslrootcert and
// target_session_attrs are known), a bad port or sslmode, a CA file that is not an absolute path,
// hosts on different ports, and a schema name that is not a plain identifier, each with the fix.
Result<PostgresLocation> parsePostgresAddress(const QString& text);

} // namespace conduct
