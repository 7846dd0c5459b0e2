// Reading the audit trail: filters by case, user, action and UK day, paging, literal matching of
// SQL meta-characters, the ReadAuditTrail permission, and the CSV export recorded as a disclosure.

#include "FileModes.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "services/AuditQueryService.h"
#include "store/Database.h"

#include <QFile>

using namespace conduct;

namespace {

void append(Database& db, const Session& actor, AuditAction action, const QString& urn, const QString& userName = {})
{
    AuditRecord r = AuditLog::recordFor(actor, action);
    if (!userName.isEmpty()) r.userName = userName;
    r.caseUrn = urn;
    r.entityType = QStringLiteral("case");
    REQUIRE(AuditLog::append(db, r).ok());
}

QStringList urnsOf(const AuditPage& page)
{
    QStringList urns;
    for (const AuditRecord& r : page.records) urns.append(r.caseUrn);
    return urns;
}

struct QueryFixture {
    QueryFixture() : clock(QDateTime(QDate(2024, 6, 30), QTime(22, 30), Qt::UTC))   // 23:30 BST
    {
        supervisor = t.session();
        officer = test::sessionFor(t.db(), QStringLiteral("pc.only"), {Role::Officer});
        baseline = AuditLog::readAll(t.db())->size();
        append(t.db(), officer, AuditAction::Consult, QStringLiteral("45AA0209820"));
        clock.advanceSeconds(60 * 60);   // 00:30 BST on 1 July
        append(t.db(), officer, AuditAction::Update, QStringLiteral("45AA0209820"));
        append(t.db(), supervisor, AuditAction::Consult, QStringLiteral("01BB1234524"));
        append(t.db(), supervisor, AuditAction::Consult, QStringLiteral("01BB1234524"), QStringLiteral("o'brien\"; DROP TABLE x;--"));
        append(t.db(), supervisor, AuditAction::Create, QStringLiteral("99ZZ%_99999"));
    }

    test::TempDatabase t;
    ScopedFakeClock clock;
    Session supervisor;
    Session officer;
    qsizetype baseline = 0;
};

} // namespace

TEST_CASE("audit records are filtered by case, user, action and UK day", "[security][audit-query][time]")
{
    QueryFixture f;
    AuditQueryService service(f.t.db(), f.supervisor);

    SECTION("by part of a URN, typed with spaces")
    {
        auto page = service.find(AuditFilter{.caseUrn = QStringLiteral("45 AA 02098")}, 0, 100);
        REQUIRE(page.ok());
        CHECK(page->total == 2);
        CHECK(urnsOf(page.value()) == QStringList{QStringLiteral("45AA0209820"), QStringLiteral("45AA0209820")});
    }
    SECTION("by user name, ignoring case")
    {
        auto page = service.find(AuditFilter{.userName = QStringLiteral("PC.ONLY")}, 0, 100);
        REQUIRE(page.ok());
        CHECK(page->total == 2);
        for (const AuditRecord& r : page->records) CHECK(r.userId == f.officer.user.id);
    }
    SECTION("by action")
    {
        auto page = service.find(AuditFilter{.action = AuditAction::Consult}, 0, 100);
        REQUIRE(page.ok());
        CHECK(page->total == 3);
    }
    SECTION("by UK calendar day: 23:30 BST on 30 June is not 1 July")
    {
        auto july = service.find(AuditFilter{.fromDate = QDate(2024, 7, 1), .toDate = QDate(2024, 7, 1)}, 0, 100);
        REQUIRE(july.ok());
        CHECK(july->total == 4);
        auto june = service.find(AuditFilter{.caseUrn = QStringLiteral("45AA"), .toDate = QDate(2024, 6, 30)}, 0, 100);
        REQUIRE(june.ok());
        CHECK(june->total == 1);
        CHECK(june->records.first().action == AuditAction::Consult);
    }
    SECTION("a last day before the first day is refused, naming the field")
    {
        auto page = service.find(AuditFilter{.fromDate = QDate(2024, 7, 2), .toDate = QDate(2024, 7, 1)}, 0, 100);
        REQUIRE_FALSE(page.ok());
        CHECK(page.error().field == QStringLiteral("To"));
    }
}

TEST_CASE("audit filters treat quotes and SQL wildcards literally", "[security][audit-query]")
{
    QueryFixture f;
    AuditQueryService service(f.t.db(), f.supervisor);
    auto quoted = service.find(AuditFilter{.userName = QStringLiteral("o'brien\"; DROP TABLE x;--")}, 0, 100);
    REQUIRE(quoted.ok());
    CHECK(quoted->total == 1);
    auto percent = service.find(AuditFilter{.caseUrn = QStringLiteral("%")}, 0, 100);
    REQUIRE(percent.ok());
    CHECK(urnsOf(percent.value()) == QStringList{QStringLiteral("99ZZ%_99999")});
    auto underscore = service.find(AuditFilter{.caseUrn = QStringLiteral("Z_")}, 0, 100);   // _ is not "any character"
    REQUIRE(underscore.ok());
    CHECK(underscore->total == 0);
    auto injection = service.find(AuditFilter{.userName = QStringLiteral("' OR '1'='1")}, 0, 100);
    REQUIRE(injection.ok());
    CHECK(injection->total == 0);
    CHECK(AuditLog::verify(f.t.db()).ok);
}

