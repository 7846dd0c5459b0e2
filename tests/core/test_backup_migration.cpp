// The backup taken before a schema upgrade, and a failed upgrade leaving the file as it was.
// Uses the test-only hook setExtraMigrationsForTesting to add a step after the released ones.

#include "test_backup_support.h"

#include "store/Backup.h"
#include "store/Migrations.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace conduct;
using namespace conduct::test;

namespace {
// Adds steps for one test and removes them again, even when the test fails.
struct ExtraMigrations {
    explicit ExtraMigrations(QList<Migration> steps) { setExtraMigrationsForTesting(std::move(steps)); }
    ~ExtraMigrations() { setExtraMigrationsForTesting({}); }
};

Migration nextStep(QStringList statements)
{
    return {latestSchemaVersion() + 1, "test step",
            [statements](Engine) { return statements; }};
}

// A closed database of the released schema holding two cases.
QString makeReleasedDatabase(TempDatabase& t)
{
    REQUIRE(addSampleCase(t.db(), 1).ok());
    REQUIRE(addSampleCase(t.db(), 2).ok());
    t.database.reset();
    REQUIRE_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    return t.path();
}

QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-backup"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(sql) && q.next()) value = q.value(0);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-backup"));
    return value;
}

bool hasTable(const Database& db, const QString& name)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {name});
    return r.ok() && r->toInt() == 1;
}
} // namespace

TEST_CASE("a failed upgrade leaves the database exactly as it was, after taking a backup", "[backup][migration]")
{
    TempDatabase t;
    const QString path = makeReleasedDatabase(t);
    const int released = latestSchemaVersion();
    const QByteArray before = fileHash(path);
    {
        // The step creates a table and fills it, then fails: none of it may remain.
        ExtraMigrations extra({nextStep({QStringLiteral("CREATE TABLE test_extra (a INTEGER)"),
                                         QStringLiteral("INSERT INTO test_extra VALUES (1)"),
                                         QStringLiteral("UPDATE cases SET officer_in_case = 'changed'"),
                                         QStringLiteral("INSERT INTO no_such_table VALUES (1)")})});
        auto failed = Database::openSqlite(path);
        REQUIRE_FALSE(failed.ok());
        INFO(failed.error().text().toStdString());
        CHECK(failed.error().message.contains(QStringLiteral("the database is unchanged")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

        const QList<BackupFile> backups = listBackups(path);
        REQUIRE(backups.size() == 1);
        CHECK(QFileInfo(backups.first().path).fileName().startsWith(
            QStringLiteral("test-before-schema-v%1-").arg(released + 1)));
        CHECK(isPrivateFile(backups.first().path));
        CHECK(verifyBackupFile(backups.first().path).ok());
    }
    auto db = openOrFail(path);
    CHECK(db->schemaVersion() == released);
    CHECK(caseCount(*db) == 2);
    CHECK_FALSE(hasTable(*db, QStringLiteral("test_extra")));
    auto officer = db->scalar(QStringLiteral("SELECT count(*) FROM cases WHERE officer_in_case = 'changed'"));
    REQUIRE(officer.ok());
    CHECK(officer->toInt() == 0);
}

TEST_CASE("a successful upgrade keeps its backup of the old schema through rotation", "[backup][migration]")
{
    TempDatabase t;
    const QString path = makeReleasedDatabase(t);
    const int released = latestSchemaVersion();
    ExtraMigrations extra({nextStep({QStringLiteral("CREATE TABLE test_extra (a INTEGER)")})});
    auto db = openOrFail(path);
    CHECK(db->schemaVersion() == released + 1);
    REQUIRE(listBackups(path).size() == 1);
    const QString upgradeBackup = listBackups(path).first().path;
    // Read raw: Conduct itself refuses to open an older schema read-only.
    CHECK(rawScalar(upgradeBackup, QStringLiteral("PRAGMA user_version")).toInt() == released);
    CHECK(rawScalar(upgradeBackup, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 2);
    BackupPolicy keepOne;
    keepOne.intervalSeconds = 0;
    keepOne.keep = 1;
    for (int n = 0; n < 3; ++n) REQUIRE(maybeAutoBackup(*db, keepOne).ok());
    CHECK(QFileInfo::exists(upgradeBackup));
    int automatic = 0;
    for (const BackupFile& b : listBackups(path)) automatic += b.automatic ? 1 : 0;
    CHECK(automatic == 1);
}

TEST_CASE("when the backup before an upgrade cannot be written, the database is not upgraded", "[backup][migration]")
{
    TempDatabase t;
    const QString path = makeReleasedDatabase(t);
    // A file where the backups folder should be: the folder cannot be created.
    QFile blocker(backupFolderFor(path));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray before = fileHash(path);
    {
        ExtraMigrations extra({nextStep({QStringLiteral("CREATE TABLE test_extra (a INTEGER)")})});
        auto r = Database::openSqlite(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("backup")));
        CHECK(fileHash(path) == before);
    }
    CHECK(openOrFail(path)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("a new database that cannot be set up leaves no file behind, not even an empty one",
          "[backup][migration][create]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        ExtraMigrations failing({nextStep({QStringLiteral("CREATE TABLE broken (")})});
        auto refused = Database::openSqlite(path);
        REQUIRE_FALSE(refused.ok());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The same path then opens as a fresh, complete database at the latest schema.
    auto created = Database::openSqlite(path);
    REQUIRE(created.ok());
    CHECK(created.value()->schemaVersion() == latestSchemaVersion());
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const QStringList left = QDir(dir.path()).entryList({QStringLiteral("*.creating-*")}, QDir::Files | QDir::Hidden);
    CHECK(left.isEmpty());
}
