#include "security/Signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <sodium.h>

namespace conduct::signing {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Signing", text); }

static_assert(publicKeyBytes == crypto_sign_PUBLICKEYBYTES && secretKeyBytes == crypto_sign_SECRETKEYBYTES
              && signatureBytes == crypto_sign_BYTES);

Status ready()
{
    // sodium_init is safe to call repeatedly, but once is enough; a static is initialised thread-safely.
    static const bool started = sodium_init() >= 0;
    if (!started) return Error{tr("Signing"), tr("The signing library (libsodium) could not start.")};
    return {};
}

const unsigned char* bytes(const QByteArray& data) { return reinterpret_cast<const unsigned char*>(data.constData()); }
unsigned char* bytes(QByteArray& data) { return reinterpret_cast<unsigned char*>(data.data()); }
} // namespace

Result<KeyPair> generateKeyPair()
{
    if (Status s = ready(); !s.ok()) return s.error();
    KeyPair pair{QByteArray(publicKeyBytes, '\0'), QByteArray(secretKeyBytes, '\0')};
    if (crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey)) != 0)
        return Error{tr("Signing"), tr("A signing key could not be made.")};
    return pair;
}

Result<KeyPair> keyPairFromSecret(const QByteArray& secretKey)
{
    if (Status s = ready(); !s.ok()) return s.error();
    if (secretKey.size() != secretKeyBytes)
        return Error{tr("Signing key"), tr("is %1 bytes long; an Ed25519 secret key has %2.").arg(secretKey.size()).arg(secretKeyBytes)};
    KeyPair pair{QByteArray(publicKeyBytes, '\0'), secretKey};
    if (crypto_sign_ed25519_sk_to_pk(bytes(pair.publicKey), bytes(secretKey)) != 0)
        return Error{tr("Signing key"), tr("is not an Ed25519 secret key.")};
    return pair;
}

Result<QByteArray> signDetached(const QByteArray& message, const QByteArray& secretKey)
{
    if (Status s = ready(); !s.ok()) return s.error();
    if (secretKey.size() != secretKeyBytes)
        return Error{tr("Signing key"), tr("is %1 bytes long; an Ed25519 secret key has %2.").arg(secretKey.size()).arg(secretKeyBytes)};
    QByteArray signature(signatureBytes, '\0');
    if (crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(secretKey)) != 0)
        return Error{tr("Signing"), tr("The signature could not be made.")};
    return signature;
}

bool verifyDetached(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (!ready().ok() || signature.size() != signatureBytes || publicKey.size() != publicKeyBytes) return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey)) == 0;
}

QString fingerprint(const QByteArray& publicKey)
{
    if (publicKey.size() != publicKeyBytes) return {};
    const QString digits = QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32));
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4) groups.append(digits.mid(i, 4));
    return groups.join(u' ');
}

Result<QByteArray> parsePublicKeyHex(const QString& text, const QString& field)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("\\s")));
    digits = digits.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(digits).hasMatch())
        return Error{field, tr("must be the other database's public key: 64 hexadecimal digits (0-9, a-f), as shown "
                               "under \"This database's public key\" in its Trusted keys window. What was given has %1 "
                               "characters.").arg(digits.size())};
    return QByteArray::fromHex(digits.toLatin1());
}

} // namespace conduct::signing
