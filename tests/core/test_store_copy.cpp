// copyStore (issue 12, `conduct migrate-store`): a SQLite store with real content copied into a
// TempDatabase, which is a fresh PostgreSQL schema when CONDUCT_TEST_POSTGRES names a server
// (tests/support/with-postgres.sh) and another SQLite file otherwise.

#include "RiskTestSupport.h"
#include "TestSupport.h"

#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "services/DemoCase.h"
#include "services/EvidenceService.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/StoreCopy.h"

#include <QSqlRecord>

using namespace conduct;

namespace {
const QString officerName = QStringLiteral("copy.officer");

// Every byte value twice, NUL and 0xFF included: an attached file must come back byte for byte.
QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 512; ++i) bytes.append(char(i % 256));
    return bytes;
}

// A SQLite store with the demo case (people, incidents, exhibits, care records, a DASH approved by
// a second supervisor, and their audit records) and one more exhibit with a binary attachment.
struct SqliteSource {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 caseId = 0;
    qint64 attachmentId = 0;

    explicit SqliteSource(bool withContent = true)
    {
        REQUIRE(dir.isValid());
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("source.sqlite")));
        if (!opened.ok()) FAIL(opened.error().text().toStdString());
        db = std::move(opened).value();
        if (!withContent) return;
        const Session officer = test::sessionFor(*db, officerName, {Role::Officer, Role::Supervisor});
        const Session reviewer = test::secondSupervisor(*db);
        auto id = ensureDemoCase(*db, officer, &reviewer);
        if (!id.ok()) FAIL(id.error().text().toStdString());
        caseId = id.value();
        EvidenceService evidence(*db, officer);
        Exhibit e;
        e.caseId = caseId;
        e.reference = QStringLiteral("SE/99");
        e.description = QStringLiteral("Screen capture of the fake account");
        e.type = ExhibitType::Cctv;
        e.heldAt = QStringLiteral("Newtown property store");
        e.continuity = {{QStringLiteral("DC 4127 EXAMPLE"), QDateTime::currentDateTimeUtc().addDays(-1), {}, {}}};
        auto saved = evidence.addExhibit(e);
        if (!saved.ok()) FAIL(saved.error().text().toStdString());
        auto attached = evidence.attachBytes(saved->id, QStringLiteral("capture.bin"), everyByte());
        if (!attached.ok()) FAIL(attached.error().text().toStdString());
        attachmentId = attached->id;
    }
};

QString asText(const QVariant& v)
{
    if (v.isNull()) return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray) return QStringLiteral("0x") + QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

// A table's rows as text, sorted: "copied as it was", whatever types each engine hands back.
QStringList rowsOf(const Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
    if (!q.ok()) FAIL(q.error().text().toStdString());
    QStringList rows;
    while (q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i) values.append(asText(q->value(i)));
        rows.append(values.join(u'|'));
    }
    rows.sort();
    return rows;
}

qint64 countOf(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto n = db.scalar(sql, params);
    if (!n.ok()) FAIL(n.error().text().toStdString());
    return n->toLongLong();
}

// Conduct's triggers that are in place and switched on.
qint64 liveTriggers(const Database& db)
{
    return countOf(db, db.engine() == Engine::Sqlite
                           ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
                           : QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
                                            "AND t.tgenabled <> 'D'"));
}

QMap<QString, qint64> rowCountsOf(const Database& db)
{
    auto tables = db.tableNames();
    REQUIRE(tables.ok());
    QMap<QString, qint64> counts;
    for (const QString& t : tables.value()) counts.insert(t, countOf(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)));
    return counts;
}

qint64 totalRows(const Database& db)
{
    qint64 total = 0;
    for (qint64 n : rowCountsOf(db)) total += n;
    return total;
}
} // namespace

