// The signing module (core/security/Signing, issue 24): Ed25519 known answers from RFC 8032, the
// fingerprint people compare, and the trusted-keys table that only an administrator changes.

#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/Signing.h"
#include "security/TrustedKeysService.h"
#include "store/Database.h"
#include "store/SigningKeyRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace conduct;
using namespace conduct::test;

namespace {
QByteArray hex(const char* digits) { return QByteArray::fromHex(digits); }

// RFC 8032 section 7.1, tests 1 and 2: secret seed, public key, message, signature.
struct Vector {
    const char* seed;
    const char* publicKey;
    const char* message;
    const char* signature;
};
const Vector rfc8032[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
};

QString keyHex(const QByteArray& raw) { return QString::fromLatin1(raw.toHex()); }
} // namespace

TEST_CASE("signing: Ed25519 matches RFC 8032's known answers, and any change fails verification", "[signing]")
{
    for (const Vector& v : rfc8032) {
        INFO(v.publicKey);
        // libsodium's secret key is the 32-byte seed followed by the public key.
        auto pair = signing::keyPairFromSecret(hex(v.seed) + hex(v.publicKey));
        REQUIRE(pair.ok());
        CHECK(pair->publicKey == hex(v.publicKey));
        auto signature = signing::signDetached(hex(v.message), pair->secretKey);
        REQUIRE(signature.ok());
        CHECK(signature->toHex() == QByteArray(v.signature));
        CHECK(signing::verifyDetached(hex(v.message), hex(v.signature), hex(v.publicKey)));

        QByteArray flipped = hex(v.signature);
        flipped[10] = char(flipped.at(10) ^ 0x01);
        CHECK_FALSE(signing::verifyDetached(hex(v.message), flipped, hex(v.publicKey)));
        CHECK_FALSE(signing::verifyDetached(hex(v.message) + "x", hex(v.signature), hex(v.publicKey)));
        CHECK_FALSE(signing::verifyDetached(hex(v.message), hex(v.signature).left(63), hex(v.publicKey)));
    }
    // A signature by one key never verifies under another.
    CHECK_FALSE(signing::verifyDetached(QByteArray(), hex(rfc8032[0].signature), hex(rfc8032[1].publicKey)));

    auto fresh = signing::generateKeyPair();
    REQUIRE(fresh.ok());
    CHECK(fresh->publicKey.size() == signing::publicKeyBytes);
    CHECK(fresh->secretKey.size() == signing::secretKeyBytes);
    auto signature = signing::signDetached(QByteArrayLiteral("manifest bytes"), fresh->secretKey);
    REQUIRE(signature.ok());
    CHECK(signing::verifyDetached(QByteArrayLiteral("manifest bytes"), signature.value(), fresh->publicKey));
    CHECK_FALSE(signing::signDetached(QByteArrayLiteral("x"), QByteArray(12, 'k')).ok());
}

TEST_CASE("signing: the fingerprint is the first 32 hex digits of the key's SHA-256, in groups of four", "[signing]")
{
    // python3: hashlib.sha256(bytes.fromhex("d75a…511a")).hexdigest()[:32]
    CHECK(signing::fingerprint(hex(rfc8032[0].publicKey)) == QStringLiteral("21fe 31df a154 a261 626b f854 046f d227"));
    CHECK(signing::fingerprint(QByteArray(5, 'x')).isEmpty());

    auto parsed = signing::parsePublicKeyHex(QStringLiteral(" D75A980182B10AB7D54BFED3C964073A\n0ee172f3 daa62325af021a68f707511a "),
                                             QStringLiteral("Public key"));
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == hex(rfc8032[0].publicKey));
    auto wrong = signing::parsePublicKeyHex(QStringLiteral("d75a98"), QStringLiteral("Public key"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("Public key"));
    CHECK(wrong.error().message.contains(QStringLiteral("64 hexadecimal digits")));
}

TEST_CASE("signing: the database's key pair is made once, on first use, named after the database", "[signing]")
{
    TempDatabase t;
    SigningKeyRepository keys(t.db());
    auto none = keys.findIdentity();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    auto first = keys.identity();
    REQUIRE(first.ok());
    CHECK(first->name == defaultDatabaseName(t.db()));
    CHECK_FALSE(first->name.isEmpty());
    auto again = keys.identity();
    REQUIRE(again.ok());
    CHECK(again->publicKey == first->publicKey);
    auto derived = signing::keyPairFromSecret(first->secretKey);
    REQUIRE(derived.ok());
    CHECK(derived->publicKey == first->publicKey);   // the stored halves belong together
    auto rows = t.db().scalar(QStringLiteral("SELECT count(*) FROM database_identity"));
    REQUIRE(rows.ok());
    CHECK(rows->toInt() == 1);
}

