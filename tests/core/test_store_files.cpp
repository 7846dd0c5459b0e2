// Opening files that are not (usable) Conduct databases: a clear message, and the file unchanged.

#include "TestSupport.h"

#include "services/CaseService.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFileInfo>
#include <QtEndian>

using namespace conduct;

namespace {
QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

void makeForeignSqlite(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('scones')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void checkRefusedUnchanged(const QString& path, const QString& expectedWords)
{
    const QByteArray before = hashOf(path);
    auto r = Database::openSqlite(path);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().message.contains(expectedWords, Qt::CaseInsensitive));
    CHECK(hashOf(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}
} // namespace

TEST_CASE("files that are not Conduct databases are refused and left unchanged", "[store][badfiles]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, {});
    checkRefusedUnchanged(empty, QStringLiteral("empty file"));

    const QString random = dir.filePath(QStringLiteral("random.sqlite"));
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char& c : noise) c = char(gen.bounded(256));
    writeFile(random, noise);
    checkRefusedUnchanged(random, QStringLiteral("not a Conduct database"));

    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    makeForeignSqlite(foreign);
    checkRefusedUnchanged(foreign, QStringLiteral("another application"));
}

TEST_CASE("a truncated Conduct database is refused and left unchanged", "[store][badfiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.sqlite"));
    {
        auto db = Database::openSqlite(path);
        REQUIRE(db.ok());
        CaseService service(*db.value(), test::sessionFor(*db.value(), QStringLiteral("pc"), {Role::Officer}));
        for (int n = 0; n < 40; ++n) {
            Case c;
            c.urn = QStringLiteral("45AA%1%2").arg(n, 5, 10, QLatin1Char('0')).arg(26);
            c.officerInCase = QStringLiteral("PC 1");
            c.whyNotStalking = QString(3000, u'x');
            REQUIRE(service.createCase(c).ok());
        }
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 2));
    f.close();
    checkRefusedUnchanged(path, QStringLiteral("truncated"));
}

TEST_CASE("a database from a newer Conduct is refused and left unchanged", "[store][badfiles][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::openSqlite(path);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)).ok());
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    checkRefusedUnchanged(path, QStringLiteral("newer version"));
}

TEST_CASE("a directory or a missing folder is refused with a message naming the path", "[store][badfiles]")
{
    QTemporaryDir dir;
    auto asDir = Database::openSqlite(dir.path());
    REQUIRE_FALSE(asDir.ok());
    CHECK(asDir.error().message.contains(QStringLiteral("folder")));

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/case.sqlite"));
    auto r = Database::openSqlite(missing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("no"))).exists());
}

TEST_CASE("a read-only open refuses writes with a clear message", "[store][badfiles]")
{
    test::TempDatabase t;
    REQUIRE(CaseService(t.db(), t.session()).createCase([] {
                Case c;
                c.urn = QStringLiteral("45AA0209820");
                c.officerInCase = QStringLiteral("PC 1");
                return c;
            }()).ok());
    const Session session = t.session();
    t.database.reset();
    auto ro = Database::openSqlite(t.path(), {.readOnly = true, .createIfMissing = false});
    REQUIRE(ro.ok());
    CHECK(ro.value()->isReadOnly());
    Case c;
    c.urn = QStringLiteral("45AA0000126");
    c.officerInCase = QStringLiteral("PC 1");
    auto r = CaseService(*ro.value(), session).createCase(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("every migration runs from every earlier version, with a backup first", "[store][migration]")
{
    // Each released version's schema is rebuilt by running the steps up to it, then the
    // database is opened by this program, which must bring it to the latest version.
    for (const Migration& target : migrations()) {
        const int fromVersion = target.toVersion - 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            for (const Migration& step : migrations()) {
                if (step.toVersion > fromVersion) break;
                for (const QString& sql : step.statements(Engine::Sqlite)) REQUIRE(q.exec(sql));
            }
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(fromVersion)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        if (fromVersion == 0) QFile::remove(path);   // version 0 is "no database yet"

        auto upgraded = Database::openSqlite(path);
        INFO("from schema version " << fromVersion);
        REQUIRE(upgraded.ok());
        CHECK(upgraded.value()->schemaVersion() == Database::latestSchemaVersion());
        if (fromVersion > 0) CHECK(QDir(backupFolderFor(path)).entryList(QDir::Files).size() == 1);
    }
}

TEST_CASE("a database left mid-checkpoint by a crash opens from its write-ahead log", "[store][badfiles]")
{
    // A crash during a checkpoint can leave page 1 (with the new page count) in the main file
    // before the later pages: shorter than its header says, but complete with its -wal.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    auto db = Database::openSqlite(live);
    REQUIRE(db.ok());
    CaseService service(*db.value(), test::sessionFor(*db.value(), QStringLiteral("pc"), {Role::Officer}));
    REQUIRE(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(db.value()->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    for (int n = 0; n < 30; ++n) {
        Case c;
        c.urn = QStringLiteral("45AA%1%2").arg(n, 5, 10, QLatin1Char('0')).arg(26);
        c.officerInCase = QStringLiteral("PC 1");
        c.whyNotStalking = QString(3000, u'x');
        REQUIRE(service.createCase(c).ok());
    }
    // Copy the files as a crash would leave them (the connection is still open).
    REQUIRE(QFile::copy(live, copy));
    REQUIRE(QFile::copy(live + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    QFile wal(copy + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::ReadOnly));
    const QByteArray log = wal.readAll();
    const qint64 pageSize = qFromBigEndian<quint32>(log.constData() + 8);
    QByteArray lastPageOne;
    for (qint64 frame = 32; frame + 24 + pageSize <= log.size(); frame += 24 + pageSize)
        if (qFromBigEndian<quint32>(log.constData() + frame) == 1) lastPageOne = log.mid(frame + 24, pageSize);
    REQUIRE(lastPageOne.size() == pageSize);
    QFile main(copy);
    REQUIRE(main.open(QIODevice::ReadWrite));
    REQUIRE(main.write(lastPageOne) == pageSize);   // page 1 checkpointed, the rest not yet
    main.close();
    REQUIRE(QFileInfo(copy).size() < pageSize * qint64(qFromBigEndian<quint32>(lastPageOne.constData() + 28)));

    auto reopened = Database::openSqlite(copy);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->scalar(QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    CHECK(reopened.value()->scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt() == 30);
}
