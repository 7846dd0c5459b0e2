#include "services/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace conduct {
namespace {
QString dataFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }
} // namespace

QString defaultDatabasePath() { return QDir(dataFolder()).filePath(QStringLiteral("conduct.sqlite")); }

QString exampleDatabasePath() { return QDir(dataFolder()).filePath(QStringLiteral("example.sqlite")); }

Status ensureDataFolder()
{
    const QString folder = dataFolder();
    if (!QDir().mkpath(folder))
        return fieldError(QCoreApplication::translate("conduct::AppPaths", "Data folder"),
                          QCoreApplication::translate("conduct::AppPaths", "Could not create %1. Check the permissions of "
                                                                           "its parent folder, or use --db PATH.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace conduct
