// The insider suite (issue 25): a store set up with `conduct server init` on a real PostgreSQL
// server, attacked by an officer signed in with their own role and password, as anyone with psql
// and a desk's credentials could. Every attack must be refused by the server itself, whatever the
// application would have done. Each run makes a fresh database and prefix on the server named by
// CONDUCT_TEST_POSTGRES_ADMIN (a superuser's address; tests/support/with-postgres.sh sets it).
//
// Hidden ([.]): run it by its tag, `core_tests "[insider]"` under with-postgres.sh.
// The server-kept audit trail's attacks are in test_server_audit_trail.cpp; reading another team's case
// without a justification (row-level security) in test_server_row_security.cpp.

#include "PermissionRows.h"
#include "ServerStore.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/server/ServerGrants.h"
#include "store/server/ServerSetup.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace conduct;

namespace {
QString administratorAddress() { return qEnvironmentVariable("CONDUCT_TEST_POSTGRES_ADMIN"); }

const QString officerPassword = QStringLiteral("officer's own password 1");
const QString supervisorPassword = QStringLiteral("supervisor's own password 2");
const QString administratorPassword = QStringLiteral("administrator's own password 3");
const QString someTime = QStringLiteral("2026-12-07T21:00:00.000Z");

// What went wrong, for INFO; empty when nothing did.
template <typename R>
std::string failureText(const R& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

// One session signed in as a login role over TCP (SCRAM), as psql would (tests/support/ServerStore.h).
using test::RoleConnection;

// The store, its accounts and a little case work, made once per run.
struct InsiderServer {
    PostgresLocation server;
    QString database;
    QString prefix;
    QString administratorStore;   // the database administrator's address of the run's database
    QString storeAddress;
    qint64 officerId = 0, supervisorId = 0;
    qint64 caseId = 0;
    qint64 officersAssessment = 0;      // submitted by the officer, awaiting review
    qint64 supervisorsAssessment = 0;   // submitted by the supervisor themselves
    qint64 chargingDocument = 0;
    std::unique_ptr<RoleConnection> officer, supervisor, administrator, superuser;

    QString role(const QString& user) const { return prefix + u'_' + user; }
};

qint64 newCase(const RoleConnection& c, const QString& urn, qint64 officerId)
{
    return c.value(QStringLiteral("INSERT INTO cases (urn, status, officer_in_case, created_utc, updated_utc, oic_user_id) "
                                  "VALUES (?, 'open', 'PC Insider', ?, ?, ?) RETURNING id"),
                   {urn, someTime, someTime, officerId}).toLongLong();
}

qint64 newSubmittedAssessment(const RoleConnection& c, qint64 caseId, qint64 authorId)
{
    const qint64 id = c.value(QStringLiteral("INSERT INTO risk_assessments (case_id, pack_id, pack_version, instrument_version_no, "
                                             "author_user_id, created_utc, updated_utc) VALUES (?, 'dash', 1, "
                                             "(SELECT count(*) + 1 FROM risk_assessments WHERE case_id = ?), ?, ?, ?) RETURNING id"),
                              {caseId, caseId, authorId, someTime, someTime}).toLongLong();
    c.value(QStringLiteral("SELECT conduct_submit_assessment(?)"), {id});
    return id;
}

std::unique_ptr<InsiderServer>& madeServer()
{
    static std::unique_ptr<InsiderServer> made;
    return made;
}

// At the end of the run, while Qt is still up (a Qt post routine): the connections close, and the
// run's database and roles are dropped (roles outlive a database, so they would pile up on a kept
// server).
void tearDownInsiderServer()
{
    std::unique_ptr<InsiderServer> s = std::move(madeServer());
    if (!s) return;
    s->officer.reset();
    s->supervisor.reset();
    s->administrator.reset();
    s->superuser.reset();
    // Catch's run is over, so no REQUIRE here: a cleanup that fails leaves a throwaway server's rows.
    const QString name = QStringLiteral("insider-teardown");
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

InsiderServer& insiderServer()
{
    std::unique_ptr<InsiderServer>& made = madeServer();
    if (made) return *made;
    if (administratorAddress().isEmpty())
        FAIL("The insider suite needs a superuser's address in CONDUCT_TEST_POSTGRES_ADMIN: run it under "
             "tests/support/with-postgres.sh");
    auto s = std::make_unique<InsiderServer>();
    auto where = parsePostgresAddress(administratorAddress());
    REQUIRE(where.ok());
    s->server = where.value();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString database = QStringLiteral("insider_") + id;
    s->database = database;
    s->prefix = QStringLiteral("i") + id;
    {
        RoleConnection postgres(s->server, s->server.user, QString(), QString());
        REQUIRE(postgres.refusal(QStringLiteral("CREATE DATABASE %1").arg(database)).isEmpty());
    }
    PostgresLocation dba = s->server;
    dba.database = database;
    s->administratorStore = dba.displayText();
    const Status initialised = initialiseServerStore(
        {dba.displayText(), s->prefix, {}, {QStringLiteral("admin1"), QStringLiteral("Admin One"), {Role::Administrator},
                                            administratorPassword}});
    INFO(failureText(initialised));
    REQUIRE(initialised.ok());

    // The administrator, signed in as their own role, makes the officer's and supervisor's roles.
    PostgresLocation asAdministrator = dba;
    asAdministrator.user = s->role(QStringLiteral("admin1"));
    asAdministrator.schema = s->prefix;
    {
        auto store = Database::openPostgres(asAdministrator.displayText(), {.password = administratorPassword});
        INFO(failureText(store));
        REQUIRE(store.ok());
        auto officer = createServerLogin(*store.value(), {QStringLiteral("pc1"), QStringLiteral("PC 1 Insider"),
                                                          {Role::Officer}, officerPassword});
        INFO(failureText(officer));
        REQUIRE(officer.ok());
        auto supervisor = createServerLogin(*store.value(), {QStringLiteral("ps1"), QStringLiteral("PS 1 Supervisor"),
                                                             {Role::Officer, Role::Supervisor}, supervisorPassword});
        REQUIRE(supervisor.ok());
        s->officerId = officer.value();
        s->supervisorId = supervisor.value();
    }
    s->officer = std::make_unique<RoleConnection>(dba, s->role(QStringLiteral("pc1")), officerPassword, s->prefix);
    s->supervisor = std::make_unique<RoleConnection>(dba, s->role(QStringLiteral("ps1")), supervisorPassword, s->prefix);
    s->administrator = std::make_unique<RoleConnection>(dba, s->role(QStringLiteral("admin1")), administratorPassword, s->prefix);
    s->superuser = std::make_unique<RoleConnection>(dba, s->server.user, QString(), s->prefix);

    // The officer and the supervisor work in one team, so the supervisor reviews the officer's
    // cases (row-level security's rule, test_server_row_security.cpp).
    const qint64 team = s->administrator->value(QStringLiteral("INSERT INTO teams (name, created_utc) VALUES ('Insiders', ?) "
                                                               "RETURNING id"), {someTime}).toLongLong();
    for (qint64 member : {s->officerId, s->supervisorId})
        REQUIRE(s->administrator->refusal(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"),
                                          {team, member}).isEmpty());

    // Ordinary case work, by the officer's own role: allowed by the grants.
    s->caseId = newCase(*s->officer, QStringLiteral("01YY0000125"), s->officerId);
    s->officersAssessment = newSubmittedAssessment(*s->officer, s->caseId, s->officerId);
    const qint64 supervisorsCase = newCase(*s->supervisor, QStringLiteral("01YY0000225"), s->supervisorId);
    s->supervisorsAssessment = newSubmittedAssessment(*s->supervisor, supervisorsCase, s->supervisorId);
    s->chargingDocument = s->officer->value(
        QStringLiteral("INSERT INTO charging_documents (case_id, form, version, author_user_id, created_utc, updated_utc) "
                       "VALUES (?, 'mg3', 1, ?, ?, ?) RETURNING id"), {s->caseId, s->officerId, someTime, someTime}).toLongLong();
    made = std::move(s);
    qAddPostRoutine(&tearDownInsiderServer);
    return *made;
}

// Refused by the server, in words containing one of `expected`.
void requireRefused(const QString& refusal, std::initializer_list<const char*> expected)
{
    INFO("the server said: " << refusal.toStdString());
    REQUIRE_FALSE(refusal.isEmpty());
    bool named = false;
    for (const char* words : expected) named = named || refusal.contains(QLatin1String(words), Qt::CaseInsensitive);
    CHECK(named);
}

const std::initializer_list<const char*> permissionDenied = {"permission denied"};
const std::initializer_list<const char*> mustBeOwner = {"must be owner"};
} // namespace

TEST_CASE("Insider: an officer cannot update an audit record", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE audit_log SET action = 'nothing happened'")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot delete audit records", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("DELETE FROM audit_log")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot truncate the audit trail", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("TRUNCATE audit_log")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot disable the audit trail's triggers", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")), mustBeOwner);
}

TEST_CASE("Insider: an officer cannot drop a trigger", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("DROP TRIGGER conduct_audit_actor_is_caller ON audit_log")),
                   mustBeOwner);
}

