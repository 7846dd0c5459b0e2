// The audit trail and user accounts in a real SQLite database: append-only triggers, tamper
// detection, erasure records, and user names full of SQL meta-characters.

#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "store/SecuritySchema.h"
#include "security/User.h"
#include "store/UserRepository.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace conduct;

namespace {

// The migration will create these tables; running the schema here too is harmless (IF NOT EXISTS).
void createSecurityTables(Database& db)
{
    for (const QString& sql : userSchemaSqlite() + auditSchemaSqlite()) test::runSchemaStatement(db, sql);
}

AuditRecord consult(const QString& user, qint64 caseId)
{
    AuditRecord r;
    r.userId = 3;
    r.userName = user;
    r.action = AuditAction::Consult;
    r.caseId = caseId;
    r.caseUrn = QStringLiteral("45AA0209820");
    r.entityType = QStringLiteral("case");
    r.entityId = QString::number(caseId);
    r.justification = QStringLiteral("Reviewing risk");
    return r;
}

void appendThree(Database& db)
{
    for (int i = 1; i <= 3; ++i) REQUIRE(AuditLog::append(db, consult(QStringLiteral("pc%1").arg(i), i)).ok());
}

QString cheapHash()
{
    auto h = PasswordHasher(HashCost::minimumForTests()).hash(QStringLiteral("a long enough password"));
    REQUIRE(h.ok());
    return h.value();
}

} // namespace

TEST_CASE("appended audit records form a verifiable chain", "[security][time]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    const QDateTime at(QDate(2024, 6, 1), QTime(8, 30, 15, 123), Qt::UTC);
    ScopedFakeClock clock(at);
    appendThree(t.db());

    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK(records->at(0).sequence == 1);
    CHECK(records->at(2).sequence == 3);
    CHECK(records->at(0).previousHash == genesisHash());
    CHECK(records->at(1).previousHash == records->at(0).hash);
    CHECK(records->at(0).timeUtc == at);
    CHECK(records->at(2).userName == QStringLiteral("pc3"));
    CHECK(records->at(2).justification == QStringLiteral("Reviewing risk"));

    const VerifyResult v = AuditLog::verify(t.db());
    CHECK(v.ok);
    CHECK(v.checked == 3);
    CHECK(v.lastHash == records->at(2).hash);

    auto forCase = AuditLog::readForCase(t.db(), 2);
    REQUIRE(forCase.ok());
    REQUIRE(forCase->size() == 1);
    CHECK(forCase->at(0).userName == QStringLiteral("pc2"));
}

TEST_CASE("the audit table refuses UPDATE and DELETE", "[security]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    appendThree(t.db());

    auto update = t.db().exec(QStringLiteral("UPDATE audit_log SET user_name = ? WHERE sequence = 2"), {QStringLiteral("x")});
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("append-only")));
    auto remove = t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 2"));
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().message.contains(QStringLiteral("append-only")));
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("tampering through raw SQL is detected and the record named", "[security]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    appendThree(t.db());
    // Someone with the file and an SQL prompt can drop the triggers; the chain still gives them away.
    test::dropTrigger(t.db(), QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log"));
    test::dropTrigger(t.db(), QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log"));

    SECTION("a changed value")
    {
        REQUIRE(t.db().exec(QStringLiteral("UPDATE audit_log SET justification = ? WHERE sequence = 2"),
                            {QStringLiteral("Nothing to see")}).ok());
        const VerifyResult v = AuditLog::verify(t.db());
        REQUIRE_FALSE(v.ok);
        CHECK(v.firstBadSequence == 2);
        CHECK(v.problem.contains(QStringLiteral("record 2")));
    }
    SECTION("a deleted row")
    {
        REQUIRE(t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 2")).ok());
        const VerifyResult v = AuditLog::verify(t.db());
        REQUIRE_FALSE(v.ok);
        CHECK(v.firstBadSequence == 3);
    }
    SECTION("two rows' sequence numbers exchanged")
    {
        REQUIRE(t.db().exec(QStringLiteral("UPDATE audit_log SET sequence = 100 WHERE sequence = 1")).ok());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE audit_log SET sequence = 1 WHERE sequence = 2")).ok());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE audit_log SET sequence = 2 WHERE sequence = 100")).ok());
        const VerifyResult v = AuditLog::verify(t.db());
        REQUIRE_FALSE(v.ok);
        CHECK(v.firstBadSequence == 1);
    }
}

