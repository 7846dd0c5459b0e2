#include "services/StartupStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace conduct {
namespace {
const QString addressKey = QStringLiteral("store/address");
const QString lockedKey = QStringLiteral("store/locked");

QString tr(const char* text) { return QCoreApplication::translate("conduct::StartupStore", text); }

// The XDG base directory rule: XDG_CONFIG_DIRS in order of preference, /etc/xdg when unset.
QString unitSettingsFile()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty()) dirs = QStringLiteral("/etc/xdg");
    for (const QString& dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString file = QDir(dir).filePath(QStringLiteral("conduct/conduct.conf"));
        if (QFileInfo(file).isFile()) return file;
    }
    return {};
}
} // namespace

StartupStore chooseStartupStore(const QString& commandLine, const DeskStoreSettings& settings, const QString& localFile)
{
    using Source = StartupStore::Source;
    if (!commandLine.isEmpty()) return {commandLine, Source::CommandLine, {}};
    const QString byAdministrator = tr("the unit's address, set by your administrator in %1").arg(settings.unitFile);
    if (!settings.unitAddress.isEmpty() && settings.unitLocked)
        return {settings.unitAddress, Source::UnitLocked, byAdministrator};
    if (!settings.officerAddress.isEmpty())
        return {settings.officerAddress, Source::Officer,
                tr("the store you chose to open at start (File ▸ Connect to server…)")};
    if (!settings.unitAddress.isEmpty()) return {settings.unitAddress, Source::Unit, byAdministrator};
    return {localFile, Source::LocalFile, {}};
}

DeskStoreSettings readDeskStoreSettings()
{
    DeskStoreSettings settings;
    settings.unitFile = unitSettingsFile();
    if (!settings.unitFile.isEmpty()) {
        const QSettings unit(settings.unitFile, QSettings::IniFormat);
        settings.unitAddress = unit.value(addressKey).toString().trimmed();
        settings.unitLocked = unit.value(lockedKey, false).toBool();
    }
    QSettings officer;
    officer.setFallbacksEnabled(false);
    settings.officerAddress = officer.value(addressKey).toString().trimmed();
    return settings;
}

void saveOfficerStartupStore(const QString& location)
{
    QSettings officer;
    if (location.isEmpty()) officer.remove(addressKey);
    else officer.setValue(addressKey, location);
}

} // namespace conduct
