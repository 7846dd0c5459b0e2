#pragma once
// A personal Ed25519 key kept in a file, its secret half sealed with a passphrase (issue 25): the
// administrator's audit-checkpoint key. Unlike the database's own identity key, which lives in the
// store where anyone who can read the store can read it, this key lives only with the person, so a
// checkpoint it signs cannot be forged by an insider who copies the database.
//
// The file is small JSON text: the public key in the clear (so a checkpoint's signer can be
// matched to it without the passphrase), and the secret key sealed with XSalsa20-Poly1305
// (crypto_secretbox) under a key derived from the passphrase by Argon2id (crypto_pwhash) with a
// random salt. The Argon2id cost is written in the file, so a file sealed at an older cost opens.
// This module only turns keys into bytes and back; writing the file privately is the caller's.

#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "security/Signing.h"

#include <QByteArray>
#include <QString>

namespace conduct::keyfile {

// Whether a new passphrase is acceptable: as long as an account password must be (NCSC: several
// words), with a message naming the passphrase.
Status checkPassphrase(const QString& passphrase);

// The file's text for `pair`, its secret half sealed with `passphrase` at `cost` (tests pass the
// cheapest cost; what ships is the account passwords' production cost).
Result<QByteArray> seal(const signing::KeyPair& pair, const QString& passphrase,
                        const HashCost& cost = HashCost::production());

// The key pair in a key file's text. A wrong passphrase and an altered file are told apart only
// as far as the cryptography allows: both fail to open, and the message says so.
Result<signing::KeyPair> open(const QByteArray& fileText, const QString& passphrase);

// The public key a key file names, read without the passphrase.
Result<QByteArray> publicKeyOf(const QByteArray& fileText);

} // namespace conduct::keyfile
