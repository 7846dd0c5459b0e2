// Issue 14: saving a reviewed complainant's log — one transaction, the original kept as an
// exhibit with its SHA-256, provenance on every incident, one collection audit record.

#include "TestSupport.h"

#include "common/Clock.h"
#include "logimport/DelimitedParser.h"
#include "logimport/LogImportService.h"
#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "store/Database.h"
#include "store/ExhibitRepository.h"
#include "store/IncidentRepository.h"

#include <QCryptographicHash>

using namespace conduct;
using namespace conduct::logimport;

namespace {
const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

qint64 makeCase(test::TempDatabase& t)
{
    Case c;
    c.urn = QStringLiteral("45AA0209826");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

const QByteArray logBytes("Date,Time,What happened,Where\n"
                          "02/03/2026,19:05,He followed me from the station,Newtown station\n"
                          "03/03/2026,08:00,He messaged me 14 times,\n"
                          "04/03/2026,21:00,He was outside my house,Home\n");

LogImportRequest requestFor(qint64 caseId)
{
    const LogTable table = delimitedTable(QStringLiteral("jd-log.csv"), QString::fromUtf8(logBytes), QStringLiteral("UTF-8"));
    auto proposals = buildProposals(table, guessMapping(table), now);
    REQUIRE(proposals.ok());
    return LogImportRequest{caseId, QStringLiteral("jd-log.csv"), logBytes, QStringLiteral("UTF-8"), QStringLiteral("JD/1"),
                            QStringLiteral("Jane Doe (complainant)"), proposals.value()};
}

int count(Database& db, const char* table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    REQUIRE(n.ok());
    return n->toInt();
}
} // namespace

TEST_CASE("importing a log saves the exhibit with its hash, the incidents with provenance, and one audit record", "[logimport][time]")
{
    ScopedFakeClock clock(now);
    test::TempDatabase t;
    const qint64 caseId = makeCase(t);
    LogImportService service(t.db(), t.session());
    auto outcome = service.importLog(requestFor(caseId));
    REQUIRE(outcome.ok());
    REQUIRE(outcome->incidentIds.size() == 3);
    CHECK(outcome->sha256Hex == QCryptographicHash::hash(logBytes, QCryptographicHash::Sha256).toHex());

    auto exhibit = ExhibitRepository(t.db()).get(outcome->exhibitId);
    REQUIRE(exhibit.ok());
    CHECK(exhibit->reference == QStringLiteral("JD/1"));
    CHECK(exhibit->incidentIds == outcome->incidentIds);
    REQUIRE(exhibit->attachments.size() == 1);
    CHECK(exhibit->attachments[0].sha256Hex == outcome->sha256Hex);
    auto kept = ExhibitRepository(t.db()).attachmentContent(outcome->attachmentId);
    REQUIRE(kept.ok());
    CHECK(kept.value() == logBytes);   // the original, byte for byte

    auto incidents = IncidentRepository(t.db()).listForCase(caseId);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 3);
    CHECK(incidents->at(0).startUtc == QDateTime(QDate(2026, 3, 2), QTime(19, 5), Qt::UTC));
    CHECK(incidents->at(0).provenance == QStringLiteral("From complainant's log: jd-log.csv row 2 (exhibit JD/1)"));
    CHECK(incidents->at(0).behaviours == QList<Behaviour>{Behaviour::Following});
    CHECK(incidents->at(1).location == QStringLiteral("Not stated in the complainant's log"));
    CHECK(incidents->at(2).provenance.contains(QStringLiteral("row 4")));

    auto audit = AuditLog::readForCase(t.db(), caseId);
    REQUIRE(audit.ok());
    int collections = 0;
    for (const AuditRecord& r : audit.value())
        if (r.entityType == QStringLiteral("complainant_log")) {
            ++collections;
            CHECK(r.action == AuditAction::Create);
            CHECK(r.afterJson.contains(outcome->sha256Hex));
            CHECK(r.afterJson.contains("jd-log.csv"));
        }
    CHECK(collections == 1);
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("a failure part-way through an import leaves nothing written", "[logimport][time]")
{
    ScopedFakeClock clock(now);
    test::TempDatabase t;
    const qint64 caseId = makeCase(t);
    const int auditBefore = count(t.db(), "audit_log");
    const int exhibitsBefore = count(t.db(), "exhibits");
    // The store refuses the third incident, after the exhibit, its file and two incidents were written.
    test::runSchemaStatement(t.db(), QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON incidents "
                                              "WHEN NEW.description LIKE '%outside my house%' "
                                              "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"));
    auto outcome = LogImportService(t.db(), t.session()).importLog(requestFor(caseId));
    REQUIRE(!outcome.ok());
    CHECK(outcome.error().message.contains(QStringLiteral("jd-log.csv row 4")));
    CHECK(count(t.db(), "incidents") == 0);
    CHECK(count(t.db(), "exhibits") == exhibitsBefore);
    CHECK(count(t.db(), "exhibit_attachments") == 0);
    CHECK(count(t.db(), "audit_log") == auditBefore);

    // With the fault gone the same import succeeds in full.
    test::dropTrigger(t.db(), QStringLiteral("fail_third"), QStringLiteral("incidents"));
    REQUIRE(LogImportService(t.db(), t.session()).importLog(requestFor(caseId)).ok());
    CHECK(count(t.db(), "incidents") == 3);
}

TEST_CASE("an import is refused whole when a row is unresolved or the user may not edit the case", "[logimport][time]")
{
    ScopedFakeClock clock(now);
    test::TempDatabase t;
    const qint64 caseId = makeCase(t);
    LogImportRequest request = requestFor(caseId);
    request.incidents[1].questions.append(DateQuestion{QStringLiteral("Which?"), {{QStringLiteral("a"), now.addDays(-9), {}}}, 0, false});
    auto unresolved = LogImportService(t.db(), t.session()).importLog(request);
    REQUIRE(!unresolved.ok());
    CHECK(unresolved.error().field == QStringLiteral("jd-log.csv row 3"));
    CHECK(count(t.db(), "incidents") == 0);

    const Session admin = test::sessionFor(t.db(), QStringLiteral("admin1"), {Role::Administrator});
    auto denied = LogImportService(t.db(), admin).importLog(requestFor(caseId));
    REQUIRE(!denied.ok());
    CHECK(count(t.db(), "incidents") == 0);
    CHECK(count(t.db(), "exhibits") == 0);
}
