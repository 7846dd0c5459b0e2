// Which store a desk opens without --db (issue 30, "Rollout to desks"): the unit's address
// deployed in XDG_CONFIG_DIRS/conduct/conduct.conf, locked or not, against the officer's own choice.

#include "TestSupport.h"

#include "services/StartupStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace conduct;
using Source = StartupStore::Source;

namespace {
const QString unitServer = QStringLiteral("postgresql://db.unit.police.uk:5432/conduct");
const QString officerServer = QStringLiteral("postgresql://officer@127.0.0.1:5432/training");
const QString localFile = QStringLiteral("/home/officer/.local/share/conduct/conduct.sqlite");

void writeUnitFile(const QString& configDir, const QString& address, bool locked)
{
    REQUIRE(QDir().mkpath(configDir + QStringLiteral("/conduct")));
    QFile file(configDir + QStringLiteral("/conduct/conduct.conf"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[store]\naddress=%1\nlocked=%2\n").arg(address, locked ? QStringLiteral("true")
                                                                                        : QStringLiteral("false")).toUtf8());
}

// XDG_CONFIG_DIRS for one test, put back as it was.
struct ConfigDirs {
    QByteArray earlier = qgetenv("XDG_CONFIG_DIRS");
    bool wasSet = qEnvironmentVariableIsSet("XDG_CONFIG_DIRS");
    explicit ConfigDirs(const QString& dirs) { qputenv("XDG_CONFIG_DIRS", dirs.toLocal8Bit()); }
    ~ConfigDirs()
    {
        if (wasSet) qputenv("XDG_CONFIG_DIRS", earlier);
        else qunsetenv("XDG_CONFIG_DIRS");
    }
};
} // namespace

TEST_CASE("the start-up store follows --db, then a locked unit address, the officer's choice, the unit's, the local file",
          "[systemdefault]")
{
    struct Row {
        const char* what;
        QString commandLine;
        DeskStoreSettings settings;
        QString expected;
        Source source;
    };
    const QString unitFile = QStringLiteral("/etc/xdg/conduct/conduct.conf");
    const Row rows[] = {
        {"nothing deployed, nothing chosen", {}, {}, localFile, Source::LocalFile},
        {"the unit's address", {}, {unitServer, false, unitFile, {}}, unitServer, Source::Unit},
        {"the officer's choice over an unlocked unit address", {}, {unitServer, false, unitFile, officerServer},
         officerServer, Source::Officer},
        {"a locked unit address over the officer's choice", {}, {unitServer, true, unitFile, officerServer}, unitServer,
         Source::UnitLocked},
        {"--db over everything", QStringLiteral("/tmp/case.sqlite"), {unitServer, true, unitFile, officerServer},
         QStringLiteral("/tmp/case.sqlite"), Source::CommandLine},
        {"a lock with no address locks nothing", {}, {{}, true, unitFile, officerServer}, officerServer, Source::Officer},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const StartupStore chosen = chooseStartupStore(row.commandLine, row.settings, localFile);
        CHECK(chosen.location == row.expected);
        CHECK(chosen.source == row.source);
        // The unit's address names the file it came from, so a refusal can say who set it.
        if (row.source == Source::Unit || row.source == Source::UnitLocked) CHECK(chosen.origin.contains(unitFile));
        if (row.source == Source::CommandLine || row.source == Source::LocalFile) CHECK(chosen.origin.isEmpty());
    }
}

TEST_CASE("the unit's file is read from the first XDG_CONFIG_DIRS folder that has one", "[systemdefault]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString empty = root.filePath(QStringLiteral("empty")), unit = root.filePath(QStringLiteral("unit")),
                  force = root.filePath(QStringLiteral("force"));
    REQUIRE(QDir().mkpath(empty));
    writeUnitFile(unit, unitServer, true);
    writeUnitFile(force, QStringLiteral("postgresql://db.force.police.uk/conduct"), false);
    saveOfficerStartupStore({});

    SECTION("the first folder holding the file wins; folders without it are passed over")
    {
        const ConfigDirs dirs(empty + QLatin1Char(':') + unit + QLatin1Char(':') + force);
        const DeskStoreSettings settings = readDeskStoreSettings();
        CHECK(settings.unitAddress == unitServer);
        CHECK(settings.unitLocked);
        CHECK(settings.unitFile == unit + QStringLiteral("/conduct/conduct.conf"));
        CHECK(settings.officerAddress.isEmpty());
    }
    SECTION("no file anywhere: no unit address, and the desk opens its own file")
    {
        const ConfigDirs dirs(empty);
        const DeskStoreSettings settings = readDeskStoreSettings();
        CHECK(settings.unitAddress.isEmpty());
        CHECK(settings.unitFile.isEmpty());
        CHECK(chooseStartupStore({}, settings, localFile).location == localFile);
    }
    SECTION("the officer's choice is read from their own settings and given way to when the unit locks")
    {
        const ConfigDirs dirs(force + QLatin1Char(':') + unit);
        saveOfficerStartupStore(officerServer);
        DeskStoreSettings settings = readDeskStoreSettings();
        CHECK(settings.officerAddress == officerServer);
        CHECK_FALSE(settings.unitLocked);   // the force's file comes first and does not lock
        CHECK(chooseStartupStore({}, settings, localFile).location == officerServer);
        saveOfficerStartupStore({});
        settings = readDeskStoreSettings();
        CHECK(settings.officerAddress.isEmpty());
        CHECK(chooseStartupStore({}, settings, localFile).location == QStringLiteral("postgresql://db.force.police.uk/conduct"));
    }
}
