// conduct bundle export --db PATH --case URN -o FILE --user NAME --justification TEXT --recipient TEXT
//                       [--passphrase-stdin]
// conduct bundle import --db PATH FILE --user NAME [--as-copy NEW-URN] [--passphrase-stdin]
// Moves one case between databases as a case bundle (docs/bundle-format.md). Standard input
// gives the password, then (with --passphrase-stdin) the bundle's passphrase, one per line;
// neither is ever taken from the command line.

#include "Commands.h"
#include "commands/OpenStore.h"
#include "SecretInput.h"

#include "bundle/BundleService.h"
#include "domain/Urn.h"
#include "security/Authenticator.h"
#include "services/AppPaths.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::bundle", text); }

struct Request {
    bool exporting = false;
    QString databasePath;
    QString user;
    QString urn;          // export
    QString file;         // export: -o; import: the positional argument
    Disclosure disclosure;
    QString asCopyUrn;
    bool passphrase = false;
};

// Checks the options for the chosen direction; prints each problem naming the option.
bool readRequest(const QCommandLineParser& parser, Request& r)
{
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    const QStringList positional = parser.positionalArguments();
    QStringList problems;
    r.exporting = positional.value(0) == QLatin1String("export");
    if (!r.exporting && positional.value(0) != QLatin1String("import"))
        problems << tr("Say what to do: conduct bundle export … or conduct bundle import ….");
    r.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    r.user = value("user");
    r.passphrase = parser.isSet(QStringLiteral("passphrase-stdin"));
    if (r.user.isEmpty()) problems << tr("--user: give your user name; the password is read from standard input.");
    if (r.exporting) {
        r.urn = value("case");
        r.file = value("output");
        r.disclosure = {value("justification"), value("recipient")};
        if (r.urn.isEmpty()) problems << tr("--case: give the URN of the case, e.g. --case 45AA0209820.");
        if (r.file.isEmpty()) problems << tr("-o: give the bundle file to write, e.g. -o case.conduct.");
        if (r.disclosure.justification.isEmpty())
            problems << tr("--justification: say why the case is transferred, e.g. \"case moved to West Division\".");
        if (r.disclosure.recipient.isEmpty()) problems << tr("--recipient: say who receives it, e.g. \"DC 456 Patel\".");
        if (positional.size() > 1) problems << tr("Unexpected argument: %1. Use -o FILE for the bundle.").arg(positional[1]);
        if (parser.isSet(QStringLiteral("as-copy"))) problems << tr("--as-copy: only for conduct bundle import.");
    } else if (positional.value(0) == QLatin1String("import")) {
        r.asCopyUrn = value("as-copy");
        if (positional.size() != 2) problems << tr("Name exactly one bundle file to import, e.g. conduct bundle import case.conduct.");
        else r.file = positional[1];
        for (const char* option : {"case", "output", "justification", "recipient"})
            if (parser.isSet(QString::fromLatin1(option))) problems << tr("--%1: only for conduct bundle export.").arg(QString::fromLatin1(option));
    }
    for (const QString& p : problems) err() << p << '\n';
    if (!problems.isEmpty()) err() << tr("Run conduct bundle --help for the options.") << Qt::endl;
    return problems.isEmpty();
}

// On a terminal an export's passphrase is typed twice, so a typing slip cannot lock the case away.
std::optional<QString> readPassphrase(bool exporting)
{
    const QString passphrase = readSecretLine(tr("Bundle passphrase: "));
    if (exporting && isatty(STDIN_FILENO) == 1 && readSecretLine(tr("Type it again: ")) != passphrase) {
        err() << tr("The two passphrases differ; nothing was exported.") << Qt::endl;
        return std::nullopt;
    }
    return passphrase;
}

