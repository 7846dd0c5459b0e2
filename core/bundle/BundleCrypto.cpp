#include "bundle/BundleCrypto.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace conduct::bundle {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleCrypto", text); }

constexpr qsizetype chunkBytes = 64 * 1024;
constexpr qsizetype saltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype checkBytes = 16;
constexpr qsizetype costBytes = 16;   // two big-endian u64
constexpr qsizetype headerBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype cipherOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
// A hostile file must not make the reader spend unbounded time or memory deriving a key.
constexpr quint64 maxMemLimit = quint64(1) << 30;

KdfCost& activeCost()
{
    static KdfCost cost = defaultKdfCost();
    return cost;
}

Error fileError(const QString& message) { return Error{tr("Bundle file"), message}; }

struct Key {
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    Key() = default;
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

Status deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, KdfCost cost)
{
    const QByteArray secret = passphrase.toUtf8();
    if (crypto_pwhash(key.bytes, sizeof key.bytes, secret.constData(), quint64(secret.size()), salt, cost.opsLimit,
                      size_t(cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fileError(tr("There was not enough memory to derive the key from the passphrase."));
    return {};
}

// A short value derived from the key, so a wrong passphrase is told apart from a damaged file.
QByteArray keyCheck(const Key& key)
{
    static const unsigned char label[] = "conduct bundle key check";
    unsigned char out[checkBytes];
    crypto_generichash(out, sizeof out, label, sizeof label - 1, key.bytes, sizeof key.bytes);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

void appendU64(QByteArray& out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}
} // namespace

KdfCost defaultKdfCost() { return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE}; }
KdfCost minimumKdfCost() { return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN}; }

void setKdfCostForTesting(KdfCost cost) { activeCost() = cost.opsLimit && cost.memLimitBytes ? cost : defaultKdfCost(); }

Result<QByteArray> sealStream(const QByteArray& plain, const QString& passphrase, const QByteArray& prefix)
{
    if (sodium_init() < 0) return fileError(tr("The encryption library could not start."));
    if (passphrase.size() < minimumPassphraseLength)
        return Error{tr("Passphrase"), tr("Use at least %1 characters; a few unrelated words are easiest to remember.")
                                           .arg(minimumPassphraseLength)};
    const KdfCost cost = activeCost();
    QByteArray body(saltBytes, Qt::Uninitialized);
    randombytes_buf(body.data(), size_t(saltBytes));
    appendU64(body, cost.opsLimit);
    appendU64(body, cost.memLimitBytes);
    Key key;
    if (Status s = deriveKey(key, passphrase, reinterpret_cast<const unsigned char*>(body.constData()), cost); !s.ok())
        return s.error();
    body.append(keyCheck(key));
    const QByteArray ad = prefix + body;

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[headerBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes);
    body.append(reinterpret_cast<const char*>(header), headerBytes);
    qsizetype offset = 0;
    do {
        const qsizetype n = std::min(chunkBytes, plain.size() - offset);
        const bool last = offset + n >= plain.size();
        QByteArray cipher(n + cipherOverhead, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char*>(plain.constData() + offset), quint64(n),
            reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        char length[4];
        qToBigEndian(quint32(cipher.size()), length);
        body.append(length, 4).append(cipher);
        offset += n;
    } while (offset < plain.size());
    return body;
}

Result<QByteArray> openStream(const QByteArray& body, const QString& passphrase, const QByteArray& prefix)
{
    if (sodium_init() < 0) return fileError(tr("The encryption library could not start."));
    const qsizetype fixed = saltBytes + costBytes + checkBytes + headerBytes;
    if (body.size() < fixed) return fileError(tr("The file ends inside its encryption header: it is incomplete."));
    const auto* bytes = reinterpret_cast<const unsigned char*>(body.constData());
    const KdfCost cost{qFromBigEndian<quint64>(bytes + saltBytes), qFromBigEndian<quint64>(bytes + saltBytes + 8)};
    if (cost.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || cost.opsLimit > crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE
        || cost.memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN || cost.memLimitBytes > maxMemLimit)
        return fileError(tr("The key derivation cost in the file is outside what Conduct accepts; the file was not "
                            "written by Conduct or was altered."));
    if (passphrase.isEmpty())
        return Error{tr("Passphrase"), tr("This bundle is protected by a passphrase. Enter the passphrase it was exported with.")};
    Key key;
    if (Status s = deriveKey(key, passphrase, bytes, cost); !s.ok()) return s.error();
    if (keyCheck(key) != body.mid(saltBytes + costBytes, checkBytes))
        return Error{tr("Passphrase"), tr("The passphrase is not the one this bundle was exported with. Check it and try again.")};
    const QByteArray ad = prefix + body.left(saltBytes + costBytes + checkBytes);

    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes + saltBytes + costBytes + checkBytes, key.bytes) != 0)
        return fileError(tr("The encryption header is damaged."));
    QByteArray plain;
    qsizetype offset = fixed;
    for (int chunk = 1;; ++chunk) {
        if (body.size() - offset < 4)
            return fileError(tr("The file ends before its last encrypted part: it is incomplete (part %1).").arg(chunk));
        const quint32 length = qFromBigEndian<quint32>(bytes + offset);
        offset += 4;
        if (length < quint32(cipherOverhead) || length > quint32(chunkBytes + cipherOverhead) || body.size() - offset < qsizetype(length))
            return fileError(tr("Encrypted part %1 has an impossible length: the file is damaged or incomplete.").arg(chunk));
        QByteArray part(qsizetype(length) - cipherOverhead, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(part.data()), nullptr, &tag,
                                                       bytes + offset, length,
                                                       reinterpret_cast<const unsigned char*>(ad.constData()),
                                                       quint64(ad.size())) != 0)
            return fileError(tr("Encrypted part %1 fails its integrity check: the bundle was altered or damaged after "
                                "it was exported.").arg(chunk));
        offset += length;
        plain.append(part);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) break;
    }
    if (offset != body.size()) return fileError(tr("There are extra bytes after the end of the encrypted bundle."));
    return plain;
}

} // namespace conduct::bundle
