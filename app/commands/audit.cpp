// conduct audit verify [--db PATH]: checks the audit trail's hash chain (DPA 2018 s62) without
// a display and without signing in. It only reads: the database is opened read-only.
// Exit 0 with the record count when the chain is intact; 1 naming the first bad record.

#include "Commands.h"
#include "commands/OpenStore.h"

#include "security/AuditLog.h"
#include "services/AppPaths.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::audit", text); }
} // namespace

int runAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audit trail commands.\n\n  verify   Check that no audit record was altered, inserted, removed or reordered.\n"
           "           Exits 0 and prints the number of records when the chain is intact,\n"
           "           1 naming the first bad record otherwise."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database to check (default: the standard database)."), tr("path")});
    parser.addPositionalArgument(QStringLiteral("verify"), tr("The subcommand."), QStringLiteral("verify"));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "audit")) return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("verify")}) {
        err() << tr("Say what to do: conduct audit verify --db PATH.") << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto db = openStoreForCommand(path, {.readOnly = true, .createIfMissing = false});
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return 1;
    }
    const VerifyResult result = AuditLog::verify(*db.value());
    if (!result.ok) {
        err() << tr("Audit trail of %1 is NOT intact.").arg(path) << '\n' << result.problem << '\n'
              << tr("Records checked before the fault: %1.").arg(qMax(0, result.firstBadIndex)) << Qt::endl;
        return 1;
    }
    out() << (result.checked == 1 ? tr("Audit trail intact: 1 record.")
                                  : tr("Audit trail intact: %1 records.").arg(result.checked))
          << '\n' << tr("Head of the chain: %1").arg(QString::fromLatin1(result.lastHash)) << '\n'
          << tr("Keep the count and head elsewhere: removing the newest records leaves a shorter chain that "
                "still verifies, and only a kept copy reveals it.") << Qt::endl;
    return 0;
}

} // namespace conduct::cli
