// Drafts belong to their author (issue 24, finding 2): officer B was offered officer A's
// unfinished incident and B's Discard deleted it, unaudited. DraftService keeps each officer's
// drafts to that officer, holds them to their record's limits and audits a discard.

#include "TestSupport.h"

#include "domain/ChargingFile.h"
#include "domain/Validation.h"
#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "services/AccessGrants.h"
#include "services/DraftService.h"
#include "store/Database.h"


using namespace conduct;

namespace {
struct TwoOfficers {
    test::TempDatabase t;
    Session a = test::sessionFor(t.db(), QStringLiteral("officer.a"), {Role::Officer});
    Session b = test::sessionFor(t.db(), QStringLiteral("officer.b"), {Role::Officer});
    qint64 caseId = 0;

    TwoOfficers()
    {
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PC 1 A");
        auto created = CaseService(t.db(), a).createCase(c);
        REQUIRE(created.ok());
        caseId = created->id;
    }

    Draft incidentDraft(const QString& description) const
    {
        return Draft{QStringLiteral("incident:new:case=%1").arg(caseId), caseId, QStringLiteral("Incident of 01/12/2026"),
                     QJsonObject{{QStringLiteral("description"), description},
                                 {QStringLiteral("location"), QStringLiteral("Outside her flat")}},
                     QDateTime()};
    }

    QList<AuditRecord> draftRecords()
    {
        auto all = AuditLog::readForCase(t.db(), caseId);
        REQUIRE(all.ok());
        QList<AuditRecord> out;
        for (const AuditRecord& r : all.value())
            if (r.entityType == QLatin1String("draft")) out.append(r);
        return out;
    }
};
} // namespace

TEST_CASE("officer B is never offered officer A's draft, and cannot discard it", "[drafts]")
{
    TwoOfficers f;
    DraftService a(f.t.db(), f.a);
    const Draft draft = f.incidentDraft(QStringLiteral("He waited at the bus stop again"));
    REQUIRE(a.save(draft).ok());

    DraftService b(f.t.db(), f.b);
    REQUIRE(AccessGrants(f.t.db(), f.b).grant(f.caseId, GrantReason::LinkedEnquiry, QStringLiteral("Linked enquiry, same suspect")).ok());
    auto offeredToB = b.offer(draft.key);
    REQUIRE(offeredToB.ok());
    CHECK_FALSE(offeredToB->has_value());
    auto listedForB = b.listForCase(f.caseId);
    REQUIRE(listedForB.ok());
    CHECK(listedForB->isEmpty());

    // B's Discard throws away nothing of A's, and so records nothing.
    REQUIRE(b.discard(draft.key).ok());
    auto stillA = a.offer(draft.key);
    REQUIRE(stillA.ok());
    REQUIRE(stillA->has_value());
    CHECK(stillA.value()->payload.value(QStringLiteral("description")).toString() == QStringLiteral("He waited at the bus stop again"));
    CHECK(stillA.value()->authorName == f.a.user.displayName);
    CHECK(f.draftRecords().isEmpty());

    // B's own draft under the same key is B's alone: it neither replaces nor reveals A's.
    REQUIRE(b.save(f.incidentDraft(QStringLiteral("B's typing"))).ok());
    CHECK(a.offer(draft.key).value().value().payload.value(QStringLiteral("description")).toString()
          == QStringLiteral("He waited at the bus stop again"));
    CHECK(b.offer(draft.key).value().value().authorName == f.b.user.displayName);
}