TEST_CASE("Insider: an officer cannot create a trigger", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral(
                       "CREATE TRIGGER quietly BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION conduct_audit_actor_is_caller()")),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot alter a server function", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(
                       QStringLiteral("ALTER FUNCTION conduct_review_assessment(bigint, text, text, text) SECURITY INVOKER")),
                   mustBeOwner);
}

TEST_CASE("Insider: an officer cannot truncate a case table", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("TRUNCATE cases CASCADE")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot insert an approval of their own assessment", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("INSERT INTO assessment_reviews (assessment_id, reviewer_user_id, decision, "
                                                     "review_utc) VALUES (?, ?, 'approved', ?)"),
                                      {s.officersAssessment, s.officerId, someTime}),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot set an assessment's status to approved", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE risk_assessments SET status = 'approved' WHERE id = ?"),
                                      {s.officersAssessment}),
                   permissionDenied);
    CHECK(s.superuser->value(QStringLiteral("SELECT status FROM risk_assessments WHERE id = ?"), {s.officersAssessment})
              .toString() == QStringLiteral("submitted"));
}

TEST_CASE("Insider: an officer cannot insert an assessment that is already approved", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("INSERT INTO risk_assessments (case_id, pack_id, pack_version, "
                                                     "instrument_version_no, author_user_id, created_utc, updated_utc, status) "
                                                     "VALUES (?, 'dash', 1, 99, ?, ?, ?, 'approved')"),
                                      {s.caseId, s.officerId, someTime, someTime}),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot approve an MG3 by setting its status", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE charging_documents SET status = 'approved' WHERE id = ?"),
                                      {s.chargingDocument}),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot approve an assessment through the review function", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("SELECT conduct_review_assessment(?, 'approved', 'standard', 'fine')"),
                                      {s.officersAssessment}),
                   permissionDenied);
}

