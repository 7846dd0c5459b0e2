// Row-level security on a server store (issue 25, third slice), on a real PostgreSQL server: a
// store set up by `conduct server init`, two teams, and officers signed in with their own roles
// and passwords, as anyone with psql and a desk's credentials could. The server itself must
// filter what each reads and writes by the application's need-to-know rule
// (AccessGrantRepository.h), whatever the SQL sent.
//
// Hidden ([.]): run with the insider suite, `core_tests "[insider]"` under tests/support/with-postgres.sh.
// The list of case tables is checked without a server too ([rowsecuritylist], on a SQLite file).

#include "ServerStore.h"
#include "TestSupport.h"

#include "security/AuditLog.h"
#include "store/CaseListQuery.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/server/ServerRowSecurity.h"
#include "store/server/ServerSetup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <array>

using namespace conduct;

namespace {
const QString someTime = QStringLiteral("2026-12-07T21:00:00.000Z");
const QString password = QStringLiteral("an officer's own password 7");
const QString reasonText = QStringLiteral("Linked enquiry about the same suspect in my case");

template <typename R>
std::string failureText(const R& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

// One session signed in as a login role over TCP (SCRAM), as psql would (tests/support/ServerStore.h).
using RoleSession = test::RoleConnection;

struct Account {
    QString userName;
    qint64 id = 0;
    std::unique_ptr<RoleSession> session;
};

// Team A: pc1 (officer in the case) and ps1 (supervisor). Team B: pc2. admin1 only administers.
struct SecuredServer {
    PostgresLocation server;
    PostgresLocation store;   // the database administrator's address of the run's database
    QString database, prefix;
    Account pc1, pc2, ps1, admin1;
    std::unique_ptr<RoleSession> superuser;
    qint64 caseA = 0, caseB = 0, personA = 0, incidentA = 0, exhibitA = 0, assessmentA = 0;

    QString role(const QString& user) const { return prefix + u'_' + user; }
    QString address(const Account& a) const
    {
        PostgresLocation where = store;
        where.user = role(a.userName);
        where.schema = prefix;
        return where.displayText();
    }
};

std::unique_ptr<SecuredServer>& madeServer()
{
    static std::unique_ptr<SecuredServer> made;
    return made;
}

// At the end of the run, while Qt is still up: the run's database and its roles go.
void tearDownSecuredServer()
{
    std::unique_ptr<SecuredServer> s = std::move(madeServer());
    if (!s) return;
    for (Account* a : {&s->pc1, &s->pc2, &s->ps1, &s->admin1}) a->session.reset();
    s->superuser.reset();
    const QString name = QStringLiteral("rls-teardown");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(s->server.host);
        db.setPort(s->server.port);
        db.setDatabaseName(s->server.database);
        db.setUserName(s->server.user);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(s->database));
            QStringList names;
            if (q.exec(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE starts_with(rolname, '%1_')").arg(s->prefix)))
                while (q.next()) names.append(q.value(0).toString());
            if (!names.isEmpty()) q.exec(QStringLiteral("DROP ROLE %1").arg(names.join(QStringLiteral(", "))));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 newCase(const RoleSession& c, const QString& urn, qint64 officerId)
{
    return c.value(QStringLiteral("INSERT INTO cases (urn, status, officer_in_case, created_utc, updated_utc, oic_user_id) "
                                  "VALUES (?, 'open', 'PC Row', ?, ?, ?) RETURNING id"),
                   {urn, someTime, someTime, officerId}).toLongLong();
}

const QString newIncident = QStringLiteral("INSERT INTO incidents (case_id, start_utc, description) VALUES (?, ?, "
                                           "'Waited outside her work again') RETURNING id");

SecuredServer& securedServer()
{
    std::unique_ptr<SecuredServer>& made = madeServer();
    if (made) return *made;
    const QString admin = qEnvironmentVariable("CONDUCT_TEST_POSTGRES_ADMIN");
    if (admin.isEmpty())
        FAIL("The row-security suite needs a superuser's address in CONDUCT_TEST_POSTGRES_ADMIN: run it under "
             "tests/support/with-postgres.sh");
    auto s = std::make_unique<SecuredServer>();
    auto where = parsePostgresAddress(admin);
    REQUIRE(where.ok());
    s->server = where.value();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(10);
    s->database = QStringLiteral("rls_") + id;
    s->prefix = QStringLiteral("r") + id;
    {
        RoleSession postgres(s->server, s->server.user, QString(), QStringLiteral("public"));
        REQUIRE(postgres.refusal(QStringLiteral("CREATE DATABASE %1").arg(s->database)).isEmpty());
    }
    s->store = s->server;
    s->store.database = s->database;
    s->admin1.userName = QStringLiteral("admin1");
    const Status initialised = initialiseServerStore(
        {s->store.displayText(), s->prefix, {}, {s->admin1.userName, QStringLiteral("Admin One"), {Role::Administrator}, password}});
    INFO(failureText(initialised));
    REQUIRE(initialised.ok());
    {
        auto store = Database::openPostgres(s->address(s->admin1), {.password = password});
        INFO(failureText(store));
        REQUIRE(store.ok());
        const QList<std::pair<Account*, QSet<Role>>> accounts = {
            {&s->pc1, {Role::Officer}}, {&s->pc2, {Role::Officer}}, {&s->ps1, {Role::Officer, Role::Supervisor}}};
        for (const auto& [account, roles] : accounts) {
            account->userName = account == &s->pc1 ? QStringLiteral("pc1") : account == &s->pc2 ? QStringLiteral("pc2") : QStringLiteral("ps1");
            auto made = createServerLogin(*store.value(), {account->userName, account->userName.toUpper(), roles, password});
            INFO(failureText(made));
            REQUIRE(made.ok());
            account->id = made.value();
        }
    }
    for (Account* a : {&s->pc1, &s->pc2, &s->ps1, &s->admin1})
        a->session = std::make_unique<RoleSession>(s->store, s->role(a->userName), password, s->prefix);
    s->admin1.id = s->admin1.session->value(QStringLiteral("SELECT id FROM users WHERE user_name = 'admin1'")).toLongLong();
    s->superuser = std::make_unique<RoleSession>(s->store, s->server.user, QString(), s->prefix);

    // The administrator assigns the teams, as Tools ▸ Teams does.
    const RoleSession& administrator = *s->admin1.session;
    const qint64 teamA = administrator.value(QStringLiteral("INSERT INTO teams (name, created_utc) VALUES ('A', ?) RETURNING id"), {someTime}).toLongLong();
    const qint64 teamB = administrator.value(QStringLiteral("INSERT INTO teams (name, created_utc) VALUES ('B', ?) RETURNING id"), {someTime}).toLongLong();
    for (const auto& [team, user] : {std::pair{teamA, s->pc1.id}, {teamA, s->ps1.id}, {teamB, s->pc2.id}})
        REQUIRE(administrator.refusal(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"), {team, user}).isEmpty());

    // pc1's case, with a complainant, an incident, an exhibit and a risk assessment; pc2's own case.
    const RoleSession& pc1 = *s->pc1.session;
    s->caseA = newCase(pc1, QStringLiteral("01RL0000125"), s->pc1.id);
    s->personA = pc1.value(QStringLiteral("INSERT INTO people (case_id, role, forenames, surname) VALUES (?, 'complainant', "
                                          "'Alice', 'Rowland') RETURNING id"), {s->caseA}).toLongLong();
    REQUIRE(pc1.refusal(QStringLiteral("INSERT INTO person_details (person_id, kind, position, value) VALUES (?, 'phone', 0, "
                                       "'07700 900123')"), {s->personA}).isEmpty());
    s->incidentA = pc1.value(newIncident, {s->caseA, someTime}).toLongLong();
    s->exhibitA = pc1.value(QStringLiteral("INSERT INTO exhibits (case_id, reference, reference_key, description, exhibit_type, "
                                           "created_utc, updated_utc) VALUES (?, 'AR/1', 'AR/1', 'Doorbell footage', 'cctv', ?, ?) "
                                           "RETURNING id"), {s->caseA, someTime, someTime}).toLongLong();
    s->assessmentA = pc1.value(QStringLiteral("INSERT INTO risk_assessments (case_id, pack_id, pack_version, instrument_version_no, "
                                              "author_user_id, created_utc, updated_utc) VALUES (?, 'dash', 1, 1, ?, ?, ?) RETURNING id"),
                               {s->caseA, s->pc1.id, someTime, someTime}).toLongLong();
    s->caseB = newCase(*s->pc2.session, QStringLiteral("01RL0000225"), s->pc2.id);
    made = std::move(s);
    qAddPostRoutine(&tearDownSecuredServer);
    return *made;
}

// The case tables an officer outside the team probes, with the row of case A in each.
struct CaseRow {
    const char* table;
    qint64 SecuredServer::*id;
};
const std::array caseRows = {CaseRow{"cases", &SecuredServer::caseA}, CaseRow{"people", &SecuredServer::personA},
                             CaseRow{"incidents", &SecuredServer::incidentA}, CaseRow{"exhibits", &SecuredServer::exhibitA},
                             CaseRow{"risk_assessments", &SecuredServer::assessmentA}};

qint64 readableRowsOfCaseA(const SecuredServer& s, const RoleSession& who)
{
    qint64 rows = who.count(QStringLiteral("person_details"), QStringLiteral("person_id = ?"), {s.personA});
    for (const CaseRow& r : caseRows) rows += who.count(QLatin1String(r.table), QStringLiteral("id = ?"), {s.*(r.id)});
    return rows;
}

// pc2's grant for case A, ending `hoursFromNow` from the server's now.
QString takeGrant(const SecuredServer& s, double hoursFromNow, const QString& text = reasonText, qint64 holder = 0)
{
    const QString when = QStringLiteral("to_char((now() + interval '%1 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    return s.pc2.session->refusal(QStringLiteral("INSERT INTO access_grants (user_id, case_id, reason, reason_text, granted_utc, "
                                                 "expires_utc) VALUES (?, ?, 'linked_enquiry', ?, %1, %2)")
                                      .arg(when.arg(0), when.arg(hoursFromNow)),
                                  {holder ? holder : s.pc2.id, s.caseA, text});
}

void endGrants(const SecuredServer& s)
{
    s.superuser->affected(QStringLiteral("DELETE FROM access_grants WHERE case_id = ?"), {s.caseA});
}
} // namespace

TEST_CASE("Row security: an officer of another team reads nothing of a case, its people, incidents, exhibits or "
          "assessments", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    CHECK(readableRowsOfCaseA(s, *s.pc2.session) == 0);
    CHECK(readableRowsOfCaseA(s, *s.superuser) == 6);   // the rows are there
    // Their own case they read.
    CHECK(s.pc2.session->count(QStringLiteral("cases"), QStringLiteral("id = ?"), {s.caseB}) == 1);
}

TEST_CASE("Row security: an officer of another team can neither change nor remove a case's rows", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const RoleSession& pc2 = *s.pc2.session;
    CHECK(pc2.affected(QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = ?"), {s.caseA}) == 0);
    CHECK(pc2.affected(QStringLiteral("UPDATE people SET surname = 'Changed' WHERE id = ?"), {s.personA}) == 0);
    CHECK(pc2.affected(QStringLiteral("UPDATE incidents SET description = 'Nothing happened'")) == 0);
    CHECK(pc2.affected(QStringLiteral("DELETE FROM people WHERE id = ?"), {s.personA}) == 0);
    CHECK(pc2.affected(QStringLiteral("DELETE FROM incidents WHERE id = ?"), {s.incidentA}) == 0);
    CHECK(pc2.affected(QStringLiteral("DELETE FROM exhibits WHERE id = ?"), {s.exhibitA}) == 0);
    CHECK(pc2.affected(QStringLiteral("DELETE FROM risk_assessments WHERE id = ?"), {s.assessmentA}) == 0);
    // Nor move a row of their own case into it.
    const qint64 own = pc2.value(newIncident, {s.caseB, someTime}).toLongLong();
    CHECK_THAT(pc2.refusal(QStringLiteral("UPDATE incidents SET case_id = ? WHERE id = ?"), {s.caseA, own}).toStdString(),
               Catch::Contains("row-level security"));
    CHECK(s.superuser->value(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {s.caseA}).toString() == QStringLiteral("open"));
    CHECK(readableRowsOfCaseA(s, *s.superuser) == 6);
}

TEST_CASE("Row security: an officer cannot add an incident to another team's case", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    CHECK_THAT(s.pc2.session->refusal(newIncident, {s.caseA, someTime}).toStdString(), Catch::Contains("row-level security"));
    CHECK_THAT(s.pc2.session->refusal(QStringLiteral("INSERT INTO person_details (person_id, kind, position, value) "
                                                     "VALUES (?, 'alias', 9, 'Ally')"), {s.personA}).toStdString(),
               Catch::Contains("row-level security"));
    // The same statement, by the officer in the case, is ordinary work.
    CHECK(s.pc1.session->value(newIncident, {s.caseA, someTime}).toLongLong() > 0);
}

TEST_CASE("Row security: a live justified-access grant lets an officer read the case, and its expiry ends it",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    endGrants(s);
    INFO(takeGrant(s, 0).toStdString());
    REQUIRE(takeGrant(s, 2).isEmpty());
    CHECK(readableRowsOfCaseA(s, *s.pc2.session) == 6);
    // Ended by the clock: the server's now passes the grant's end.
    s.superuser->affected(QStringLiteral("UPDATE access_grants SET expires_utc = '2026-01-01T00:00:00.000Z' WHERE case_id = ?"), {s.caseA});
    CHECK(readableRowsOfCaseA(s, *s.pc2.session) == 0);
    // Ended at sign-out, as AccessGrantRepository::endAll does, by the holder's own update.
    endGrants(s);
    REQUIRE(takeGrant(s, 2).isEmpty());
    CHECK(s.pc2.session->affected(QStringLiteral("UPDATE access_grants SET ended_utc = ?, ended_why = 'signed_out' WHERE user_id = ?"),
                                  {someTime, s.pc2.id}) == 1);
    CHECK(readableRowsOfCaseA(s, *s.pc2.session) == 0);
    endGrants(s);
}

TEST_CASE("Row security: a grant carries its holder, a reason and an end within 8 hours, or the server refuses it",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    endGrants(s);
    CHECK_THAT(takeGrant(s, 24 * 30).toStdString(), Catch::Contains("row-level security"));
    CHECK_THAT(takeGrant(s, 2, reasonText, s.pc1.id).toStdString(), Catch::Contains("row-level security"));
    CHECK_FALSE(takeGrant(s, 2, QStringLiteral("because       ")).isEmpty());
    // Nor is a grant stretched afterwards.
    REQUIRE(takeGrant(s, 2).isEmpty());
    CHECK_THAT(s.pc2.session->refusal(QStringLiteral("UPDATE access_grants SET expires_utc = '2099-01-01T00:00:00.000Z' "
                                                     "WHERE user_id = ?"), {s.pc2.id}).toStdString(),
               Catch::Contains("row-level security"));
    // An administrator alone does no case work, so takes no grant (view_others_case: denied).
    CHECK_THAT(s.admin1.session->refusal(QStringLiteral("INSERT INTO access_grants (user_id, case_id, reason, reason_text, granted_utc, "
                                                        "expires_utc) VALUES (?, ?, 'other', ?, ?, ?)"),
                                         {s.admin1.id, s.caseA, reasonText, someTime, someTime}).toStdString(),
               Catch::Contains("row-level security") || Catch::Contains("permission denied"));
    endGrants(s);
}

TEST_CASE("Row security: a case is handed over within the team; nobody takes one, or hands one out of their sight",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const qint64 handed = newCase(*s.pc1.session, QStringLiteral("01RL0000325"), s.pc1.id);
    CHECK(s.pc1.session->affected(QStringLiteral("UPDATE cases SET oic_user_id = ?, officer_in_case = 'PS 1' WHERE id = ?"),
                                  {s.ps1.id, handed}) == 1);
    CHECK(s.ps1.session->count(QStringLiteral("cases"), QStringLiteral("id = ?"), {handed}) == 1);
    // pc2 cannot make case A theirs: they cannot reach its row.
    CHECK(s.pc2.session->affected(QStringLiteral("UPDATE cases SET oic_user_id = ? WHERE id = ?"), {s.pc2.id, s.caseA}) == 0);
    // A changed case must still meet the rule for whoever changes it: handing one to another team is refused.
    CHECK_THAT(s.pc1.session->refusal(QStringLiteral("UPDATE cases SET oic_user_id = ? WHERE id = ?"), {s.pc2.id, handed}).toStdString(),
               Catch::Contains("row-level security"));
    CHECK(s.superuser->value(QStringLiteral("SELECT oic_user_id FROM cases WHERE id = ?"), {handed}).toLongLong() == s.ps1.id);
}

TEST_CASE("Row security: a supervisor reviews only assessments of cases they may read, even through the review function",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const RoleSession& pc2 = *s.pc2.session;
    const qint64 assessment = pc2.value(QStringLiteral("INSERT INTO risk_assessments (case_id, pack_id, pack_version, "
                                                       "instrument_version_no, author_user_id, created_utc, updated_utc) "
                                                       "VALUES (?, 'dash', 1, 1, ?, ?, ?) RETURNING id"),
                                        {s.caseB, s.pc2.id, someTime, someTime}).toLongLong();
    pc2.value(QStringLiteral("SELECT conduct_submit_assessment(?)"), {assessment});
    CHECK_THAT(s.ps1.session->refusal(QStringLiteral("SELECT conduct_review_assessment(?, 'approved', 'standard', 'fine')"),
                                      {assessment}).toStdString(),
               Catch::Contains("outside your teams"));
    CHECK(s.superuser->value(QStringLiteral("SELECT status FROM risk_assessments WHERE id = ?"), {assessment}).toString()
          == QStringLiteral("submitted"));
}

TEST_CASE("Row security: the team's supervisor reads the case; an administrator alone does not", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    CHECK(readableRowsOfCaseA(s, *s.ps1.session) == 6);
    CHECK(readableRowsOfCaseA(s, *s.pc1.session) == 6);
    CHECK(readableRowsOfCaseA(s, *s.admin1.session) == 0);
}

TEST_CASE("Row security: the masked case list shows every case, another team's with its names blanked",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const QString row = QStringLiteral("SELECT full_view || '|' || complainant_names || '|' || people_search FROM conduct_case_list "
                                       "WHERE id = ?");
    CHECK(s.pc2.session->value(row, {s.caseA}).toString() == QStringLiteral("0||"));
    const QString seenInFull = s.pc1.session->value(row, {s.caseA}).toString();
    INFO(seenInFull.toStdString());
    CHECK(seenInFull.startsWith(QStringLiteral("1|")));
    CHECK(seenInFull.contains(QStringLiteral("ROWLAND, Alice")));
    CHECK(s.pc2.session->value(QStringLiteral("SELECT count(*) FROM conduct_case_list")).toLongLong()
          == s.superuser->value(QStringLiteral("SELECT count(*) FROM cases")).toLongLong());
    // The view is all a desk gets of the list: no column beyond what the masked list shows.
    CHECK(s.superuser->value(QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                                            "information_schema.columns WHERE table_schema = ? AND table_name = 'conduct_case_list'"),
                             {s.prefix}).toString()
          == QStringLiteral("id,urn,status,officer_in_case,updated_utc,incident_count,last_incident_utc,risk_review_due,full_view,"
                            "complainant_names,suspect_names,people_search"));

    // The application's own list, signed in as pc2, reads it through the view.
    auto store = Database::openPostgres(s.address(s.pc2), {.password = password});
    INFO(failureText(store));
    REQUIRE(store.ok());
    REQUIRE(readsThroughServerViews(*store.value()));
    User viewer;
    viewer.id = s.pc2.id;
    viewer.userName = s.pc2.userName;
    viewer.roles = {Role::Officer};
    CaseListQuery list(*store.value(), viewer);
    auto page = list.page({}, 0, 50);
    INFO(failureText(page));
    REQUIRE(page.ok());
    bool sawA = false;
    for (const CaseSummary& c : page.value()) {
        if (c.id != s.caseA) continue;
        sawA = true;
        CHECK(c.restricted);
        CHECK(c.complainants.isEmpty());
        CHECK(c.urn == QStringLiteral("01RL0000125"));
    }
    CHECK(sawA);
    // Finding it by the complainant's name, which pc2 may not see, finds nothing.
    auto found = list.count({QStringLiteral("Rowland")});
    REQUIRE(found.ok());
    CHECK(found.value() == 0);
}

TEST_CASE("Row security: an officer reads only the audit records of cases they may read; a supervisor all of them",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    // pc1 appends a record of case A through the application, whose chain end comes through the
    // owner's view even when the newest record belongs to a case pc1 may not read.
    auto store = Database::openPostgres(s.address(s.pc1), {.password = password});
    REQUIRE(store.ok());
    conduct::Session actor;
    actor.user.id = s.pc1.id;
    actor.user.userName = s.pc1.userName;
    actor.user.roles = {Role::Officer};
    AuditRecord consult = AuditLog::recordFor(actor, AuditAction::Consult);
    consult.caseId = s.caseA;
    consult.caseUrn = QStringLiteral("01RL0000125");
    AuditRecord signIn = AuditLog::recordFor(actor, AuditAction::Consult);
    for (AuditRecord r : {consult, signIn}) {
        const Status appended = AuditLog::append(*store.value(), r);
        INFO(failureText(appended));
        REQUIRE(appended.ok());
    }
    CHECK(s.pc1.session->count(QStringLiteral("audit_log"), QStringLiteral("case_id = ?"), {s.caseA}) >= 1);
    CHECK(s.pc2.session->count(QStringLiteral("audit_log"), QStringLiteral("case_id = ?"), {s.caseA}) == 0);
    // Nor pc1's records of no case; pc2 sees only their own.
    CHECK(s.pc2.session->count(QStringLiteral("audit_log"), QStringLiteral("user_id <> ?"), {s.pc2.id}) == 0);
    CHECK(s.ps1.session->count(QStringLiteral("audit_log"), QStringLiteral("true"))
          == s.superuser->count(QStringLiteral("audit_log"), QStringLiteral("true")));
    // The chain's end is the newest record's, whoever may read it.
    CHECK(s.pc2.session->value(QStringLiteral("SELECT sequence FROM conduct_audit_chain_end")).toLongLong()
          == s.superuser->value(QStringLiteral("SELECT max(sequence) FROM audit_log")).toLongLong());
    // And pc2 appends after it: the chain stays whole on the server.
    {
        auto other = Database::openPostgres(s.address(s.pc2), {.password = password});
        REQUIRE(other.ok());
        conduct::Session pc2;
        pc2.user.id = s.pc2.id;
        pc2.user.userName = s.pc2.userName;
        pc2.user.roles = {Role::Officer};
        const Status appended = AuditLog::append(*other.value(), AuditLog::recordFor(pc2, AuditAction::Consult));
        INFO(failureText(appended));
        CHECK(appended.ok());
    }
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) - count(DISTINCT sequence) FROM audit_log")).toInt() == 0);
}

TEST_CASE("Row security: technical tables hold no case data and every desk reads them", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    // The names shown beside records, the teams the rule itself reads, and the unit's settings.
    for (const char* table : {"users", "teams", "team_members", "conduct_meta", "unit_policy"})
        CHECK_FALSE(s.superuser->value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass(CAST(? AS TEXT))"),
                                       {s.prefix + u'.' + QLatin1String(table)}).toBool());
    CHECK(s.pc2.session->count(QStringLiteral("users"), QStringLiteral("true")) == 4);
    CHECK(s.pc2.session->count(QStringLiteral("team_members"), QStringLiteral("true")) == 3);
}

TEST_CASE("Row security: every table with a case_id on the live server is covered, and the owner is not filtered",
          "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const QStringList withCaseId =
        s.superuser->value(QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.columns c "
                                          "JOIN information_schema.tables t USING (table_schema, table_name) WHERE "
                                          "c.table_schema = ? AND c.column_name = 'case_id' AND t.table_type = 'BASE TABLE'"),
                           {s.prefix}).toString().split(u',');
    for (const QString& table : withCaseId) {
        INFO(table.toStdString() << " has a case_id: add it to caseTables() in core/store/server/ServerRowSecurity.cpp");
        CHECK((caseTableNames().contains(table) || separatelyGovernedTables().contains(table)));
    }
    // Tables reached through a case table (a foreign key to one) are case tables too.
    const QStringList referring =
        s.superuser->value(QStringLiteral("SELECT string_agg(DISTINCT conrelid::regclass::text, ',') FROM pg_constraint "
                                          "WHERE contype = 'f' AND connamespace = to_regnamespace(CAST(? AS TEXT)) "
                                          "AND confrelid::regclass::text = ANY (CAST(? AS TEXT[]))"),
                           {s.prefix, QLatin1Char('{') + caseTableNames().join(u',') + QLatin1Char('}')}).toString().split(u',');
    for (const QString& table : referring) {
        INFO(table.toStdString() << " refers to a case table");
        CHECK((caseTableNames().contains(table) || separatelyGovernedTables().contains(table)));
    }
    // Each covered table is filtered, with its four policies; none is forced on the owner.
    for (const QString& table : caseTableNames() + separatelyGovernedTables()) {
        const QString qualified = s.prefix + u'.' + table;
        if (s.superuser->value(QStringLiteral("SELECT to_regclass(CAST(? AS TEXT))"), {qualified}).isNull()) continue;
        INFO(table.toStdString());
        CHECK(s.superuser->value(QStringLiteral("SELECT relrowsecurity AND NOT relforcerowsecurity FROM pg_class WHERE oid = "
                                                "to_regclass(CAST(? AS TEXT))"), {qualified}).toBool());
        CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname = ? AND tablename = ?"),
                                 {s.prefix, table}).toInt() == (table == QStringLiteral("audit_log") ? 2 : 4));
        // Every policy reads the rule through the owner's functions (appending to the audit trail
        // is the actor trigger's to check).
        CHECK(s.superuser->value(QStringLiteral("SELECT bool_and(coalesce(qual, '') || coalesce(with_check, '') LIKE '%conduct_%') "
                                                "FROM pg_policies WHERE schemaname = ? AND tablename = ? "
                                                "AND NOT (tablename = 'audit_log' AND cmd = 'INSERT')"), {s.prefix, table}).toBool());
    }
}

TEST_CASE("Row security: server upgrade makes the policies and views again, and nothing opens up", "[insider][rowsecurity][.]")
{
    auto& s = securedServer();
    const Status upgraded = upgradeServerStore(s.store.displayText(), s.prefix);
    INFO(failureText(upgraded));
    REQUIRE(upgraded.ok());
    CHECK(readableRowsOfCaseA(s, *s.pc2.session) == 0);
    CHECK(s.pc2.session->value(QStringLiteral("SELECT full_view FROM conduct_case_list WHERE id = ?"), {s.caseA}).toInt() == 0);
}

TEST_CASE("Row security: the list of case tables names real tables and leads each to its case", "[server][rowsecuritylist]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("rls.conduct")));
    REQUIRE(db.ok());
    auto tables = db.value()->tableNames();
    REQUIRE(tables.ok());
    for (const CaseTable& t : caseTables()) {
        INFO(t.table);
        CHECK(tables->contains(QLatin1String(t.table)));
        if (t.parent) CHECK(caseTableNames().contains(QLatin1String(t.parent)));
    }
    // Every table of the schema with a case_id column is in the list or follows its own rule.
    for (const QString& table : tables.value()) {
        auto columns = db.value()->exec(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'case_id'"), {table});
        REQUIRE(columns.ok());
        REQUIRE(columns->next());
        if (columns->value(0).toInt() == 0) continue;
        INFO(table.toStdString());
        CHECK((caseTableNames().contains(table) || separatelyGovernedTables().contains(table)));
    }
    CHECK(caseExpressionOf(QStringLiteral("attachment_content"))
          == QStringLiteral("(SELECT (SELECT exhibits.case_id FROM exhibits WHERE exhibits.id = exhibit_attachments.exhibit_id) "
                            "FROM exhibit_attachments WHERE exhibit_attachments.id = attachment_content.attachment_id)"));
    CHECK(caseExpressionOf(QStringLiteral("people")) == QStringLiteral("people.case_id"));
    CHECK(caseExpressionOf(QStringLiteral("users")).isEmpty());
}
