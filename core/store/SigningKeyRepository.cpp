#include "store/SigningKeyRepository.h"

#include "common/Clock.h"
#include "security/Signing.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::SigningKeyRepository", text); }

QString hex(const QByteArray& raw) { return QString::fromLatin1(raw.toHex()); }
QByteArray raw(const QVariant& hexText) { return QByteArray::fromHex(hexText.toString().toLatin1()); }

TrustedKey trustedKeyFrom(const QSqlQuery& q)
{
    return {raw(q.value(0)), q.value(1).toString(), keyPurposeFromCode(q.value(5).toString()).value_or(KeyPurpose::CaseBundles),
            q.value(2).toLongLong(), q.value(3).toString(), fromDbTime(q.value(4))};
}

const QString trustedKeyColumns = QStringLiteral(
    "SELECT t.public_key, t.label, t.trusted_by_user_id, COALESCE(u.display_name, ''), t.trusted_utc, t.purpose "
    "FROM trusted_keys t LEFT JOIN users u ON u.id = t.trusted_by_user_id ");
} // namespace

QString keyPurposeCode(KeyPurpose purpose)
{
    return purpose == KeyPurpose::AuditCheckpoints ? QStringLiteral("audit_checkpoints") : QStringLiteral("bundles");
}

std::optional<KeyPurpose> keyPurposeFromCode(const QString& code)
{
    for (KeyPurpose p : {KeyPurpose::CaseBundles, KeyPurpose::AuditCheckpoints})
        if (keyPurposeCode(p) == code) return p;
    return std::nullopt;
}

QString keyPurposeLabel(KeyPurpose purpose)
{
    return purpose == KeyPurpose::AuditCheckpoints ? tr("Audit checkpoints") : tr("Case bundles");
}

QString defaultDatabaseName(const Database& db)
{
    QString name;
    if (db.engine() == Engine::Postgres) {
        if (auto location = parsePostgresAddress(db.path()); location.ok())
            name = location->schema.isEmpty() ? location->database : location->schema;
    } else {
        name = QFileInfo(db.path()).completeBaseName();
    }
    name = name.trimmed().left(maxDatabaseNameLength);
    return name.isEmpty() ? tr("Conduct database") : name;
}

Result<std::optional<DatabaseIdentity>> SigningKeyRepository::findIdentity() const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, public_key, secret_key, created_utc FROM database_identity WHERE id = 1"));
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<DatabaseIdentity>();
    return std::optional<DatabaseIdentity>(
        DatabaseIdentity{q->value(0).toString(), raw(q->value(1)), raw(q->value(2)), fromDbTime(q->value(3))});
}

Result<DatabaseIdentity> SigningKeyRepository::identity() const
{
    auto found = findIdentity();
    if (!found.ok()) return found.error();
    if (found->has_value()) return found->value();
    auto pair = signing::generateKeyPair();
    if (!pair.ok()) return pair.error();
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status().error();
    if (Status s = m_db.write(QStringLiteral("INSERT INTO database_identity (id, name, public_key, secret_key, created_utc) "
                                             "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                              {defaultDatabaseName(m_db), hex(pair->publicKey), hex(pair->secretKey), toDbTime(Clock::nowUtc())});
        !s.ok())
        return s.error();
    auto made = findIdentity();
    if (!made.ok()) return made.error();
    if (!made->has_value()) return Error{tr("Signing key"), tr("This database's signing key could not be stored.")};
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return made->value();
}

Status SigningKeyRepository::rename(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxDatabaseNameLength)
        return Error{tr("Database name"), tr("Give this database a name of 1 to %1 characters, e.g. \"West Division stalking unit\".")
                                              .arg(maxDatabaseNameLength)};
    if (auto made = identity(); !made.ok()) return made.error();
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status();
    if (Status s = m_db.write(QStringLiteral("UPDATE database_identity SET name = ? WHERE id = 1"), {trimmed}); !s.ok()) return s;
    return tx.commit();
}

Result<QList<TrustedKey>> SigningKeyRepository::trustedKeys() const
{
    auto q = m_db.exec(trustedKeyColumns + QStringLiteral("ORDER BY lower(t.label), t.public_key"));
    if (!q.ok()) return q.error();
    QList<TrustedKey> out;
    while (q->next()) out.append(trustedKeyFrom(q.value()));
    return out;
}

Result<std::optional<TrustedKey>> SigningKeyRepository::trustedKey(const QByteArray& publicKey) const
{
    auto q = m_db.exec(trustedKeyColumns + QStringLiteral("WHERE t.public_key = ?"), {hex(publicKey)});
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<TrustedKey>();
    return std::optional<TrustedKey>(trustedKeyFrom(q.value()));
}

Status SigningKeyRepository::insertTrustedKey(const TrustedKey& key) const
{
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status();
    if (Status s = m_db.write(QStringLiteral("INSERT INTO trusted_keys (public_key, label, trusted_by_user_id, trusted_utc, "
                                             "purpose) VALUES (?, ?, ?, ?, ?)"),
                              {hex(key.publicKey), key.label, key.trustedByUserId, toDbTime(key.trustedUtc),
                               keyPurposeCode(key.purpose)});
        !s.ok())
        return s;
    return tx.commit();
}

Status SigningKeyRepository::removeTrustedKey(const QByteArray& publicKey) const
{
    Transaction tx(m_db);
    if (!tx.status().ok()) return tx.status();
    if (Status s = m_db.write(QStringLiteral("DELETE FROM trusted_keys WHERE public_key = ?"), {hex(publicKey)}); !s.ok()) return s;
    return tx.commit();
}

} // namespace conduct
