// conduct export --db PATH --case URN --document KIND -o FILE --user NAME --justification TEXT
// --recipient TEXT: writes case documents to a PDF without the window, as a recorded disclosure.
// The password is read from standard input (never the command line, where other users of the
// machine could see it in the process list).

#include "Commands.h"
#include "commands/OpenStore.h"

#include "SecretInput.h"
#include "domain/Urn.h"
#include "export/DocumentRegistry.h"
#include "security/Authenticator.h"
#include "services/AccessGrants.h"
#include "services/AppPaths.h"
#include "services/CaseAccess.h"
#include "services/CaseService.h"
#include "services/ExportService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>


namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::export", text); }

QString documentCodes()
{
    QStringList codes;
    for (DocumentKind kind : DocumentRegistry::standard().kinds()) codes.append(documentKindCode(kind));
    codes.append(QStringLiteral("all"));
    return codes.join(u'|');
}

struct Request {
    QString databasePath;
    QString urn;
    DocumentSelection selection;
    QString output;
    QString user;
    Disclosure disclosure;
    bool includeConfidential = false;
    int mg3Version = 0;   // 0: the newest
    int mg5Version = 0;
    // A colleague's case outside the user's teams is exported under a justified-access grant
    // (issue 24's one model): the reason and its text, ending when the command signs out.
    std::optional<GrantReason> accessReason;
    QString accessText;
};

QString grantReasonCodes()
{
    QStringList codes;
    for (const GrantReasonRow& row : grantReasonTable()) codes.append(QString::fromLatin1(row.code));
    return codes.join(u'|');
}

// Checks the options; prints what is wrong (naming the option) and returns false on bad usage.
bool readRequest(const QCommandLineParser& parser, Request& r)
{
    const auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    QStringList problems;
    r.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    r.urn = value("case");
    r.output = value("output");
    r.user = value("user");
    r.disclosure = {value("justification"), value("recipient")};
    r.includeConfidential = parser.isSet(QStringLiteral("include-confidential"));
    if (r.urn.isEmpty()) problems << tr("--case: give the URN of the case, e.g. --case 45AA0209820.");
    if (r.output.isEmpty()) problems << tr("-o: give the PDF file to write, e.g. -o mg3.pdf.");
    if (r.user.isEmpty()) problems << tr("--user: give your user name; the password is read from standard input.");
    if (r.disclosure.justification.isEmpty())
        problems << tr("--justification: say why the documents are disclosed, e.g. \"pre-charge file for CPS advice\".");
    if (r.disclosure.recipient.isEmpty()) problems << tr("--recipient: say who receives them, e.g. \"CPS Direct\".");
    const QStringList documents = parser.values(QStringLiteral("document"));
    if (documents.isEmpty()) problems << tr("--document: choose %1.").arg(documentCodes());
    for (const QString& item : documents) {
        for (const QString& code : item.split(u',', Qt::SkipEmptyParts)) {
            if (code.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) r.selection.chargingBundle = true;
            else if (auto kind = DocumentRegistry::standard().kindFromId(code)) r.selection.kinds.append(*kind);
            else problems << tr("--document: \"%1\" is not a document; choose %2.").arg(code, documentCodes());
        }
    }
    if (r.selection.chargingBundle && !r.selection.kinds.isEmpty())
        problems << tr("--document: \"all\" is the whole charging file; give it alone.");
    if (parser.isSet(QStringLiteral("access-reason"))) {
        r.accessReason = grantReasonFromCode(value("access-reason"));
        if (!r.accessReason)
            problems << tr("--access-reason: \"%1\" is not a reason; choose %2.").arg(value("access-reason"), grantReasonCodes());
    }
    r.accessText = value("access-text");
    if (parser.isSet(QStringLiteral("access-reason")) != parser.isSet(QStringLiteral("access-text")))
        problems << tr("--access-reason and --access-text: give both, the reason and what it is, e.g. --access-reason "
                       "linked_enquiry --access-text \"Suspect also named in my case 45AA0209821\".");
    for (const auto& [option, target] : {std::pair{"mg3-version", &r.mg3Version}, {"mg5-version", &r.mg5Version}}) {
        if (!parser.isSet(QString::fromLatin1(option))) continue;
        bool number = false;
        *target = value(option).toInt(&number);
        if (!number || *target < 1)
            problems << tr("--%1: give a version number, 1 or more, e.g. --%1 1.").arg(QString::fromLatin1(option));
    }
    // Issue 24: the marking and force name are the unit's policy, the same on every desk and in
    // every script; an officer cannot print another marking.
    for (const char* option : {"force-name", "marking"})
        if (parser.isSet(QString::fromLatin1(option)))
            problems << tr("--%1: the marking and force name are the unit's policy, printed the same by every desk; an "
                           "administrator sets them (conduct policy set, or Edit ▸ Preferences…).")
                            .arg(QString::fromLatin1(option));
    for (const QString& p : problems) err() << p << '\n';
    if (!problems.isEmpty()) err() << tr("Run conduct export --help for the options.") << Qt::endl;
    return problems.isEmpty();
}

