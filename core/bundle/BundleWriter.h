#pragma once
// Collects one case, with everything that belongs to it, into the entries of a case bundle:
// manifest.json (every other entry with its size and SHA-256, and the signer), manifest.sig (the
// signer's Ed25519 signature over the manifest's bytes), case.json (the records, spelt as
// BundleFormat says) and attachments/<id> (each exhibit attachment's file).

#include "bundle/BundleContainer.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace conduct {
class Database;
}

namespace conduct::bundle {

struct BundleStamp {
    QString bundleId;      // a UUID naming this export; the source of its audit records on import
    QDateTime exportedUtc;
    QString exportedBy;    // user name
};

struct CollectedCase {
    QJsonObject document;        // case.json
    QList<Entry> attachments;    // attachments/<id>
    QString urn;
    int recordCount = 0;         // records of every kind, the case included
};

// Who signs the bundle: the exporting database, named as it calls itself (database_identity).
struct BundleSigner {
    QString databaseName;
    QByteArray publicKey;   // raw Ed25519 keys (core/security/Signing)
    QByteArray secretKey;
};

Result<CollectedCase> collectCase(Database& db, qint64 caseId, const BundleStamp& stamp);
// manifest.json, manifest.sig, case.json and the attachments, in that order.
Result<QList<Entry>> bundleEntries(const CollectedCase& collected, const BundleSigner& signer);

} // namespace conduct::bundle
