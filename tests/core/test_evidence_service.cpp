#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "services/AdvisorService.h"
#include "services/CaseService.h"
#include "services/DemoCase.h"
#include "services/EvidenceService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>

using namespace conduct;

namespace {
qint64 makeCase(test::TempDatabase& t, QList<Offence> offences, const QString& urn = QStringLiteral("45AA0209826"))
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = offences;
    auto created = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

Exhibit exhibit(qint64 caseId, const QString& reference, ExhibitType type = ExhibitType::Cctv)
{
    Exhibit e;
    e.caseId = caseId;
    e.reference = reference;
    e.description = QStringLiteral("CCTV, Newtown station, 18:40 to 19:10");
    e.type = type;
    e.heldAt = QStringLiteral("Newtown property store");
    e.continuity = {{QStringLiteral("DC 4127 EXAMPLE"), Clock::nowUtc().addDays(-3), Clock::nowUtc().addDays(-2), {}},
                    {QStringLiteral("Newtown property store"), Clock::nowUtc().addDays(-2), {}, {}}};
    return e;
}

int auditCount(Database& db, const QString& entityType)
{
    auto all = AuditLog::readAll(db);
    REQUIRE(all.ok());
    int n = 0;
    for (const auto& r : all.value())
        if (r.entityType == entityType) ++n;
    return n;
}
} // namespace

TEST_CASE("checklist statuses are saved per case, audited, and link to exhibits in the register", "[evidence][time]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    EvidenceService service(t.db(), t.session());
    REQUIRE(service.addExhibit(exhibit(caseId, QStringLiteral("SE/1"))).ok());

    ChecklistItemRecord item;
    item.caseId = caseId;
    item.packId = QString::fromLatin1(stalkingChecklistPackId);
    item.itemId = QStringLiteral("e3");
    item.status = EvidenceStatus::Obtained;
    item.obtainedOn = Clock::nowUtc().date().addDays(-1);
    item.exhibitRefs = {QStringLiteral("se/1")};
    auto saved = service.setChecklistItem(item);
    REQUIRE(saved.ok());
    CHECK(saved->packVersion == 1);

    auto list = service.checklist(caseId);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().status == EvidenceStatus::Obtained);
    CHECK(list->first().exhibitRefs == QStringList{QStringLiteral("SE/1")});
    CHECK(auditCount(t.db(), QStringLiteral("checklist_item")) == 1);

    item.exhibitRefs = {QStringLiteral("SE/9")};
    auto unknown = service.setChecklistItem(item);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("Exhibit references"));
    CHECK(unknown.error().message.contains(QStringLiteral("SE/9")));

    item.exhibitRefs.clear();
    item.obtainedOn = Clock::nowUtc().date().addDays(2);
    auto future = service.setChecklistItem(item);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == QStringLiteral("Date obtained"));

    item.itemId = QStringLiteral("e99");
    CHECK_FALSE(service.setChecklistItem(item).ok());
}

TEST_CASE("exhibit references are unique within a case, whatever the spacing or case", "[evidence]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    const qint64 otherCase = makeCase(t, {Offence::Harassment_s2}, QStringLiteral("45AA0209925"));
    EvidenceService service(t.db(), t.session());
    auto first = service.addExhibit(exhibit(caseId, QStringLiteral("SE/1")));
    REQUIRE(first.ok());
    auto clash = service.addExhibit(exhibit(caseId, QStringLiteral("se / 1")));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().field == QStringLiteral("Reference"));
    CHECK(clash.error().message.contains(QStringLiteral("unique within the case")));
    CHECK(service.addExhibit(exhibit(otherCase, QStringLiteral("SE/1"))).ok());   // another case may use it

    // Stored, shown and printed in the standard form, whatever was typed (issue 31).
    auto typed = service.addExhibit(exhibit(caseId, QStringLiteral("se / 3")));
    REQUIRE(typed.ok());
    CHECK(typed->reference == QStringLiteral("SE/3"));
    auto listed = service.exhibits(caseId);
    REQUIRE(listed.ok());
    bool listedStandard = false;
    for (const Exhibit& e : listed.value())
        if (e.id == typed->id) listedStandard = e.reference == QStringLiteral("SE/3");
    CHECK(listedStandard);

    auto second = service.addExhibit(exhibit(caseId, QStringLiteral("SE/2")));
    REQUIRE(second.ok());
    Exhibit renamed = second.value();
    renamed.reference = QStringLiteral("SE1");
    CHECK_FALSE(service.updateExhibit(renamed).ok());

    auto bad = service.addExhibit(exhibit(caseId, QStringLiteral("the CCTV")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("initials and a number")));
}

