// The server-kept audit trail (issue 25, second slice; core/store/server/ServerAuditTrail.h) on a
// real PostgreSQL server: a store set up with `conduct server init`, written by an officer's own
// role through the application and with psql-style SQL, by a superuser, and attacked.
//
// Hidden ([.]) and tagged [insider], so dev.sh's insider run (`core_tests "[insider]"` under
// tests/support/with-postgres.sh) runs it; `core_tests "[servertrail]"` runs only these. Each run
// makes a database and a role prefix of its own (not the insider suite's), so tampering here
// cannot disturb the other suite; tests that tamper put back what they took before they end.
// `core_tests "[servertrail-bench]"` times incident saves with and without the trail's triggers.

#include "ServerStore.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AuditCheckpoint.h"
#include "security/Signing.h"
#include "services/CaseService.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/server/ServerAuditTrail.h"
#include "store/server/ServerSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace conduct;

namespace {
QString administratorAddress() { return qEnvironmentVariable("CONDUCT_TEST_POSTGRES_ADMIN"); }

const QString officerPassword = QStringLiteral("officer's trail password 1");
const QString supervisorPassword = QStringLiteral("supervisor's trail password 2");
const QString administratorPassword = QStringLiteral("administrator's trail password 3");

template <typename R>
std::string failureText(const R& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

// One session signed in as a login role over TCP (SCRAM), as psql would (tests/support/ServerStore.h).
using test::RoleConnection;

struct TrailServer {
    PostgresLocation server;
    PostgresLocation store;   // the run's database and schema, signed in as the database administrator
    QString database;
    QString prefix;
    qint64 officerId = 0, supervisorId = 0, administratorId = 0;
    std::unique_ptr<RoleConnection> officer, supervisor, superuser;
    std::unique_ptr<Database> supervisorStore;   // the application's connection of a reader of the trail

    QString role(const QString& user) const { return prefix + u'_' + user; }
    // The store as the application opens it, signed in as an account's own role.
    std::unique_ptr<Database> openAs(const QString& user, const QString& password) const
    {
        PostgresLocation where = store;
        where.user = role(user);
        auto db = Database::openPostgres(where.displayText(), {.password = password});
        INFO(failureText(db));
        REQUIRE(db.ok());
        return std::move(db.value());
    }
};

std::unique_ptr<TrailServer>& madeServer()
{
    static std::unique_ptr<TrailServer> made;
    return made;
}

// At the end of the run, while Qt is still up: the run's database and roles go (roles outlive a
// database). No REQUIRE: Catch's run is over.
void tearDownTrailServer()
{
    std::unique_ptr<TrailServer> s = std::move(madeServer());
    if (!s) return;
    s->officer.reset();
    s->supervisor.reset();
    s->superuser.reset();
    s->supervisorStore.reset();
    const QString name = QStringLiteral("trail-teardown");
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

TrailServer& trailServer()
{
    std::unique_ptr<TrailServer>& made = madeServer();
    if (made) return *made;
    if (administratorAddress().isEmpty())
        FAIL("The server trail suite needs a superuser's address in CONDUCT_TEST_POSTGRES_ADMIN: run it under "
             "tests/support/with-postgres.sh");
    auto s = std::make_unique<TrailServer>();
    auto where = parsePostgresAddress(administratorAddress());
    REQUIRE(where.ok());
    s->server = where.value();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(10);
    s->database = QStringLiteral("trail_") + id;
    s->prefix = QStringLiteral("t") + id;
    {
        RoleConnection postgres(s->server, s->server.user, QString(), QString());
        postgres.run(QStringLiteral("CREATE DATABASE %1").arg(s->database));
    }
    PostgresLocation dba = s->server;
    dba.database = s->database;
    const Status initialised = initialiseServerStore(
        {dba.displayText(), s->prefix, {}, {QStringLiteral("admin1"), QStringLiteral("Admin One"), {Role::Administrator},
                                            administratorPassword}});
    INFO(failureText(initialised));
    REQUIRE(initialised.ok());
    s->store = dba;
    s->store.schema = s->prefix;
    {
        std::unique_ptr<Database> admin = s->openAs(QStringLiteral("admin1"), administratorPassword);
        auto officer = createServerLogin(*admin, {QStringLiteral("pc1"), QStringLiteral("PC 1 Trail"), {Role::Officer},
                                                  officerPassword});
        INFO(failureText(officer));
        REQUIRE(officer.ok());
        auto supervisor = createServerLogin(*admin, {QStringLiteral("ps1"), QStringLiteral("PS 1 Trail"),
                                                     {Role::Officer, Role::Supervisor}, supervisorPassword});
        REQUIRE(supervisor.ok());
        s->officerId = officer.value();
        s->supervisorId = supervisor.value();
        s->administratorId = admin->scalar(QStringLiteral("SELECT id FROM users WHERE user_name = 'admin1'"))->toLongLong();
    }
    s->officer = std::make_unique<RoleConnection>(dba, s->role(QStringLiteral("pc1")), officerPassword, s->prefix);
    s->supervisor = std::make_unique<RoleConnection>(dba, s->role(QStringLiteral("ps1")), supervisorPassword, s->prefix);
    s->superuser = std::make_unique<RoleConnection>(dba, s->server.user, QString(), s->prefix);
    s->supervisorStore = s->openAs(QStringLiteral("ps1"), supervisorPassword);
    made = std::move(s);
    qAddPostRoutine(&tearDownTrailServer);
    return *made;
}

Session officerSession(const TrailServer& s)
{
    Session session;
    session.user.id = s.officerId;
    session.user.userName = QStringLiteral("pc1");
    session.user.displayName = QStringLiteral("PC 1 Trail");
    session.user.roles = {Role::Officer};
    session.startedUtc = Clock::nowUtc();
    return session;
}

// A case of the officer's, made through the application on their own role.
qint64 officersCase(CaseService& cases, const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1 Trail");
    c.offences = {Offence::Harassment_s2};
    auto created = cases.createCase(c);
    INFO(failureText(created));
    REQUIRE(created.ok());
    return created->id;
}

Incident someIncident(qint64 caseId, int n)
{
    Incident incident;
    incident.caseId = caseId;
    incident.startUtc = Clock::nowUtc().addSecs(-3600);
    incident.location = QStringLiteral("High Street");
    incident.behaviours = {Behaviour::Contacting};
    incident.description = QStringLiteral("Trail test incident %1").arg(n);
    return incident;
}

qint64 newestSequence(const TrailServer& s) { return s.superuser->value(QStringLiteral("SELECT coalesce(max(seq), 0) FROM server_audit")).toLongLong(); }

ServerTrailCheck verified(const Database& db)
{
    auto check = verifyServerAuditTrail(db);
    INFO(failureText(check));
    REQUIRE(check.ok());
    REQUIRE(check->present);
    return check.value();
}

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

// Without a server: the checkpoint file's two formats.
TEST_CASE("A database file's checkpoint stays format 1; a format 2 file signs the server trail too, and is checked against it",
          "[checkpoint][servertrail-format]")
{
    test::TempDatabase t;
    (void)t.session();   // an account, so the trail has records
    auto signer = signing::generateKeyPair();
    REQUIRE(signer.ok());
    auto fileFormat = makeAuditCheckpoint(t.db(), signer.value());
    REQUIRE(fileFormat.ok());
    CHECK(fileFormat->startsWith("Conduct audit checkpoint\nformat: 1\n"));
    CHECK_FALSE(fileFormat->contains("server trail"));
    auto old = readAuditCheckpoint(fileFormat.value());
    REQUIRE(old.ok());
    CHECK_FALSE(old->hasServerTrail);

    // The same lines with format 2 and the server trail's two, as a server store's checkpoint has them.
    const auto signedAs = [&](QByteArray text) {
        text.replace("format: 1\n", "format: 2\n");
        text = text.left(text.indexOf("signature: "));
        auto signature = signing::signDetached(text, signer->secretKey);
        REQUIRE(signature.ok());
        return text + "signature: " + signature->toHex() + '\n';
    };
    const QByteArray head(64, 'a');
    QByteArray unsignedServer = fileFormat.value();
    unsignedServer.insert(unsignedServer.indexOf("signature: "), "server trail records: 5\nserver trail head hash: " + head + '\n');
    auto server = readAuditCheckpoint(signedAs(unsignedServer));
    INFO(failureText(server));
    REQUIRE(server.ok());
    CHECK(server->hasServerTrail);
    CHECK(server->serverTrailRecords == 5);
    CHECK(server->serverTrailHeadHash == head);
    // Checked against a store without a server trail, its five rows are missing.
    auto check = checkAgainstCheckpoint(t.db(), server.value());
    REQUIRE(check.ok());
    CHECK(check->outcome == CheckpointOutcome::RecordsMissing);
    CHECK(check->summary.contains(QStringLiteral("server-kept audit trail")));
    // Format 2 without its server lines, and an unknown format, are refused by name.
    auto short2 = readAuditCheckpoint(signedAs(fileFormat.value()));
    REQUIRE_FALSE(short2.ok());
    CHECK(short2.error().message.contains(QStringLiteral("lines before the signature")));
    QByteArray format3 = signedAs(unsignedServer);
    format3.replace("format: 2\n", "format: 3\n");
    auto unknown = readAuditCheckpoint(format3);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("formats 1 and 2")));
}

TEST_CASE("Server trail: an officer's save through the application is recorded in their own role's name", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> db = s.openAs(QStringLiteral("pc1"), officerPassword);
    const Session session = officerSession(s);
    CaseService cases(*db, session);
    const qint64 before = newestSequence(s);
    const qint64 caseId = officersCase(cases, QStringLiteral("01TT0000125"));
    auto incident = cases.addIncident(someIncident(caseId, 1));
    INFO(failureText(incident));
    REQUIRE(incident.ok());

    const QString row = QStringLiteral("SELECT %1 FROM server_audit WHERE table_name = 'incidents' AND operation = 'INSERT' "
                                       "AND row_key = jsonb_build_object('id', CAST(? AS BIGINT))");
    CHECK(s.superuser->value(row.arg(QStringLiteral("actor")), {incident->id}).toString() == s.role(QStringLiteral("pc1")));
    CHECK(s.superuser->value(row.arg(QStringLiteral("account_id")), {incident->id}).toLongLong() == s.officerId);
    CHECK(s.superuser->value(row.arg(QStringLiteral("new_row->>'description'")), {incident->id}).toString()
          == QStringLiteral("Trail test incident 1"));
    CHECK(s.superuser->value(row.arg(QStringLiteral("old_row IS NULL")), {incident->id}).toBool());
    // The case and the application's own audit records were recorded in the same name.
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM server_audit WHERE seq > ? AND table_name = 'cases' "
                                            "AND actor = ?"), {before, s.role(QStringLiteral("pc1"))}).toInt() >= 1);
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM server_audit WHERE seq > ? AND table_name = 'audit_log' "
                                            "AND actor = ?"), {before, s.role(QStringLiteral("pc1"))}).toInt() >= 2);
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM server_audit WHERE seq > ? AND actor <> ?"),
                             {before, s.role(QStringLiteral("pc1"))}).toInt() == 0);
    CHECK(verified(*s.supervisorStore).intact());
}