TEST_CASE("Insider: a supervisor cannot approve their own assessment, even through the function (four-eyes)", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.supervisor->refusal(QStringLiteral("SELECT conduct_review_assessment(?, 'approved', 'standard', 'mine')"),
                                         {s.supervisorsAssessment}),
                   {"Nobody approves their own assessment"});
    CHECK(s.superuser->value(QStringLiteral("SELECT status FROM risk_assessments WHERE id = ?"), {s.supervisorsAssessment})
              .toString() == QStringLiteral("submitted"));
}

TEST_CASE("Insider: a supervisor approves an officer's assessment through the function", "[insider][.]")
{
    auto& s = insiderServer();
    const qint64 assessment = newSubmittedAssessment(*s.officer, s.caseId, s.officerId);
    const qint64 review = s.supervisor->value(QStringLiteral("SELECT conduct_review_assessment(?, 'approved', 'standard', "
                                                             "'Agreed: standard risk')"), {assessment}).toLongLong();
    CHECK(review > 0);
    CHECK(s.superuser->value(QStringLiteral("SELECT status FROM risk_assessments WHERE id = ?"), {assessment}).toString()
          == QStringLiteral("approved"));
    // The reviewer is the account that signed in, not one the desk named.
    CHECK(s.superuser->value(QStringLiteral("SELECT reviewer_user_id FROM assessment_reviews WHERE id = ?"), {review})
              .toLongLong() == s.supervisorId);
}