TEST_CASE("signing: only an administrator trusts or removes a key, and each change is audited", "[signing]")
{
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.keys"), {Role::Administrator});
    const Session officer = sessionFor(t.db(), QStringLiteral("dc.keys"), {Role::Officer});
    const Session supervisor = sessionFor(t.db(), QStringLiteral("ds.keys"), {Role::Supervisor});
    TrustedKeysService service(t.db());
    const QString westKey = QString::fromLatin1(rfc8032[1].publicKey);

    for (const Session* refused : {&officer, &supervisor}) {
        auto r = service.trust(*refused, westKey, QStringLiteral("West Division"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("not allowed")));
    }
    auto listed = service.list();
    REQUIRE(listed.ok());
    CHECK(listed->isEmpty());

    // Bad input names its field.
    auto badKey = service.trust(admin, QStringLiteral("not a key"), QStringLiteral("West Division"));
    REQUIRE_FALSE(badKey.ok());
    CHECK(badKey.error().field == QStringLiteral("Public key"));
    auto noLabel = service.trust(admin, westKey, QStringLiteral("  "));
    REQUIRE_FALSE(noLabel.ok());
    CHECK(noLabel.error().field == QStringLiteral("Label"));
    auto own = service.thisDatabase();
    REQUIRE(own.ok());
    auto ownKey = service.trust(admin, keyHex(own->publicKey), QStringLiteral("Ourselves"));
    REQUIRE_FALSE(ownKey.ok());
    CHECK(ownKey.error().message.contains(QStringLiteral("own key")));

    auto trusted = service.trust(admin, westKey, QStringLiteral("West Division stalking unit"));
    INFO((trusted.ok() ? QString() : trusted.error().text()).toStdString());
    REQUIRE(trusted.ok());
    auto status = service.statusOf(hex(rfc8032[1].publicKey), KeyPurpose::CaseBundles);
    REQUIRE(status.ok());
    CHECK(status->trusted);
    CHECK(status->trustedLabel == QStringLiteral("West Division stalking unit"));
    CHECK(status->fingerprint == signing::fingerprint(hex(rfc8032[1].publicKey)));
    CHECK_FALSE(service.trust(admin, westKey, QStringLiteral("Again")).ok());   // already trusted

    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    const AuditRecord added = records->last();
    CHECK(added.action == AuditAction::Update);
    CHECK(added.userName == QStringLiteral("admin.keys"));
    CHECK(added.entityType == QStringLiteral("trusted_key"));
    CHECK(added.entityId == status->fingerprint);
    CHECK(added.beforeJson.isEmpty());
    CHECK(QJsonDocument::fromJson(added.afterJson).object().value(QStringLiteral("public_key")).toString() == westKey);
    CHECK(QJsonDocument::fromJson(added.afterJson).object().value(QStringLiteral("purpose")).toString() == QStringLiteral("bundles"));

    CHECK_FALSE(service.remove(officer, hex(rfc8032[1].publicKey)).ok());
    REQUIRE(service.remove(admin, hex(rfc8032[1].publicKey)).ok());
    auto after = service.statusOf(hex(rfc8032[1].publicKey), KeyPurpose::CaseBundles);
    REQUIRE(after.ok());
    CHECK_FALSE(after->trusted);
    records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    const AuditRecord removed = records->last();
    CHECK(removed.entityType == QStringLiteral("trusted_key"));
    CHECK(QJsonDocument::fromJson(removed.beforeJson).object().value(QStringLiteral("label")).toString()
          == QStringLiteral("West Division stalking unit"));
    CHECK(removed.afterJson.isEmpty());

    // Renaming this database: administrators only, audited with before and after.
    CHECK_FALSE(service.renameThisDatabase(officer, QStringLiteral("Somewhere")).ok());
    REQUIRE(service.renameThisDatabase(admin, QStringLiteral("North Division stalking unit")).ok());
    auto renamed = service.thisDatabase();
    REQUIRE(renamed.ok());
    CHECK(renamed->name == QStringLiteral("North Division stalking unit"));
    CHECK(renamed->publicKey == own->publicKey);
    records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    CHECK(QJsonDocument::fromJson(records->last().afterJson).object().value(QStringLiteral("name")).toString()
          == QStringLiteral("North Division stalking unit"));
    CHECK(AuditLog::verify(t.db()).ok);
}
