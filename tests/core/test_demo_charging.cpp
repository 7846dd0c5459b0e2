// Issue 22: the demo case is a finished charging file. In the example database its fictional
// supervisor (who can never sign in) approves it; in any other database without a reviewer the
// file is left awaiting a supervisor, and no account is made.

#include "TestSupport.h"

#include "security/Authenticator.h"
#include "services/AppPaths.h"
#include "services/CaseService.h"
#include "services/ChargingFileService.h"
#include "services/RiskAssessmentService.h"
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

// Issue 31: the example case has its own people. Its officer in the case (DC EXAMPLE) wrote its
// assessments and its supervisor (DS SPECIMEN) approved them; both are fictional accounts nobody
// can sign in to. Whoever loads it sees a colleague's case in full through the example team, and
// as a supervisor can approve the S-DASH left awaiting review, which was not theirs to write.
TEST_CASE("demo: the example case's officer in the case and supervisor are its own fictional people", "[demo][demopeople]")
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE(ensureDataFolder().ok());
    const QString path = exampleDatabasePath();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    {
        auto opened = Database::openSqlite(path);
        REQUIRE(opened.ok());
        Database& db = *opened.value();
        const Session loader = sessionFor(db, QStringLiteral("first.admin"), {Role::Administrator, Role::Officer, Role::Supervisor});
        auto id = ensureDemoCase(db, loader);
        INFO((id.ok() ? QString() : id.error().text()).toStdString());
        REQUIRE(id.ok());

        UserRepository users(db);
        auto officer = users.findByName(QStringLiteral("example.officer"));
        auto supervisor = users.findByName(QStringLiteral("example.supervisor"));
        REQUIRE(officer.ok());
        REQUIRE(supervisor.ok());
        REQUIRE(officer->has_value());
        REQUIRE(supervisor->has_value());
        const User& oic = officer->value().user;
        const User& ds = supervisor->value().user;
        CHECK(oic.displayName == QStringLiteral("DC 4127 Sam EXAMPLE"));
        CHECK(oic.profile.rank == QStringLiteral("Detective Constable"));
        CHECK(oic.profile.collarNumber == QStringLiteral("4127"));
        CHECK(ds.displayName == QStringLiteral("DS 2290 Alex SPECIMEN"));
        CHECK_FALSE(oic.active);
        CHECK_FALSE(ds.active);
        CHECK_FALSE(Authenticator(db).signIn(QStringLiteral("example.officer"), QStringLiteral("!")).ok());

        // The loader sees the case in full (the example team), and it is not theirs.
        CaseService cases(db, loader);
        auto detail = cases.loadCase(id.value());
        REQUIRE(detail.ok());
        CHECK(detail->caseRecord.oicUserId == oic.id);
        CHECK(detail->caseRecord.supervisorUserId == ds.id);
        CHECK(detail->caseRecord.oicUserId != loader.user.id);

        RiskAssessmentService risk(db, loader);
        auto history = risk.history(id.value());
        REQUIRE(history.ok());
        const QList<RiskAssessment> assessments = history.value();
        REQUIRE_FALSE(assessments.isEmpty());
        qint64 awaiting = 0;
        for (const RiskAssessment& a : assessments) {
            CHECK(a.authorUserId == oic.id);
            if (a.status == AssessmentStatus::Approved) {
                REQUIRE(a.approval() != nullptr);
                CHECK(a.approval()->reviewerUserId == ds.id);
            }
            if (a.status == AssessmentStatus::Submitted) awaiting = a.id;
        }
        // The four-eyes rule no longer stands in the loader's way: the work is someone else's.
        REQUIRE(awaiting > 0);
        auto approved = risk.approve(awaiting, {}, QStringLiteral("Agreed on the example's facts."));
        INFO((approved.ok() ? QString() : approved.error().text()).toStdString());
        CHECK(approved.ok());

        // A second account loading the same example joins its team and sees it too.
        const Session later = sessionFor(db, QStringLiteral("second.officer"), {Role::Officer});
        auto again = ensureDemoCase(db, later);
        REQUIRE(again.ok());
        CHECK(again.value() == id.value());
        CHECK(CaseService(db, later).loadCase(id.value()).ok());
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    QStandardPaths::setTestModeEnabled(false);
}