TEST_CASE("copyStore copies every table as it was, attachments byte for byte, with the audit chain", "[storecopy][time]")
{
    SqliteSource source;
    test::TempDatabase target;
    const qint64 triggersBefore = liveTriggers(target.db());
    auto report = copyStore(*source.db, target.db());
    if (!report.ok()) FAIL(report.error().text().toStdString());

    auto tables = source.db->tableNames();
    REQUIRE(tables.ok());
    REQUIRE(report->tables.size() == tables->size());
    qint64 total = 0;
    for (const TableCopyCount& t : report->tables) {
        INFO(t.table.toStdString());
        const QStringList rows = rowsOf(*source.db, t.table);
        CHECK(t.rows == rows.size());
        // Every value, ids and the case list's trigger-kept counts included.
        CHECK(rowsOf(target.db(), t.table) == rows);
        total += t.rows;
    }
    CHECK(report->totalRows == total);

    const VerifyResult sourceAudit = AuditLog::verify(*source.db);
    const VerifyResult targetAudit = AuditLog::verify(target.db());
    CHECK(targetAudit.ok);
    CHECK(sourceAudit.checked > 10);
    CHECK(targetAudit.checked == sourceAudit.checked);
    CHECK(targetAudit.lastHash == sourceAudit.lastHash);
    CHECK(report->auditRecords == sourceAudit.checked);
    CHECK(report->auditLastHash == sourceAudit.lastHash);

    // The copied account signs in on the target, and reads the attachment back intact.
    const Session officer = test::sessionFor(target.db(), officerName, {Role::Officer, Role::Supervisor});
    EvidenceService evidence(target.db(), officer);
    auto content = evidence.attachmentContent(source.attachmentId);
    REQUIRE(content.ok());
    CHECK(content.value() == everyByte());
    auto verified = evidence.verifyAttachment(source.attachmentId);
    REQUIRE(verified.ok());
    CHECK(verified->intact);

    // The triggers are back, the text index holds the copied incidents, and new rows take fresh ids.
    CHECK(liveTriggers(target.db()) == triggersBefore);
    auto hits = SearchIndex(target.db()).searchIncidents(QStringLiteral("hatchback"), 10);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    const qint64 maxCase = countOf(*source.db, QStringLiteral("SELECT max(id) FROM cases"));
    const qint64 maxIncident = countOf(*source.db, QStringLiteral("SELECT max(id) FROM incidents"));
    const QString countSql = QStringLiteral("SELECT incident_count FROM cases WHERE id = ?");
    const qint64 incidentsBefore = countOf(target.db(), countSql, {source.caseId});
    CaseService cases(target.db(), officer);
    Incident i;
    i.caseId = source.caseId;
    i.startUtc = QDateTime::currentDateTimeUtc().addDays(-1);
    i.location = QStringLiteral("Outside the complainant's home");
    i.behaviours = {Behaviour::Loitering};
    i.description = QStringLiteral("Seen again outside the house after the copy.");
    auto added = cases.addIncident(i);
    if (!added.ok()) FAIL(added.error().text().toStdString());
    CHECK(added->id > maxIncident);
    CHECK(countOf(target.db(), countSql, {source.caseId}) == incidentsBefore + 1);
    Case fresh;
    fresh.urn = QStringLiteral("45AA0000225");
    fresh.officerInCase = QStringLiteral("PC 1234 Jones");
    auto created = cases.createCase(fresh);
    if (!created.ok()) FAIL(created.error().text().toStdString());
    CHECK(created->id > maxCase);
    CHECK(AuditLog::verify(target.db()).ok);   // the chain goes on from the copied head
}

TEST_CASE("copyStore refuses a target that already holds data and changes nothing", "[storecopy]")
{
    SqliteSource source;
    test::TempDatabase target;
    (void)target.session();   // one account: the target is no longer empty
    const QMap<QString, qint64> before = rowCountsOf(target.db());
    auto report = copyStore(*source.db, target.db());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("already holds Conduct data")));
    CHECK(report.error().message.contains(QStringLiteral("Nothing was copied")));
    CHECK(rowCountsOf(target.db()) == before);
}

TEST_CASE("copyStore that fails part-way leaves the target empty, its triggers in place", "[storecopy]")
{
    SqliteSource source;
    test::TempDatabase target;
    // The demo case has several incidents: the target takes the first and refuses the second,
    // long after users, cases and people are in.
    test::runSchemaStatement(target.db(), QStringLiteral("CREATE UNIQUE INDEX one_incident_per_case ON incidents(case_id)"));
    const qint64 triggersBefore = liveTriggers(target.db());
    auto report = copyStore(*source.db, target.db());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("incidents")));
    CHECK(report.error().message.contains(QStringLiteral("Nothing was copied")));
    CHECK(totalRows(target.db()) == 0);
    CHECK(liveTriggers(target.db()) == triggersBefore);
}

TEST_CASE("copyStore refuses a table that refers to itself, before copying anything", "[storecopy]")
{
    SqliteSource source(false);
    REQUIRE(source.db->exec(QStringLiteral("CREATE TABLE chained (id INTEGER PRIMARY KEY, "
                                           "previous INTEGER REFERENCES chained(id))")).ok());
    test::TempDatabase target;
    auto report = copyStore(*source.db, target.db());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("chained refers to itself")));
    CHECK(totalRows(target.db()) == 0);
}