TEST_CASE("Server trail: an officer cannot insert a row into the server trail", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    requireRefused(s.officer->refusal(QStringLiteral("INSERT INTO server_audit (seq, recorded_utc, transaction_id, actor, "
                                                     "table_name, operation, row_key, previous_hash, hash) VALUES "
                                                     "(999999, now(), 1, 'someone_else', 'cases', 'UPDATE', '{}', '', '')")),
                   permissionDenied);
}

TEST_CASE("Server trail: an officer cannot update or delete its rows", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    requireRefused(s.officer->refusal(QStringLiteral("UPDATE server_audit SET actor = 'someone_else'")), permissionDenied);
    requireRefused(s.officer->refusal(QStringLiteral("DELETE FROM server_audit WHERE seq > 1")), permissionDenied);
}

TEST_CASE("Server trail: an officer cannot truncate it", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    requireRefused(s.officer->refusal(QStringLiteral("TRUNCATE server_audit")), permissionDenied);
}

TEST_CASE("Server trail: an officer cannot read it; supervisors and administrators can", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    // Officers' reading of their own cases' rows comes with row-level security (the third slice).
    requireRefused(s.officer->refusal(QStringLiteral("SELECT count(*) FROM server_audit")), permissionDenied);
    CHECK(s.supervisor->refusal(QStringLiteral("SELECT count(*) FROM server_audit")).isEmpty());
    std::unique_ptr<Database> admin = s.openAs(QStringLiteral("admin1"), administratorPassword);
    CHECK(verified(*admin).rows > 0);
}

