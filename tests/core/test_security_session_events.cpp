// Sign-outs and screen locks are recorded, and one that cannot be recorded is reported, never
// dropped in silence (issue 24).

#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "security/SessionEvents.h"
#include "store/Database.h"

using namespace conduct;

namespace {
int logouts(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'logout'"))->toInt();
}
} // namespace

TEST_CASE("a sign-out is recorded in the audit trail", "[security][audit]")
{
    test::TempDatabase t;
    const Session session = t.session();
    const int before = logouts(t.db());
    REQUIRE(Authenticator(t.db(), PasswordHasher(HashCost::minimumForTests())).signOut(session).ok());
    CHECK(logouts(t.db()) == before + 1);
}

TEST_CASE("a sign-out that cannot be recorded is retried, then reported with the reason", "[security][audit]")
{
    test::TempDatabase t;
    const Session session = t.session();
    const int before = logouts(t.db());
    test::runSchemaStatement(t.db(), QStringLiteral("CREATE TRIGGER refuse_logout BEFORE INSERT ON audit_log "
                                                     "WHEN NEW.action = 'logout' "
                                                     "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"));
    const Status recorded = Authenticator(t.db(), PasswordHasher(HashCost::minimumForTests())).signOut(session);
    test::dropTrigger(t.db(), QStringLiteral("refuse_logout"), QStringLiteral("audit_log"));
    REQUIRE_FALSE(recorded.ok());
    INFO(recorded.error().text().toStdString());
    CHECK(recorded.error().field == QStringLiteral("Audit trail"));
    CHECK(recorded.error().message.contains(QStringLiteral("after 3 tries")));
    CHECK(recorded.error().message.contains(QStringLiteral("disk full (test)")));
    CHECK(logouts(t.db()) == before);
    CHECK(AuditLog::verify(t.db()).ok);   // the failed tries left the chain whole
}

TEST_CASE("a database opened read-only records no session event, and that is not an error", "[security][audit][sqlite]")
{
    test::TempDatabase t;
    const Session session = t.session();
    const int before = logouts(t.db());
    t.database.reset();
    auto readOnly = Database::open(t.path(), {.readOnly = true, .createIfMissing = false});
    REQUIRE(readOnly.ok());
    AuditRecord r = AuditLog::recordFor(session, AuditAction::Lock);
    r.entityType = QStringLiteral("session");
    CHECK(recordSessionEvent(*readOnly.value(), r).ok());
    CHECK(logouts(*readOnly.value()) == before);
}
