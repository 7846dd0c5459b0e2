// Signed audit checkpoints (issue 25): a chain alone verifies after its newest records are
// removed; a checkpoint signed with an administrator's key, kept elsewhere, reveals it. Runs on
// SQLite files, and on PostgreSQL under tests/support/with-postgres.sh, where the removal is made
// as the insider made it: triggers switched off, then raw SQL.

#include "TestSupport.h"
#include "FileModes.h"

#include "common/Clock.h"
#include "security/AuditCheckpoint.h"
#include "security/AuditLog.h"
#include "security/KeyFile.h"
#include "security/TrustedKeysService.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SigningKeyRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {

const QString passphrase = QStringLiteral("a long walk on the north downs");

void appendConsults(Database& db, const Session& who, int count)
{
    for (int i = 0; i < count; ++i) {
        AuditRecord r = AuditLog::recordFor(who, AuditAction::Consult);
        r.entityType = QStringLiteral("case");
        r.entityId = QString::number(i + 1);
        r.justification = QStringLiteral("Checkpoint test read %1").arg(i + 1);
        REQUIRE(AuditLog::append(db, r).ok());
    }
}

qint64 recordCount(Database& db)
{
    auto records = AuditLog::readAll(db);
    REQUIRE(records.ok());
    return records->size();
}