TEST_CASE("Server trail: an officer cannot switch off or drop its triggers", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    requireRefused(s.officer->refusal(QStringLiteral("ALTER TABLE people DISABLE TRIGGER conduct_server_audit")), mustBeOwner);
    requireRefused(s.officer->refusal(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")), mustBeOwner);
    requireRefused(s.officer->refusal(QStringLiteral("DROP TRIGGER conduct_server_audit ON incidents")), mustBeOwner);
    requireRefused(s.officer->refusal(QStringLiteral("ALTER TABLE server_audit DISABLE TRIGGER conduct_server_audit_append_only")),
                   mustBeOwner);
    CHECK(s.superuser->value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'conduct_server_audit%' "
                                            "AND tgenabled = 'D'")).toInt() == 0);
}

TEST_CASE("Server trail: an officer cannot call or replace the trigger function", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    requireRefused(s.officer->refusal(QStringLiteral("SELECT conduct_server_audit_record()")),
                   {"permission denied", "can only be called as triggers"});
    requireRefused(s.officer->refusal(QStringLiteral("CREATE OR REPLACE FUNCTION conduct_server_audit_record() RETURNS trigger "
                                                     "LANGUAGE plpgsql AS $f$ BEGIN RETURN NULL; END $f$")),
                   {"permission denied", "must be owner"});
    requireRefused(s.officer->refusal(QStringLiteral("ALTER FUNCTION conduct_server_audit_record() SECURITY INVOKER")),
                   mustBeOwner);
}

