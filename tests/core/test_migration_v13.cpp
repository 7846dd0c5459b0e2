// Schema v13's data steps, from a real version 12 database: each draft gets the author its key or
// its case names (issue 24), and exhibit references take their standard form (issue 31).

#include "domain/Evidence.h"
#include "store/Database.h"
#include "store/DraftStore.h"
#include "store/Migrations.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace conduct;

namespace {
// A version 12 database holding two users, a case whose officer in the case is user 1, three drafts
// and two exhibits typed before references were standardised.
void writeVersion12(const QString& path)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v12"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        for (const Migration& step : migrations()) {
            if (step.toVersion > 12) break;
            for (const QString& sql : step.statements(Engine::Sqlite)) REQUIRE(q.exec(sql));
        }
        const char* rows[] = {
            "INSERT INTO users (id, user_name, display_name, password_hash, created_utc, updated_utc) VALUES "
            "(1, 'oic', 'DC Officer', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
            "(2, 'ds', 'DS Supervisor', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            "INSERT INTO cases (id, urn, status, officer_in_case, created_utc, updated_utc, oic_user_id) VALUES "
            "(7, '45AA0209820', 'open', 'DC Officer', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1)",
            "INSERT INTO drafts (draft_key, case_id, title, payload, saved_utc) VALUES "
            "('incident:new:case=7', 7, 'New incident', '{\"description\":\"half-typed\"}', '2026-01-02T00:00:00.000Z'), "
            "('charging:mg3:case=7:version=1:user=2', 7, 'MG3', '{}', '2026-01-02T00:00:00.000Z'), "
            "('charging:mg5:case=7:version=1:user=99', 7, 'MG5', '{}', '2026-01-02T00:00:00.000Z')",
            "INSERT INTO exhibits (case_id, reference, reference_key, description, exhibit_type, created_utc, updated_utc) "
            "VALUES (7, 'se / 5', 'SE5', 'CCTV', 'cctv', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
            "(7, 'JB/12A', 'JB12A', 'Letters', 'letters_or_gifts', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            "PRAGMA user_version = 12",
        };
        for (const char* sql : rows) REQUIRE(q.exec(QString::fromLatin1(sql)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v12"));
}
} // namespace

TEST_CASE("upgrading to v13 gives each draft its author and standardises exhibit references", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeVersion12(path);
    auto db = Database::openSqlite(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->schemaVersion() == latestSchemaVersion());

    // The incident draft goes to the officer in the case; the MG3 draft to the user its key names.
    DraftStore officer(*db.value(), 1);
    auto incident = officer.load(QStringLiteral("incident:new:case=7"));
    REQUIRE(incident.ok());
    REQUIRE(incident->has_value());
    CHECK(incident->value().payload.value(QStringLiteral("description")).toString() == QStringLiteral("half-typed"));
    CHECK_FALSE(officer.load(QStringLiteral("charging:mg3:case=7:version=1:user=2"))->has_value());
    DraftStore supervisor(*db.value(), 2);
    CHECK(supervisor.load(QStringLiteral("charging:mg3:case=7:version=1:user=2"))->has_value());
    CHECK_FALSE(supervisor.load(QStringLiteral("incident:new:case=7"))->has_value());
    // A draft whose named user does not exist is offered to nobody rather than to someone else.
    CHECK(db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE draft_key LIKE '%user=99'"))->toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM drafts"))->toInt() == 2);

    auto refs = db.value()->exec(QStringLiteral("SELECT reference, reference_key FROM exhibits ORDER BY id"));
    REQUIRE(refs.ok());
    REQUIRE(refs->next());
    CHECK(refs->value(0).toString() == QStringLiteral("SE/5"));
    CHECK(refs->value(1).toString() == QStringLiteral("SE5"));
    REQUIRE(refs->next());
    CHECK(refs->value(0).toString() == QStringLiteral("JB/12A"));
}

TEST_CASE("exhibit references have one standard form", "[evidence]")
{
    CHECK(standardExhibitReference(QStringLiteral("se / 5")) == QStringLiteral("SE/5"));
    CHECK(standardExhibitReference(QStringLiteral(" jb12a ")) == QStringLiteral("JB/12A"));
    CHECK(standardExhibitReference(QStringLiteral("SE/1")) == QStringLiteral("SE/1"));
    CHECK(standardExhibitReference(QStringLiteral("the CCTV")) == QStringLiteral("the CCTV"));   // refused by validation
}
