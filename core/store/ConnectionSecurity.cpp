#include "store/ConnectionSecurity.h"

#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ConnectionSecurity", text); }
} // namespace

Result<ConnectionSecurity> connectionSecurity(const Database& db)
{
    if (db.engine() == Engine::Sqlite) return ConnectionSecurity{Encryption::LocalFile, {}};
    auto where = parsePostgresAddress(db.path());   // a server store's path is its address
    if (!where.ok()) return where.error();
    auto ssl = db.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    if (!ssl.ok()) return ssl.error();
    if (!ssl->toBool()) {
        if (where->isLocal())
            return ConnectionSecurity{Encryption::NotEncryptedLocal, tr("Not encrypted: the server is on this computer")};
        return ConnectionSecurity{Encryption::NotEncrypted,
                                  tr("Warning: not encrypted. Cases cross the network in plain text (sslmode=%1)")
                                      .arg(where->sslMode)};
    }
    // libpq checked the certificate's CA and its name only under verify-full; the connection
    // would not exist had either check failed.
    if (where->sslMode == QLatin1String("verify-full"))
        return ConnectionSecurity{Encryption::Verified, tr("Encrypted, server verified")};
    return ConnectionSecurity{Encryption::EncryptedUnverified,
                              tr("Warning: encrypted, but the server is not verified (sslmode=%1)").arg(where->sslMode)};
}

} // namespace conduct
