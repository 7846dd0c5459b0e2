// restore() and verifyBackupFile() from Backup.h: putting a backup back in place without ever
// losing the database it replaces.

#include "store/Backup.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/DurableFile.h"
#include "store/Migrations.h"
#include "store/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Backup", text); }
QString restoreField() { return tr("Restore"); }

// SQLite's side files: a -wal (and its index, -shm) holds commits not yet in the main file; a
// -journal is a rollback journal from a program that used the older journal mode.
const QStringList sideSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

// A private connection to one file, closed and removed when it goes out of scope.
class RawConnection {
public:
    RawConnection(const QString& databaseName, const QString& options)
        : m_name(QStringLiteral("conduct-restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open) m_openError = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    // All rows of the statement's first columns, or the error text.
    Result<QList<QVariantList>> rows(const QString& sql, int columns = 1) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) return Error{QString(), q.lastError().text()};
        QList<QVariantList> out;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c) row.append(q.value(c));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString& sql) const
    {
        auto r = rows(sql);
        return r.ok() && !r->isEmpty() ? r->first().first() : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_openError;
};

QString stamp() { return Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

QString asideNameFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString stem = QStringLiteral("%1-before-restore-%2").arg(info.completeBaseName(), stamp());
    QString candidate = info.dir().filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return candidate;
}

bool anyExists(const QString& path)
{
    if (QFileInfo::exists(path)) return true;
    for (const QString& suffix : sideSuffixes)
        if (QFileInfo::exists(path + suffix)) return true;
    return false;
}

// Folds the current database's -wal into its main file, so that the main file alone is the
// whole database. Refuses when another program has the database open: renaming a file that is
// in use would send that program's later edits to the file kept aside. An exclusive lock
// proves nobody else has it open (every open WAL connection holds a shared lock), and is
// taken before anything, even a checkpoint, touches the file.
Status quiesceCurrent(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath)) return {};
    const auto isBusy = [](const Error& e) {
        return e.message.contains(QLatin1String("locked"), Qt::CaseInsensitive)
               || e.message.contains(QLatin1String("busy"), Qt::CaseInsensitive);
    };
    bool busy = false;
    bool checkpointed = false;
    {
        RawConnection current(databasePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!current.isOpen()) return {};   // unreadable: moved aside whole, side files and all
        auto locked = current.rows(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        if (locked.ok()) locked = current.rows(QStringLiteral("BEGIN EXCLUSIVE"));
        if (!locked.ok()) {
            busy = isBusy(locked.error());
            // Otherwise the current file is damaged (often the reason for restoring): it is moved
            // aside together with its -wal and -shm, which stay a consistent set.
        } else if (current.rows(QStringLiteral("COMMIT")).ok()) {
            auto checkpoint = current.rows(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), 3);
            checkpointed = checkpoint.ok() && !checkpoint->isEmpty() && checkpoint->first().first().toInt() == 0;
        }
    }
    // The last connection to close deletes the -wal: if it is still there, someone opened the
    // database after our lock was released.
    if (checkpointed && QFileInfo::exists(databasePath + QStringLiteral("-wal"))) busy = true;
    if (busy)
        return fieldError(restoreField(), tr("%1 is in use by another Conduct window or program. Close it there, "
                                             "then restore again. Nothing has been changed.").arg(databasePath));
    return {};
}

// Renames the database and its side files to `aside`. Side files go first: a crash half-way
// must never leave an old -wal beside the restored file, where SQLite would replay it.
Status moveAside(const QString& databasePath, const QString& aside, QStringList& moved)
{
    QStringList order;
    for (const QString& suffix : sideSuffixes) order.append(suffix);
    order.append(QString());
    for (const QString& suffix : order) {
        if (!QFileInfo::exists(databasePath + suffix)) continue;
        if (Status s = renameDurably(databasePath + suffix, aside + suffix); !s.ok()) return s;
        moved.prepend(suffix);   // undone in reverse order
    }
    return {};
}

// Puts moved files back. Returns, for the officer, each file that could not be put back and
// where it is now: a restore that fails must say exactly what state the files are in (issue 24).
QStringList moveBack(const QString& databasePath, const QString& aside, const QStringList& moved)
{
    QStringList stranded;
    for (const QString& suffix : moved)
        if (!renameDurably(aside + suffix, databasePath + suffix).ok())
            stranded.append(tr("%1 is at %2").arg(databasePath + suffix, aside + suffix));
    return stranded;
}

// What to tell the officer when a failed restore could not undo everything it had moved.
QString strandedAdvice(const QStringList& stranded)
{
    return tr("Conduct could not put the current database back where it was: %1. Nothing in those files is lost. "
              "Before opening Conduct again, rename each file back to its first name (your IT support can help).")
        .arg(stranded.join(QStringLiteral("; ")));
}
} // namespace

