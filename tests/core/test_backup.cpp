// Backups: taken on demand and automatically, private, complete, rotated without ever deleting
// the backups a person (or a schema upgrade) made.

#include "test_backup_support.h"

#include "common/Clock.h"
#include "store/Backup.h"
#include "store/Migrations.h"

#include <QDir>

using namespace conduct;
using namespace conduct::test;

namespace {
QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

int countMatching(const QStringList& names, const QString& part)
{
    int n = 0;
    for (const QString& name : names) n += name.contains(part) ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("backupNow writes a private, complete copy and never overwrites a file", "[backup]")
{
    TempDatabase t;
    for (int n = 1; n <= 3; ++n) REQUIRE(addSampleCase(t.db(), n).ok());   // still in the -wal: never checkpointed

    auto written = backupNow(t.db());
    REQUIRE(written.ok());
    CHECK(QFileInfo(written.value()).absolutePath() == QFileInfo(backupFolderFor(t.path())).absoluteFilePath());
    CHECK(QFileInfo(written.value()).fileName().startsWith(QStringLiteral("test-manual-")));
    CHECK(isPrivateFile(written.value()));
    CHECK(verifyBackupFile(written.value()).ok());
    {
        auto copy = openOrFail(written.value(), {.readOnly = true, .createIfMissing = false});
        CHECK(caseCount(*copy) == 3);
        CHECK(integrity(*copy) == QStringLiteral("ok"));
    }

    const QString chosen = t.dir.filePath(QStringLiteral("chosen.sqlite"));
    REQUIRE(backupNow(t.db(), chosen).ok());
    CHECK(isPrivateFile(chosen));
    const QByteArray before = fileHash(chosen);
    auto again = backupNow(t.db(), chosen);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(fileHash(chosen) == before);
    CHECK(countMatching(filesIn(t.dir.path()), QStringLiteral(".partial")) == 0);
}

TEST_CASE("automatic backups: one per interval, the newest kept, manual and upgrade backups never deleted", "[backup][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
    TempDatabase t;
    REQUIRE(addSampleCase(t.db(), 1).ok());
    const QString folder = backupFolderFor(t.path());

    auto first = maybeAutoBackup(t.db());
    REQUIRE(first.ok());
    CHECK(QFileInfo(first.value()).fileName() == QStringLiteral("test-auto-20250301-080000.sqlite"));
    CHECK(isPrivateFile(first.value()));
    CHECK(QFileInfo(folder).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));

    SECTION("not again within the interval, and again once it has passed")
    {
        clock.advanceSeconds(23 * 3600);
        auto notYet = maybeAutoBackup(t.db());
        REQUIRE(notYet.ok());
        CHECK(notYet.value().isEmpty());
        clock.advanceSeconds(3600);
        auto due = maybeAutoBackup(t.db());
        REQUIRE(due.ok());
        CHECK(due.value().endsWith(QStringLiteral("test-auto-20250302-080000.sqlite")));

        BackupPolicy hourly;
        hourly.intervalSeconds = 3600;
        clock.advanceSeconds(3600);
        CHECK_FALSE(maybeAutoBackup(t.db(), hourly)->isEmpty());
    }

    SECTION("rotation keeps the newest automatic ones and every other kind")
    {
        // A backup taken before a schema upgrade, and one the user asked for: both must survive.
        const QString upgrade = QDir(folder).filePath(QStringLiteral("test-before-schema-v2-20240101-000000.sqlite"));
        REQUIRE(QFile::copy(first.value(), upgrade));
        clock.advanceSeconds(3600);
        auto manual = backupNow(t.db());
        REQUIRE(manual.ok());
        // A backup interrupted by a crash is not a backup: it is cleared away.
        QFile partial(QDir(folder).filePath(QStringLiteral("test-auto-20250301-090000.sqlite.partial")));
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.close();

        for (int day = 1; day <= 20; ++day) {
            clock.advanceSeconds(24 * 3600);
            auto r = maybeAutoBackup(t.db());
            REQUIRE(r.ok());
            CHECK_FALSE(r.value().isEmpty());
        }
        const QStringList names = filesIn(folder);
        CHECK(countMatching(names, QStringLiteral("-auto-")) == 14);
        CHECK(names.contains(QStringLiteral("test-auto-20250321-090000.sqlite")));   // the newest
        CHECK_FALSE(names.contains(QStringLiteral("test-auto-20250307-090000.sqlite")));   // the 15th newest
        CHECK(QFileInfo::exists(upgrade));
        CHECK(QFileInfo::exists(manual.value()));
        CHECK(countMatching(names, QStringLiteral(".partial")) == 0);

        const QList<BackupFile> listed = listBackups(t.path());
        REQUIRE(listed.size() == 16);
        CHECK(listed.first().takenUtc == QDateTime(QDate(2025, 3, 21), QTime(9, 0), Qt::UTC));
        CHECK(listed.last().path == upgrade);
        CHECK_FALSE(listed.last().automatic);
    }

    SECTION("a clock that went backwards does not stop backups")
    {
        clock.set(QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC));
        auto r = maybeAutoBackup(t.db());
        REQUIRE(r.ok());
        CHECK(r.value().endsWith(QStringLiteral("test-auto-20240601-080000.sqlite")));
    }

    SECTION("two backups in the same second get distinct names")
    {
        auto a = backupNow(t.db());
        auto b = backupNow(t.db());
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a.value() != b.value());
        CHECK(b.value().endsWith(QStringLiteral("test-manual-20250301-080000-2.sqlite")));
    }
}

TEST_CASE("a read-only session takes no automatic backup and creates no folder", "[backup]")
{
    TempDatabase t;
    REQUIRE(addSampleCase(t.db(), 1).ok());
    t.database.reset();
    auto ro = openOrFail(t.path(), {.readOnly = true, .createIfMissing = false});
    auto r = maybeAutoBackup(*ro);
    REQUIRE(r.ok());
    CHECK(r.value().isEmpty());
    CHECK_FALSE(QFileInfo::exists(backupFolderFor(t.path())));
}