TEST_CASE("continuity is kept in order and validated row by row", "[evidence][time]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    EvidenceService service(t.db(), t.session());
    auto saved = service.addExhibit(exhibit(caseId, QStringLiteral("SE/1")));
    REQUIRE(saved.ok());
    auto read = service.exhibits(caseId);
    REQUIRE(read.ok());
    REQUIRE(read->first().continuity.size() == 2);
    CHECK(read->first().continuity[1].heldBy == QStringLiteral("Newtown property store"));
    CHECK_FALSE(read->first().continuity[1].toUtc.isValid());

    Exhibit e = read->first();
    e.continuity[0].toUtc = e.continuity[0].fromUtc.addSecs(-60);
    auto backwards = service.updateExhibit(e);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().field == QStringLiteral("Continuity row 1"));
}

TEST_CASE("attached files keep their SHA-256 and verification detects a modified file", "[evidence]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    EvidenceService service(t.db(), t.session());
    auto e = service.addExhibit(exhibit(caseId, QStringLiteral("SE/1")));
    REQUIRE(e.ok());

    const QString path = t.dir.filePath(QStringLiteral("note.jpg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("photograph of the note under the wiper"));
    f.close();
    auto attached = service.attachFile(e->id, path);
    REQUIRE(attached.ok());
    CHECK(attached->sha256Hex
          == QCryptographicHash::hash("photograph of the note under the wiper", QCryptographicHash::Sha256).toHex());

    auto ok = service.verifyAttachment(attached->id);
    REQUIRE(ok.ok());
    CHECK(ok->intact);

    // Someone alters the stored copy behind Conduct's back.
    REQUIRE(t.db().exec(QStringLiteral("UPDATE attachment_content SET content = ? WHERE attachment_id = ?"),
                        {QByteArray("photograph of a different note"), attached->id}).ok());
    auto changed = service.verifyAttachment(attached->id);
    REQUIRE(changed.ok());
    CHECK_FALSE(changed->intact);
    CHECK(changed->message.contains(QStringLiteral("HAS CHANGED")));
    auto list = service.exhibits(caseId);
    REQUIRE(list.ok());
    CHECK_FALSE(list->first().attachments.first().lastVerifiedOk);
}

TEST_CASE("files over the size limit are refused with the limit in the message", "[evidence]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    EvidenceService service(t.db(), t.session());
    CHECK(service.attachmentLimitBytes() == 50LL * 1024 * 1024);
    auto e = service.addExhibit(exhibit(caseId, QStringLiteral("SE/1")));
    REQUIRE(e.ok());
    service.setAttachmentLimitBytes(1024 * 1024);
    const QString path = t.dir.filePath(QStringLiteral("download.bin"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1024 * 1024 + 1, 'x'));
    f.close();
    auto refused = service.attachFile(e->id, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("File"));
    CHECK(refused.error().message.contains(QStringLiteral("over the 1.0 MB limit")));
    auto count = t.db().scalar(QStringLiteral("SELECT count(*) FROM exhibit_attachments"));
    REQUIRE(count.ok());
    CHECK(count->toInt() == 0);
    service.setAttachmentLimitBytes(2 * 1024 * 1024);
    CHECK(service.attachFile(e->id, path).ok());
}

TEST_CASE("a PIN is refused in a stalking case, quoting protocol 3.11", "[evidence][time]")
{
    test::TempDatabase t;
    EvidenceService service(t.db(), t.session());
    CaseMeasure pin;
    pin.caseId = makeCase(t, {Offence::Stalking_s2A});
    pin.kind = CaseMeasureKind::Pin;
    pin.date = Clock::nowUtc().date();
    auto refused = service.recordMeasure(pin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Police Information Notice"));
    CHECK(refused.error().message.contains(QStringLiteral("3.11")));
    CHECK(refused.error().message.contains(QStringLiteral("will not be used in stalking cases")));

    pin.caseId = makeCase(t, {Offence::Harassment_s2}, QStringLiteral("45AA0209925"));
    CHECK(service.recordMeasure(pin).ok());
}

TEST_CASE("a postal requisition is refused in stalking and warned about in harassment (4.8)", "[evidence][time]")
{
    test::TempDatabase t;
    EvidenceService service(t.db(), t.session());
    CaseMeasure postal;
    postal.kind = CaseMeasureKind::PostalRequisition;
    postal.date = Clock::nowUtc().date();
    postal.caseId = makeCase(t, {Offence::StalkingFearAlarm_s4A});
    auto refused = service.recordMeasure(postal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("4.8")));
    postal.caseId = makeCase(t, {Offence::Harassment_s2}, QStringLiteral("45AA0209925"));
    auto warned = service.recordMeasure(postal);
    REQUIRE(warned.ok());
    CHECK(warned->warning.contains(QStringLiteral("4.8")));
}

TEST_CASE("the officer's offence choice needs a reason when it departs from the guide, and records why not stalking", "[evidence][time]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {});
    CaseService cases(t.db(), t.session());
    for (int day : {20, 10}) {
        Incident i;
        i.caseId = caseId;
        i.startUtc = Clock::nowUtc().addDays(-day);
        i.location = QStringLiteral("Outside the complainant's home");
        i.behaviours = {Behaviour::Loitering};
        i.description = QStringLiteral("Waiting outside.");
        REQUIRE(cases.addIncident(i).ok());
    }
    EvidenceService service(t.db(), t.session());
    auto guide = service.offenceGuide(caseId);
    REQUIRE(guide.ok());
    REQUIRE(guide->suggests(Offence::Stalking_s2A));

    OffenceChoice choice;
    choice.caseId = caseId;
    choice.offences = {Offence::Harassment_s2};
    auto noReason = service.recordOffenceChoice(choice);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("Reason"));
    CHECK(noReason.error().message.contains(QStringLiteral("3.10")));

    choice.reason = QStringLiteral("The loitering was at a shared bus stop; no fixation shown.");
    REQUIRE(service.recordOffenceChoice(choice).ok());
    auto after = cases.loadCase(caseId);
    REQUIRE(after.ok());
    CHECK(after->caseRecord.offences == QList<Offence>{Offence::Harassment_s2});
    CHECK(after->caseRecord.whyNotStalking == choice.reason);
    auto latest = service.latestOffenceChoice(caseId);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK(latest->value().reason == choice.reason);

    OffenceChoice agree;
    agree.caseId = caseId;
    agree.offences = {Offence::Stalking_s2A};
    CHECK(service.recordOffenceChoice(agree).ok());   // the guide's own starting point needs no reason
}

TEST_CASE("an officer cannot change the evidence of someone else's case", "[evidence]")
{
    test::TempDatabase t;
    const qint64 caseId = makeCase(t, {Offence::Stalking_s2A});
    const Session other = test::sessionFor(t.db(), QStringLiteral("other.officer"), {Role::Officer});
    EvidenceService service(t.db(), other);
    CHECK_FALSE(service.addExhibit(exhibit(caseId, QStringLiteral("AB/1"))).ok());
}

TEST_CASE("the demo case has a populated checklist, exhibits and a mix of advisor results", "[evidence]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    EvidenceService evidence(t.db(), t.session());
    auto checklist = evidence.checklist(id.value());
    REQUIRE(checklist.ok());
    QSet<EvidenceStatus> statuses;
    for (const auto& r : checklist.value()) statuses.insert(r.status);
    CHECK(statuses.contains(EvidenceStatus::Obtained));
    CHECK(statuses.contains(EvidenceStatus::Requested));
    CHECK(statuses.contains(EvidenceStatus::Outstanding));
    auto exhibits = evidence.exhibits(id.value());
    REQUIRE(exhibits.ok());
    CHECK(exhibits->size() >= 3);

    auto advice = AdvisorService(t.db(), t.session()).advise(id.value());
    REQUIRE(advice.ok());
    int met = 0, attention = 0;
    for (const auto& r : advice.value()) {
        if (r.state == RuleState::Met) ++met;
        if (r.state == RuleState::NeedsAttention) ++attention;
    }
    CHECK(met >= 4);
    CHECK(attention >= 2);
    const auto counts = AdvisorService(t.db(), t.session()).attentionCounts({id.value()});
    CHECK(counts.value(id.value()) == attention);
}
