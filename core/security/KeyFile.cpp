#include "security/KeyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace conduct::keyfile {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::KeyFile", text); }

const QString formatName = QStringLiteral("conduct-audit-checkpoint-key");
constexpr int formatVersion = 1;
const QString kdfName = QStringLiteral("argon2id13");
const QString cipherName = QStringLiteral("xsalsa20poly1305");

QString field() { return tr("Key file"); }
QString passphraseField() { return tr("Passphrase"); }

const unsigned char* bytes(const QByteArray& data) { return reinterpret_cast<const unsigned char*>(data.constData()); }
unsigned char* bytes(QByteArray& data) { return reinterpret_cast<unsigned char*>(data.data()); }

// Secret bytes that are overwritten when they go out of scope.
class Wiped {
public:
    explicit Wiped(QByteArray data) : m_data(std::move(data)) {}
    ~Wiped() { sodium_memzero(m_data.data(), size_t(m_data.size())); }
    Wiped(const Wiped&) = delete;
    Wiped& operator=(const Wiped&) = delete;
    QByteArray& data() { return m_data; }
private:
    QByteArray m_data;
};

Status ready()
{
    static const bool started = sodium_init() >= 0;
    if (!started) return Error{field(), tr("The encryption library (libsodium) could not start.")};
    return {};
}

// The secretbox key for `passphrase`, or an error when Argon2id could not run (out of memory).
Result<QByteArray> deriveKey(const QString& passphrase, const QByteArray& salt, unsigned long long opsLimit, size_t memLimit)
{
    Wiped secret(passphrase.toUtf8());
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    if (crypto_pwhash(bytes(key), quint64(key.size()), secret.data().constData(), quint64(secret.data().size()), bytes(salt),
                      opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{field(), tr("The passphrase could not be processed because the computer ran out of memory. Close "
                                 "other programs and try again.")};
    return key;
}

// The hex field `name` of `object`, which must decode to exactly `size` bytes.
Result<QByteArray> hexField(const QJsonObject& object, const QString& name, qsizetype size)
{
    const QByteArray text = object.value(name).toString().toLatin1();
    const QByteArray value = QByteArray::fromHex(text);
    if (text.size() != size * 2 || value.size() != size)
        return Error{field(), tr("\"%1\" is missing or damaged: this is not a Conduct key file as written by "
                                 "conduct audit keygen.").arg(name)};
    return value;
}

Result<QJsonObject> parse(const QByteArray& fileText)
{
    QJsonParseError problem{};
    const QJsonDocument document = QJsonDocument::fromJson(fileText, &problem);
    if (problem.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != formatName)
        return Error{field(), tr("This is not a Conduct audit-checkpoint key file. Give the file that conduct audit "
                                 "keygen wrote.")};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("version")).toInt() != formatVersion)
        return Error{field(), tr("This key file is of format version %1; this version of Conduct reads version %2. "
                                 "Use the Conduct that made it.")
                                  .arg(object.value(QStringLiteral("version")).toInt()).arg(formatVersion)};
    return object;
}
} // namespace

Status checkPassphrase(const QString& passphrase)
{
    const qsizetype length = passphrase.toUcs4().size();
    if (length < PasswordHasher::minimumLength || length > PasswordHasher::maximumLength)
        return fieldError(passphraseField(),
                          tr("must be %1 to %2 characters long; this one has %3. A phrase of several words is easy "
                             "to remember and hard to guess; keep it apart from the key file.")
                              .arg(PasswordHasher::minimumLength).arg(PasswordHasher::maximumLength).arg(length));
    return {};
}