TEST_CASE("audit results come in pages with the total", "[security][audit-query]")
{
    QueryFixture f;
    AuditQueryService service(f.t.db(), f.supervisor);
    const qint64 all = f.baseline + 5;
    auto first = service.find({}, 0, 2);
    REQUIRE(first.ok());
    CHECK(first->total == all);
    REQUIRE(first->records.size() == 2);
    CHECK(first->records[0].sequence == 1);
    auto last = service.find({}, int(all) - 1, 2);
    REQUIRE(last.ok());
    REQUIRE(last->records.size() == 1);
    CHECK(last->records[0].sequence == all);
}

TEST_CASE("only supervisors read the audit trail", "[security][audit-query]")
{
    QueryFixture f;
    AuditQueryService service(f.t.db(), f.officer);
    auto page = service.find({}, 0, 10);
    REQUIRE_FALSE(page.ok());
    CHECK(page.error().message.contains(QStringLiteral("audit trail")));
    CHECK_FALSE(service.verifyChain().ok());
    QTemporaryDir dir;
    CHECK_FALSE(service.exportCsv({}, dir.filePath(QStringLiteral("a.csv")), QStringLiteral("r"), QStringLiteral("x")).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
}

TEST_CASE("exporting audit records writes CSV and records the disclosure", "[security][audit-query]")
{
    QueryFixture f;
    AuditQueryService service(f.t.db(), f.supervisor);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));

    SECTION("a reason and a recipient are required")
    {
        auto refused = service.exportCsv({}, path, QStringLiteral("  "), QStringLiteral("PSD"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Reason"));
        auto noRecipient = service.exportCsv({}, path, QStringLiteral("Complaint 12"), QString());
        REQUIRE_FALSE(noRecipient.ok());
        CHECK(noRecipient.error().field == QStringLiteral("Recipient"));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("the filtered records are written, quoted, and the export audited")
    {
        auto written = service.exportCsv(AuditFilter{.action = AuditAction::Consult}, path, QStringLiteral("Complaint 12"),
                                         QStringLiteral("Professional Standards"));
        REQUIRE(written.ok());
        CHECK(written.value() == 3);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        CHECK(csv.count("\r\n") == 4);   // header and three records
        CHECK(csv.startsWith("sequence,time_utc,user_id,user_name,action"));
        CHECK(csv.contains("\"o'brien\"\"; DROP TABLE x;--\""));

        auto records = AuditLog::readAll(f.t.db());
        REQUIRE(records.ok());
        const AuditRecord& last = records->last();
        CHECK(last.action == AuditAction::Disclose);
        CHECK(last.userId == f.supervisor.user.id);
        CHECK(last.justification == QStringLiteral("Complaint 12"));
        CHECK(last.recipient == QStringLiteral("Professional Standards"));
        CHECK(last.afterJson.contains("\"records\":3"));
        CHECK(AuditLog::verify(f.t.db()).ok);
    }
    SECTION("the CSV is private to its owner under a permissive umask (issue 24)")
    {
        test::ScopedUmask permissive(022);
        REQUIRE(service.exportCsv({}, path, QStringLiteral("Complaint 12"), QStringLiteral("Professional Standards")).ok());
        CHECK(test::fileMode(path) == 0600);
    }
}

TEST_CASE("CSV cells that a spreadsheet would run are defused", "[security][audit-query]")
{
    AuditRecord r;
    r.sequence = 1;
    r.userName = QStringLiteral("=HYPERLINK(\"http://x\")");
    r.justification = QStringLiteral("line one\nline two");
    const QByteArray csv = auditCsv({r});
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(csv.contains("\"line one\nline two\""));
}

TEST_CASE("the chain status reads as a sentence", "[security][audit-query]")
{
    QueryFixture f;
    auto status = AuditQueryService(f.t.db(), f.supervisor).verifyChain();
    REQUIRE(status.ok());
    CHECK(chainStatusText(status.value()) == QStringLiteral("Chain intact: %1 records.").arg(f.baseline + 5));
    VerifyResult broken;
    broken.ok = false;
    broken.problem = QStringLiteral("Audit record 3 has been altered.");
    CHECK(chainStatusText(broken).contains(QStringLiteral("record 3")));
}

TEST_CASE("an administrator resets a password, audited without the password", "[security][audit-query]")
{
    test::TempDatabase t;
    const Session admin = test::sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    const Session officer = test::sessionFor(t.db(), QStringLiteral("pc.reset"), {Role::Officer});
    AccountService accounts(t.db(), PasswordHasher(HashCost::minimumForTests()));
    const QString fresh = QStringLiteral("a brand new pass phrase");

    CHECK_FALSE(accounts.resetPassword(officer, officer.user.id, fresh).ok());   // not an administrator
    auto tooShort = accounts.resetPassword(admin, officer.user.id, QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QStringLiteral("New password"));
    CHECK_FALSE(accounts.resetPassword(admin, 999999, fresh).ok());

    REQUIRE(accounts.resetPassword(admin, officer.user.id, fresh).ok());
    Authenticator auth(t.db(), PasswordHasher(HashCost::minimumForTests()));
    CHECK_FALSE(auth.signIn(QStringLiteral("pc.reset"), QString::fromLatin1(test::testPassword)).ok());
    CHECK(auth.signIn(QStringLiteral("pc.reset"), fresh).ok());

    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    bool found = false;
    for (const AuditRecord& r : records.value()) {
        CHECK_FALSE(r.afterJson.contains(fresh.toUtf8()));
        if (r.action == AuditAction::AccountChange && r.afterJson.contains("\"password\":\"reset\"")) {
            found = true;
            CHECK(r.userId == admin.user.id);
            CHECK(r.entityId == QString::number(officer.user.id));
        }
    }
    CHECK(found);
}
