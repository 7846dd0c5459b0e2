#include "store/ConnectionProblems.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ConnectionProblems", text); }

// What a wording may use: the location, and the file or name libpq's message gave.
struct Facts {
    const PostgresLocation& where;
    QString captured;   // the pattern's "named" group: a CA file path or a certificate's name
};

struct Pattern {
    const char* regex;   // over libpq's text, lines joined with spaces
    ConnectionProblem problem;
    QString (*wording)(const Facts&);
};

QString server(const Facts& f) { return f.where.displayText(); }
QString user(const Facts& f) { return f.where.user.isEmpty() ? tr("your user name") : f.where.user; }
QString caFile(const Facts& f)
{
    return !f.captured.isEmpty() ? f.captured
           : f.where.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : f.where.sslRootCert;
}

// libpq 15's messages (fe-connect.c, fe-secure-openssl.c, fe-auth.c) and the server's FATAL
// refusals, first match wins; the test holds each real text.
const Pattern patterns[] = {
    {R"re(password authentication failed|no password supplied|password is missing)re", ConnectionProblem::WrongPassword,
     [](const Facts& f) {
         return tr("The server refused the password for %1. Check it, or the line for this server in ~/.pgpass.").arg(user(f));
     }},
    {R"re(root certificate file "(?<named>[^"]*)" does not exist)re", ConnectionProblem::CaFileMissing,
     [](const Facts& f) {
         return tr("This desk has no copy of the unit's CA certificate: the file %1 is missing on this computer. It is "
                   "a file on this desk, not on the server: ask your IT service desk to put it there, or choose the CA "
                   "file in File ▸ Connect to server….").arg(caFile(f));
     }},
    {R"re(could not (?:read|load|open) root certificate file "(?<named>[^"]*)")re", ConnectionProblem::CaFileUnreadable,
     [](const Facts& f) {
         return tr("The CA certificate file %1 on this desk cannot be read, or is not a certificate. Check that it is the "
                   "unit's CA file and that you may read it, or ask your IT service desk.").arg(caFile(f));
     }},
    {R"re(server certificate for "(?<named>[^"]*)"(?: \(and \d+ other names?\))? does not match host name)re",
     ConnectionProblem::CertificateNameMismatch,
     [](const Facts& f) {
         return tr("The server at %1 showed a certificate made out for another name (%2), so Conduct sent it nothing. "
                   "Use the server's name exactly as your IT service desk gave it; if you did, tell them, as it can mean "
                   "the connection is being intercepted.").arg(f.where.host, f.captured);
     }},
    {R"re(certificate verify failed|self[- ]signed certificate|unable to get local issuer certificate)re",
     ConnectionProblem::CertificateNotTrusted,
     [](const Facts& f) {
         return tr("The server at %1 showed a certificate that the CA file on this desk (%2) does not vouch for, so "
                   "Conduct sent it nothing. Check with your IT service desk that this desk has the unit's CA file.")
             .arg(f.where.host, caFile(f));
     }},
    {R"re(no pg_hba\.conf entry for .* no encryption)re", ConnectionProblem::TlsRequiredByServer,
     [](const Facts& f) {
         return tr("The server accepts only encrypted connections, and this address turns encryption off "
                   "(sslmode=%1). Remove sslmode from the address, or choose \"Encrypted, server verified\" in "
                   "File ▸ Connect to server….").arg(f.where.sslMode);
     }},
    {R"re(server does not support SSL, but SSL was required)re", ConnectionProblem::TlsNotOffered,
     [](const Facts& f) {
         return tr("The server at %1 does not offer encryption, and this desk requires it, so Conduct sent it nothing. "
                   "Tell the server's administrator: the server needs ssl = on with its certificate (see \"Running for "
                   "a whole unit\" in the README).").arg(f.where.host);
     }},
    {R"re(no pg_hba\.conf entry for)re", ConnectionProblem::NotAllowedFromDesk,
     [](const Facts& f) {
         return tr("The server does not let %1 connect to %2 from this desk. Ask the server's administrator to allow it "
                   "(a hostssl line in pg_hba.conf).").arg(user(f), f.where.database);
     }},
    {R"re(database "(?<named>[^"]*)" does not exist)re", ConnectionProblem::DatabaseMissing,
     [](const Facts& f) {
         return tr("The server %1 has no database called %2. Check the name in the address, or ask the server's "
                   "administrator to create it (see \"Running for a whole unit\" in the README).")
             .arg(f.where.host, f.captured);
     }},
    {R"re(role "(?<named>[^"]*)" does not exist)re", ConnectionProblem::UserMissing,
     [](const Facts& f) {
         return tr("The server %1 has no user called %2. Check the user name in the address, or ask the server's "
                   "administrator to create your login.").arg(f.where.host, f.captured);
     }},
    {R"re(the database system is (?:starting up|shutting down|in recovery mode|not yet accepting connections)|too many clients|remaining connection slots are reserved)re",
     ConnectionProblem::ServerBusy,
     [](const Facts& f) {
         return tr("The server %1 is starting up, shutting down or has no room for another desk. Try again in a minute; "
                   "if it goes on, tell your IT service desk.").arg(server(f));
     }},
    {R"re(Connection refused|could not translate host name|Name or service not known|No route to host|Network is unreachable|timeout expired|Connection timed out|could not connect to server|server closed the connection unexpectedly|Temporary failure in name resolution)re",
     ConnectionProblem::ServerUnreachable,
     [](const Facts& f) {
         return tr("Conduct could not reach the server %1. Check that this desk is on the force network and that the "
                   "address is right; if both are, the server may be down: tell your IT service desk.").arg(server(f));
     }},
};
} // namespace

ConnectionFailure classifyConnectionFailure(const PostgresLocation& where, const QString& driverText)
{
    const QString text = driverText.simplified();
    for (const Pattern& pattern : patterns) {
        const QRegularExpression regex(QString::fromUtf8(pattern.regex), QRegularExpression::CaseInsensitiveOption);
        const auto match = regex.match(text);
        if (!match.hasMatch()) continue;
        const Facts facts{where, match.captured(QStringLiteral("named"))};
        // "Password" stays untranslated: the open-store dialog and the CLI recognise it to ask again.
        const QString field = pattern.problem == ConnectionProblem::WrongPassword ? QStringLiteral("Password")
                                                                                   : QStringLiteral("Server");
        return {pattern.problem, fieldError(field, pattern.wording(facts))};
    }
    // Not one of the reasons above: the officer is told where to go; the server's log holds the reason.
    return {ConnectionProblem::Unrecognised,
            fieldError(QStringLiteral("Server"),
                       tr("Conduct could not connect to %1, for a reason it does not recognise. Tell your IT service "
                          "desk the time you tried: the server's log holds the reason.").arg(where.displayText()))};
}

} // namespace conduct
