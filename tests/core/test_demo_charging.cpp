// Issue 22: the demo case is a finished charging file. In the example database its fictional
// supervisor (who can never sign in) approves it; in any other database without a reviewer the
// file is left awaiting a supervisor, and no account is made.

#include "TestSupport.h"

#include "security/Authenticator.h"
#include "services/AppPaths.h"
#include "services/ChargingFileService.h"
#include "services/DemoCase.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QStandardPaths>

using namespace conduct;
using namespace conduct::test;

namespace {
ChargingStatus latestStatus(Database& db, const Session& s, qint64 caseId, ChargingForm form)
{
    auto latest = ChargingFileService(db, s).latest(caseId, form);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    return latest->value().status;
}
} // namespace

TEST_CASE("demo: in the example database the fictional supervisor approves the MG3 and MG5", "[charging-file][demo]")
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE(ensureDataFolder().ok());
    const QString path = exampleDatabasePath();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    {
        auto db = Database::openSqlite(path);
        REQUIRE(db.ok());
        const Session officer = sessionFor(*db.value(), QStringLiteral("dc.example"), {Role::Officer});
        auto id = ensureDemoCase(*db.value(), officer);
        INFO((id.ok() ? QString() : id.error().text()).toStdString());
        REQUIRE(id.ok());
        CHECK(latestStatus(*db.value(), officer, id.value(), ChargingForm::Mg3) == ChargingStatus::Approved);
        CHECK(latestStatus(*db.value(), officer, id.value(), ChargingForm::Mg5) == ChargingStatus::Approved);
        auto supervisor = UserRepository(*db.value()).findByName(QStringLiteral("example.supervisor"));
        REQUIRE(supervisor.ok());
        REQUIRE(supervisor->has_value());
        CHECK_FALSE(supervisor->value().user.active);
        CHECK(supervisor->value().user.profile.rank == QStringLiteral("Detective Sergeant"));
        CHECK_FALSE(Authenticator(*db.value()).signIn(QStringLiteral("example.supervisor"), QStringLiteral("!")).ok());
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    QStandardPaths::setTestModeEnabled(false);
}

TEST_CASE("demo: elsewhere, without a reviewer, the file waits for a supervisor and no account is made", "[charging-file][demo]")
{
    TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CHECK(latestStatus(t.db(), t.session(), id.value(), ChargingForm::Mg3) == ChargingStatus::Submitted);
    auto supervisor = UserRepository(t.db()).findByName(QStringLiteral("example.supervisor"));
    REQUIRE(supervisor.ok());
    CHECK_FALSE(supervisor->has_value());
}
