// Database::exec() keeps parameterised reads prepared on PostgreSQL and hands out a copy of their
// rows (issue 28). Reusing a statement must never disturb a result a caller is still reading: the
// same SQL run again inside a loop over its own earlier result, or two results of one text held at
// once. Runs on SQLite, and on PostgreSQL under tests/support/with-postgres.sh.

#include "TestSupport.h"

#include "store/Database.h"

#include <QSqlRecord>

using namespace conduct;
using namespace conduct::test;

namespace {
const QString laterRows = QStringLiteral("SELECT id, label FROM kept_probe WHERE id > ? ORDER BY id");
constexpr int probeRows = 6;

void makeProbeTable(Database& db)
{
    runSchemaStatement(db, QStringLiteral("CREATE TABLE kept_probe (id INTEGER PRIMARY KEY, label TEXT)"));
    Transaction tx(db);
    REQUIRE(tx.status().ok());
    for (int id = 1; id <= probeRows; ++id)
        REQUIRE(db.write(QStringLiteral("INSERT INTO kept_probe (id, label) VALUES (?, ?)"),
                         {id, QStringLiteral("row %1").arg(id)}).ok());
    REQUIRE(tx.commit().ok());
}

// Every id after `after`, read to the end with the same statement text each time.
QList<qint64> idsAfter(Database& db, qint64 after)
{
    auto rows = db.exec(laterRows, {after});
    REQUIRE(rows.ok());
    QList<qint64> ids;
    while (rows->next()) ids.append(rows->value(0).toLongLong());
    return ids;
}
} // namespace

TEST_CASE("A read run again inside a loop over its own result leaves the outer rows intact", "[keptreads][store]")
{
    TempDatabase t;
    makeProbeTable(t.db());
    auto outer = t.db().exec(laterRows, {0});
    REQUIRE(outer.ok());
    QList<qint64> outerIds;
    int pairs = 0;
    while (outer->next()) {
        const qint64 id = outer->value(0).toLongLong();
        outerIds.append(id);
        CHECK(outer->value(QStringLiteral("label")).toString() == QStringLiteral("row %1").arg(id));
        const QList<qint64> inner = idsAfter(t.db(), id);
        REQUIRE(inner.size() == probeRows - id);
        for (qint64 later : inner) CHECK(later > id);
        pairs += int(inner.size());
    }
    CHECK(outerIds == QList<qint64>{1, 2, 3, 4, 5, 6});
    CHECK(pairs == probeRows * (probeRows - 1) / 2);
}

TEST_CASE("Two results of the same read held at once each keep their own rows", "[keptreads][store]")
{
    TempDatabase t;
    makeProbeTable(t.db());
    auto all = t.db().exec(laterRows, {0});
    auto lastTwo = t.db().exec(laterRows, {4});
    REQUIRE(all.ok());
    REQUIRE(lastTwo.ok());
    // Read the later result first, then the earlier one, interleaving a third run of the text.
    REQUIRE(lastTwo->next());
    CHECK(lastTwo->value(0).toLongLong() == 5);
    CHECK(idsAfter(t.db(), 5) == QList<qint64>{6});
    REQUIRE(all->next());
    CHECK(all->value(0).toLongLong() == 1);
    REQUIRE(lastTwo->next());
    CHECK(lastTwo->value(0).toLongLong() == 6);
    CHECK_FALSE(lastTwo->next());
    int rest = 1;
    while (all->next()) ++rest;
    CHECK(rest == probeRows);
}

TEST_CASE("A kept read reports the rows a change touched and survives a rollback", "[keptreads][store]")
{
    TempDatabase t;
    makeProbeTable(t.db());
    const QString rename = QStringLiteral("UPDATE kept_probe SET label = ? WHERE id > ?");
    {
        Transaction tx(t.db());
        REQUIRE(tx.status().ok());
        auto changed = t.db().exec(rename, {QStringLiteral("renamed"), 4});
        REQUIRE(changed.ok());
        CHECK(changed->numRowsAffected() == 2);
        CHECK(idsAfter(t.db(), 3) == QList<qint64>{4, 5, 6});
        // A statement the server refuses spoils the transaction, which then rolls back whole.
        CHECK_FALSE(t.db().exec(QStringLiteral("INSERT INTO kept_probe (id, label) VALUES (?, ?)"),
                                {1, QStringLiteral("duplicate")}).ok());
    }
    auto label = t.db().scalar(QStringLiteral("SELECT label FROM kept_probe WHERE id = ?"), {6});
    REQUIRE(label.ok());
    CHECK(label->toString() == QStringLiteral("row 6"));
    CHECK(idsAfter(t.db(), 3) == QList<qint64>{4, 5, 6});
    auto changed = t.db().exec(rename, {QStringLiteral("renamed"), 5});
    REQUIRE(changed.ok());
    CHECK(changed->numRowsAffected() == 1);
}

TEST_CASE("A kept read sees the columns a schema change adds", "[keptreads][store]")
{
    TempDatabase t;
    makeProbeTable(t.db());
    const QString everything = QStringLiteral("SELECT * FROM kept_probe WHERE id = ?");
    auto before = t.db().exec(everything, {1});
    REQUIRE(before.ok());
    CHECK(before->record().count() == 2);
    runSchemaStatement(t.db(), QStringLiteral("ALTER TABLE kept_probe ADD COLUMN note TEXT"));
    REQUIRE(t.db().write(QStringLiteral("UPDATE kept_probe SET note = ? WHERE id = ?"), {QStringLiteral("added"), 1}).ok());
    auto after = t.db().exec(everything, {1});
    REQUIRE(after.ok());
    CHECK(after->record().count() == 3);
    REQUIRE(after->next());
    CHECK(after->value(QStringLiteral("note")).toString() == QStringLiteral("added"));
    CHECK_FALSE(after->isNull(2));
    CHECK_FALSE(after->next());
}

TEST_CASE("A kept read that finds nothing, and one reopened after a restart, answer correctly", "[keptreads][store]")
{
    TempDatabase t;
    makeProbeTable(t.db());
    CHECK(idsAfter(t.db(), probeRows).isEmpty());
    auto none = t.db().scalar(QStringLiteral("SELECT label FROM kept_probe WHERE id = ?"), {99});
    REQUIRE(none.ok());
    CHECK(none->isNull());
    t.reopen();
    CHECK(idsAfter(t.db(), 4) == QList<qint64>{5, 6});
}
