// conduct restore [--db PATH] FILE [--yes]: puts a backup back in place. The current database
// is kept beside it under a timestamped name, so a restore can itself be undone.

#include "Commands.h"

#include "services/AppPaths.h"
#include "store/Backup.h"
#include "store/PostgresLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace conduct::cli {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::cli::restore", text); }

// Asks on the terminal; anything but "yes" (or "y") is no.
bool confirmOnTerminal(const QString& databasePath, const QString& backup)
{
    out() << tr("Replace the cases in %1 with the backup %2?\n"
                "The current file will be kept beside it. Type yes to restore: ").arg(databasePath, backup)
          << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QLatin1String("y");
}
} // namespace

int runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replaces a case database with a backup, after checking the backup. The current "
                                        "database is kept beside it as <name>-before-restore-<time>.sqlite."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The database file to replace (default: the standard database). Not a server address: "
                                                      "a server is restored with pg_restore."), tr("path")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation (required when not run on a terminal).")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup to restore."));
    if (const std::optional<int> stop = parseOrStop(parser, arguments, "restore")) return *stop;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Name exactly one backup file to restore, e.g. conduct restore --db cases.sqlite "
                    "backups/cases-auto-20250101-090000.sqlite") << Qt::endl;
        return 2;
    }
    const QString backup = parser.positionalArguments().first();
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    // As `conduct backup` refuses them: a server store is not a file to put back in place (issue 30).
    if (isPostgresAddress(path)) {
        err() << tr("--db: %1 is a server store. conduct restore puts a backup file back in place of a database file; "
                    "a server store is restored on the server from its pg_dump with pg_restore (see \"Running for a "
                    "whole unit\" in the README). Nothing has been changed.").arg(path)
              << Qt::endl;
        return 2;
    }

    // Check the backup before asking: nobody should confirm a restore that cannot work.
    if (Status s = verifyBackupFile(backup); !s.ok()) {
        err() << s.error().text() << Qt::endl;
        return 1;
    }
    RestoreOptions options;
    options.confirmed = parser.isSet(QStringLiteral("yes")) || !QFileInfo::exists(path);
    if (!options.confirmed) {
        if (!::isatty(STDIN_FILENO)) {
            err() << tr("Restore: this replaces the cases in %1. Add --yes to confirm; nothing has been changed.").arg(path)
                  << Qt::endl;
            return 1;
        }
        options.confirmed = confirmOnTerminal(path, backup);
        if (!options.confirmed) {
            out() << tr("Not restored; nothing has been changed.") << Qt::endl;
            return 1;
        }
    }
    auto restored = restore(path, backup, options);
    if (!restored.ok()) {
        err() << restored.error().text() << Qt::endl;
        return 1;
    }
    out() << tr("Restored %1 into %2.").arg(backup, path) << Qt::endl;
    if (!restored->keptAside.isEmpty())
        out() << tr("The previous database is kept as %1.").arg(restored->keptAside) << Qt::endl;
    return 0;
}

} // namespace conduct::cli
