#pragma once
// Passphrase protection of a case bundle with libsodium: a key derived with Argon2id
// (crypto_pwhash, random salt, cost stored in the file) seals the entry stream with
// XChaCha20-Poly1305 secretstream in chunks. The file's header is authenticated with every
// chunk, so the cost and salt cannot be changed either; truncation is detected by the final tag.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace conduct::bundle {

struct KdfCost {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
};
// The cost new bundles use: libsodium's MODERATE Argon2id (3 passes, 256 MiB).
KdfCost defaultKdfCost();
// The cheapest allowed cost, for tests only.
KdfCost minimumKdfCost();
// Replaces the cost used by sealStream (tests); an invalid cost restores the default.
void setKdfCostForTesting(KdfCost cost);

inline constexpr int minimumPassphraseLength = 8;

// `prefix` (magic, version, protection byte) is authenticated with the stream. Returns the
// protected body that follows the prefix: salt, cost, stream header and chunks.
Result<QByteArray> sealStream(const QByteArray& plain, const QString& passphrase, const QByteArray& prefix);
Result<QByteArray> openStream(const QByteArray& body, const QString& passphrase, const QByteArray& prefix);

} // namespace conduct::bundle