Status verifyBackupFile(const QString& path)
{
    auto state = inspectDatabaseFile(path);
    if (!state.ok()) return state.error();
    if (state.value() == FileState::Missing)
        return fieldError(restoreField(), tr("The backup %1 does not exist.").arg(path));
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return fieldError(restoreField(), tr("%1 has changes in its -wal file that are not in the file itself, so it is "
                                             "not a complete backup. Choose a backup made by Conduct.").arg(path));
    // immutable=1: SQLite reads the file as it is, takes no locks and creates no side files.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    RawConnection backup(uri.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!backup.isOpen())
        return fieldError(restoreField(), tr("Could not open the backup %1: %2").arg(path, backup.openError()));
    if (backup.value(QStringLiteral("PRAGMA application_id")).toInt() != Database::applicationId)
        return fieldError(restoreField(), tr("%1 is not a Conduct database, so it cannot be restored.").arg(path));
    const int version = backup.value(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > latestSchemaVersion())
        return fieldError(restoreField(), tr("%1 was written by a newer version of Conduct (schema %2; this program knows "
                                             "up to %3). Restore it with that version.").arg(path).arg(version)
                                              .arg(latestSchemaVersion()));
    if (version < 1)
        return fieldError(restoreField(), tr("%1 holds no Conduct tables, so it cannot be restored.").arg(path));
    auto check = backup.rows(QStringLiteral("PRAGMA integrity_check"));
    if (!check.ok())
        return fieldError(restoreField(), tr("%1 is damaged and cannot be restored: %2").arg(path, check.error().message));
    if (check->size() != 1 || check->first().first().toString() != QLatin1String("ok"))
        return fieldError(restoreField(), tr("%1 is damaged and cannot be restored (integrity check: %2). Choose an "
                                             "older backup.").arg(path, check->isEmpty() ? QString() : check->first().first().toString()));
    return {};
}

Result<RestoreOutcome> restore(const QString& databasePath, const QString& backupFile, const RestoreOptions& options)
{
    const QFileInfo target(databasePath);
    if (QFileInfo(backupFile).absoluteFilePath() == target.absoluteFilePath())
        return fieldError(restoreField(), tr("The backup and the database are the same file."));
    if (Status s = verifyBackupFile(backupFile); !s.ok()) return s.error();
    if (anyExists(databasePath) && !options.confirmed)
        return fieldError(restoreField(), tr("Restoring replaces everything now in %1 with the backup (the current file "
                                             "is kept beside it). Confirm to go ahead; nothing has been changed.")
                                              .arg(databasePath));
    if (!target.absoluteDir().exists())
        return fieldError(restoreField(), tr("The folder %1 does not exist.").arg(target.absolutePath()));

    // The copy is made in the database's own folder, so the final rename is atomic, and it is
    // checked there: what is verified is byte for byte what becomes the database.
    const QString staging = target.absoluteDir().filePath(
        QStringLiteral(".%1.restoring-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (Status s = copyToNewPrivateFile(backupFile, staging); !s.ok()) return s.error();
    const auto discardStaging = [&] {
        QFile::remove(staging);
        for (const QString& suffix : sideSuffixes) QFile::remove(staging + suffix);
    };
    if (Status s = verifyBackupFile(staging); !s.ok()) {
        discardStaging();
        return s.error();
    }
    if (Status s = quiesceCurrent(databasePath); !s.ok()) {
        discardStaging();
        return s.error();
    }

    RestoreOutcome outcome;
    QStringList moved;
    if (anyExists(databasePath)) {
        outcome.keptAside = asideNameFor(databasePath);
        if (Status s = moveAside(databasePath, outcome.keptAside, moved); !s.ok()) {
            const QStringList stranded = moveBack(databasePath, outcome.keptAside, moved);
            discardStaging();
            const QString what = tr("Could not move the current database aside, so nothing was restored: %1")
                                     .arg(s.error().message);
            return fieldError(restoreField(), stranded.isEmpty() ? what : what + QLatin1Char(' ') + strandedAdvice(stranded));
        }
    }
    if (Status s = renameDurably(staging, databasePath); !s.ok()) {
        const QStringList stranded = moveBack(databasePath, outcome.keptAside, moved);
        discardStaging();
        if (stranded.isEmpty())
            return fieldError(restoreField(), tr("Could not put the backup in place; the database is as it was: %1")
                                                  .arg(s.error().message));
        return fieldError(restoreField(), tr("Could not put the backup in place (%1), so nothing was restored.")
                                                  .arg(s.error().message) +
                                              QLatin1Char(' ') + strandedAdvice(stranded));
    }
    return outcome;
}

} // namespace conduct
