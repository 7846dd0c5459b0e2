#include "security/AuditCheckpoint.h"

#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "common/UkTime.h"
#include "security/AuditLog.h"
#include "security/KeyFile.h"
#include "security/Permissions.h"
#include "security/TrustedKeysService.h"
#include "store/Database.h"
#include "store/SigningKeyRepository.h"
#include "store/server/ServerAuditTrail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QSaveFile>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::AuditCheckpoint", text); }

QString fileField() { return tr("Checkpoint file"); }

const QByteArray title = "Conduct audit checkpoint";
// Format 1: the application's audit trail. Format 2 adds the server-kept trail's two lines at the
// end, and is written only for a store that has one, so a file's checkpoint stays format 1.
constexpr int formatVersion = 1;
constexpr int formatWithServerTrail = 2;
const QByteArray signatureMark = "signature: ";

// The lines of the signed part, in the order they are written and must be read.
const QList<QByteArray>& lineNames()
{
    static const QList<QByteArray> names{"format",    "database",   "database key", "records",           "head hash",
                                         "time utc",  "time uk",    "signer key",   "signer fingerprint"};
    return names;
}

QList<QByteArray> lineNamesOf(bool withServerTrail)
{
    return withServerTrail ? lineNames() + QList<QByteArray>{"server trail records", "server trail head hash"} : lineNames();
}

// A value on one line: a database name is the administrator's free text, so line breaks and
// other control characters become spaces rather than break the format.
QByteArray oneLine(const QString& text)
{
    static const QRegularExpression controls(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    return QString(text).replace(controls, QStringLiteral(" ")).trimmed().toUtf8();
}

QString ukTimeText(const QDateTime& utc)
{
    return QStringLiteral("%1 %2 %3").arg(uktime::formatDate(uktime::dateOf(utc)),
                                          uktime::timeOf(utc).toString(QStringLiteral("HH:mm:ss")), uktime::zoneName(utc));
}

QString recordsText(qint64 n) { return n == 1 ? tr("1 record") : tr("%1 records").arg(n); }
QString rowsText(qint64 n) { return n == 1 ? tr("1 row") : tr("%1 rows").arg(n); }

Error malformed(const QString& what)
{
    return Error{fileField(), tr("%1. This is not a checkpoint as conduct audit checkpoint writes it, or it was "
                                 "edited; use another copy.").arg(what)};
}

Result<QByteArray> hexValue(const QByteArray& text, qsizetype size, const QByteArray& name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    if (text.size() != size * 2 || !hex.match(QString::fromLatin1(text)).hasMatch())
        return malformed(tr("\"%1\" is not %2 hexadecimal digits").arg(QString::fromLatin1(name)).arg(size * 2));
    return QByteArray::fromHex(text);
}
} // namespace

namespace {
// The server-kept trail against the checkpoint's count and head, as the application's trail is
// checked: false, with the outcome and summary set in `check`, when rows were removed or rewritten.
bool checkServerTrail(const Database& db, const AuditCheckpoint& checkpoint, const ServerTrailCheck& now, const QString& when,
                      CheckpointCheck& check)
{
    const qint64 rowsNow = now.present ? now.rows : 0;
    if (rowsNow < checkpoint.serverTrailRecords) {
        const qint64 missing = checkpoint.serverTrailRecords - rowsNow;
        check.outcome = CheckpointOutcome::RecordsMissing;
        check.summary = (missing == 1 ? tr("The newest row of the server-kept audit trail before the checkpoint of %1 is "
                                           "missing").arg(when)
                                      : tr("The newest %1 rows of the server-kept audit trail before the checkpoint of %2 "
                                           "are missing").arg(missing).arg(when))
                        + tr(": the checkpoint counted %1, the trail now has %2. Only a superuser can remove them, with "
                             "the trail's triggers switched off; restore them from a backup taken before the removal.")
                              .arg(rowsText(checkpoint.serverTrailRecords), rowsText(rowsNow));
        return false;
    }
    QByteArray headNow = genesisHash();
    if (checkpoint.serverTrailRecords > 0) {
        auto hash = serverTrailHashAt(db, checkpoint.serverTrailRecords);
        if (!hash.ok()) {
            check.outcome = CheckpointOutcome::ChainBroken;
            check.summary = hash.error().text();
            return false;
        }
        headNow = hash.value();
    }
    if (headNow == checkpoint.serverTrailHeadHash) return true;
    check.outcome = CheckpointOutcome::RecordDiffers;
    check.summary = tr("Row %1 of the server-kept audit trail differs from the checkpoint of %2: its hash is %3, the "
                       "checkpoint's head is %4. Rows up to %1 were removed or rewritten after the checkpoint, and the "
                       "trail was continued from there.")
                        .arg(checkpoint.serverTrailRecords)
                        .arg(when, QString::fromLatin1(headNow), QString::fromLatin1(checkpoint.serverTrailHeadHash));
    return false;
}
} // namespace