Result<QByteArray> seal(const signing::KeyPair& pair, const QString& passphrase, const HashCost& cost)
{
    if (Status s = ready(); !s.ok()) return s.error();
    if (Status s = checkPassphrase(passphrase); !s.ok()) return s.error();
    if (pair.publicKey.size() != signing::publicKeyBytes || pair.secretKey.size() != signing::secretKeyBytes)
        return Error{field(), tr("The key to seal is not an Ed25519 key pair.")};
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(bytes(salt), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(bytes(nonce), size_t(nonce.size()));
    auto derived = deriveKey(passphrase, salt, cost.opsLimit, cost.memLimitBytes);
    if (!derived.ok()) return derived.error();
    Wiped key(std::move(derived.value()));
    QByteArray sealed(crypto_secretbox_MACBYTES + pair.secretKey.size(), '\0');
    crypto_secretbox_easy(bytes(sealed), bytes(pair.secretKey), quint64(pair.secretKey.size()), bytes(nonce), bytes(key.data()));
    const QJsonObject object{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("purpose"), QStringLiteral("Signs Conduct audit checkpoints. Keep this file and its passphrase "
                                                   "apart, and neither on the desk that holds the cases.")},
        {QStringLiteral("public_key"), QString::fromLatin1(pair.publicKey.toHex())},
        {QStringLiteral("fingerprint"), signing::fingerprint(pair.publicKey)},
        {QStringLiteral("kdf"), kdfName},
        // Integers well inside a double's exact range (at most a few GiB), as JSON numbers carry them.
        {QStringLiteral("ops_limit"), double(cost.opsLimit)},
        {QStringLiteral("mem_limit"), double(cost.memLimitBytes)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
        {QStringLiteral("cipher"), cipherName},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex())},
        {QStringLiteral("sealed_secret_key"), QString::fromLatin1(sealed.toHex())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<QByteArray> publicKeyOf(const QByteArray& fileText)
{
    auto object = parse(fileText);
    if (!object.ok()) return object.error();
    return hexField(object.value(), QStringLiteral("public_key"), signing::publicKeyBytes);
}

Result<signing::KeyPair> open(const QByteArray& fileText, const QString& passphrase)
{
    if (Status s = ready(); !s.ok()) return s.error();
    auto parsed = parse(fileText);
    if (!parsed.ok()) return parsed.error();
    const QJsonObject& object = parsed.value();
    if (object.value(QStringLiteral("kdf")).toString() != kdfName || object.value(QStringLiteral("cipher")).toString() != cipherName)
        return Error{field(), tr("names a key derivation or cipher this version of Conduct does not use (%1, %2).")
                                  .arg(object.value(QStringLiteral("kdf")).toString(), object.value(QStringLiteral("cipher")).toString())};
    // The cost comes from the file: bound it, so a doctored file cannot make the desk spend
    // gigabytes or hours before the passphrase is even tried.
    const double ops = object.value(QStringLiteral("ops_limit")).toDouble();
    const double mem = object.value(QStringLiteral("mem_limit")).toDouble();
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Error{field(), tr("asks for a passphrase cost outside what Conduct writes (ops %1, memory %2 bytes): "
                                 "the file is damaged or was not made by conduct audit keygen.").arg(ops).arg(mem)};
    auto publicKey = hexField(object, QStringLiteral("public_key"), signing::publicKeyBytes);
    if (!publicKey.ok()) return publicKey.error();
    auto salt = hexField(object, QStringLiteral("salt"), crypto_pwhash_SALTBYTES);
    if (!salt.ok()) return salt.error();
    auto nonce = hexField(object, QStringLiteral("nonce"), crypto_secretbox_NONCEBYTES);
    if (!nonce.ok()) return nonce.error();
    auto sealed = hexField(object, QStringLiteral("sealed_secret_key"), crypto_secretbox_MACBYTES + signing::secretKeyBytes);
    if (!sealed.ok()) return sealed.error();

    auto derived = deriveKey(passphrase, salt.value(), static_cast<unsigned long long>(ops), static_cast<size_t>(mem));
    if (!derived.ok()) return derived.error();
    Wiped key(std::move(derived.value()));
    QByteArray secret(signing::secretKeyBytes, '\0');
    if (crypto_secretbox_open_easy(bytes(secret), bytes(sealed.value()), quint64(sealed->size()), bytes(nonce.value()),
                                   bytes(key.data()))
        != 0)
        return Error{passphraseField(), tr("does not open this key file: the passphrase is wrong, or the file was "
                                           "altered. Nothing was signed.")};
    auto pair = signing::keyPairFromSecret(secret);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!pair.ok()) return pair.error();
    // The public key in the clear is not covered by the seal: it must be the sealed key's own.
    if (pair->publicKey != publicKey.value())
        return Error{field(), tr("names a public key that is not its sealed key's: the file was altered. Nothing was signed.")};
    return pair;
}

} // namespace conduct::keyfile
