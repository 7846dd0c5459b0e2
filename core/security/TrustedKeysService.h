#pragma once
// The other databases whose signing keys this one recognises (issue 24). Only an administrator
// adds or removes a trusted key (permission ManageTrustedKeys), and each change is audited with
// its before and after values in the same transaction. "Trusted" only removes the importer's
// warning: it never turns what a bundle carries into a decision made here.

#include "common/Result.h"
#include "security/User.h"
#include "store/SigningKeyRepository.h"

namespace conduct {

class Database;

// What the importer and the trusted-keys window say about a signer's key.
struct SignerStatus {
    QString fingerprint;
    bool trusted = false;   // trusted here for the purpose asked about
    QString trustedLabel;   // the administrator's label when trusted
    std::optional<KeyPurpose> trustedOnlyFor;   // trusted, but for the other purpose: proves nothing here
};

class TrustedKeysService {
public:
    explicit TrustedKeysService(Database& db) : m_db(db) {}

    // This database's name and public key (made on first use); any signed-in user may see them,
    // so an officer can read the fingerprint to the receiving unit over the phone.
    Result<DatabaseIdentity> thisDatabase() const;
    Result<QList<TrustedKey>> list() const;
    Result<SignerStatus> statusOf(const QByteArray& publicKey, KeyPurpose purpose) const;

    // `publicKeyText` as pasted: 64 hex digits. `label` says whose key it is; `purpose` what it may
    // sign and be believed here.
    Result<TrustedKey> trust(const Session& actor, const QString& publicKeyText, const QString& label,
                             KeyPurpose purpose = KeyPurpose::CaseBundles);
    Status remove(const Session& actor, const QByteArray& publicKey);
    // What other databases are told this one is called (administrators).
    Status renameThisDatabase(const Session& actor, const QString& name);

private:
    Database& m_db;
};

} // namespace conduct