TEST_CASE("Insider: an officer cannot write an audit record in another account's name", "[insider][.]")
{
    auto& s = insiderServer();
    // The chain's end through the owner's view: row-level security hides other accounts' records.
    const QString append = QStringLiteral("INSERT INTO audit_log (sequence, time_utc, user_id, user_name, action, previous_hash, hash) "
                                          "VALUES ((SELECT coalesce(max(sequence), 0) + 1 FROM conduct_audit_chain_end), ?, ?, ?, 'case_viewed', "
                                          "'', ?)");
    requireRefused(s.officer->refusal(append, {someTime, s.supervisorId, QStringLiteral("ps1"), QStringLiteral("forged")}),
                   {"names the account that signed in"});
    // Their own name is accepted: the check is about the actor, not a blanket refusal.
    CHECK(s.officer->refusal(append, {someTime, s.officerId, QStringLiteral("pc1"), QUuid::createUuid().toString()}).isEmpty());
}

TEST_CASE("Insider: an officer cannot grant themselves the supervisor role", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("GRANT %1 TO %2").arg(s.role(QStringLiteral("supervisor")),
                                                                          s.role(QStringLiteral("pc1")))),
                   {"permission denied", "admin option"});
}

TEST_CASE("Insider: an officer cannot give their account a role in the application's table", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, 'supervisor')"),
                                      {s.officerId}),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot become the owner role", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("SET ROLE %1").arg(s.role(QStringLiteral("owner")))), permissionDenied);
}

TEST_CASE("Insider: an officer cannot give their own login role more rights", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("ALTER ROLE CURRENT_USER CREATEROLE")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot change the unit's policy, directly or through the function", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("INSERT INTO unit_policy (name, value, updated_utc) VALUES "
                                                     "('document_marking', 'NOT PROTECTIVELY MARKED', ?)"), {someTime}),
                   permissionDenied);
    requireRefused(s.officer->refusal(QStringLiteral("SELECT conduct_set_unit_policy('document_marking', 'NOT PROTECTIVELY MARKED')")),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot create a login role through the account functions", "[insider][.]")
{
    auto& s = insiderServer();
    const QString verifier = QStringLiteral("SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy");
    requireRefused(s.officer->refusal(QStringLiteral("SELECT conduct_create_login('mallory', 'Mallory', '{supervisor}', ?)"),
                                      {verifier}),
                   permissionDenied);
    requireRefused(s.officer->refusal(QStringLiteral("SELECT conduct_make_login('mallory', 'Mallory', '{supervisor}', ?)"),
                                      {verifier}),
                   permissionDenied);
    // A supervisor is no administrator either.
    requireRefused(s.supervisor->refusal(QStringLiteral("SELECT conduct_disable_login('pc1')")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot create a table, in the store's schema or in public", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("CREATE TABLE %1.stash (x TEXT)").arg(s.prefix)), permissionDenied);
    requireRefused(s.officer->refusal(QStringLiteral("CREATE TABLE public.stash (x TEXT)")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot create a function in the store's schema", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("CREATE FUNCTION %1.users() RETURNS int LANGUAGE sql AS 'SELECT 1'")
                                          .arg(s.prefix)),
                   permissionDenied);
}

TEST_CASE("Insider: an officer cannot use temporary tables", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("CREATE TEMP TABLE users (id int)")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot create a schema", "[insider][.]")
{
    requireRefused(insiderServer().officer->refusal(QStringLiteral("CREATE SCHEMA stash")), permissionDenied);
}

TEST_CASE("Insider: an officer cannot delete a case", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("DELETE FROM cases WHERE id = ?"), {s.caseId}), permissionDenied);
}

TEST_CASE("Insider: an officer cannot alter or drop a table", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("ALTER TABLE cases ADD COLUMN note TEXT")), mustBeOwner);
    requireRefused(s.officer->refusal(QStringLiteral("DROP TABLE audit_log")), mustBeOwner);
}