// What an insider with the server's superuser (or the SQLite file) can do: switch the append-only
// triggers off and delete the newest records.
void removeNewestRecords(Database& db, int count)
{
    if (db.engine() == Engine::Postgres) {
        REQUIRE(db.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    } else {
        dropTrigger(db, QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log"));
    }
    auto newest = db.scalar(QStringLiteral("SELECT max(sequence) FROM audit_log"));
    REQUIRE(newest.ok());
    auto removed = db.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence > ?"), {newest->toLongLong() - count});
    REQUIRE(removed.ok());
    CHECK(removed->numRowsAffected() == count);
    if (db.engine() == Engine::Postgres) REQUIRE(db.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
}

// An administrator's key made as conduct audit keygen makes it (cheapest Argon2id cost), in `dir`.
struct AdminKey {
    QString path;
    signing::KeyPair pair;
};
AdminKey makeAdminKey(TempDatabase& t, const Session& admin)
{
    AdminKey key{t.dir.filePath(QStringLiteral("admin-checkpoint.key")), {}};
    auto publicKey = createCheckpointKey(t.db(), admin, passphrase, key.path, HashCost::minimumForTests());
    INFO((publicKey.ok() ? QString() : publicKey.error().text()).toStdString());
    REQUIRE(publicKey.ok());
    QFile file(key.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto opened = keyfile::open(file.readAll(), passphrase);
    REQUIRE(opened.ok());
    CHECK(opened->publicKey == publicKey.value());
    key.pair = opened.value();
    return key;
}

CheckpointCheck checkWith(Database& db, const QByteArray& checkpointText)
{
    auto checkpoint = readAuditCheckpoint(checkpointText);
    INFO((checkpoint.ok() ? QString() : checkpoint.error().text()).toStdString());
    REQUIRE(checkpoint.ok());
    auto check = checkAgainstCheckpoint(db, checkpoint.value());
    REQUIRE(check.ok());
    return check.value();
}

} // namespace

TEST_CASE("checkpoint: an administrator's key round trip: made, sealed 0600, trusted and audited; the checkpoint verifies",
          "[checkpoint]")
{
    TempDatabase t;
    ScopedFakeClock clock(QDateTime(QDate(2026, 7, 14), QTime(8, 30, 5), Qt::UTC));
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.cp"), {Role::Administrator});
    const AdminKey key = [&] {
        ScopedUmask permissive(022);   // the file must be private whatever the desktop's umask
        return makeAdminKey(t, admin);
    }();
    CHECK(fileMode(key.path) == 0600);

    auto status = TrustedKeysService(t.db()).statusOf(key.pair.publicKey, KeyPurpose::AuditCheckpoints);
    REQUIRE(status.ok());
    CHECK(status->trusted);
    CHECK(status->trustedLabel == checkpointKeyLabel(admin.user.displayName));
    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    CHECK(records->last().entityType == QStringLiteral("trusted_key"));
    CHECK(records->last().userName == QStringLiteral("admin.cp"));
    CHECK(records->last().entityId == signing::fingerprint(key.pair.publicKey));

    appendConsults(t.db(), admin, 4);
    const qint64 atCheckpoint = recordCount(t.db());
    auto text = makeAuditCheckpoint(t.db(), key.pair);
    REQUIRE(text.ok());
    CHECK(text->startsWith("Conduct audit checkpoint\nformat: 1\n"));
    CHECK(text->contains("time uk: 14/07/2026 09:30:05 BST\n"));   // UK civil time, summer
    CHECK(text->contains("records: " + QByteArray::number(atCheckpoint) + '\n'));
    CHECK(text->contains("signer fingerprint: " + signing::fingerprint(key.pair.publicKey).toLatin1()));

    auto checkpoint = readAuditCheckpoint(text.value());
    REQUIRE(checkpoint.ok());
    CHECK(checkpoint->records == atCheckpoint);
    auto signedTrail = AuditLog::readAll(t.db());
    REQUIRE(signedTrail.ok());
    CHECK(checkpoint->headHash == signedTrail->last().hash);
    CHECK(checkpoint->timeUtc == Clock::nowUtc());
    CHECK(checkpoint->signerPublicKey == key.pair.publicKey);

    CheckpointCheck same = checkWith(t.db(), text.value());
    CHECK(same.outcome == CheckpointOutcome::Contained);
    CHECK(same.signerTrusted);
    CHECK(same.summary.contains(QStringLiteral("(%1 records; 0 added since)").arg(atCheckpoint)));

    appendConsults(t.db(), admin, 2);
    CheckpointCheck later = checkWith(t.db(), text.value());
    CHECK(later.outcome == CheckpointOutcome::Contained);
    CHECK(later.recordsNow == atCheckpoint + 2);
    CHECK(later.summary == QStringLiteral("Audit trail intact and contains the checkpoint of 14/07/2026 09:30:05 BST "
                                          "(%1 records; 2 added since).").arg(atCheckpoint));
}

TEST_CASE("checkpoint: deleting the newest 3 records after the checkpoint is detected, though the chain still verifies",
          "[checkpoint]")
{
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.cp"), {Role::Administrator});
    const AdminKey key = makeAdminKey(t, admin);
    appendConsults(t.db(), admin, 6);
    const qint64 atCheckpoint = recordCount(t.db());
    auto text = makeAuditCheckpoint(t.db(), key.pair);
    REQUIRE(text.ok());

    removeNewestRecords(t.db(), 3);
    CHECK(AuditLog::verify(t.db()).ok);   // what the chain alone says: a shorter chain, intact
    CheckpointCheck cut = checkWith(t.db(), text.value());
    CHECK(cut.outcome == CheckpointOutcome::RecordsMissing);
    CHECK(cut.signerTrusted);
    CHECK(cut.recordsNow == atCheckpoint - 3);
    CHECK(cut.summary.startsWith(QStringLiteral("The newest 3 records before the checkpoint of ")));
    CHECK(cut.summary.contains(QStringLiteral("the checkpoint counted %1 records, the trail now has %2 records")
                                   .arg(atCheckpoint).arg(atCheckpoint - 3)));

    // The insider then lets the desk carry on: the chain grows past the checkpoint's count again,
    // and the record at its position is not the one that was signed.
    appendConsults(t.db(), admin, 5);
    CHECK(AuditLog::verify(t.db()).ok);
    CheckpointCheck continued = checkWith(t.db(), text.value());
    CHECK(continued.outcome == CheckpointOutcome::RecordDiffers);
    CHECK(continued.summary.startsWith(QStringLiteral("Record %1 differs from the checkpoint of ").arg(atCheckpoint)));
}

TEST_CASE("checkpoint: a tampered checkpoint file is refused by name, never believed", "[checkpoint]")
{
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.cp"), {Role::Administrator});
    const AdminKey key = makeAdminKey(t, admin);
    appendConsults(t.db(), admin, 5);
    auto text = makeAuditCheckpoint(t.db(), key.pair);
    REQUIRE(text.ok());
    const QByteArray count = "records: " + QByteArray::number(recordCount(t.db()));

    // Lowering the count to hide a removal.
    QByteArray lowered = text.value();
    lowered.replace(count, "records: 3");
    auto refused = readAuditCheckpoint(lowered);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Checkpoint file"));
    CHECK(refused.error().message.contains(QStringLiteral("signature does NOT match")));

    // A line ending changed by an editor changes the signed bytes too.
    QByteArray crlf = text.value();
    crlf.replace("\nrecords", "\r\nrecords");
    CHECK_FALSE(readAuditCheckpoint(crlf).ok());

    // Re-signed with another key: the signature matches, but that key is not trusted here.
    auto stranger = signing::generateKeyPair();
    REQUIRE(stranger.ok());
    auto forged = makeAuditCheckpoint(t.db(), stranger.value());
    REQUIRE(forged.ok());
    CheckpointCheck untrusted = checkWith(t.db(), forged.value());
    CHECK_FALSE(untrusted.signerTrusted);
    CHECK(untrusted.signerLabel.isEmpty());
    // Nor does it help that an administrator trusts that key for case bundles (schema v15): a unit's
    // bundle key never vouches for this store's audit trail.
    REQUIRE(TrustedKeysService(t.db()).trust(admin, QString::fromLatin1(stranger->publicKey.toHex()),
                                             QStringLiteral("West Division stalking unit"), KeyPurpose::CaseBundles).ok());
    CheckpointCheck bundleKey = checkWith(t.db(), forged.value());
    CHECK_FALSE(bundleKey.signerTrusted);
    CHECK(bundleKey.signerTrustedForBundlesOnly);
    // And the administrator's checkpoint key is not a trusted bundle signer.
    auto asBundleSigner = TrustedKeysService(t.db()).statusOf(key.pair.publicKey, KeyPurpose::CaseBundles);
    REQUIRE(asBundleSigner.ok());
    CHECK_FALSE(asBundleSigner->trusted);
    CHECK(asBundleSigner->trustedOnlyFor == KeyPurpose::AuditCheckpoints);

    auto notACheckpoint = readAuditCheckpoint("records: 12\nsignature: 00\n");
    REQUIRE_FALSE(notACheckpoint.ok());
    CHECK(notACheckpoint.error().message.contains(QStringLiteral("not a checkpoint")));
    QByteArray noSignature = text.value();
    noSignature.truncate(noSignature.indexOf("signature: "));
    CHECK_FALSE(readAuditCheckpoint(noSignature).ok());
}

TEST_CASE("checkpoint: a wrong passphrase or an altered key file opens nothing", "[checkpoint]")
{
    auto pair = signing::generateKeyPair();
    REQUIRE(pair.ok());
    auto sealed = keyfile::seal(pair.value(), passphrase, HashCost::minimumForTests());
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed->contains(pair->secretKey.toHex()));   // never in the clear

    auto wrong = keyfile::open(sealed.value(), QStringLiteral("a long walk on the south downs"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("Passphrase"));
    CHECK(wrong.error().message.contains(QStringLiteral("passphrase is wrong")));

    // The public key in the clear swapped for another: refused, though the passphrase is right.
    auto other = signing::generateKeyPair();
    REQUIRE(other.ok());
    QByteArray swapped = sealed.value();
    swapped.replace(pair->publicKey.toHex(), other->publicKey.toHex());
    auto mismatched = keyfile::open(swapped, passphrase);
    REQUIRE_FALSE(mismatched.ok());
    CHECK(mismatched.error().message.contains(QStringLiteral("not its sealed key's")));

    auto publicKey = keyfile::publicKeyOf(sealed.value());
    REQUIRE(publicKey.ok());
    CHECK(publicKey.value() == pair->publicKey);
    CHECK_FALSE(keyfile::open("{\"format\": \"something else\"}", passphrase).ok());
    auto shortPassphrase = keyfile::seal(pair.value(), QStringLiteral("too short"), HashCost::minimumForTests());
    REQUIRE_FALSE(shortPassphrase.ok());
    CHECK(shortPassphrase.error().field == QStringLiteral("Passphrase"));
}

TEST_CASE("checkpoint: only an administrator makes a checkpoint key, and never over an existing file", "[checkpoint]")
{
    TempDatabase t;
    const Session officer = sessionFor(t.db(), QStringLiteral("dc.cp"), {Role::Officer, Role::Supervisor});
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.cp"), {Role::Administrator});
    const QString path = t.dir.filePath(QStringLiteral("officer.key"));
    auto refused = createCheckpointKey(t.db(), officer, passphrase, path, HashCost::minimumForTests());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not allowed")));
    CHECK_FALSE(QFile::exists(path));
    auto keys = TrustedKeysService(t.db()).list();
    REQUIRE(keys.ok());
    CHECK(keys->isEmpty());

    const AdminKey first = makeAdminKey(t, admin);
    QFile kept(first.path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    const QByteArray before = kept.readAll();
    auto again = createCheckpointKey(t.db(), admin, passphrase, first.path, HashCost::minimumForTests());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    kept.seek(0);
    CHECK(kept.readAll() == before);   // the key earlier checkpoints were signed with is untouched
}

TEST_CASE("checkpoint: a broken chain is not signed, and another database's checkpoint is named as such", "[checkpoint]")
{
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.cp"), {Role::Administrator});
    const AdminKey key = makeAdminKey(t, admin);
    appendConsults(t.db(), admin, 3);
    REQUIRE(SigningKeyRepository(t.db()).identity().ok());   // this store has its identity key
    auto ours = makeAuditCheckpoint(t.db(), key.pair);
    REQUIRE(ours.ok());

    TempDatabase other;
    const Session otherAdmin = sessionFor(other.db(), QStringLiteral("admin.other"), {Role::Administrator});
    REQUIRE(SigningKeyRepository(other.db()).identity().ok());
    REQUIRE(TrustedKeysService(other.db()).trust(otherAdmin, QString::fromLatin1(key.pair.publicKey.toHex()),
                                                 QStringLiteral("Audit checkpoints: visiting admin"), KeyPurpose::AuditCheckpoints)
                .ok());
    CheckpointCheck elsewhere = checkWith(other.db(), ours.value());
    CHECK(elsewhere.outcome == CheckpointOutcome::OtherDatabase);
    CHECK(elsewhere.summary.contains(QStringLiteral("is of another database")));

    // Empty trail: the checkpoint holds the genesis hash and any later trail contains it.
    TempDatabase empty;
    auto none = makeAuditCheckpoint(empty.db(), key.pair);
    REQUIRE(none.ok());
    CHECK(none->contains("records: 0\n"));
    CHECK(checkWith(empty.db(), none.value()).outcome == CheckpointOutcome::Contained);

    dropTrigger(t.db(), QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log"));
    REQUIRE(t.db().exec(QStringLiteral("UPDATE audit_log SET justification = 'nothing to see' WHERE sequence = 2")).ok());
    auto broken = makeAuditCheckpoint(t.db(), key.pair);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().field == QStringLiteral("Audit trail"));
    CHECK(checkWith(t.db(), ours.value()).outcome == CheckpointOutcome::ChainBroken);
}

TEST_CASE("upgrading to v15: keys trusted before are for case bundles, except an audit checkpoint key named so by keygen",
          "[checkpoint][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.sqlite"));
    const QString bundleKey(64, u'a');
    const QString checkpointKey(64, u'b');
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v14"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        for (const Migration& step : migrations()) {
            if (step.toVersion > 14) break;
            for (const QString& sql : step.statements(Engine::Sqlite)) REQUIRE(q.exec(sql));
        }
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, user_name, display_name, password_hash, active, created_utc, updated_utc) "
                                      "VALUES (1, 'admin', 'DS 1 Admin', 'x', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
        for (const auto& [key, label] : {std::pair{bundleKey, QStringLiteral("West Division stalking unit")},
                                         std::pair{checkpointKey, QStringLiteral("Audit checkpoints: DS 1 Admin")}}) {
            q.prepare(QStringLiteral("INSERT INTO trusted_keys (public_key, label, trusted_by_user_id, trusted_utc) "
                                     "VALUES (?, ?, 1, '2026-12-01T00:00:00.000Z')"));
            q.addBindValue(key);
            q.addBindValue(label);
            REQUIRE(q.exec());
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 14")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v14"));

    auto db = Database::openSqlite(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() >= 15);
    TrustedKeysService keys(*db.value());
    auto bundle = keys.statusOf(QByteArray::fromHex(bundleKey.toLatin1()), KeyPurpose::CaseBundles);
    auto checkpoint = keys.statusOf(QByteArray::fromHex(checkpointKey.toLatin1()), KeyPurpose::AuditCheckpoints);
    REQUIRE(bundle.ok());
    REQUIRE(checkpoint.ok());
    CHECK(bundle->trusted);
    CHECK(checkpoint->trusted);
    CHECK_FALSE(keys.statusOf(QByteArray::fromHex(bundleKey.toLatin1()), KeyPurpose::AuditCheckpoints)->trusted);
}
