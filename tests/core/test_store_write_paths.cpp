// Which path Database::write() and insert() take on a SQLite file: SQLite's C API on Qt's own
// connection only when the start-up check finds Qt's driver on the same libsqlite3; QSqlQuery
// otherwise. The check's answer is injected here so the fallback runs on a machine where the
// libraries match. SQLite only: the files are opened directly, whatever server the suite targets.

#include "TestSupport.h"

#include "store/Database.h"
#include "store/SqliteWrites.h"

#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {
const QString insertLabel = QStringLiteral("INSERT INTO scratch (label) VALUES (?)");

std::unique_ptr<Database> openScratchFile(const QTemporaryDir& dir)
{
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("paths.sqlite")));
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    runSchemaStatement(*db, QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"));
    return db;
}

// The SQL text of every statement the connection holds prepared (SQLite's sqlite_stmt table,
// built into Debian's libsqlite3). Both paths keep their write statements prepared; only Qt's
// path appends RETURNING id to an insert, and only SQLite's C API keeps the ? placeholders, so the
// texts show which path ran.
QStringList preparedStatements(Database& db)
{
    auto rows = db.exec(QStringLiteral("SELECT sql FROM sqlite_stmt"));
    REQUIRE(rows.ok());
    QStringList texts;
    while (rows->next()) texts.append(rows->value(0).toString());
    return texts;
}

// Whether some prepared statement is the scratch insert with Qt's RETURNING id appended (Qt's
// driver also rewrites the ? placeholders as :0, :1 ...).
bool hasQtInsert(const QStringList& prepared)
{
    for (const QString& sql : prepared)
        if (sql.startsWith(QStringLiteral("INSERT INTO scratch (label)")) && sql.endsWith(QStringLiteral(" RETURNING id")))
            return true;
    return false;
}

// Writes, inserts and reads back through whichever path `db` chose.
void writeAndReadBack(Database& db)
{
    Transaction tx(db);
    auto first = db.insert(insertLabel, {QStringLiteral("first")});
    REQUIRE(first.ok());
    auto second = db.insert(insertLabel, {QStringLiteral("second")});
    REQUIRE(second.ok());
    CHECK(second.value() == first.value() + 1);
    REQUIRE(db.write(QStringLiteral("UPDATE scratch SET label = ? WHERE id = ?"), {QStringLiteral("changed"), first.value()}).ok());
    REQUIRE(tx.commit().ok());
    CHECK(db.scalar(QStringLiteral("SELECT label FROM scratch WHERE id = ?"), {first.value()})->toString() == QStringLiteral("changed"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scratch"))->toInt() == 2);
}
} // namespace

TEST_CASE("Debian's Qt driver and Conduct share one libsqlite3, so writes take SQLite's C API", "[store][writes][sqlite]")
{
    INFO(SqliteWrites::libraryCheckReport().toStdString());
    QTemporaryDir dir;
    auto db = openScratchFile(dir);
    // Debian builds libqsqlite.so against the system libsqlite3.so.0 that Conduct links.
    REQUIRE(SqliteWrites::sharesQtDriverLibrary());
    CHECK(SqliteWrites::libraryCheckReport().contains(QStringLiteral("libsqlite3")));
    CHECK(db->writesThroughSqliteApi());
    writeAndReadBack(*db);
    const QStringList prepared = preparedStatements(*db);
    CAPTURE(prepared);
    CHECK(prepared.contains(insertLabel));   // SQLite's C API keeps the text exactly as given
    CHECK_FALSE(hasQtInsert(prepared));
}

TEST_CASE("when Qt's driver is on another libsqlite3, writes fall back to QSqlQuery and still work", "[store][writes][sqlite]")
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    {
        const SqliteWrites::LibraryCheckOverride otherLibrary(false);
        CHECK_FALSE(SqliteWrites::sharesQtDriverLibrary());
        CHECK(SqliteWrites::libraryCheckReport().contains(QStringLiteral("not shared")));
        db = openScratchFile(dir);
    }
    // The path is chosen when the file is opened, and kept for the connection's life.
    CHECK_FALSE(db->writesThroughSqliteApi());
    writeAndReadBack(*db);
    const QStringList prepared = preparedStatements(*db);
    CAPTURE(prepared);
    CHECK(hasQtInsert(prepared));
    CHECK_FALSE(prepared.contains(insertLabel));

    // Both paths refuse an insert that adds no row the same way.
    auto ignored = db->insert(QStringLiteral("INSERT OR IGNORE INTO scratch (id, label) VALUES (1, 'again')"));
    REQUIRE_FALSE(ignored.ok());
    CHECK(ignored.error().message.contains(QStringLiteral("added no row")));
}

TEST_CASE("a test's injected answer lasts only for its scope", "[store][writes][sqlite]")
{
    QTemporaryDir dir;
    auto before = openScratchFile(dir);   // loads the driver, so the real check can answer
    const bool real = SqliteWrites::sharesQtDriverLibrary();
    CHECK(before->writesThroughSqliteApi() == real);
    before.reset();
    {
        const SqliteWrites::LibraryCheckOverride otherAnswer(!real);
        CHECK(SqliteWrites::sharesQtDriverLibrary() == !real);
        {
            const SqliteWrites::LibraryCheckOverride nested(real);
            CHECK(SqliteWrites::sharesQtDriverLibrary() == real);
        }
        CHECK(SqliteWrites::sharesQtDriverLibrary() == !real);
    }
    CHECK(SqliteWrites::sharesQtDriverLibrary() == real);
    QTemporaryDir again;
    auto after = openScratchFile(again);
    CHECK(after->writesThroughSqliteApi() == real);
}