TEST_CASE("Insider: an officer cannot change accounts directly", "[insider][.]")
{
    auto& s = insiderServer();
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {s.supervisorId}),
                   permissionDenied);
}

TEST_CASE("Insider: the live server's grants are the generated ones, and follow permissions.tsv", "[insider][.]")
{
    auto& s = insiderServer();
    const auto rows = test::permissionRows();
    QStringList liveTables;
    const QVariant count = s.superuser->value(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                             "table_schema = ? AND table_type = 'BASE TABLE'"), {s.prefix});
    REQUIRE(count.toInt() > 30);
    for (const QString& table : classifiedTables())
        if (!s.superuser->value(QStringLiteral("SELECT to_regclass(CAST(? AS TEXT))"), {s.prefix + u'.' + table}).isNull()) liveTables.append(table);
    REQUIRE(liveTables.size() == count.toInt());   // every live table is classified (see also [server])

    for (Role role : {Role::Officer, Role::Supervisor, Role::Administrator}) {
        const QString group = s.role(roleCode(role));
        const DeskPrivileges generated = deskPrivilegesFor(role);
        for (const QString& table : liveTables) {
            const QString qualified = s.prefix + u'.' + table;
            const bool byColumn = !authorityColumns(table).isEmpty();
            for (TablePrivilege p : {TablePrivilege::Select, TablePrivilege::Insert, TablePrivilege::Update, TablePrivilege::Delete}) {
                const bool columnWise = byColumn && (p == TablePrivilege::Insert || p == TablePrivilege::Update);
                const QString check = columnWise ? QStringLiteral("SELECT has_any_column_privilege(CAST(? AS NAME), CAST(? AS TEXT), CAST(? AS TEXT))")
                                                 : QStringLiteral("SELECT has_table_privilege(CAST(? AS NAME), CAST(? AS TEXT), CAST(? AS TEXT))");
                const bool live = s.superuser->value(check, {group, qualified, privilegeKeyword(p)}).toBool();
                const bool wanted = generated.tables.value(table).contains(p);
                bool allowedByTsv = p == TablePrivilege::Select && everyDeskReads(table);
                for (const test::PermissionRow& row : rows)
                    if (row.role == role && row.allowed && tableWritesOf(row.action).value(table).contains(p)) allowedByTsv = true;
                for (const test::PermissionRow& row : rows)   // the server-kept trail: readers only
                    if (p == TablePrivilege::Select && row.role == role && row.allowed && tablesReadBy(row.action).contains(table))
                        allowedByTsv = true;
                INFO(group.toStdString() << " " << privilegeKeyword(p).toStdString() << " on " << table.toStdString());
                CHECK(live == wanted);
                CHECK(live == allowedByTsv);
            }
            for (const char* never : {"TRUNCATE", "TRIGGER", "REFERENCES"}) {
                INFO(group.toStdString() << " " << never << " on " << table.toStdString());
                CHECK_FALSE(s.superuser->value(QStringLiteral("SELECT has_table_privilege(CAST(? AS NAME), CAST(? AS TEXT), CAST(? AS TEXT))"),
                                               {group, qualified, QLatin1String(never)}).toBool());
            }
            for (const QString& column : authorityColumns(table))
                for (const char* write : {"INSERT", "UPDATE"}) {
                    INFO(group.toStdString() << " " << write << " on " << table.toStdString() << "." << column.toStdString());
                    CHECK_FALSE(s.superuser->value(QStringLiteral("SELECT has_column_privilege(CAST(? AS NAME), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"),
                                                   {group, qualified, column, QLatin1String(write)}).toBool());
                }
        }
        // EXECUTE: exactly the generated functions, among every function in the schema.
        const QVariant executable = s.superuser->value(
            QStringLiteral("SELECT string_agg(p.oid::regprocedure::text, ';' ORDER BY 1) FROM pg_proc p "
                           "WHERE p.pronamespace = to_regnamespace(CAST(? AS TEXT)) AND has_function_privilege(CAST(? AS NAME), p.oid, 'EXECUTE')"),
            {s.prefix, group});
        QStringList live = executable.toString().split(u';', Qt::SkipEmptyParts);
        QStringList wanted;
        // regprocedure spells a signature without spaces, and without the schema, which is on the search path.
        for (const QString& f : generated.functions) wanted.append(QString(f).remove(u' '));
        for (QString& f : live) f = f.remove(u' ');
        live.sort();
        wanted.sort();
        INFO(group.toStdString() << " may execute " << live.join(u' ').toStdString());
        CHECK(live == wanted);
    }
    // No function of the schema is executable by PUBLIC.
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
                                            "WHERE p.pronamespace = to_regnamespace(CAST(? AS TEXT)) AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'"),
                             {s.prefix}).toInt() == 0);
}

