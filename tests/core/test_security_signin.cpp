// Signing in and managing accounts against a real database: the same message for unknown names
// and wrong passwords, a back-off that grows and survives restart, and audited account changes.

#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "store/SecuritySchema.h"
#include "store/Database.h"

using namespace conduct;

namespace {

const QString adminPassword = QStringLiteral("admin pass phrase 1");
const QString officerPassword = QStringLiteral("officer pass phrase 2");

PasswordHasher cheap() { return PasswordHasher(HashCost::minimumForTests()); }

struct SignInFixture {
    SignInFixture() : clock(QDateTime(QDate(2024, 4, 2), QTime(7, 0), Qt::UTC))
    {
        for (const QString& sql : userSchemaSqlite() + auditSchemaSqlite()) test::runSchemaStatement(t.db(), sql);
        AccountService accounts(t.db(), cheap());
        auto a = accounts.createFirstAdministrator(NewUser{QStringLiteral("admin"), QStringLiteral("Admin One"), {}}, adminPassword);
        REQUIRE(a.ok());
        admin = Session{a.value(), Clock::nowUtc()};
        auto o = accounts.createUser(admin, NewUser{QStringLiteral("pc101"), QStringLiteral("PC 101 Smith"), {Role::Officer}}, officerPassword);
        REQUIRE(o.ok());
        officer = o.value();
    }

    QList<AuditAction> auditActions()
    {
        auto records = AuditLog::readAll(t.db());
        REQUIRE(records.ok());
        QList<AuditAction> actions;
        for (const AuditRecord& r : records.value()) actions.append(r.action);
        return actions;
    }

    test::TempDatabase t;
    ScopedFakeClock clock;
    Session admin;
    User officer;
};

} // namespace

TEST_CASE("signing in with the right password opens a session and is audited", "[security]")
{
    SignInFixture f;
    Authenticator auth(f.t.db(), cheap());
    auto session = auth.signIn(QStringLiteral("PC101"), officerPassword);
    REQUIRE(session.ok());
    CHECK(session->user.id == f.officer.id);
    CHECK(session->user.roles == QSet<Role>{Role::Officer});
    CHECK(f.auditActions().last() == AuditAction::Login);
    CHECK(AuditLog::verify(f.t.db()).ok);
}

TEST_CASE("unknown user names and wrong passwords fail alike", "[security]")
{
    SignInFixture f;
    Authenticator auth(f.t.db(), cheap());
    auto wrongPassword = auth.signIn(QStringLiteral("pc101"), QStringLiteral("not the password"));
    auto unknownName = auth.signIn(QStringLiteral("pc999"), officerPassword);
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownName.ok());
    CHECK(wrongPassword.error().message == unknownName.error().message);
    CHECK(wrongPassword.error().field == unknownName.error().field);
    CHECK(wrongPassword.error().message == Authenticator::failureMessage());

    // A deactivated account fails the same way, even with its right password.
    AccountService accounts(f.t.db(), cheap());
    REQUIRE(accounts.setActive(f.admin, f.officer.id, false).ok());
    auto deactivated = auth.signIn(QStringLiteral("pc101"), officerPassword);
    REQUIRE_FALSE(deactivated.ok());
    CHECK(deactivated.error().message == Authenticator::failureMessage());

    const auto actions = f.auditActions();
    CHECK(actions.count(AuditAction::LoginFailed) == 3);
}

TEST_CASE("repeated failures lock the account for longer each time, across a restart", "[security]")
{
    SignInFixture f;
    {
        Authenticator auth(f.t.db(), cheap());
        for (int i = 0; i < 5; ++i) CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), QStringLiteral("guess number %1").arg(i)).ok());
        // Locked: even the right password is refused now.
        auto locked = auth.signIn(QStringLiteral("pc101"), officerPassword);
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().message == Authenticator::lockedMessage(30));
        CHECK(f.auditActions().count(AuditAction::Lock) == 1);
    }
    f.t.reopen();   // the application restarts: the lock is in the users table
    Authenticator auth(f.t.db(), cheap());
    CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());

    f.clock.advanceSeconds(30);
    auto sixth = auth.signIn(QStringLiteral("pc101"), QStringLiteral("another wrong guess"));
    REQUIRE_FALSE(sixth.ok());
    auto relocked = auth.signIn(QStringLiteral("pc101"), officerPassword);
    REQUIRE_FALSE(relocked.ok());
    CHECK(relocked.error().message == Authenticator::lockedMessage(60));   // the delay doubled

    f.clock.advanceSeconds(60);
    auto session = auth.signIn(QStringLiteral("pc101"), officerPassword);
    REQUIRE(session.ok());
    auto stored = UserRepository(f.t.db()).findById(f.officer.id);
    REQUIRE(stored.ok());
    CHECK((*stored)->login.failedAttempts == 0);
    CHECK(AuditLog::verify(f.t.db()).ok);
}