TEST_CASE("an audit record is saved with the change or not at all", "[security]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(AuditLog::append(t.db(), consult(QStringLiteral("pc1"), 1)).ok());
        // No commit: the caller's change failed, so its audit record must go too.
    }
    auto none = AuditLog::readAll(t.db());
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    {
        Transaction tx(t.db());
        REQUIRE(AuditLog::append(t.db(), consult(QStringLiteral("pc1"), 1)).ok());
        REQUIRE(AuditLog::append(t.db(), consult(QStringLiteral("pc2"), 2)).ok());
        REQUIRE(tx.commit().ok());
    }
    auto two = AuditLog::readAll(t.db());
    REQUIRE(two.ok());
    CHECK(two->size() == 2);
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("an erasure record names the erased fields but keeps none of their values", "[security]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    AuditRecord erase;
    erase.userId = 9;
    erase.userName = QStringLiteral("ds9");
    erase.action = AuditAction::Delete;
    erase.entityType = QStringLiteral("person");
    erase.entityId = QStringLiteral("77");
    erase.setChanges(QJsonObject{{QStringLiteral("surname"), QStringLiteral("Example-Surname")},
                                 {QStringLiteral("dob"), QStringLiteral("1980-02-03")}},
                     QJsonObject{});
    erase.afterJson = "{\"surname\":\"Should not survive\"}";
    REQUIRE(AuditLog::append(t.db(), erase).ok());

    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    const AuditRecord& kept = records->at(0);
    CHECK(kept.action == AuditAction::Delete);
    CHECK(kept.afterJson.isEmpty());
    const QJsonObject names = QJsonDocument::fromJson(kept.beforeJson).object();
    CHECK(names.keys() == QStringList{QStringLiteral("dob"), QStringLiteral("surname")});
    CHECK(names.value(QStringLiteral("surname")).isNull());
    CHECK_FALSE(kept.beforeJson.contains("Example-Surname"));
    CHECK_FALSE(kept.beforeJson.contains("1980"));
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("user names with SQL meta-characters are stored and found literally", "[security]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    UserRepository users(t.db());
    const QString hash = cheapHash();

    const QStringList names{QStringLiteral("o'brien"), QStringLiteral("x'; DROP TABLE users; --"),
                            QStringLiteral("\"quoted\" \\ back%slash_"), QStringLiteral("Zoë Ñ")};
    for (const QString& name : names) {
        auto created = users.create(NewUser{name, QStringLiteral("PC ") + name, {Role::Officer}}, hash);
        REQUIRE(created.ok());
        CHECK(created->userName == name);
    }
    for (const QString& name : names) {
        auto found = users.findByName(name);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK((*found)->user.userName == name);
        CHECK((*found)->user.roles == QSet<Role>{Role::Officer});
    }
    auto count = users.count();
    REQUIRE(count.ok());
    CHECK(count.value() == names.size());
    // A LIKE wildcard in a name matches only itself.
    auto wildcard = users.findByName(QStringLiteral("%"));
    REQUIRE(wildcard.ok());
    CHECK_FALSE(wildcard->has_value());

    AuditRecord r = consult(names.at(1), 1);
    REQUIRE(AuditLog::append(t.db(), r).ok());
    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    CHECK(records->at(0).userName == names.at(1));
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("user accounts: validation, duplicates, roles and stored back-off", "[security][time]")
{
    test::TempDatabase t;
    createSecurityTables(t.db());
    UserRepository users(t.db());
    const QString hash = cheapHash();

    CHECK_FALSE(users.create(NewUser{QString(), QStringLiteral("PC 1"), {Role::Officer}}, hash).ok());
    CHECK_FALSE(users.create(NewUser{QStringLiteral(" pc1"), QStringLiteral("PC 1"), {Role::Officer}}, hash).ok());
    CHECK_FALSE(users.create(NewUser{QStringLiteral("pc\t1"), QStringLiteral("PC 1"), {Role::Officer}}, hash).ok());
    CHECK_FALSE(users.create(NewUser{QStringLiteral("pc1"), QStringLiteral("PC 1"), {}}, hash).ok());
    auto plain = users.create(NewUser{QStringLiteral("pc1"), QStringLiteral("PC 1"), {Role::Officer}}, QStringLiteral("hunter2hunter2"));
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().message.contains(QStringLiteral("hashed")));

    auto created = users.create(NewUser{QStringLiteral("pc1"), QStringLiteral("PC 1"), {Role::Officer, Role::Supervisor}}, hash);
    REQUIRE(created.ok());
    auto duplicate = users.create(NewUser{QStringLiteral("PC1"), QStringLiteral("Other"), {Role::Officer}}, hash);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already taken")));

    REQUIRE(users.setRoles(created->id, {Role::Administrator}).ok());
    const QDateTime lockedUntil(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    REQUIRE(users.saveLoginState(created->id, LoginState{6, lockedUntil.addSecs(-60), lockedUntil}).ok());
    CHECK_FALSE(users.saveLoginState(created->id + 100, LoginState{}).ok());

    t.reopen();   // the lock survives a restart
    createSecurityTables(t.db());
    auto found = UserRepository(t.db()).findByName(QStringLiteral("Pc1"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->user.roles == QSet<Role>{Role::Administrator});
    CHECK((*found)->login.failedAttempts == 6);
    CHECK((*found)->login.lockedUntilUtc == lockedUntil);
    CHECK((*found)->passwordHash == hash);
}

TEST_CASE("recordFor fills in the actor from the session", "[security]")
{
    Session s;
    s.user.id = 42;
    s.user.userName = QStringLiteral("ds42");
    const AuditRecord r = AuditLog::recordFor(s, AuditAction::Disclose);
    CHECK(r.userId == 42);
    CHECK(r.userName == QStringLiteral("ds42"));
    CHECK(r.action == AuditAction::Disclose);
    CHECK(r.sequence == 0);   // numbered only when appended
}