TEST_CASE("Server trail: every table but the derived ones has its triggers, audit_log included", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    auto recorded = tablesRecordedInServerTrail(*s.supervisorStore);
    REQUIRE(recorded.ok());
    CHECK(recorded->contains(QStringLiteral("audit_log")));
    CHECK(recorded->contains(QStringLiteral("people")));
    CHECK_FALSE(recorded->contains(QLatin1String(serverTrailTable)));
    const QString triggered = QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(CAST(? AS TEXT)) "
                                             "AND tgname = ?");
    for (const QString& table : recorded.value()) {
        INFO(table.toStdString());
        CHECK(s.superuser->value(triggered, {table, QStringLiteral("conduct_server_audit")}).toInt() == 1);
        CHECK(s.superuser->value(triggered, {table, QStringLiteral("conduct_server_audit_truncate")}).toInt() == 1);
    }
    for (const UnrecordedTable& left : tablesLeftOutOfServerTrail()) {
        INFO(left.table);
        CHECK(s.superuser->value(triggered, {QLatin1String(left.table), QStringLiteral("conduct_server_audit")}).toInt() == 0);
    }
    // A secret is kept by its digest: the accounts made at set-up recorded their password column so.
    const QString hashes = s.superuser->value(QStringLiteral("SELECT string_agg(new_row->>'password_hash', ' ') FROM server_audit "
                                                             "WHERE table_name = 'users' AND operation = 'INSERT'")).toString();
    INFO(hashes.toStdString());
    CHECK(hashes.split(u' ').size() == 3);
    for (const QString& hash : hashes.split(u' ')) CHECK(hash.startsWith(QStringLiteral("sha256:")));
}

