// conduct backup [--db PATH] [-o FILE]: a consistent copy of the case database, taken while
// the application may be running (VACUUM INTO reads a snapshot).

#include "Commands.h"

#include "services/AppPaths.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::backup", text); }
} // namespace

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a complete, consistent copy of a case database (mode 0600). Without -o it "
                                        "goes into the \"backups\" folder beside the database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database to back up (default: the standard database)."), tr("path")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the backup to <file>, which must not exist."),
                      tr("file")});
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "backup")) return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1. Use -o FILE to choose where the backup goes.")
                     .arg(parser.positionalArguments().first()) << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (isPostgresAddress(path)) {
        err() << tr("--db: %1 is a server store. Back it up on the server with pg_dump (see \"Running for a whole unit\" "
                    "in the README); conduct backup copies local database files.").arg(path) << Qt::endl;
        return 2;
    }
    // Read-only: taking a backup never changes the database, not even its schema.
    auto db = Database::openSqlite(path, {.readOnly = true, .createIfMissing = false});
    if (!db.ok()) {
        err() << db.error().text() << Qt::endl;
        return 1;
    }
    auto written = backupNow(*db.value(), parser.value(QStringLiteral("output")));
    if (!written.ok()) {
        err() << written.error().text() << Qt::endl;
        return 1;
    }
    out() << tr("Backed up %1 to %2 (%3 bytes).").arg(path, written.value()).arg(QFileInfo(written.value()).size())
          << Qt::endl;
    return 0;
}

} // namespace conduct::cli
