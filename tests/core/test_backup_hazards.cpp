// Hazards to a database that is in use: another Conduct instance holding the write lock or an
// exclusive lock, and a disk that fills up during a write. Each must end in a clear refusal,
// with every earlier commit intact and the file not corrupted.

#include "test_backup_support.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace conduct;
using namespace conduct::test;

TEST_CASE("a second instance waits for the write lock within busy_timeout, then says another Conduct window is saving",
          "[backup][hazards][locking]")
{
    TempDatabase first;
    REQUIRE(addSampleCase(first.db(), 1).ok());
    auto second = openOrFail(first.path());   // opening needs no write lock

    Transaction holding(first.db());   // the first instance is in the middle of a write
    REQUIRE(holding.status().ok());
    REQUIRE(addSampleCase(first.db(), 2).ok());

    QElapsedTimer waited;
    waited.start();
    auto blocked = addSampleCase(*second, 3);
    REQUIRE_FALSE(blocked.ok());
    CHECK(waited.elapsed() >= 4500);   // busy_timeout is 5 s
    CHECK(waited.elapsed() < 15000);
    INFO(blocked.error().text().toStdString());
    CHECK(blocked.error().message.contains(QStringLiteral("in use by another Conduct window")));

    // A read-only open works meanwhile and sees only what was committed.
    auto reader = openOrFail(first.path(), {.readOnly = true, .createIfMissing = false});
    CHECK(caseCount(*reader) == 1);

    REQUIRE(holding.commit().ok());
    CHECK(caseCount(*second) == 2);
    REQUIRE(addSampleCase(*second, 3).ok());
    CHECK(caseCount(first.db()) == 3);
    CHECK(integrity(first.db()) == QStringLiteral("ok"));
}

TEST_CASE("a write lock released within busy_timeout is waited for, and the write succeeds", "[backup][hazards][locking]")
{
    TempDatabase t;
    const QString path = t.path();
    REQUIRE(addSampleCase(t.db(), 1).ok());   // also creates the account both instances sign in with
    std::atomic<bool> locked{false};
    std::atomic<bool> otherCommitted{false};
    // The other instance runs in its own thread, with its own connection, as another process would.
    std::thread other([&] {
        auto db = Database::openSqlite(path);
        if (!db.ok()) return;
        {
            Transaction tx(*db.value());
            if (!tx.status().ok() || !addSampleCase(*db.value(), 2).ok()) return;
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            otherCommitted = tx.commit().ok();
        }
    });
    while (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QElapsedTimer waited;
    waited.start();
    auto r = addSampleCase(t.db(), 3);
    const qint64 ms = waited.elapsed();
    other.join();
    REQUIRE(r.ok());
    CHECK(otherCommitted);
    CHECK(ms >= 300);
    CHECK(caseCount(t.db()) == 3);
}

TEST_CASE("a database held under an exclusive lock is refused with a message and left unchanged", "[backup][hazards][locking]")
{
    TempDatabase t;
    REQUIRE(addSampleCase(t.db(), 1).ok());
    t.database.reset();
    const QString name = QStringLiteral("exclusive-locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        locker.setDatabaseName(t.path());
        REQUIRE(locker.open());
        QSqlQuery q(locker);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET supervisor = 'uncommitted'")));
        const QByteArray main = fileHash(t.path());
        const QByteArray wal = fileHash(t.path() + QStringLiteral("-wal"));

        auto refused = Database::openSqlite(t.path());
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().text().toStdString());
        CHECK(refused.error().message.contains(QStringLiteral("locked")));
        auto refusedReadOnly = Database::openSqlite(t.path(), {.readOnly = true, .createIfMissing = false});
        CHECK_FALSE(refusedReadOnly.ok());
        CHECK(fileHash(t.path()) == main);
        CHECK(fileHash(t.path() + QStringLiteral("-wal")) == wal);

        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = openOrFail(t.path());
    CHECK(caseCount(*db) == 1);
    CHECK(integrity(*db) == QStringLiteral("ok"));
    auto supervisor = db->scalar(QStringLiteral("SELECT supervisor FROM cases"));
    REQUIRE(supervisor.ok());
    CHECK(supervisor->toString().isEmpty());
}

TEST_CASE("a full disk fails the write cleanly and keeps every earlier commit", "[backup][hazards][diskfull]")
{
    TempDatabase t;
    for (int n = 1; n <= 5; ++n) REQUIRE(addSampleCase(t.db(), n).ok());
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    // max_page_count caps this connection's file: the same failure as a full disk, reported by
    // SQLite as SQLITE_FULL, without filling the machine's real disk.
    auto pages = t.db().scalar(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toInt() + 40)).ok());

    int saved = 5;
    Error full;
    for (int n = 6; n < 200; ++n) {
        auto r = addSampleCase(t.db(), n, 20000);
        if (!r.ok()) {
            full = r.error();
            break;
        }
        saved = n;
    }
    REQUIRE_FALSE(full.message.isEmpty());
    INFO(full.text().toStdString());
    CHECK(full.message.contains(QStringLiteral("full")));
    CHECK(saved > 5);

    // A bulk import that cannot fit: none of it is saved.
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const QByteArray main = fileHash(t.path());
    QList<CaseImport> bulk;
    for (int n = 500; n < 510; ++n) bulk.append(CaseImport{sampleCase(n, 20000), {}, {}});
    auto imported = CaseService(t.db(), t.session()).importCases(bulk);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("full")));
    CHECK(caseCount(t.db()) == saved);
    CHECK(fileHash(t.path()) == main);

    // After a restart (the limit gone, as after freeing disk space) every commit is there.
    t.reopen();
    CHECK(integrity(t.db()) == QStringLiteral("ok"));
    CHECK(caseCount(t.db()) == saved);
    for (int n = 1; n <= saved; ++n) CHECK(CaseService(t.db(), t.session()).findCaseByUrn(sampleCase(n).urn)->has_value());
    CHECK(addSampleCase(t.db(), 600, 20000).ok());
}