TEST_CASE("Server trail: a superuser's ordinary UPDATE with psql is recorded and attributed to them", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> db = s.openAs(QStringLiteral("pc1"), officerPassword);
    CaseService cases(*db, officerSession(s));
    const qint64 caseId = officersCase(cases, QStringLiteral("01TT0000225"));
    Person p;
    p.caseId = caseId;
    p.role = PersonRole::Suspect;
    p.forenames = QStringLiteral("John");
    p.surname = QStringLiteral("Doe");
    auto person = cases.addPerson(p);
    INFO(failureText(person));
    REQUIRE(person.ok());

    const qint64 before = newestSequence(s);
    s.superuser->run(QStringLiteral("UPDATE people SET surname = 'Smith' WHERE id = %1").arg(person->id));
    const QString row = QStringLiteral("SELECT %1 FROM server_audit WHERE seq > ? AND table_name = 'people'");
    CHECK(s.superuser->value(row.arg(QStringLiteral("count(*)")), {before}).toInt() == 1);
    CHECK(s.superuser->value(row.arg(QStringLiteral("actor")), {before}).toString() == s.server.user);
    CHECK(s.superuser->value(row.arg(QStringLiteral("account_id IS NULL")), {before}).toBool());
    CHECK(s.superuser->value(row.arg(QStringLiteral("operation")), {before}).toString() == QStringLiteral("UPDATE"));
    CHECK(s.superuser->value(row.arg(QStringLiteral("old_row->>'surname'")), {before}).toString() == QStringLiteral("Doe"));
    CHECK(s.superuser->value(row.arg(QStringLiteral("new_row->>'surname'")), {before}).toString() == QStringLiteral("Smith"));
    CHECK(s.superuser->value(row.arg(QStringLiteral("row_key->>'id'")), {before}).toLongLong() == person->id);
    // The application's trail knows nothing of it; the server's does, and its chain holds.
    const ServerTrailCheck check = verified(*s.supervisorStore);
    CHECK(check.intact());
    CHECK(check.rows == newestSequence(s));
}

TEST_CASE("Server trail: a TRUNCATE by a superuser is recorded", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    const qint64 before = newestSequence(s);
    s.superuser->run(QStringLiteral("TRUNCATE drafts"));
    CHECK(s.superuser->value(QStringLiteral("SELECT actor || ' ' || operation FROM server_audit WHERE seq > ? "
                                            "AND table_name = 'drafts'"), {before}).toString()
          == s.server.user + QStringLiteral(" TRUNCATE"));
    CHECK(verified(*s.supervisorStore).intact());
}

TEST_CASE("Server trail: sequence numbers have no gaps when a transaction rolls back", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> db = s.openAs(QStringLiteral("pc1"), officerPassword);
    CaseService cases(*db, officerSession(s));
    const qint64 caseId = officersCase(cases, QStringLiteral("01TT0000325"));
    const qint64 before = newestSequence(s);
    s.officer->run(QStringLiteral("BEGIN"));
    s.officer->run(QStringLiteral("UPDATE cases SET crime_reference = 'rolled back' WHERE id = %1").arg(caseId));
    s.officer->run(QStringLiteral("ROLLBACK"));
    CHECK(newestSequence(s) == before);
    REQUIRE(cases.addIncident(someIncident(caseId, 2)).ok());
    CHECK(s.superuser->value(QStringLiteral("SELECT min(seq) FROM server_audit WHERE seq > ?"), {before}).toLongLong() == before + 1);
    CHECK(verified(*s.supervisorStore).intact());
}

