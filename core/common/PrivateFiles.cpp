#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace conduct {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::PrivateFiles", text); }
} // namespace

void restrictNewFilesToOwner() { ::umask(S_IRWXG | S_IRWXO); }

Status openPrivately(QSaveFile& file, const QString& field)
{
    if (!file.open(QIODevice::WriteOnly))
        return fieldError(field, tr("%1 cannot be written (%2). Choose a folder you can write to.")
                                     .arg(file.fileName(), file.errorString()));
    if (!file.setPermissions(ownerReadWrite)) {
        file.cancelWriting();
        return fieldError(field, tr("%1 cannot be made private to you (%2). Nothing was written; choose a folder on "
                                    "a disk that keeps file permissions.")
                                     .arg(file.fileName(), file.errorString()));
    }
    return {};
}

Status makeOwnerOnly(const QString& path, const QString& field)
{
    if (!QFile::exists(path)) return {};
    if (!QFile::setPermissions(path, ownerReadWrite))
        return fieldError(field, tr("%1 could not be made private to you. Ask your IT support to restrict it to your "
                                    "account (mode 0600).")
                                     .arg(path));
    return {};
}

} // namespace conduct
