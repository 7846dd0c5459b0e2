// conduct audit verify [--db PATH] [--checkpoint FILE]
// conduct audit checkpoint --key KEYFILE --out FILE|- [--db PATH]
// conduct audit keygen --out KEYFILE --user ADMIN [--db PATH]
//
// verify checks the audit trail's hash chain (DPA 2018 s62) without a display and without
// signing in; it only reads (the store is opened read-only), so it is not itself audited. With a
// checkpoint it also shows that the newest records were not removed, which a chain alone cannot
// (issue 25). checkpoint signs the trail's count and head with an administrator's personal key;
// keygen makes that key, sealed with a passphrase, and trusts it in the store. Secrets are read
// from standard input, never from the command line.

#include "Commands.h"
#include "commands/OpenStore.h"

#include "SecretInput.h"
#include "common/PrivateFiles.h"
#include "security/AuditCheckpoint.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "security/KeyFile.h"
#include "services/AppPaths.h"
#include "store/Database.h"
#include "store/server/ServerAuditTrail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::audit", text); }

// verify's exit codes, one for each outcome, so a script can tell them apart.
enum VerifyExit : int {
    Intact = 0,               // intact (and, with a checkpoint, contains it, signed by a trusted key)
    NotIntact = 1,            // the chain fails, or the store cannot be read
    Usage = 2,
    CheckpointUnusable = 3,   // the checkpoint file cannot be read, is malformed, or its signature fails
    SignerNotTrusted = 4,     // signed by a key this store does not trust: proves nothing
    RecordsMissing = 5,       // the newest records before the checkpoint were removed
    RecordDiffers = 6,        // the record at the checkpoint's position is not the one signed
    OtherDatabase = 7,        // the checkpoint is of another store
};

Result<QByteArray> readFile(const QString& path, const QString& field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{field, tr("%1 cannot be read (%2). Give the path of the file.").arg(path, file.errorString())};
    // Both files are a few hundred bytes: a much larger one is not ours, and is not read whole.
    const QByteArray text = file.read(64 * 1024);
    return text;
}

QString serverTrailText(const ServerTrailCheck& trail)
{
    return (trail.rows == 1 ? tr("Server-kept audit trail intact: 1 row.") : tr("Server-kept audit trail intact: %1 rows.").arg(trail.rows))
           + u'\n' + tr("Head of the server's chain: %1").arg(QString::fromLatin1(trail.headHash));
}

int verifyChainOnly(Database& db, const QString& path)
{
    const VerifyResult result = AuditLog::verify(db);
    if (!result.ok) {
        err() << tr("Audit trail of %1 is NOT intact.").arg(path) << '\n' << result.problem << '\n'
              << tr("Records checked before the fault: %1.").arg(qMax(0, result.firstBadIndex)) << Qt::endl;
        return NotIntact;
    }
    // A store made by conduct server init also keeps the server's own trail of every change.
    auto server = verifyServerAuditTrail(db);
    if (!server.ok()) {
        err() << server.error().text() << Qt::endl;
        return NotIntact;
    }
    if (server->present && !server->intact()) {
        err() << tr("Server-kept audit trail of %1 is NOT intact: its row %2 does not follow from the rows before it, "
                    "so rows were altered, inserted or removed there.").arg(path).arg(server->firstBrokenSequence) << Qt::endl;
        return NotIntact;
    }
    out() << (result.checked == 1 ? tr("Audit trail intact: 1 record.")
                                  : tr("Audit trail intact: %1 records.").arg(result.checked))
          << '\n' << tr("Head of the chain: %1").arg(QString::fromLatin1(result.lastHash)) << '\n';
    if (server->present) out() << serverTrailText(server.value()) << '\n';
    out() << tr("Removing the newest records leaves a shorter chain that still verifies: keep a signed checkpoint "
                "(conduct audit checkpoint) away from this desk, and verify with --checkpoint FILE.") << Qt::endl;
    return Intact;
}

