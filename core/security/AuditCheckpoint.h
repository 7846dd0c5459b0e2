#pragma once
// Signed audit checkpoints (issue 25). The hash chain shows that no record was altered, inserted
// or reordered, but removing the newest records leaves a shorter chain that still verifies. A
// checkpoint is the count and head hash at one moment, signed with an administrator's personal
// Ed25519 key (security/KeyFile) and kept away from the store; a later trail must still contain
// that record at that position with that hash, or records were removed or rewritten.
//
// The same code serves SQLite files and PostgreSQL stores: it reads the chain through AuditLog.
//
// The file is plain text, one "name: value" a line, so it can be read, printed and filed:
//
//   Conduct audit checkpoint
//   format: 1
//   database: West Division stalking unit
//   database key: 1a2b 3c4d 5e6f 7a8b 9c0d 1e2f 3a4b 5c6d
//   records: 1234
//   head hash: <64 hex digits>
//   time utc: 2026-12-07T21:40:05.123Z
//   time uk: 07/12/2026 21:40:05
//   signer key: <64 hex digits>
//   signer fingerprint: 9f8e 7d6c ...
//   signature: <128 hex digits>
//
// A store made by `conduct server init` also keeps the server's own trail (store/server/
// ServerAuditTrail.h). Its checkpoint is of format 2: the same lines, then
//   server trail records: 5678
//   server trail head hash: <64 hex digits>
// before the signature. Files of format 1 (every SQLite file's) still verify, against the
// application's trail only.
//
// The signature covers the exact bytes of every line before "signature:", line endings included:
// no re-serialisation, so nothing a JSON or text library does can change what was signed.

#include "common/Result.h"
#include "security/AuditRecord.h"
#include "security/PasswordHasher.h"
#include "security/Signing.h"
#include "security/User.h"
#include "store/server/ServerAuditTrail.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace conduct {

class Database;

struct AuditCheckpoint {
    QString databaseName;
    QString databaseFingerprint;   // the store's identity key's fingerprint; empty if it had none yet
    qint64 records = 0;
    QByteArray headHash;           // hex; genesisHash() for an empty trail
    QDateTime timeUtc;
    QByteArray signerPublicKey;    // raw
    QByteArray signature;          // raw, over signedBytes
    QByteArray signedBytes;
    bool hasServerTrail = false;   // format 2: the server-kept trail's count and head were signed too
    qint64 serverTrailRecords = 0;
    QByteArray serverTrailHeadHash;   // hex
};

// Checks the chain and signs its count and head with `signer`. Refuses a broken chain: a
// checkpoint must vouch only for a trail that was intact when it was made. Reads only, so it works
// on a store opened read-only and on a copy.
Result<QByteArray> makeAuditCheckpoint(Database& db, const signing::KeyPair& signer);

// A checkpoint file's text, its signature checked: an altered or re-signed-by-nobody file is an
// error naming the file, never a checkpoint.
Result<AuditCheckpoint> readAuditCheckpoint(const QByteArray& fileText);

enum class CheckpointOutcome {
    Contained,        // the trail holds the checkpoint's record at its position, with its hash
    ChainBroken,      // the chain itself fails (as conduct audit verify says without a checkpoint)
    RecordsMissing,   // the trail is shorter than the checkpoint: its newest records were removed
    RecordDiffers,    // the record at the checkpoint's position is not the one that was signed
    OtherDatabase,    // the checkpoint names another store's identity key
};

struct CheckpointCheck {
    CheckpointOutcome outcome = CheckpointOutcome::ChainBroken;
    VerifyResult chain;
    qint64 recordsNow = 0;
    bool signerTrusted = false;   // the signing key is trusted in this store for audit checkpoints
    bool signerTrustedForBundlesOnly = false;   // trusted, but for case bundles: proves nothing here
    QString signerLabel;          // the administrator's label for it when trusted
    QString summary;              // one or two sentences naming what was found
    std::optional<ServerTrailCheck> serverTrail;   // the store's server-kept trail now, if it has one
};

// Verifies the chain, then compares it with `checkpoint` (whose signature readAuditCheckpoint
// has checked), and says whether this store trusts the key that signed it. An untrusted key
// proves nothing: anyone can make a key, so the caller must not report such a result as proof.
Result<CheckpointCheck> checkAgainstCheckpoint(Database& db, const AuditCheckpoint& checkpoint);

// The label an administrator's checkpoint key is trusted under, e.g. "Audit checkpoints: DS 1 Admin".
QString checkpointKeyLabel(const QString& displayName);

// Makes an administrator's checkpoint key (permission ManageTrustedKeys: administrators only),
// writes it sealed with `passphrase` to `keyPath` (0600, never over an existing file: that would
// lose the key earlier checkpoints were signed with), and trusts its public key in this store,
// audited, under checkpointKeyLabel(). The file exists only if the key is trusted, and the other
// way round. Returns the public key.
Result<QByteArray> createCheckpointKey(Database& db, const Session& admin, const QString& passphrase,
                                       const QString& keyPath, const HashCost& cost = HashCost::production());

} // namespace conduct