QString checkpointKeyLabel(const QString& displayName)
{
    return QStringLiteral("%1: %2").arg(tr("Audit checkpoints"), displayName.trimmed()).left(maxTrustedKeyLabelLength);
}

Result<QByteArray> makeAuditCheckpoint(Database& db, const signing::KeyPair& signer)
{
    auto records = AuditLog::readAll(db);
    if (!records.ok()) return records.error();
    const VerifyResult chain = verifyChain(records.value());
    if (!chain.ok)
        return Error{tr("Audit trail"), tr("is not intact, so no checkpoint was made: a checkpoint must vouch only for "
                                           "an intact trail. %1").arg(chain.problem)};
    auto server = verifyServerAuditTrail(db);
    if (!server.ok()) return server.error();
    if (server->present && !server->intact())
        return Error{tr("Server-kept audit trail"), tr("is not intact from its row %1, so no checkpoint was made: a "
                                                       "checkpoint must vouch only for an intact trail.")
                                                        .arg(server->firstBrokenSequence)};
    auto identity = SigningKeyRepository(db).findIdentity();
    if (!identity.ok()) return identity.error();
    const QString databaseName = identity->has_value() ? identity->value().name : defaultDatabaseName(db);
    const QString databaseKey = identity->has_value() ? signing::fingerprint(identity->value().publicKey) : QStringLiteral("none");
    const QByteArray head = records->isEmpty() ? genesisHash() : records->last().hash;
    const QDateTime now = Clock::nowUtc().toUTC();

    QList<QByteArray> values{QByteArray::number(server->present ? formatWithServerTrail : formatVersion),
                                   oneLine(databaseName),
                                   databaseKey.toLatin1(),
                                   QByteArray::number(records->size()),
                                   head,
                                   auditTimeText(now).toLatin1(),
                                   ukTimeText(now).toUtf8(),
                                   signer.publicKey.toHex(),
                                   signing::fingerprint(signer.publicKey).toLatin1()};
    if (server->present) values += {QByteArray::number(server->rows), server->headHash};
    const QList<QByteArray> names = lineNamesOf(server->present);
    QByteArray text = title + '\n';
    for (qsizetype i = 0; i < names.size(); ++i) text += names.at(i) + ": " + values.at(i) + '\n';
    auto signature = signing::signDetached(text, signer.secretKey);
    if (!signature.ok()) return signature.error();
    return text + signatureMark + signature->toHex() + '\n';
}

