#pragma once
// Ed25519 signatures (libsodium): one module for everything Conduct signs. It knows nothing of
// what is signed; case bundles (core/bundle) use it now, the audit checkpoint and signed form
// packs later. A signature proves which key made it and that the bytes are unchanged, never that
// the signer was allowed to decide anything (issue 24). Keys and signatures travel as lower-case
// hex so they can be stored in text columns, pasted and read aloud.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace conduct::signing {

inline constexpr int publicKeyBytes = 32;    // crypto_sign_PUBLICKEYBYTES
inline constexpr int secretKeyBytes = 64;    // crypto_sign_SECRETKEYBYTES (seed + public key)
inline constexpr int signatureBytes = 64;    // crypto_sign_BYTES

struct KeyPair {
    QByteArray publicKey;   // raw bytes
    QByteArray secretKey;   // raw bytes; never leaves the database that made it
};

Result<KeyPair> generateKeyPair();
// The key pair whose secret half is `secretKey` (its last 32 bytes are the public key).
Result<KeyPair> keyPairFromSecret(const QByteArray& secretKey);

// A detached signature over exactly `message`.
Result<QByteArray> signDetached(const QByteArray& message, const QByteArray& secretKey);
// True only when `signature` was made over exactly `message` by the secret half of `publicKey`.
bool verifyDetached(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

// What people compare: the first 32 hex digits of the public key's SHA-256, in groups of four,
// e.g. "1a2b 3c4d 5e6f 7a8b 9c0d 1e2f 3a4b 5c6d". Empty for a key of the wrong size.
QString fingerprint(const QByteArray& publicKey);

// A public key typed or pasted as 64 hex digits (spaces and line breaks ignored); the error
// names `field` and says what a key looks like.
Result<QByteArray> parsePublicKeyHex(const QString& text, const QString& field);

} // namespace conduct::signing