TEST_CASE("Server trail: a row rewritten by a superuser is found by its sequence number", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    REQUIRE(newestSequence(s) > 3);
    const qint64 target = newestSequence(s) - 2;
    // The owner's own guard refuses even a superuser until it is switched off.
    requireRefused(s.superuser->refusal(QStringLiteral("UPDATE server_audit SET actor = 'nobody' WHERE seq = %1").arg(target)),
                   {"appended to only"});
    const QString actor = s.superuser->value(QStringLiteral("SELECT actor FROM server_audit WHERE seq = ?"), {target}).toString();
    s.superuser->run(QStringLiteral("ALTER TABLE server_audit DISABLE TRIGGER conduct_server_audit_append_only"));
    s.superuser->run(QStringLiteral("UPDATE server_audit SET actor = 'nobody' WHERE seq = %1").arg(target));
    CHECK(verified(*s.supervisorStore).firstBrokenSequence == target);
    // A row's content no longer matching its digest is found the same way.
    s.superuser->run(QStringLiteral("UPDATE server_audit SET actor = ? WHERE seq = %1").arg(target), {actor});
    REQUIRE(verified(*s.supervisorStore).intact());
    const QString oldRow = s.superuser->value(QStringLiteral("SELECT coalesce(new_row, old_row)::text FROM server_audit WHERE seq = ?"),
                                              {target}).toString();
    s.superuser->run(QStringLiteral("UPDATE server_audit SET new_row = new_row || '{\"x\": 1}', old_row = old_row || '{\"x\": 1}' "
                                    "WHERE seq = %1").arg(target));
    CHECK(verified(*s.supervisorStore).firstBrokenSequence == target);
    s.superuser->run(QStringLiteral("UPDATE server_audit SET new_row = new_row - 'x', old_row = old_row - 'x' WHERE seq = %1").arg(target));
    s.superuser->run(QStringLiteral("ALTER TABLE server_audit ENABLE TRIGGER conduct_server_audit_append_only"));
    CHECK(s.superuser->value(QStringLiteral("SELECT coalesce(new_row, old_row)::text FROM server_audit WHERE seq = ?"), {target})
              .toString() == oldRow);
    CHECK(verified(*s.supervisorStore).intact());
}

TEST_CASE("Server trail: a superuser who switches the triggers off and removes the newest rows is caught by a checkpoint",
          "[insider][servertrail][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> admin = s.openAs(QStringLiteral("admin1"), administratorPassword);
    auto signer = signing::generateKeyPair();
    REQUIRE(signer.ok());
    auto made = makeAuditCheckpoint(*admin, signer.value());
    INFO(failureText(made));
    REQUIRE(made.ok());
    CHECK(made->contains("\nformat: 2\n"));
    CHECK(made->contains("\nserver trail records: "));
    auto checkpoint = readAuditCheckpoint(made.value());
    INFO(failureText(checkpoint));
    REQUIRE(checkpoint.ok());
    REQUIRE(checkpoint->hasServerTrail);
    CHECK(checkpoint->serverTrailRecords == newestSequence(s));
    auto before = checkAgainstCheckpoint(*admin, checkpoint.value());
    REQUIRE(before.ok());
    CHECK(before->outcome == CheckpointOutcome::Contained);

    // Not prevented: a superuser can do this. The chain alone still verifies afterwards.
    const qint64 newest = newestSequence(s);
    s.superuser->run(QStringLiteral("CREATE TEMPORARY TABLE taken AS SELECT * FROM server_audit WHERE seq > %1").arg(newest - 3));
    s.superuser->run(QStringLiteral("ALTER TABLE server_audit DISABLE TRIGGER conduct_server_audit_append_only"));
    s.superuser->run(QStringLiteral("DELETE FROM server_audit WHERE seq > %1").arg(newest - 3));
    s.superuser->run(QStringLiteral("ALTER TABLE server_audit ENABLE TRIGGER conduct_server_audit_append_only"));
    CHECK(verified(*admin).intact());
    CHECK(verified(*admin).rows == newest - 3);

    auto after = checkAgainstCheckpoint(*admin, checkpoint.value());
    REQUIRE(after.ok());
    CHECK(after->outcome == CheckpointOutcome::RecordsMissing);
    INFO(after->summary.toStdString());
    CHECK(after->summary.contains(QStringLiteral("server-kept audit trail")));
    CHECK(after->summary.contains(QStringLiteral("newest 3 rows")));

    // Put back, so the rest of the run sees the trail whole.
    s.superuser->run(QStringLiteral("INSERT INTO server_audit SELECT * FROM taken"));
    s.superuser->run(QStringLiteral("DROP TABLE taken"));
    auto restored = checkAgainstCheckpoint(*admin, checkpoint.value());
    REQUIRE(restored.ok());
    CHECK(restored->outcome == CheckpointOutcome::Contained);
}

