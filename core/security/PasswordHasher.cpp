#include "security/PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <sodium.h>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Security", text); }

bool sodiumReady()
{
    // sodium_init is safe to call repeatedly, but once is enough; a static is initialised thread-safely.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A UTF-8 copy of a password that is overwritten when it goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }
private:
    QByteArray m_bytes;
};

Error hashingFailed()
{
    return Error{tr("Password"), tr("The password could not be protected because the computer ran out of "
                                    "memory. Close other programs and try again.")};
}
} // namespace

HashCost HashCost::production()
{
    // Three passes over 192 MiB: about half a second per guess on a 2-core machine (measured; libsodium's
    // MODERATE 256 MiB took over a second to hash there), so an offline attack on a stolen database is
    // slow while signing in stays quick on a police laptop.
    return HashCost{crypto_pwhash_argon2id_OPSLIMIT_MODERATE, 192u * 1024u * 1024u};
}

HashCost HashCost::minimumForTests()
{
    return HashCost{crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(HashCost cost) : m_cost(cost) {}

Status PasswordHasher::checkPolicy(const QString& password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < minimumLength)
        return fieldError(tr("Password"),
                          tr("The password must be at least %1 characters long; this one has %2. A short "
                             "phrase of several words is easy to remember and hard to guess.")
                              .arg(minimumLength).arg(length));
    if (length > maximumLength)
        return fieldError(tr("Password"),
                          tr("The password must be at most %1 characters long.").arg(maximumLength));
    return {};
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (Status s = checkPolicy(password); !s.ok()) return s.error();
    if (!sodiumReady()) return hashingFailed();
    SecretBytes secret(password);
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, secret.data(), secret.size(), m_cost.opsLimit, m_cost.memLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return hashingFailed();
    return QString::fromLatin1(encoded);
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password) const
{
    if (!sodiumReady() || encodedHash.isEmpty() || password.size() > maximumLength * 2) return false;
    const QByteArray encoded = encodedHash.toLatin1();
    SecretBytes secret(password);
    return crypto_pwhash_str_verify(encoded.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash) const
{
    if (!sodiumReady()) return false;
    const QByteArray encoded = encodedHash.toLatin1();
    // 1 means "different parameters", -1 "not a hash of this algorithm": both want a new hash.
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_cost.opsLimit, m_cost.memLimitBytes) != 0;
}

void PasswordHasher::verifyDummy(const QString& password) const
{
    if (!sodiumReady() || password.size() > maximumLength * 2) return;   // as verify() returns early
    // One Argon2id computation at this hasher's cost, with a random salt: the work of verifying a
    // stored hash made at the same cost, without keeping any hash around.
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char derived[32];
    randombytes_buf(salt, sizeof salt);
    SecretBytes secret(password);
    // The outcome is irrelevant: only the time spent matters.
    [[maybe_unused]] const int outcome = crypto_pwhash(derived, sizeof derived, secret.data(), secret.size(), salt,
                                                       m_cost.opsLimit, m_cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(derived, sizeof derived);
}

void wipePassword(QString& password)
{
    if (password.isEmpty()) return;
    // data() detaches a shared string first; the other owners' copies are theirs to wipe.
    sodium_memzero(password.data(), static_cast<size_t>(password.size()) * sizeof(QChar));
    password.clear();
}

} // namespace conduct
