// conduct migrate-store [--from sqlite:PATH] --to postgresql://…: copies a unit's case database
// file into a new, empty store on the force's PostgreSQL server (issue 12), then checks every
// table's row count and the audit chain against the file. Like backup and restore this is the
// machine administrator's operation, not a signed-in user's: reading the file needs the
// operating-system account that owns it, and writing the server needs the server's own login
// (~/.pgpass, or a password typed at the prompt; never one on the command line).

#include "Commands.h"
#include "commands/OpenStore.h"

#include "services/AppPaths.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/StoreCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::migrate_store", text); }

const QString sqlitePrefix = QStringLiteral("sqlite:");

// The file named by --from: "sqlite:PATH" or a bare path.
QString sourceFile(const QString& text) { return text.startsWith(sqlitePrefix) ? text.mid(sqlitePrefix.size()) : text; }

// Progress on a terminal only: a log or a pipe gets the summary alone.
StoreCopyProgress progressOnTerminal()
{
    if (isatty(STDERR_FILENO) != 1) return {};
    return [](const QString& table, qint64 copied, qint64 total) {
        err() << "\r\x1b[K" << tr("Copying %1: %2 of %3 rows").arg(table).arg(copied).arg(total) << Qt::flush;
    };
}

void clearProgress()
{
    if (isatty(STDERR_FILENO) == 1) err() << "\r\x1b[K" << Qt::flush;
}

void printReport(const StoreCopyReport& report, const QString& from, const QString& to)
{
    out() << tr("Copied %1 into %2:").arg(from, to) << '\n';
    for (const TableCopyCount& t : report.tables)
        out() << QStringLiteral("  %1 %2").arg(t.table, -32).arg(t.rows, 9) << '\n';
    out() << tr("Row counts: every table on the server holds as many rows as in %1.").arg(from) << '\n'
          << tr("Audit trail: the chain verifies on the server, %1 records ending in %2, the same as the source.")
                 .arg(report.auditRecords).arg(QString::fromLatin1(report.auditLastHash)) << '\n'
          << tr("Copied %1 records in %2 s; row counts and the audit chain (%3 records) verified.")
                 .arg(report.totalRows).arg(report.elapsedMs / 1000.0, 0, 'f', 1).arg(report.auditRecords)
          << Qt::endl;
}
} // namespace

int runMigrateStore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a case database file into a new, empty store on a PostgreSQL server: every table, with its ids and the "
           "audit trail unchanged, in one transaction. Then checks that every table holds as many rows as the file and that "
           "the audit chain verifies with the same records. The file is only read.\n\nThe server's password comes from "
           "~/.pgpass (or the file PGPASSFILE names); without an entry there you are asked for it. It is never taken from "
           "the command line."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), tr("The database file to copy: sqlite:PATH or PATH (default: the standard "
                                                 "database)."), tr("source")});
    parser.addOption({QStringLiteral("to"), tr("The server store to copy into, which must be new or empty: "
                                               "postgresql://user@host:5432/database?schema=NAME."), tr("address")});
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "migrate-store")) return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1. Name the file with --from sqlite:PATH and the server with --to postgresql://….")
                     .arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    const QString from = parser.isSet(QStringLiteral("from")) ? sourceFile(parser.value(QStringLiteral("from")))
                                                               : defaultDatabasePath();
    const QString to = parser.value(QStringLiteral("to"));
    if (isPostgresAddress(from)) {
        err() << tr("--from: %1 is a server store. migrate-store copies a database file: --from sqlite:PATH.").arg(from)
              << Qt::endl;
        return 2;
    }
    if (!isPostgresAddress(to)) {
        err() << (to.isEmpty() ? tr("--to: name the server store to copy into, e.g. --to "
                                    "postgresql://conduct@db.example:5432/conduct?schema=conduct.")
                               : tr("--to: %1 is not a server address. migrate-store copies into PostgreSQL: --to "
                                    "postgresql://user@host:5432/database?schema=NAME. To copy a file, use conduct backup.")
                                     .arg(to))
              << Qt::endl;
        return 2;
    }
    if (auto where = parsePostgresAddress(to); !where.ok()) {
        err() << tr("--to: %1").arg(where.error().text()) << Qt::endl;
        return 2;
    }

    // Read-only: the file is never changed, not even its schema.
    auto source = Database::openSqlite(from, {.readOnly = true, .createIfMissing = false});
    if (!source.ok()) {
        err() << tr("--from %1: %2").arg(from, source.error().text()) << Qt::endl;
        return 1;
    }
    // A new schema is created and brought to the latest version, so both sides have the same tables.
    auto target = openStoreForCommand(to);
    if (!target.ok()) {
        err() << tr("--to: %1").arg(target.error().text()) << Qt::endl;
        return 1;
    }
    auto copied = copyStore(*source.value(), *target.value(), progressOnTerminal());
    clearProgress();
    if (!copied.ok()) {
        err() << copied.error().text() << Qt::endl;
        return 1;
    }
    printReport(copied.value(), from, target.value()->path());
    return 0;
}

} // namespace conduct::cli