TEST_CASE("a draft is held to its record's limits, naming the field, and the draft already kept stays", "[drafts]")
{
    TwoOfficers f;
    DraftService a(f.t.db(), f.a);
    const Draft kept = f.incidentDraft(QStringLiteral("First lines"));
    REQUIRE(a.save(kept).ok());

    const auto keptStays = [&] {
        auto stored = a.offer(kept.key);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK(stored.value()->payload == kept.payload);
    };

    SECTION("an incident's description over validateIncident's limit, refused as the record is")
    {
        Draft tooLong = kept;
        tooLong.payload.insert(QStringLiteral("description"), QString(limits::longText + 1, u'x'));
        const Status refused = a.save(tooLong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Description"));
        CHECK(refused.error().message.contains(QString::number(limits::longText)));
        Incident record;
        record.caseId = f.caseId;
        record.startUtc = QDateTime(QDate(2026, 3, 31), QTime(22, 10), Qt::UTC);
        record.location = QStringLiteral("Outside her flat");
        record.behaviours = {Behaviour::Loitering};
        record.description = tooLong.payload.value(QStringLiteral("description")).toString();
        const Status recordRefused = validateIncident(record);
        REQUIRE_FALSE(recordRefused.ok());
        CHECK(recordRefused.error().field == refused.error().field);
        CHECK(recordRefused.error().message == refused.error().message);
        keptStays();
    }
    SECTION("an incident's police reference over its limit")
    {
        Draft tooLong = kept;
        tooLong.payload.insert(QStringLiteral("policeReference"), QString(limits::shortText + 1, u'7'));
        CHECK(a.save(tooLong).error().field == QStringLiteral("Police reference"));
        keptStays();
    }
    SECTION("exactly at the limit is kept")
    {
        Draft atLimit = kept;
        atLimit.payload.insert(QStringLiteral("location"), QString(limits::mediumText, u'l'));
        REQUIRE(a.save(atLimit).ok());
        CHECK(a.offer(kept.key).value().value().payload.value(QStringLiteral("location")).toString().size() == limits::mediumText);
    }
    SECTION("a charging document's box for one suspect over the charging file's limit")
    {
        Draft mg3{QStringLiteral("charging:mg3:case=%1:version=1:user=%2").arg(f.caseId).arg(f.a.user.id), f.caseId,
                  QStringLiteral("MG3 version 1"), QJsonObject{{QStringLiteral("mg3Charges12"), QString(kCommentLimit + 1, u'c')}},
                  QDateTime()};
        const Status refused = a.save(mg3);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Proposed charges"));
        mg3.payload = {{QStringLiteral("mg3Outline"), QString(kLongTextLimit, u'o')}};
        CHECK(a.save(mg3).ok());
        mg3.payload = {{QStringLiteral("mg5SomethingNew"), QString(kLongTextLimit + 1, u'n')}};
        CHECK(a.save(mg3).error().field == QStringLiteral("mg5SomethingNew"));   // no box keeps more than the record's longest
        keptStays();
    }
    SECTION("a draft of a record that has no drafts")
    {
        Draft other = kept;
        other.key = QStringLiteral("person:new");
        CHECK(a.save(other).error().field == QStringLiteral("Draft"));
        keptStays();
    }
}

TEST_CASE("a draft is kept only while its author may still edit the case", "[drafts]")
{
    TwoOfficers f;
    DraftService b(f.t.db(), f.b);
    // B has no grant for A's case (issue 24: one model of justified access): nothing of it is kept for B.
    const Status refused = b.save(f.incidentDraft(QStringLiteral("typing")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("reason")));
    REQUIRE(AccessGrants(f.t.db(), f.b).grant(f.caseId, GrantReason::Supervision, QStringLiteral("Supervision of the investigation")).ok());
    CHECK(b.save(f.incidentDraft(QStringLiteral("typing"))).ok());

    const Session admin = test::sessionFor(f.t.db(), QStringLiteral("admin.only"), {Role::Administrator});
    DraftService administrator(f.t.db(), admin);
    CHECK_FALSE(administrator.save(f.incidentDraft(QStringLiteral("typing"))).ok());
}

TEST_CASE("discarding a draft about a case is audited without its typing; settling it after a save is not", "[drafts]")
{
    TwoOfficers f;
    DraftService a(f.t.db(), f.a);
    const Draft draft = f.incidentDraft(QStringLiteral("Personal details that must not reach the audit trail"));
    REQUIRE(a.save(draft).ok());
    REQUIRE(a.discard(draft.key).ok());
    CHECK_FALSE(a.offer(draft.key).value().has_value());

    const QList<AuditRecord> records = f.draftRecords();
    REQUIRE(records.size() == 1);
    const AuditRecord& r = records.first();
    CHECK(r.action == AuditAction::DiscardDraft);
    CHECK(auditActionCode(r.action) == QStringLiteral("discard_draft"));
    CHECK(r.userId == f.a.user.id);
    CHECK(r.caseUrn == QStringLiteral("45AA0209820"));
    CHECK(r.entityId == draft.key);
    CHECK(r.beforeJson.isEmpty());
    CHECK(r.afterJson.isEmpty());
    CHECK(AuditLog::verify(f.t.db()).ok);

    // Discarding again finds nothing to throw away and records nothing more.
    REQUIRE(a.discard(draft.key).ok());
    // A draft whose record was saved is settled: nothing unsaved was lost.
    REQUIRE(a.save(draft).ok());
    REQUIRE(a.settle(draft.key).ok());
    CHECK_FALSE(a.offer(draft.key).value().has_value());
    CHECK(f.draftRecords().size() == 1);
}

TEST_CASE("drafts go with their case when it is deleted", "[drafts]")
{
    TwoOfficers f;
    const Session supervisor = test::sessionFor(f.t.db(), QStringLiteral("sgt.c"), {Role::Supervisor});
    test::joinTeam(f.t.db(), QStringLiteral("Team A"), {f.a.user.id, supervisor.user.id});   // supervises A's cases
    REQUIRE(DraftService(f.t.db(), f.a).save(f.incidentDraft(QStringLiteral("typing"))).ok());
    DraftService bySupervisor(f.t.db(), supervisor);
    REQUIRE(bySupervisor.save(f.incidentDraft(QStringLiteral("the supervisor's typing"))).ok());
    auto count = [&] { return f.t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE case_id = ?"), {f.caseId}).value().toInt(); };
    REQUIRE(count() == 2);
    REQUIRE(CaseService(f.t.db(), supervisor).deleteCase(f.caseId).ok());
    CHECK(count() == 0);
    CHECK(f.t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM drafts")).value().toInt() == 0);
}