int verifyWithCheckpoint(Database& db, const QString& path, const QString& checkpointPath)
{
    auto text = readFile(checkpointPath, tr("--checkpoint"));
    if (!text.ok()) {
        err() << text.error().text() << Qt::endl;
        return CheckpointUnusable;
    }
    auto checkpoint = readAuditCheckpoint(text.value());
    if (!checkpoint.ok()) {
        err() << checkpointPath << ": " << checkpoint.error().text() << Qt::endl;
        return CheckpointUnusable;
    }
    auto check = checkAgainstCheckpoint(db, checkpoint.value());
    if (!check.ok()) {
        err() << check.error().text() << Qt::endl;
        return NotIntact;
    }
    const QString fingerprint = signing::fingerprint(checkpoint->signerPublicKey);
    const bool bad = check->outcome != CheckpointOutcome::Contained;
    QTextStream& report = bad || !check->signerTrusted ? err() : out();
    if (check->outcome == CheckpointOutcome::ChainBroken) {
        report << tr("Audit trail of %1 is NOT intact.").arg(path) << '\n' << check->summary << Qt::endl;
        return NotIntact;
    }
    report << check->summary << '\n';
    if (!check->signerTrusted && check->signerTrustedForBundlesOnly) {
        report << tr("The checkpoint was signed by key %1, which this store trusts for case bundles only, not for "
                     "audit checkpoints, so this checkpoint proves nothing here. An administrator's checkpoint key "
                     "is made with conduct audit keygen.").arg(fingerprint) << Qt::endl;
        return SignerNotTrusted;
    }
    if (!check->signerTrusted) {
        report << tr("The checkpoint was signed by key %1, which is NOT trusted in this store. Anyone can make a key "
                     "and sign, so this checkpoint proves nothing here. An administrator trusts checkpoint keys with "
                     "conduct audit keygen, or in Tools ▸ Trusted keys….").arg(fingerprint) << Qt::endl;
        return SignerNotTrusted;
    }
    report << tr("Signed by \"%1\" (key %2), trusted in this store.").arg(check->signerLabel, fingerprint) << Qt::endl;
    if (check->serverTrail && check->outcome == CheckpointOutcome::Contained) {
        if (!checkpoint->hasServerTrail)
            report << tr("This checkpoint was made without the server-kept trail, so it vouches for the application's "
                         "trail only.") << '\n';
        report << serverTrailText(*check->serverTrail) << Qt::endl;
    }
    switch (check->outcome) {
    case CheckpointOutcome::Contained: return Intact;
    case CheckpointOutcome::RecordsMissing: return RecordsMissing;
    case CheckpointOutcome::RecordDiffers: return RecordDiffers;
    case CheckpointOutcome::OtherDatabase: return OtherDatabase;
    case CheckpointOutcome::ChainBroken: break;
    }
    return NotIntact;
}

int writeCheckpoint(Database& db, const QString& keyPath, const QString& outPath)
{
    auto keyText = readFile(keyPath, tr("--key"));
    if (!keyText.ok()) {
        err() << keyText.error().text() << Qt::endl;
        return 1;
    }
    QString passphrase = readSecretLine(tr("Passphrase of %1: ").arg(keyPath));
    auto key = keyfile::open(keyText.value(), passphrase);
    wipePassword(passphrase);
    if (!key.ok()) {
        err() << key.error().text() << Qt::endl;
        return 1;
    }
    auto checkpoint = makeAuditCheckpoint(db, key.value());
    if (!checkpoint.ok()) {
        err() << checkpoint.error().text() << Qt::endl;
        return 1;
    }
    if (outPath == QLatin1String("-")) {
        out() << QString::fromUtf8(checkpoint.value()) << Qt::flush;
        return 0;
    }
    QSaveFile file(outPath);
    if (Status s = openPrivately(file, tr("--out")); !s.ok()) {
        err() << s.error().text() << Qt::endl;
        return 1;
    }
    if (file.write(checkpoint.value()) != checkpoint->size() || !file.commit()) {
        err() << tr("--out: %1 could not be written (%2).").arg(outPath, file.errorString()) << Qt::endl;
        return 1;
    }
    out() << tr("Checkpoint written to %1, signed with key %2. Keep it off this desk, with the backups.")
                 .arg(outPath, signing::fingerprint(key->publicKey)) << Qt::endl;
    return 0;
}

