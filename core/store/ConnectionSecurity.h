#pragma once
// Whether this desk's connection to its store is encrypted and the server verified (issue 30),
// asked of the server itself (pg_stat_ssl), not inferred from the address: sslmode=prefer may or
// may not have got TLS.

#include "common/Result.h"

namespace conduct {

class Database;

enum class Encryption {
    LocalFile,           // a SQLite file: nothing crosses a network
    Verified,            // TLS, and the certificate checked against this desk's CA for the host's name
    EncryptedUnverified, // TLS, but anyone could have shown the certificate (require, prefer, or verify-ca's name unchecked)
    NotEncryptedLocal,   // plain text to a server on this machine
    NotEncrypted,        // plain text across a network: an explicit sslmode=disable, allow or prefer
};

struct ConnectionSecurity {
    Encryption encryption = Encryption::LocalFile;
    QString statusText;   // for the status bar: "Encrypted, server verified", or a warning
    bool isWarning() const { return encryption == Encryption::EncryptedUnverified || encryption == Encryption::NotEncrypted; }
};

Result<ConnectionSecurity> connectionSecurity(const Database& db);

} // namespace conduct
