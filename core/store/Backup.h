#pragma once
// Backups of a case database, and restoring one. Nothing here ever deletes or overwrites a
// case database: the file being replaced by a restore is kept beside it under a new name.
//
// Files in the backups folder (backupFolderFor(), beside the database), all mode 0600:
//   <name>-auto-YYYYMMDD-HHMMSS.sqlite              taken by maybeAutoBackup; the newest
//                                                   BackupPolicy::keep are kept, older ones deleted
//   <name>-manual-YYYYMMDD-HHMMSS.sqlite            taken by backupNow (`conduct backup`); never
//                                                   deleted by Conduct
//   <name>-before-schema-vN-YYYYMMDD-HHMMSS.sqlite  taken before a schema upgrade (Migrations.cpp);
//                                                   never deleted by Conduct: it is the only way back
//                                                   to the older program's format
// A backup is written under a ".partial" name and renamed when complete and on disk, so a
// crash mid-backup never leaves a half file that looks like a backup.

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace conduct {

class Database;

struct BackupPolicy {
    qint64 intervalSeconds = 24 * 60 * 60;   // take an automatic backup when the newest is older
    int keep = 14;                           // automatic backups kept; older ones are deleted
    QString folder;                          // empty: backupFolderFor(database path)
};

// Called by the application after every successful open. Takes a backup when the newest backup
// of this database (of any kind) is older than the interval, then prunes old automatic backups.
// Returns the new backup's path, or an empty string when none was due. Read-only opens are
// skipped: a read-only session must leave no trace, not even a new folder.
Result<QString> maybeAutoBackup(const Database& db, const BackupPolicy& policy = {});

// A backup now, into `target` (which must not exist), or into the backups folder as a
// "-manual-" backup when target is empty. Returns the path written.
Result<QString> backupNow(const Database& db, const QString& target = {});

// The backups of the database at databasePath in `folder` (default: its backups folder),
// newest first, with the time each was taken (from its name).
struct BackupFile {
    QString path;
    QDateTime takenUtc;
    bool automatic = false;
};
QList<BackupFile> listBackups(const QString& databasePath, const QString& folder = {});

struct RestoreOptions {
    // Restoring replaces what the database holds now. Without confirmation restore() refuses
    // and changes nothing (the command line asks, or takes --yes).
    bool confirmed = false;
};

struct RestoreOutcome {
    QString keptAside;   // where the replaced database now is; empty when there was none
};

// Replaces the database at databasePath with the backup, atomically: the backup is first copied
// into the database's folder and checked there (a Conduct database, schema not newer than this
// program, integrity_check ok); then the current database (checkpointed first so that its -wal
// holds nothing; otherwise its -wal and -shm move with it) is renamed aside with a timestamp,
// and the checked copy is renamed into place. Refuses while another program has it open.
// On any failure the database is exactly as it was.
Result<RestoreOutcome> restore(const QString& databasePath, const QString& backupFile, const RestoreOptions& options);

// Checks that a file is a complete Conduct database this program can open (used by restore,
// and by `conduct restore` before it asks for confirmation). Never changes the file.
Status verifyBackupFile(const QString& path);

} // namespace conduct