TEST_CASE("Server trail: a checkpoint whose server lines were edited is refused as altered", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> admin = s.openAs(QStringLiteral("admin1"), administratorPassword);
    auto signer = signing::generateKeyPair();
    REQUIRE(signer.ok());
    auto made = makeAuditCheckpoint(*admin, signer.value());
    REQUIRE(made.ok());
    QByteArray edited = made.value();
    const qsizetype at = edited.indexOf("server trail records: ") + qsizetype(qstrlen("server trail records: "));
    edited.insert(at, "1");
    auto read = readAuditCheckpoint(edited);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("does NOT match")));
}

TEST_CASE("Server trail: server upgrade keeps the trail and its chain, and the triggers stay on", "[insider][servertrail][.]")
{
    auto& s = trailServer();
    const qint64 before = verified(*s.supervisorStore).rows;
    PostgresLocation dba = s.store;
    dba.schema.clear();
    const Status upgraded = upgradeServerStore(dba.displayText(), s.prefix);
    INFO(failureText(upgraded));
    REQUIRE(upgraded.ok());
    const ServerTrailCheck after = verified(*s.supervisorStore);
    CHECK(after.intact());
    CHECK(after.rows >= before);
    const qint64 newest = newestSequence(s);
    s.officer->run(QStringLiteral("UPDATE cases SET crime_reference = 'after the upgrade' WHERE urn = '01TT0000325'"));
    CHECK(newestSequence(s) == newest + 1);
}

TEST_CASE("Server trail: cost of 500 incident saves with and without its triggers", "[servertrail-bench][.]")
{
    auto& s = trailServer();
    std::unique_ptr<Database> db = s.openAs(QStringLiteral("pc1"), officerPassword);
    CaseService cases(*db, officerSession(s));
    const qint64 caseId = officersCase(cases, QStringLiteral("01TT0000925"));
    auto recorded = tablesRecordedInServerTrail(*s.supervisorStore);
    REQUIRE(recorded.ok());
    const auto switchTriggers = [&](const char* how) {
        for (const QString& table : recorded.value())
            s.superuser->run(QStringLiteral("ALTER TABLE %1 %2 TRIGGER conduct_server_audit").arg(table, QLatin1String(how)));
    };
    const auto saves = [&](int first) {
        QElapsedTimer clock;
        clock.start();
        for (int n = first; n < first + 500; ++n) REQUIRE(cases.addIncident(someIncident(caseId, n)).ok());
        return clock.elapsed();
    };
    (void)saves(0);   // warm: the connection's kept statements, the server's caches
    // Alternated, so that drift in the machine's load falls on both sides alike.
    qint64 withMs = 0, withoutMs = 0, rowsWith = 0, rowsWithout = 0;
    for (int round = 1; round <= 2; ++round) {
        qint64 rows = newestSequence(s);
        withMs += saves(round * 10000);
        rowsWith += newestSequence(s) - rows;
        switchTriggers("DISABLE");
        rows = newestSequence(s);
        withoutMs += saves(round * 10000 + 5000);
        rowsWithout += newestSequence(s) - rows;
        switchTriggers("ENABLE");
    }
    WARN("500 incident saves, mean of 2 rounds each: " << withMs / 2 << " ms with the server trail's triggers, "
                                                        << withoutMs / 2 << " ms without; ratio "
                                                        << double(withMs) / double(std::max<qint64>(withoutMs, 1))
                                                        << "; server trail rows per save: " << double(rowsWith) / 1000.0);
    // Timings are reported, not checked; what was measured is: each save with the triggers was
    // recorded (its incident and its audit record at least), and none without.
    CHECK(rowsWith >= 2000);
    CHECK(rowsWithout == 0);
    CHECK(verified(*s.supervisorStore).intact());
}