int makeKey(Database& db, const QString& user, const QString& keyPath)
{
    Authenticator authenticator(db);
    QString password = readSecretLine(tr("Password for %1: ").arg(user));
    auto session = authenticator.signIn(user, password);
    wipePassword(password);
    if (!session.ok()) {
        err() << session.error().text() << Qt::endl;
        return 1;
    }
    QString passphrase = readSecretLine(tr("Passphrase for the new key file: "));
    if (isatty(STDIN_FILENO) == 1) {
        // Typed unseen: a mistake would lock the key away for good, so it is typed twice.
        QString again = readSecretLine(tr("Type it again: "));
        const bool same = again == passphrase;
        wipePassword(again);
        if (!same) {
            wipePassword(passphrase);
            err() << tr("The two passphrases differ. No key was made.") << Qt::endl;
            return signOutAndReturn(authenticator, session.value(), 1);
        }
    }
    auto publicKey = createCheckpointKey(db, session.value(), passphrase, keyPath);
    wipePassword(passphrase);
    if (!publicKey.ok()) {
        err() << publicKey.error().text() << Qt::endl;
        return signOutAndReturn(authenticator, session.value(), 1);
    }
    out() << tr("Key written to %1 (readable by you alone).").arg(keyPath) << '\n'
          << tr("Fingerprint: %1").arg(signing::fingerprint(publicKey.value())) << '\n'
          << tr("Public key: %1").arg(QString::fromLatin1(publicKey->toHex())) << '\n'
          << tr("Trusted in this store as \"%1\"; recorded in the audit trail. Keep the key file and its passphrase "
                "apart, and neither on a desk that holds the cases.")
                 .arg(checkpointKeyLabel(session->user.displayName))
          << Qt::endl;
    return signOutAndReturn(authenticator, session.value(), 0);
}
} // namespace

int runAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audit trail commands.\n\n"
           "  verify      Check that no audit record was altered, inserted, removed or reordered.\n"
           "              Exits 0 and prints the number of records when the chain is intact,\n"
           "              1 naming the first bad record otherwise. With --checkpoint FILE it also\n"
           "              checks that the trail still holds that signed checkpoint: 3 the file is\n"
           "              unusable or its signature fails, 4 its key is not trusted here, 5 the newest\n"
           "              records before it are missing, 6 the record it signed differs, 7 it is of\n"
           "              another database.\n"
           "  checkpoint  Sign the trail's count and head with your key (--key, passphrase on standard\n"
           "              input) and write it to --out FILE, or to the terminal with --out -.\n"
           "  keygen      Make an administrator's checkpoint key in --out FILE, sealed with a passphrase,\n"
           "              and trust it in this store. Standard input holds the administrator's password\n"
           "              (--user), then the passphrase."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database (default: the standard database)."), tr("path")});
    parser.addOption({QStringLiteral("checkpoint"), tr("verify: a checkpoint file the trail must still contain."), tr("file")});
    parser.addOption({QStringLiteral("key"), tr("checkpoint: your key file, from conduct audit keygen."), tr("file")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      tr("checkpoint: where to write it (- for the terminal); keygen: the new key file."), tr("file")});
    parser.addOption({QStringLiteral("user"), tr("keygen: an administrator's user name."), tr("name")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The subcommand."), QStringLiteral("verify|checkpoint|keygen"));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "audit")) return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.size() == 1 ? positional.first() : QString();
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    QString usage;
    if (command == QLatin1String("checkpoint") && (!parser.isSet(QStringLiteral("key")) || outPath.isEmpty()))
        usage = tr("Say which key signs and where the checkpoint goes: conduct audit checkpoint --key KEYFILE --out FILE "
                   "(or --out - for the terminal).");
    else if (command == QLatin1String("keygen") && (user.isEmpty() || outPath.isEmpty() || outPath == QLatin1String("-")))
        usage = tr("Say where the key goes and who authorises it: conduct audit keygen --out KEYFILE --user ADMIN "
                   "(the password and then the passphrase are read from standard input).");
    else if (command != QLatin1String("verify") && command != QLatin1String("checkpoint") && command != QLatin1String("keygen"))
        usage = tr("Say what to do: conduct audit verify, checkpoint or keygen (see --help).");
    if (!usage.isEmpty()) {
        err() << usage << Qt::endl;
        return Usage;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    // Only keygen writes (the trusted key and its audit record); verify and checkpoint also work
    // on a copy or a store opened read-only.
    const bool writes = command == QLatin1String("keygen");
    auto db = openStoreForCommand(path, {.readOnly = !writes, .createIfMissing = false});
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return NotIntact;
    }
    if (command == QLatin1String("checkpoint"))
        return writeCheckpoint(*db.value(), parser.value(QStringLiteral("key")), outPath);
    if (command == QLatin1String("keygen")) return makeKey(*db.value(), user, outPath);
    if (parser.isSet(QStringLiteral("checkpoint")))
        return verifyWithCheckpoint(*db.value(), path, parser.value(QStringLiteral("checkpoint")));
    return verifyChainOnly(*db.value(), path);
}

} // namespace conduct::cli