int exportCase(Database& db, const Session& session, const Request& r, const QString& passphrase)
{
    auto caseId = CaseService(db, session).findCaseByUrn(r.urn);
    if (!caseId.ok() || !caseId.value()) {
        err() << (caseId.ok() ? tr("--case: no case with URN %1 in %2. Check the URN and the database.")
                                    .arg(normaliseUrn(r.urn), r.databasePath)
                              : caseId.error().text())
              << Qt::endl;
        return 1;
    }
    auto outcome = BundleService(db, session).exportCase(*caseId.value(), {r.file, passphrase, r.disclosure});
    if (!outcome.ok()) {
        err() << outcome.error().text() << Qt::endl;
        return 1;
    }
    out() << tr("Wrote %1 (%2 records, %3 attached files, %4). Recorded in the audit trail as a transfer to %5.")
                 .arg(outcome->path)
                 .arg(outcome->recordCount)
                 .arg(outcome->attachmentCount)
                 .arg(outcome->encrypted ? tr("encrypted") : tr("not encrypted"), r.disclosure.recipient)
          << '\n'
          << tr("Signed by %1, key fingerprint %2: the receiving unit can check it with you.")
                 .arg(outcome->sourceDatabase, outcome->signerFingerprint)
          << Qt::endl;
    return 0;
}

int importCase(Database& db, const Session& session, const Request& r, const QString& passphrase)
{
    auto outcome = BundleService(db, session).importFile(r.file, {passphrase, r.asCopyUrn});
    if (!outcome.ok()) {
        err() << tr("Nothing was imported.") << '\n' << outcome.error().text() << Qt::endl;
        return 1;
    }
    out() << tr("Imported case %1 (%2 records, %3 attached files) from %4.")
                 .arg(outcome->urn)
                 .arg(outcome->recordCount)
                 .arg(outcome->attachmentCount)
                 .arg(r.file);
    if (outcome->urn != outcome->sourceUrn) out() << ' ' << tr("It is a copy of %1.").arg(outcome->sourceUrn);
    out() << '\n' << outcome->origin.signatureText() << '\n' << outcome->origin.historyText() << Qt::endl;
    return 0;
}
} // namespace

int runBundle(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves one case, with everything attached to it, between Conduct databases.\n"
           "  conduct bundle export --case URN -o FILE --user NAME --justification TEXT --recipient TEXT\n"
           "  conduct bundle import FILE --user NAME [--as-copy NEW-URN]\n"
           "Standard input gives your password, then with --passphrase-stdin the bundle's passphrase."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("direction"), tr("export or import"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("import: the bundle to read"), tr("[file]"));
    parser.addOption({QStringLiteral("db"), tr("The case database (default: the standard database)."), tr("path")});
    parser.addOption({QStringLiteral("user"), tr("Your user name. The password is read from standard input."), tr("name")});
    parser.addOption({QStringLiteral("case"), tr("export: the URN of the case."), tr("URN")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("export: the bundle file to write."), tr("file")});
    parser.addOption({QStringLiteral("justification"), tr("export: why the case is transferred (recorded)."), tr("text")});
    parser.addOption({QStringLiteral("recipient"), tr("export: who receives it (recorded)."), tr("text")});
    parser.addOption({QStringLiteral("as-copy"), tr("import: give the case this new URN (when its URN is already in use)."),
                      tr("URN")});
    parser.addOption({QStringLiteral("passphrase-stdin"),
                      tr("Read the bundle's passphrase from standard input, on the line after the password: export "
                         "encrypts with it, import decrypts.")});
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "bundle")) return *stop;
    Request r;
    if (!readRequest(parser, r)) return 2;

    auto db = openStoreForCommand(r.databasePath, {.readOnly = false, .createIfMissing = false});
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return 1;
    }
    Authenticator authenticator(*db.value());
    auto session = authenticator.signIn(r.user, readSecretLine(tr("Password for %1: ").arg(r.user)));
    if (!session.ok()) {
        err() << session.error().text() << Qt::endl;
        return 1;
    }
    QString passphrase;
    if (r.passphrase) {
        auto typed = readPassphrase(r.exporting);
        if (!typed) return signOutAndReturn(authenticator, session.value(), 1);
        passphrase = *typed;
    }
    const int code = r.exporting ? exportCase(*db.value(), session.value(), r, passphrase)
                                 : importCase(*db.value(), session.value(), r, passphrase);
    return signOutAndReturn(authenticator, session.value(), code);
}

} // namespace conduct::cli