Result<AuditCheckpoint> readAuditCheckpoint(const QByteArray& fileText)
{
    const qsizetype mark = fileText.lastIndexOf('\n' + signatureMark);
    if (!fileText.startsWith(title + '\n') || mark < 0) return malformed(tr("It has no title line or no signature line"));
    AuditCheckpoint checkpoint;
    checkpoint.signedBytes = fileText.left(mark + 1);
    auto signature = hexValue(fileText.mid(mark + 1 + signatureMark.size()).trimmed(), signing::signatureBytes, "signature");
    if (!signature.ok()) return signature.error();
    checkpoint.signature = signature.value();

    QList<QByteArray> lines = checkpoint.signedBytes.split('\n');
    lines.removeFirst();   // the title
    lines.removeLast();    // empty: the signed part ends with a line break
    const QByteArray formatPrefix = lineNames().first() + ": ";
    const QByteArray format = !lines.isEmpty() && lines.first().startsWith(formatPrefix) ? lines.first().mid(formatPrefix.size())
                                                                                           : QByteArray();
    if (format != QByteArray::number(formatVersion) && format != QByteArray::number(formatWithServerTrail))
        return Error{fileField(), tr("is of format %1; this version of Conduct reads formats %2 and %3. Verify it with the "
                                     "Conduct that made it.").arg(QString::fromUtf8(format)).arg(formatVersion)
                                      .arg(formatWithServerTrail)};
    const bool withServerTrail = format == QByteArray::number(formatWithServerTrail);
    const QList<QByteArray> names = lineNamesOf(withServerTrail);
    if (lines.size() != names.size()) return malformed(tr("It has %1 lines before the signature, not %2").arg(lines.size()).arg(names.size() + 1));
    QList<QByteArray> values;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray prefix = names.at(i) + ": ";
        if (!lines.at(i).startsWith(prefix))
            return malformed(tr("Line %1 should start \"%2\"").arg(i + 2).arg(QString::fromLatin1(prefix.trimmed())));
        values.append(lines.at(i).mid(prefix.size()));
    }
    auto signer = hexValue(values.at(7), signing::publicKeyBytes, "signer key");
    if (!signer.ok()) return signer.error();
    checkpoint.signerPublicKey = signer.value();

    // Nothing the file says is believed until the signature over it is checked.
    if (!signing::verifyDetached(checkpoint.signedBytes, checkpoint.signature, checkpoint.signerPublicKey))
        return Error{fileField(), tr("Its signature does NOT match its contents: the file was altered after it was "
                                     "signed, so it proves nothing. Use another copy of the checkpoint.")};

    bool countOk = false;
    checkpoint.records = values.at(3).toLongLong(&countOk);
    if (!countOk || checkpoint.records < 0) return malformed(tr("\"records\" is not a count"));
    auto head = hexValue(values.at(4), 32, "head hash");
    if (!head.ok()) return head.error();
    checkpoint.headHash = values.at(4);
    checkpoint.timeUtc = QDateTime::fromString(QString::fromLatin1(values.at(5)), Qt::ISODateWithMs).toUTC();
    if (!checkpoint.timeUtc.isValid()) return malformed(tr("\"time utc\" is not a time"));
    checkpoint.databaseName = QString::fromUtf8(values.at(1));
    checkpoint.databaseFingerprint = values.at(2) == "none" ? QString() : QString::fromLatin1(values.at(2));
    if (withServerTrail) {
        bool serverCountOk = false;
        checkpoint.serverTrailRecords = values.at(9).toLongLong(&serverCountOk);
        if (!serverCountOk || checkpoint.serverTrailRecords < 0) return malformed(tr("\"server trail records\" is not a count"));
        auto serverHead = hexValue(values.at(10), 32, "server trail head hash");
        if (!serverHead.ok()) return serverHead.error();
        checkpoint.hasServerTrail = true;
        checkpoint.serverTrailHeadHash = values.at(10);
    }
    return checkpoint;
}

