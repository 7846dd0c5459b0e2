#include "security/TrustedKeysService.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "security/Signing.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::TrustedKeysService", text); }

QByteArray json(const QJsonObject& object) { return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact); }

QJsonObject describe(const TrustedKey& key)
{
    return {{QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toHex())},
            {QStringLiteral("fingerprint"), signing::fingerprint(key.publicKey)},
            {QStringLiteral("label"), key.label},
            {QStringLiteral("purpose"), keyPurposeCode(key.purpose)}};
}

AuditRecord keyRecord(const Session& actor, const QString& entityType, const QString& entityId, const QJsonObject& before,
                      const QJsonObject& after)
{
    AuditRecord r = AuditLog::recordFor(actor, AuditAction::Update);
    r.entityType = entityType;
    r.entityId = entityId;
    r.beforeJson = json(before);
    r.afterJson = json(after);
    return r;
}
} // namespace

Result<DatabaseIdentity> TrustedKeysService::thisDatabase() const { return SigningKeyRepository(m_db).identity(); }

Result<QList<TrustedKey>> TrustedKeysService::list() const { return SigningKeyRepository(m_db).trustedKeys(); }

Result<SignerStatus> TrustedKeysService::statusOf(const QByteArray& publicKey, KeyPurpose purpose) const
{
    auto found = SigningKeyRepository(m_db).trustedKey(publicKey);
    if (!found.ok()) return found.error();
    SignerStatus out{signing::fingerprint(publicKey), false, {}, std::nullopt};
    if (!found->has_value()) return out;
    if (found->value().purpose != purpose) {
        out.trustedOnlyFor = found->value().purpose;
        return out;
    }
    out.trusted = true;
    out.trustedLabel = found->value().label;
    return out;
}

Result<TrustedKey> TrustedKeysService::trust(const Session& actor, const QString& publicKeyText, const QString& label,
                                             KeyPurpose purpose)
{
    if (Status s = requirePermission(actor, Action::ManageTrustedKeys); !s.ok()) return s.error();
    auto publicKey = signing::parsePublicKeyHex(publicKeyText, tr("Public key"));
    if (!publicKey.ok()) return publicKey.error();
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxTrustedKeyLabelLength)
        return Error{tr("Label"), tr("Say whose key this is in 1 to %1 characters, e.g. \"West Division stalking unit\".")
                                      .arg(maxTrustedKeyLabelLength)};
    return inTransaction<TrustedKey>(m_db, [&]() -> Result<TrustedKey> {
        SigningKeyRepository keys(m_db);
        auto own = keys.findIdentity();
        if (!own.ok()) return own.error();
        if (own->has_value() && own->value().publicKey == publicKey.value())
            return Error{tr("Public key"), tr("This is this database's own key: its bundles need no trust here. Paste the "
                                              "other database's key.")};
        auto existing = keys.trustedKey(publicKey.value());
        if (!existing.ok()) return existing.error();
        if (existing->has_value())
            return Error{tr("Public key"), tr("This key is already trusted, as \"%1\". Remove it first to change its label.")
                                               .arg(existing->value().label)};
        TrustedKey key{publicKey.value(), trimmed, purpose, actor.user.id, actor.user.displayName, Clock::nowUtc()};
        if (Status s = keys.insertTrustedKey(key); !s.ok()) return s.error();
        const QString fingerprint = signing::fingerprint(key.publicKey);
        if (Status s = AuditLog::append(m_db, keyRecord(actor, QStringLiteral("trusted_key"), fingerprint, {}, describe(key))); !s.ok())
            return s.error();
        return key;
    });
}

Status TrustedKeysService::remove(const Session& actor, const QByteArray& publicKey)
{
    if (Status s = requirePermission(actor, Action::ManageTrustedKeys); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        SigningKeyRepository keys(m_db);
        auto existing = keys.trustedKey(publicKey);
        if (!existing.ok()) return existing.error();
        if (!existing->has_value())
            return Error{tr("Trusted key"), tr("The key %1 is not trusted here (another administrator may have removed it). "
                                               "Reopen the list.").arg(signing::fingerprint(publicKey))};
        if (Status s = keys.removeTrustedKey(publicKey); !s.ok()) return s;
        return AuditLog::append(m_db, keyRecord(actor, QStringLiteral("trusted_key"), signing::fingerprint(publicKey),
                                                describe(existing->value()), {}));
    });
}

Status TrustedKeysService::renameThisDatabase(const Session& actor, const QString& name)
{
    if (Status s = requirePermission(actor, Action::ManageTrustedKeys); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        SigningKeyRepository keys(m_db);
        auto before = keys.identity();
        if (!before.ok()) return before.error();
        if (Status s = keys.rename(name); !s.ok()) return s;
        return AuditLog::append(m_db, keyRecord(actor, QStringLiteral("database_identity"), signing::fingerprint(before->publicKey),
                                                {{QStringLiteral("name"), before->name}},
                                                {{QStringLiteral("name"), name.trimmed()}}));
    });
}

} // namespace conduct