TEST_CASE("Insider: everything in the store's schema belongs to its owner role", "[insider][.]")
{
    auto& s = insiderServer();
    const QString owner = s.role(QStringLiteral("owner"));
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = to_regnamespace(CAST(? AS TEXT)) "
                                            "AND relowner <> to_regrole(CAST(? AS TEXT))"), {s.prefix, owner}).toInt() == 0);
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = to_regnamespace(CAST(? AS TEXT)) "
                                            "AND proowner <> to_regrole(CAST(? AS TEXT))"), {s.prefix, owner}).toInt() == 0);
    // Every SECURITY DEFINER function sets its own search_path.
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = to_regnamespace(CAST(? AS TEXT)) AND prosecdef "
                                            "AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=%')"),
                             {s.prefix}).toInt() == 0);
    // Nobody signs in as the owner, and no login role holds CREATEROLE.
    CHECK_FALSE(s.superuser->value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {owner}).toBool());
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE ? AND rolcreaterole AND rolname <> ?"),
                             {s.prefix + QStringLiteral("\\_%"), owner}).toInt() == 0);
    // The password arrived as a SCRAM verifier.
    CHECK(s.superuser->value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {s.role(QStringLiteral("pc1"))})
              .toString().startsWith(QStringLiteral("SCRAM-SHA-256$")));
}

TEST_CASE("Insider: server upgrade applies the functions and grants again, and nothing opens up", "[insider][.]")
{
    auto& s = insiderServer();
    const Status upgraded = upgradeServerStore(s.administratorStore, s.prefix);
    INFO(failureText(upgraded));
    REQUIRE(upgraded.ok());
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE risk_assessments SET status = 'approved' WHERE id = ?"),
                                      {s.officersAssessment}),
                   permissionDenied);
    CHECK(newCase(*s.officer, QStringLiteral("01YY0000325"), s.officerId) > 0);
    // Upgrading a prefix that was never set up is refused, naming the fix.
    const Status unknown = upgradeServerStore(s.administratorStore, QStringLiteral("never_set_up"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("conduct server init")));
}

TEST_CASE("Insider: server init refuses a prefix already set up, and a sign-in that is not a superuser", "[insider][.]")
{
    auto& s = insiderServer();
    const ServerAccount someone{QStringLiteral("admin2"), QStringLiteral("Admin Two"), {Role::Administrator},
                                QStringLiteral("another password 4")};
    const Status again = initialiseServerStore({s.administratorStore, s.prefix, {}, someone});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("--prefix"));
    auto asAdministrator = parsePostgresAddress(s.administratorStore);
    REQUIRE(asAdministrator.ok());
    asAdministrator->user = s.role(QStringLiteral("admin1"));
    const Status notSuperuser = initialiseServerStore({asAdministrator->displayText(), QStringLiteral("other"), administratorPassword,
                                                       someone});
    REQUIRE_FALSE(notSuperuser.ok());
    CHECK(notSuperuser.error().message.contains(QStringLiteral("superuser")));
}