Result<CheckpointCheck> checkAgainstCheckpoint(Database& db, const AuditCheckpoint& checkpoint)
{
    auto records = AuditLog::readAll(db);
    if (!records.ok()) return records.error();
    CheckpointCheck check;
    check.chain = verifyChain(records.value());
    check.recordsNow = records->size();
    auto server = verifyServerAuditTrail(db);
    if (!server.ok()) return server.error();
    if (server->present) check.serverTrail = server.value();
    auto signer = TrustedKeysService(db).statusOf(checkpoint.signerPublicKey, KeyPurpose::AuditCheckpoints);
    if (!signer.ok()) return signer.error();
    check.signerTrusted = signer->trusted;
    check.signerTrustedForBundlesOnly = signer->trustedOnlyFor == KeyPurpose::CaseBundles;
    check.signerLabel = signer->trustedLabel;

    const QString when = ukTimeText(checkpoint.timeUtc);
    if (!check.chain.ok) {
        check.outcome = CheckpointOutcome::ChainBroken;
        check.summary = check.chain.problem;
        return check;
    }
    if (server->present && !server->intact()) {
        check.outcome = CheckpointOutcome::ChainBroken;
        check.summary = tr("The server-kept audit trail is NOT intact: its row %1 does not follow from the rows before "
                           "it, so rows were altered, inserted or removed there.").arg(server->firstBrokenSequence);
        return check;
    }
    auto identity = SigningKeyRepository(db).findIdentity();
    if (!identity.ok()) return identity.error();
    const QString ownKey = identity->has_value() ? signing::fingerprint(identity->value().publicKey) : QString();
    if (!ownKey.isEmpty() && !checkpoint.databaseFingerprint.isEmpty() && ownKey != checkpoint.databaseFingerprint) {
        check.outcome = CheckpointOutcome::OtherDatabase;
        check.summary = tr("The checkpoint of %1 is of another database, \"%2\" (key %3); this one's key is %4.")
                            .arg(when, checkpoint.databaseName, checkpoint.databaseFingerprint, ownKey);
        return check;
    }
    if (check.recordsNow < checkpoint.records) {
        const qint64 missing = checkpoint.records - check.recordsNow;
        check.outcome = CheckpointOutcome::RecordsMissing;
        check.summary = (missing == 1 ? tr("The newest record before the checkpoint of %1 is missing").arg(when)
                                      : tr("The newest %1 records before the checkpoint of %2 are missing").arg(missing).arg(when))
                        + tr(": the checkpoint counted %1, the trail now has %2. They were removed after the checkpoint "
                             "was made; restore them from a backup taken before the removal.")
                              .arg(recordsText(checkpoint.records), recordsText(check.recordsNow));
        return check;
    }
    const QByteArray headNow = checkpoint.records == 0 ? genesisHash() : records->at(checkpoint.records - 1).hash;
    if (headNow != checkpoint.headHash) {
        check.outcome = CheckpointOutcome::RecordDiffers;
        check.summary = tr("Record %1 differs from the checkpoint of %2: its hash is %3, the checkpoint's head is %4. "
                           "Records up to %1 were removed or rewritten after the checkpoint, and the trail was continued "
                           "from there.")
                            .arg(checkpoint.records).arg(when, QString::fromLatin1(headNow), QString::fromLatin1(checkpoint.headHash));
        return check;
    }
    if (checkpoint.hasServerTrail && !checkServerTrail(db, checkpoint, server.value(), when, check)) return check;
    check.outcome = CheckpointOutcome::Contained;
    check.summary = tr("Audit trail intact and contains the checkpoint of %1 (%2; %3 added since).")
                        .arg(when, recordsText(checkpoint.records)).arg(check.recordsNow - checkpoint.records);
    if (checkpoint.hasServerTrail)
        check.summary += u' ' + tr("The server-kept trail is intact and contains it too (%1; %2 added since).")
                                    .arg(rowsText(checkpoint.serverTrailRecords)).arg(server->rows - checkpoint.serverTrailRecords);
    return check;
}

Result<QByteArray> createCheckpointKey(Database& db, const Session& admin, const QString& passphrase, const QString& keyPath,
                                       const HashCost& cost)
{
    if (Status s = requirePermission(admin, Action::ManageTrustedKeys); !s.ok()) return s.error();
    if (Status s = keyfile::checkPassphrase(passphrase); !s.ok()) return s.error();
    const QString keyField = tr("Key file");
    if (QFileInfo::exists(keyPath))
        return Error{keyField, tr("%1 already exists. Choose another name, or move that file away first: writing over "
                                  "it would lose the key earlier checkpoints were signed with.").arg(keyPath)};
    auto pair = signing::generateKeyPair();
    if (!pair.ok()) return pair.error();
    auto sealed = keyfile::seal(pair.value(), passphrase, cost);
    if (!sealed.ok()) return sealed.error();

    QSaveFile file(keyPath);
    if (Status s = openPrivately(file, keyField); !s.ok()) return s.error();
    if (file.write(sealed.value()) != sealed->size()) {
        file.cancelWriting();
        return Error{keyField, tr("%1 could not be written (%2). Nothing was trusted.").arg(keyPath, file.errorString())};
    }
    // Trusted and written together: the store's trust is committed only once the file is in place,
    // and the file is removed if that commit fails.
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status().error();
    auto trusted = TrustedKeysService(db).trust(admin, QString::fromLatin1(pair->publicKey.toHex()),
                                                checkpointKeyLabel(admin.user.displayName), KeyPurpose::AuditCheckpoints);
    if (!trusted.ok()) {
        file.cancelWriting();
        return trusted.error();
    }
    if (!file.commit())
        return Error{keyField, tr("%1 could not be saved (%2). Nothing was trusted.").arg(keyPath, file.errorString())};
    if (Status s = tx.commit(); !s.ok()) {
        QFile::remove(keyPath);
        return s.error();
    }
    return pair->publicKey;
}

} // namespace conduct
