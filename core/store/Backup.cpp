#include "store/Backup.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/DurableFile.h"
#include "store/Migrations.h"
#include "store/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Backup", text); }
QString backupField() { return tr("Backup"); }

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString folderFor(const QString& databasePath, const QString& folder)
{
    return folder.isEmpty() ? backupFolderFor(databasePath) : folder;
}

Status ensureFolder(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return fieldError(backupField(), tr("Could not create the backup folder %1. Check that the folder beside "
                                            "the database can be written to.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// A name in the backups folder that is not taken yet; two backups in one second get "-2", "-3"….
QString freeName(const QString& folder, const QString& stem)
{
    const QDir dir(folder);
    QString name = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(dir.filePath(name)) || QFileInfo::exists(dir.filePath(name + QStringLiteral(".partial")));
         ++n)
        name = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
    return dir.filePath(name);
}

// VACUUM INTO a ".partial" file, flush it to the disk, then rename it to its real name: a crash
// at any point leaves either no backup or a complete one.
Result<QString> writeBackup(const Database& db, const QString& target)
{
    if (db.engine() != Engine::Sqlite)
        return fieldError(backupField(), tr("Backups of a server database are made by the server's own tools."));
    if (QFileInfo::exists(target))
        return fieldError(backupField(), tr("%1 already exists. Choose a new file name; an existing file is never "
                                            "overwritten.").arg(target));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);   // left by a backup that was interrupted: never a usable backup
    if (Status s = backupInto(db, partial); !s.ok())
        return fieldError(backupField(), tr("Could not write the backup %1: %2").arg(target, s.error().message));
    if (Status s = syncFile(partial); !s.ok()) {
        QFile::remove(partial);
        return s.error();
    }
    if (Status s = renameDurably(partial, target); !s.ok()) {
        QFile::remove(partial);
        return s.error();
    }
    return target;
}

QString baseNameOf(const QString& databasePath) { return QFileInfo(databasePath).completeBaseName(); }

void pruneAutomatic(const QString& databasePath, const QString& folder, int keep)
{
    int kept = 0;
    for (const BackupFile& b : listBackups(databasePath, folder)) {
        if (!b.automatic) continue;   // manual and pre-upgrade backups are the user's to delete
        if (++kept > keep) QFile::remove(b.path);
    }
    // Interrupted backups are never usable; they only take space.
    const QDir dir(folder);
    const QStringList partials = dir.entryList({baseNameOf(databasePath) + QStringLiteral("-*.sqlite.partial")}, QDir::Files);
    for (const QString& name : partials) QFile::remove(dir.filePath(name));
}
} // namespace

QList<BackupFile> listBackups(const QString& databasePath, const QString& folder)
{
    const QDir dir(folderFor(databasePath, folder));
    const QRegularExpression pattern(QStringLiteral("^%1-(auto|manual|before-schema-v\\d+)-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$")
                                         .arg(QRegularExpression::escape(baseNameOf(databasePath))));
    QList<BackupFile> found;
    const QStringList names = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QString& name : names) {
        const auto m = pattern.match(name);
        if (!m.hasMatch()) continue;
        // The stamp's digits are UTC: parsed as date and time, never through the desk's own zone,
        // whose clock change could move a stamp that falls in its skipped hour.
        const QString stamp = m.captured(2);
        const QDateTime taken(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                              QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
        found.append({dir.filePath(name), taken, m.captured(1) == QLatin1String("auto")});
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenUtc != b.takenUtc ? a.takenUtc > b.takenUtc : a.path > b.path;
    });
    return found;
}

Result<QString> backupNow(const Database& db, const QString& target)
{
    if (db.engine() != Engine::Sqlite)
        return Error{tr("Backup"), tr("A server store is backed up on the server (pg_dump), not by Conduct.")};
    if (!target.isEmpty()) return writeBackup(db, target);
    const QString folder = backupFolderFor(db.path());
    if (Status s = ensureFolder(folder); !s.ok()) return s.error();
    const QString stem = QStringLiteral("%1-manual-%2").arg(baseNameOf(db.path()), Clock::nowUtc().toString(stampFormat));
    return writeBackup(db, freeName(folder, stem));
}

Result<QString> maybeAutoBackup(const Database& db, const BackupPolicy& policy)
{
    if (db.isReadOnly() || db.engine() != Engine::Sqlite) return QString();
    const QString folder = folderFor(db.path(), policy.folder);
    const QDateTime now = Clock::nowUtc();
    const QList<BackupFile> existing = listBackups(db.path(), folder);
    // A newest backup dated in the future means the clock was wrong when it was taken (or is
    // now): take one, so that a wrong clock can never stop backups for good.
    const bool due = existing.isEmpty() || existing.first().takenUtc > now
                     || existing.first().takenUtc.secsTo(now) >= policy.intervalSeconds;
    QString written;
    if (due) {
        if (Status s = ensureFolder(folder); !s.ok()) return s.error();
        const QString stem = QStringLiteral("%1-auto-%2").arg(baseNameOf(db.path()), now.toString(stampFormat));
        auto r = writeBackup(db, freeName(folder, stem));
        if (!r.ok()) return r.error();
        written = r.value();
    }
    pruneAutomatic(db.path(), folder, qMax(1, policy.keep));
    return written;
}

} // namespace conduct
