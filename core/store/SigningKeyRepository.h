#pragma once
// This database's own signing key pair (table database_identity, one row, made on first use) and
// the public keys of other databases an administrator has marked trusted (table trusted_keys).
// Keys are stored as hex; core/security/Signing does the cryptography. Only rows are read and
// written here: who may change them is TrustedKeysService's business.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

class Database;

struct DatabaseIdentity {
    QString name;            // what other databases are told this one is called
    QByteArray publicKey;    // raw Ed25519 public key
    QByteArray secretKey;    // raw Ed25519 secret key
    QDateTime createdUtc;
};

// What a trusted key vouches for (schema v15). A key trusted for one is never taken for the other:
// another unit's bundle key does not sign this store's audit checkpoints, nor an administrator's
// checkpoint key a case bundle.
enum class KeyPurpose { CaseBundles, AuditCheckpoints };
QString keyPurposeCode(KeyPurpose purpose);                 // trusted_keys.purpose
std::optional<KeyPurpose> keyPurposeFromCode(const QString& code);
QString keyPurposeLabel(KeyPurpose purpose);                // "Case bundles", "Audit checkpoints"

struct TrustedKey {
    QByteArray publicKey;    // raw
    QString label;           // e.g. "West Division stalking unit"
    KeyPurpose purpose = KeyPurpose::CaseBundles;
    qint64 trustedByUserId = 0;
    QString trustedByName;   // display name, read back
    QDateTime trustedUtc;
};

inline constexpr int maxDatabaseNameLength = 100;
inline constexpr int maxTrustedKeyLabelLength = 100;

// The name a database gives itself until an administrator renames it: the SQLite file's base
// name, or the PostgreSQL schema (else database) name.
QString defaultDatabaseName(const Database& db);

class SigningKeyRepository {
public:
    explicit SigningKeyRepository(Database& db) : m_db(db) {}

    // The key pair, made and stored in a transaction the first time it is asked for (joining the
    // caller's, so the first export's key and its audit record are saved together). Two desks
    // asking at once get the same key: the second insert yields to the first.
    Result<DatabaseIdentity> identity() const;
    Result<std::optional<DatabaseIdentity>> findIdentity() const;
    Status rename(const QString& name) const;

    Result<QList<TrustedKey>> trustedKeys() const;   // by label
    Result<std::optional<TrustedKey>> trustedKey(const QByteArray& publicKey) const;
    Status insertTrustedKey(const TrustedKey& key) const;
    Status removeTrustedKey(const QByteArray& publicKey) const;

private:
    Database& m_db;
};

} // namespace conduct
