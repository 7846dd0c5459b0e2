// Restoring a backup: checked first, confirmed, atomic, and the replaced database kept aside.

#include "test_backup_support.h"

#include "store/Backup.h"
#include "store/DurableFile.h"
#include "store/Migrations.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace conduct;
using namespace conduct::test;

namespace {
// Everything in the database's folder except the backups folder: what a restore may leave behind.
QStringList folderEntries(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A database with `cases` cases, closed (so fully checkpointed), and a backup of it.
struct Fixture {
    TempDatabase t;
    QString backup;
    explicit Fixture(int cases)
    {
        for (int n = 1; n <= cases; ++n) REQUIRE(addSampleCase(t.db(), n, 3000).ok());
        auto b = backupNow(t.db());
        REQUIRE(b.ok());
        backup = b.value();
    }
};

void checkRefused(const QString& databasePath, const QString& backup, const QString& expectedWords)
{
    const QByteArray before = fileHash(databasePath);
    const QStringList entriesBefore = folderEntries(databasePath);
    auto r = restore(databasePath, backup, {.confirmed = true});
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().message.contains(expectedWords, Qt::CaseInsensitive));
    CHECK(fileHash(databasePath) == before);
    CHECK(folderEntries(databasePath) == entriesBefore);
}
} // namespace

TEST_CASE("restore puts a backup in place and keeps the replaced database aside", "[backup][restore]")
{
    Fixture f(2);
    REQUIRE(addSampleCase(f.t.db(), 3).ok());   // made after the backup: lost by restoring, kept aside
    f.t.database.reset();
    const QByteArray current = fileHash(f.t.path());

    auto unconfirmed = restore(f.t.path(), f.backup, {});
    REQUIRE_FALSE(unconfirmed.ok());
    CHECK(unconfirmed.error().message.contains(QStringLiteral("Confirm")));
    CHECK(fileHash(f.t.path()) == current);

    auto restored = restore(f.t.path(), f.backup, {.confirmed = true});
    REQUIRE(restored.ok());
    CHECK(QFileInfo(restored->keptAside).fileName().startsWith(QStringLiteral("test-before-restore-")));
    CHECK(fileHash(restored->keptAside) == current);
    CHECK(isPrivateFile(f.t.path()));
    CHECK(verifyBackupFile(f.backup).ok());   // the backup itself is untouched and still usable

    auto db = openOrFail(f.t.path());
    CHECK(caseCount(*db) == 2);
    CHECK(integrity(*db) == QStringLiteral("ok"));
    auto aside = openOrFail(restored->keptAside, {.readOnly = true, .createIfMissing = false});
    CHECK(caseCount(*aside) == 3);
    // No staging copy left behind.
    for (const QString& name : folderEntries(f.t.path())) CHECK_FALSE(name.contains(QStringLiteral("restoring")));
}

TEST_CASE("restore into a path with no database needs no confirmation", "[backup][restore]")
{
    Fixture f(1);
    const QString fresh = f.t.dir.filePath(QStringLiteral("fresh.sqlite"));
    auto r = restore(fresh, f.backup, {});
    REQUIRE(r.ok());
    CHECK(r->keptAside.isEmpty());
    CHECK(caseCount(*openOrFail(fresh)) == 1);
}

TEST_CASE("restore refuses bad backups and leaves the database unchanged", "[backup][restore]")
{
    Fixture f(30);
    f.t.database.reset();
    const QString dir = f.t.dir.path();

    checkRefused(f.t.path(), dir + QStringLiteral("/missing.sqlite"), QStringLiteral("does not exist"));
    checkRefused(f.t.path(), f.t.path(), QStringLiteral("same file"));

    const QString noise = dir + QStringLiteral("/noise.sqlite");
    QByteArray bytes(8192, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (char& c : bytes) c = char(gen.bounded(256));
    writeBytes(noise, bytes);
    checkRefused(f.t.path(), noise, QStringLiteral("not an SQLite file"));

    const QString foreign = dir + QStringLiteral("/foreign.sqlite");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-backup"));
        raw.setDatabaseName(foreign);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-backup"));
    checkRefused(f.t.path(), foreign, QStringLiteral("not a Conduct database"));

    SECTION("from a newer Conduct")
    {
        {
            auto copy = openOrFail(f.backup);
            REQUIRE(copy->exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)).ok());
        }
        checkRefused(f.t.path(), f.backup, QStringLiteral("newer version"));
    }
    SECTION("damaged inside (a page overwritten)")
    {
        QFile file(f.backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        REQUIRE(file.size() > 8 * pageSize);
        file.seek(5 * pageSize);
        file.write(QByteArray(pageSize, '\x5a'));
        file.close();
        checkRefused(f.t.path(), f.backup, QStringLiteral("damaged"));
    }
    SECTION("truncated")
    {
        QFile file(f.backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
        file.close();
        checkRefused(f.t.path(), f.backup, QStringLiteral("truncated"));
    }
    SECTION("with changes left in its -wal")
    {
        writeBytes(f.backup + QStringLiteral("-wal"), QByteArray(4096, 'w'));
        checkRefused(f.t.path(), f.backup, QStringLiteral("-wal"));
    }
}

TEST_CASE("restore refuses while the database is open elsewhere", "[backup][restore]")
{
    Fixture f(2);
    // f.t.database stays open, as another Conduct window would hold it.
    REQUIRE(addSampleCase(f.t.db(), 3).ok());
    const QByteArray before = fileHash(f.t.path());
    auto r = restore(f.t.path(), f.backup, {.confirmed = true});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("in use")));
    CHECK(fileHash(f.t.path()) == before);
    CHECK(caseCount(f.t.db()) == 3);
    f.t.database.reset();
    CHECK(restore(f.t.path(), f.backup, {.confirmed = true}).ok());
}