TEST_CASE("unknown user names lock exactly like real ones", "[security]")
{
    SignInFixture f;
    Authenticator auth(f.t.db(), cheap());
    for (int i = 0; i < 5; ++i) CHECK_FALSE(auth.signIn(QStringLiteral("ghost"), officerPassword).ok());
    auto unknownLocked = auth.signIn(QStringLiteral("ghost"), officerPassword);
    for (int i = 0; i < 5; ++i) CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), QStringLiteral("wrong wrong %1").arg(i)).ok());
    auto realLocked = auth.signIn(QStringLiteral("pc101"), officerPassword);
    REQUIRE_FALSE(unknownLocked.ok());
    REQUIRE_FALSE(realLocked.ok());
    CHECK(unknownLocked.error().message == realLocked.error().message);
}

TEST_CASE("a hash made at an older cost is upgraded at sign-in", "[security]")
{
    SignInFixture f;
    const HashCost stronger{HashCost::minimumForTests().opsLimit + 1, HashCost::minimumForTests().memLimitBytes * 2};
    Authenticator auth(f.t.db(), PasswordHasher(stronger));
    REQUIRE(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());
    auto stored = UserRepository(f.t.db()).findById(f.officer.id);
    REQUIRE(stored.ok());
    CHECK_FALSE(PasswordHasher(stronger).needsRehash((*stored)->passwordHash));
    CHECK(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());
}

TEST_CASE("account changes need the administrator role and are audited", "[security][time]")
{
    SignInFixture f;
    AccountService accounts(f.t.db(), cheap());
    const Session officer{f.officer, Clock::nowUtc()};

    auto refused = accounts.createUser(officer, NewUser{QStringLiteral("pc102"), QStringLiteral("PC 102"), {Role::Officer}}, officerPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("manage user accounts")));
    CHECK_FALSE(accounts.createFirstAdministrator(NewUser{QStringLiteral("late"), QStringLiteral("Late"), {}}, adminPassword).ok());

    auto shortPassword = accounts.createUser(f.admin, NewUser{QStringLiteral("pc103"), QStringLiteral("PC 103"), {Role::Officer}}, QStringLiteral("short"));
    REQUIRE_FALSE(shortPassword.ok());
    CHECK(shortPassword.error().field == QStringLiteral("Password"));

    REQUIRE(accounts.setRoles(f.admin, f.officer.id, {Role::Officer, Role::Supervisor}).ok());
    auto records = AuditLog::readAll(f.t.db());
    REQUIRE(records.ok());
    const AuditRecord& last = records->last();
    CHECK(last.action == AuditAction::AccountChange);
    CHECK(last.userName == QStringLiteral("admin"));
    CHECK(last.entityId == QString::number(f.officer.id));
    CHECK(last.beforeJson == QByteArray("{\"roles\":[\"officer\"]}"));
    CHECK(last.afterJson == QByteArray("{\"roles\":[\"officer\",\"supervisor\"]}"));

    // The last administrator cannot remove their own ability to manage accounts.
    auto lastAdmin = accounts.setRoles(f.admin, f.admin.user.id, {Role::Supervisor});
    REQUIRE_FALSE(lastAdmin.ok());
    CHECK(lastAdmin.error().message.contains(QStringLiteral("only active administrator")));
    CHECK(AuditLog::verify(f.t.db()).ok);
}

TEST_CASE("users change their own password, which never enters the audit trail", "[security][time]")
{
    SignInFixture f;
    AccountService accounts(f.t.db(), cheap());
    const Session officer{f.officer, Clock::nowUtc()};
    const QString newPassword = QStringLiteral("a brand new pass phrase");

    CHECK_FALSE(accounts.changeOwnPassword(officer, QStringLiteral("not my password"), newPassword).ok());
    CHECK_FALSE(accounts.changeOwnPassword(officer, officerPassword, QStringLiteral("too short")).ok());
    REQUIRE(accounts.changeOwnPassword(officer, officerPassword, newPassword).ok());

    Authenticator auth(f.t.db(), cheap());
    CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());
    CHECK(auth.signIn(QStringLiteral("pc101"), newPassword).ok());

    auto records = AuditLog::readAll(f.t.db());
    REQUIRE(records.ok());
    for (const AuditRecord& r : records.value()) {
        CHECK_FALSE(r.afterJson.contains(newPassword.toUtf8()));
        CHECK_FALSE(r.afterJson.contains("argon2"));
    }
}

TEST_CASE("an administrator unlocks a locked account", "[security]")
{
    SignInFixture f;
    Authenticator auth(f.t.db(), cheap());
    for (int i = 0; i < 5; ++i) CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), QStringLiteral("wrong guess %1").arg(i)).ok());
    CHECK_FALSE(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());
    AccountService accounts(f.t.db(), cheap());
    REQUIRE(accounts.unlock(f.admin, f.officer.id).ok());
    CHECK(f.auditActions().contains(AuditAction::Unlock));
    CHECK(auth.signIn(QStringLiteral("pc101"), officerPassword).ok());
}
