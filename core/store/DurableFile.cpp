#include "store/DurableFile.h"

#include "store/SqliteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Backup", text); }
QString fileField() { return tr("File"); }
QString lastSystemError() { return QString::fromLocal8Bit(strerror(errno)); }

Status syncPath(const QString& path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0) return fieldError(fileField(), tr("Could not open %1 to flush it to the disk: %2.").arg(path, lastSystemError()));
    const int rc = ::fsync(fd);
    const QString error = rc != 0 ? lastSystemError() : QString();
    ::close(fd);
    if (rc != 0) return fieldError(fileField(), tr("Could not flush %1 to the disk: %2.").arg(path, error));
    return {};
}
} // namespace

Status syncFile(const QString& path) { return syncPath(path, O_RDONLY); }

Status syncFolderOf(const QString& path) { return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY); }

namespace {
std::function<bool(const QString&, const QString&)>& renameFault()
{
    static std::function<bool(const QString&, const QString&)> fails;
    return fails;
}
} // namespace

void setRenameFaultForTests(std::function<bool(const QString& from, const QString& to)> fails)
{
    renameFault() = std::move(fails);
}

Status renameDurably(const QString& from, const QString& to)
{
    if (renameFault() && renameFault()(from, to))
        return fieldError(fileField(), tr("Could not rename %1 to %2: %3.").arg(from, to, tr("simulated disk failure")));
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    int rc = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: a hard link refuses an existing name just the same.
        rc = ::link(source.constData(), target.constData());
        if (rc == 0) ::unlink(source.constData());
    }
    if (rc != 0)
        return fieldError(fileField(), tr("Could not rename %1 to %2: %3.").arg(from, to, lastSystemError()));
    return syncFolderOf(to);
}

Status copyToNewPrivateFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return fieldError(fileField(), tr("Could not read %1: %2.").arg(from, source.errorString()));
    if (Status s = createPrivateFile(to); !s.ok()) return s;
    QFile target(to);
    const auto fail = [&](const QString& message) -> Status {
        target.close();
        QFile::remove(to);
        return fieldError(fileField(), message);
    };
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Could not write %1: %2.").arg(to, target.errorString()));
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(1 << 20);
        if (buffer.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(tr("Could not read %1: %2.").arg(from, source.errorString()));
        if (target.write(buffer) != buffer.size())
            return fail(tr("Could not write %1: %2. Is the disk full?").arg(to, target.errorString()));
    }
    if (!target.flush() || ::fsync(target.handle()) != 0)
        return fail(tr("Could not flush %1 to the disk: %2.").arg(to, lastSystemError()));
    target.close();
    return syncFolderOf(to);
}

} // namespace conduct