TEST_CASE("restore over a crashed database keeps the commits that were only in its -wal", "[backup][restore]")
{
    Fixture f(2);
    for (int n = 3; n <= 5; ++n) REQUIRE(addSampleCase(f.t.db(), n).ok());
    // Copying the file and its -wal while the database is open gives the files a crash leaves.
    const QString crashed = f.t.dir.filePath(QStringLiteral("crashed.sqlite"));
    REQUIRE(QFile::copy(f.t.path(), crashed));
    REQUIRE(QFile::copy(f.t.path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);

    auto r = restore(crashed, f.backup, {.confirmed = true});
    REQUIRE(r.ok());
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-wal")));
    CHECK(caseCount(*openOrFail(crashed)) == 2);
    auto aside = openOrFail(r->keptAside, {.readOnly = true, .createIfMissing = false});
    CHECK(caseCount(*aside) == 5);
    CHECK(integrity(*aside) == QStringLiteral("ok"));
}

TEST_CASE("a restore that cannot put the backup in place puts the database back and says so", "[backup][restore]")
{
    Fixture f(2);
    f.t.database.reset();
    const QByteArray current = fileHash(f.t.path());
    setRenameFaultForTests([](const QString& from, const QString&) { return from.contains(QStringLiteral(".restoring-")); });
    auto r = restore(f.t.path(), f.backup, {.confirmed = true});
    setRenameFaultForTests({});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("the database is as it was")));
    CHECK(fileHash(f.t.path()) == current);
    for (const QString& name : folderEntries(f.t.path())) {
        CHECK_FALSE(name.contains(QStringLiteral("restoring")));
        CHECK_FALSE(name.contains(QStringLiteral("before-restore")));
    }
}

TEST_CASE("a restore that cannot put the database back says exactly where each file is", "[backup][restore]")
{
    Fixture f(2);
    f.t.database.reset();
    const QByteArray current = fileHash(f.t.path());
    // The backup cannot go in place, and the current database cannot come back from aside either.
    setRenameFaultForTests([](const QString& from, const QString&) {
        return from.contains(QStringLiteral(".restoring-")) || from.contains(QStringLiteral("-before-restore-"));
    });
    auto r = restore(f.t.path(), f.backup, {.confirmed = true});
    setRenameFaultForTests({});
    REQUIRE_FALSE(r.ok());
    const QString message = r.error().message;
    INFO(message.toStdString());
    CHECK_FALSE(message.contains(QStringLiteral("as it was")));
    CHECK(message.contains(QStringLiteral("could not put the current database back")));
    // The message names the database's own path and where it is now, and that place holds it intact.
    CHECK(message.contains(f.t.path() + QStringLiteral(" is at ")));
    QString asidePath;
    for (const QString& name : folderEntries(f.t.path()))
        if (name.contains(QStringLiteral("before-restore")) && !name.endsWith(QStringLiteral("-wal")) &&
            !name.endsWith(QStringLiteral("-shm")))
            asidePath = QFileInfo(f.t.path()).absoluteDir().filePath(name);
    REQUIRE_FALSE(asidePath.isEmpty());
    CHECK(message.contains(asidePath));
    CHECK(fileHash(asidePath) == current);
    CHECK_FALSE(QFileInfo::exists(f.t.path()));
}
