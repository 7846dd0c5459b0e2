// Database::write() and insert(): on SQLite they run through SQLite's C API (SqliteWrites),
// elsewhere through Qt. Both must store exactly the same values, and fail the same way.

#include "TestSupport.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace conduct;
using namespace conduct::test;

namespace {
void makeScratchTable(Database& db)
{
    runSchemaStatement(db, QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, label TEXT, flag INTEGER, "
                                          "amount REAL, content BLOB, big BIGINT, note TEXT NOT NULL DEFAULT '' "
                                          "CHECK (note <> 'refused'))"));
}

QVariantList row(Database& db, qint64 id)
{
    auto r = db.exec(QStringLiteral("SELECT label, flag, amount, content, big, note FROM scratch WHERE id = ?"), {id});
    REQUIRE(r.ok());
    REQUIRE(r->next());
    QVariantList out;
    for (int c = 0; c < 6; ++c) out.append(r->value(c));
    return out;
}
} // namespace

TEST_CASE("write and insert store each kind of value as Qt would have bound it", "[store][writes]")
{
    TempDatabase t;
    makeScratchTable(t.db());
    const QString insert = QStringLiteral("INSERT INTO scratch (label, flag, amount, content, big, note) VALUES (?,?,?,?,?,?)");

    Transaction tx(t.db());
    auto first = t.db().insert(insert, {QStringLiteral("Café ☕"), true, 2.5, QByteArray("\x00\x01\xff", 3),
                                        qint64(9007199254740993), QStringLiteral("said so")});
    REQUIRE(first.ok());
    // A null QVariant is NULL; a null QString is empty text, never NULL (NOT NULL columns keep '').
    auto second = t.db().insert(insert, {QVariant(), false, QVariant(), QVariant(), QVariant(), QString()});
    REQUIRE(second.ok());
    CHECK(second.value() > first.value());
    REQUIRE(tx.commit().ok());

    const QVariantList a = row(t.db(), first.value());
    CHECK(a[0].toString() == QStringLiteral("Café ☕"));
    CHECK(a[1].toInt() == 1);
    CHECK(a[2].toDouble() == 2.5);
    CHECK(a[3].toByteArray() == QByteArray("\x00\x01\xff", 3));
    CHECK(a[4].toLongLong() == 9007199254740993LL);
    CHECK(a[5].toString() == QStringLiteral("said so"));

    const QVariantList b = row(t.db(), second.value());
    CHECK(b[0].isNull());
    CHECK(b[1].toInt() == 0);
    CHECK(b[2].isNull());
    CHECK(b[3].isNull());
    CHECK(b[4].isNull());
    CHECK_FALSE(b[5].isNull());
    CHECK(b[5].toString().isEmpty());
}

TEST_CASE("a kept statement runs again with new values, and a failure names the statement and changes nothing",
          "[store][writes]")
{
    TempDatabase t;
    makeScratchTable(t.db());
    const QString insert = QStringLiteral("INSERT INTO scratch (label, note) VALUES (?,?)");
    {
        Transaction tx(t.db());
        for (int i = 0; i < 50; ++i) REQUIRE(t.db().insert(insert, {QStringLiteral("row %1").arg(i), QString()}).ok());
        REQUIRE(t.db().write(QStringLiteral("UPDATE scratch SET note = ? WHERE label = ?"),
                             {QStringLiteral("seen"), QStringLiteral("row 7")}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM scratch"))->toInt() == 50);
    CHECK(t.db().scalar(QStringLiteral("SELECT note FROM scratch WHERE label = 'row 7'"))->toString() == QStringLiteral("seen"));

    {
        Transaction tx(t.db());
        REQUIRE(t.db().insert(insert, {QStringLiteral("kept back"), QString()}).ok());
        auto refused = t.db().insert(insert, {QStringLiteral("bad"), QStringLiteral("refused")});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("INSERT INTO scratch")));
        CHECK(refused.error().message.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive));
        auto wrongCount = t.db().write(QStringLiteral("UPDATE scratch SET note = ? WHERE label = ?"), {QStringLiteral("x")});
        CHECK_FALSE(wrongCount.ok());
        // The outer unit is abandoned: nothing of it is kept.
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM scratch"))->toInt() == 50);

    // The statement that failed still works afterwards.
    Transaction tx(t.db());
    REQUIRE(t.db().insert(insert, {QStringLiteral("after"), QString()}).ok());
    REQUIRE(tx.commit().ok());
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM scratch"))->toInt() == 51);
}

TEST_CASE("insert returns its own row's id, not one a trigger added, and refuses an insert that adds nothing",
          "[store][writes]")
{
    TempDatabase t;
    makeScratchTable(t.db());
    runSchemaStatement(t.db(), QStringLiteral("CREATE TABLE scratch_log (id INTEGER PRIMARY KEY, scratch_id INTEGER NOT NULL)"));
    runSchemaStatement(t.db(), QStringLiteral("CREATE TRIGGER scratch_logged AFTER INSERT ON scratch BEGIN "
                                              "INSERT INTO scratch_log (scratch_id) VALUES (NEW.id); END"));
    runSchemaStatement(t.db(), QStringLiteral("CREATE UNIQUE INDEX scratch_label ON scratch(label)"));
    Transaction tx(t.db());
    // The log's own ids run ahead of the scratch table's, so a trigger's id could not pass for ours.
    for (int i = 0; i < 5; ++i) REQUIRE(t.db().write(QStringLiteral("INSERT INTO scratch_log (scratch_id) VALUES (0)")).ok());
    auto id = t.db().insert(QStringLiteral("INSERT INTO scratch (label) VALUES (?)"), {QStringLiteral("first")});
    REQUIRE(id.ok());
    CHECK(t.db().scalar(QStringLiteral("SELECT label FROM scratch WHERE id = ?"), {id.value()})->toString() == QStringLiteral("first"));
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM scratch_log WHERE scratch_id = ?"), {id.value()})->toInt() == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT max(id) FROM scratch_log"))->toLongLong() != id.value());

    const QString ignoring = t.db().engine() == Engine::Sqlite
                                 ? QStringLiteral("INSERT OR IGNORE INTO scratch (label) VALUES (?)")
                                 : QStringLiteral("INSERT INTO scratch (label) VALUES (?) ON CONFLICT DO NOTHING");
    auto ignored = t.db().insert(ignoring, {QStringLiteral("first")});
    REQUIRE_FALSE(ignored.ok());
    INFO(ignored.error().message.toStdString());
    CHECK(ignored.error().message.contains(QStringLiteral("added no row")));
}

TEST_CASE("times are stored as ISO 8601 UTC with milliseconds", "[store][writes][time]")
{
    const QDateTime london(QDate(2026, 6, 1), QTime(9, 5, 7, 4), QTimeZone("Europe/London"));
    CHECK(toDbTime(london).toString() == QStringLiteral("2026-06-01T08:05:07.004Z"));
    CHECK(toDbTime(QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC)).toString() == QStringLiteral("2026-01-02T00:00:00.000Z"));
    CHECK(toDbTime(QDateTime()).isNull());
    CHECK(fromDbTime(toDbTime(london)) == london);
}