int exportWith(const Request& r)
{
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
    const auto finish = [&](int code) {
        return signOutAndReturn(authenticator, session.value(), code);
    };
    auto caseId = CaseService(*db.value(), session.value()).findCaseByUrn(r.urn);
    if (!caseId.ok() || !caseId.value()) {
        err() << (caseId.ok() ? tr("--case: no case with URN %1 in %2. Check the URN and the database.")
                                    .arg(normaliseUrn(r.urn), r.databasePath)
                              : caseId.error().text())
              << Qt::endl;
        return finish(1);
    }
    const CaseAccess access(*db.value(), session.value());
    if (r.accessReason && access.accessTo(*caseId.value()) == Decision::NeedsJustification) {
        // Audited as a consultation and ended by the sign-out below, as a grant given in the case list.
        auto granted = AccessGrants(*db.value(), session.value()).grant(*caseId.value(), *r.accessReason, r.accessText);
        if (!granted.ok()) {
            err() << tr("--access-text: ") << granted.error().text() << Qt::endl;
            return finish(1);
        }
    } else if (!r.accessReason && access.accessTo(*caseId.value()) == Decision::NeedsJustification) {
        err() << tr("--access-reason: case %1 belongs to an officer outside your teams. Give the reason you need it "
                    "(%2) and --access-text saying what it is (15 characters or more); both are recorded in the audit "
                    "trail, and the access ends when this command finishes.")
                     .arg(normaliseUrn(r.urn), grantReasonCodes())
              << Qt::endl;
        return finish(1);
    }
    ExportService service(*db.value(), session.value());   // the unit's marking and force name
    service.setAccessJustification(r.disclosure.justification);
    service.pinChargingVersions(r.mg3Version, r.mg5Version);
    auto file = service.caseFile(*caseId.value());
    if (!file.ok()) {
        err() << file.error().text() << Qt::endl;
        return finish(1);
    }
    const QList<Error> confidential = confidentialContactWarnings(file.value(), r.selection);
    for (const Error& e : confidential) err() << tr("Warning: ") << e.message << '\n';
    if (!confidential.isEmpty() && !r.includeConfidential) {
        err() << tr("Nothing was exported. Remove the details from the case, or add --include-confidential once "
                    "you have confirmed they may be disclosed.")
              << Qt::endl;
        return finish(1);
    }
    auto outcome = service.exportCaseFile(file.value(), r.selection, r.output, r.disclosure);
    if (!outcome.ok()) {
        err() << outcome.error().text() << Qt::endl;
        return finish(1);
    }
    const QList<Error> missing = missingValues(file.value(), r.selection);
    if (!missing.isEmpty()) {
        out() << tr("Not recorded (printed as \"%1\"):").arg(notRecordedText()) << '\n';
        for (const Error& e : missing) out() << QStringLiteral("  - ") << e.field << '\n';
    }
    out() << tr("Wrote %1 (%2 pages: %3). Recorded in the audit trail as a disclosure to %4.")
                 .arg(outcome->path)
                 .arg(outcome->pageCount)
                 .arg(outcome->documents.join(QStringLiteral("; ")), r.disclosure.recipient)
          << Qt::endl;
    return finish(0);
}
} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes draft case documents (MG forms, risk record, chronology) to a PDF. Exporting is a disclosure: "
           "it is recorded in the audit trail with your justification and the recipient. The password is read "
           "from standard input."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The case database (default: the standard database)."), tr("path")});
    parser.addOption({QStringLiteral("case"), tr("The URN of the case."), tr("URN")});
    parser.addOption({QStringLiteral("document"),
                      tr("The document: %1 (\"all\": the charging file bundle). Repeat, or separate with commas, "
                         "for several.").arg(documentCodes()),
                      tr("kind")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("file")});
    parser.addOption({QStringLiteral("user"), tr("Your user name. The password is read from standard input."), tr("name")});
    parser.addOption({QStringLiteral("justification"), tr("Why the documents are disclosed (recorded)."), tr("text")});
    parser.addOption({QStringLiteral("recipient"), tr("Who receives them (recorded)."), tr("text")});
    // Kept so that an old script is told why, rather than that the option is unknown.
    parser.addOption({QStringLiteral("force-name"), tr("Refused: the force name is the unit's policy (conduct policy)."),
                      tr("name")});
    parser.addOption({QStringLiteral("marking"), tr("Refused: the protective marking is the unit's policy (conduct policy)."),
                      tr("text")});
    parser.addOption({QStringLiteral("mg3-version"), tr("Print this version of the MG3 (e.g. the one a supervisor approved "
                                                        "before a later edit); default: the newest."), tr("n")});
    parser.addOption({QStringLiteral("mg5-version"), tr("Print this version of the MG5; default: the newest."), tr("n")});
    parser.addOption({QStringLiteral("access-reason"),
                      tr("For a case outside your teams: why you need it (%1). Recorded; the access ends when the "
                         "command finishes.").arg(grantReasonCodes()),
                      tr("reason")});
    parser.addOption({QStringLiteral("access-text"), tr("With --access-reason: what it is, 15 characters or more (recorded)."),
                      tr("text")});
    parser.addOption({QStringLiteral("include-confidential"),
                      tr("Export even though a complainant's confidential address or phone number appears in a "
                         "document served on the defence.")});
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "export")) return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1. Use -o FILE for the output file.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return 2;
    }
    Request request;
    if (!readRequest(parser, request)) return 2;
    return exportWith(request);
}

} // namespace conduct::cli
