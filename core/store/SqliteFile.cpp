#include "store/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Database", text); }
const QString databaseField() { return tr("Database file"); }
} // namespace

Result<FileState> inspectDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fieldError(databaseField(), tr("No database path was given. Use --db PATH."));
    if (info.isDir())
        return fieldError(databaseField(), tr("%1 is a folder. Choose a database file inside it, e.g. %1/conduct.sqlite.").arg(path));
    if (!info.exists()) {
        if (!info.absoluteDir().exists())
            return fieldError(databaseField(), tr("The folder %1 does not exist. Create it first or choose another location.")
                                                   .arg(info.absolutePath()));
        return FileState::Missing;
    }
    if (info.size() == 0)
        return fieldError(databaseField(), tr("%1 is an empty file, not a Conduct database. Choose another file; "
                                              "this one has not been changed.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fieldError(databaseField(), tr("%1 cannot be read (%2). Check the file's permissions.").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fieldError(databaseField(), tr("%1 is not a Conduct database (it is not an SQLite file). "
                                              "It has not been changed.").arg(path));
    // Header layout: https://www.sqlite.org/fileformat.html §1.3. Page size 1 means 65536.
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    // With a non-empty write-ahead log beside it, a short file is what a checkpoint interrupted
    // by a crash leaves: page 1 already written, later pages not yet. SQLite completes it from
    // the log on open, so only a file without a log can be judged truncated from its header.
    const bool logPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!logPending && validFor == changeCounter && pageCount > 0 && info.size() < pageSize * qint64(pageCount))
        return fieldError(databaseField(), tr("%1 is damaged: it is shorter than its own header says (truncated). "
                                              "Restore it from a backup; it has not been changed.").arg(path));
    return FileState::ExistingSqlite;
}

Status createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fieldError(databaseField(), tr("Could not create %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);
    return {};
}

Status publishNewFile(const QString& from, const QString& to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::link(source.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(source.constData());
        return fieldError(databaseField(), error == EEXIST
            ? tr("%1 was created by another program while Conduct was setting it up. Open it again.").arg(to)
            : tr("Could not create %1: %2.").arg(to, QString::fromLocal8Bit(strerror(error))));
    }
    ::unlink(source.constData());
    const QByteArray folder = QFile::encodeName(QFileInfo(to).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace conduct
