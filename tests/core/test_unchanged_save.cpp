// A save with no changes writes nothing (issue 30): no version bump, which would give every other
// desk with the record open a conflict for nothing, and no audit record of an update that changed
// nothing. A save that does change something still bumps the version and is audited.

#include "RiskTestSupport.h"
#include "TestSupport.h"
#include "care_fixture.h"

#include "common/UkTime.h"
#include "services/CaseService.h"
#include "services/ChargingFileService.h"
#include "services/ChargingService.h"
#include "services/EvidenceService.h"
#include "services/RiskAssessmentService.h"
#include "services/VictimCareService.h"
#include "services/WithdrawalService.h"
#include "store/Database.h"

using namespace conduct;
using namespace conduct::test;

namespace {
qint64 auditRows(Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(n.ok());
    return n->toLongLong();
}
} // namespace

TEST_CASE("saving a case, person or incident unchanged keeps its version and writes no audit record", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    CaseService service(t.db(), t.session());
    const CaseDetail opened = service.loadCase(caseId).value();
    const qint64 auditBefore = auditRows(t.db());

    auto caseSaved = service.updateCase(opened.caseRecord);
    REQUIRE(caseSaved.ok());
    CHECK(caseSaved->rowVersion == opened.caseRecord.rowVersion);
    auto personSaved = service.updatePerson(opened.people.first());
    REQUIRE(personSaved.ok());
    CHECK(personSaved->rowVersion == opened.people.first().rowVersion);
    auto incidentSaved = service.updateIncident(opened.incidents.first());
    REQUIRE(incidentSaved.ok());
    CHECK(incidentSaved->rowVersion == opened.incidents.first().rowVersion);
    CHECK(auditRows(t.db()) == auditBefore);

    const CaseDetail reloaded = service.loadCase(caseId).value();
    CHECK(reloaded.caseRecord.rowVersion == opened.caseRecord.rowVersion);
    CHECK(reloaded.caseRecord.updatedUtc == opened.caseRecord.updatedUtc);   // the case's "last changed" is not touched
    CHECK(reloaded.people.first().rowVersion == opened.people.first().rowVersion);
    CHECK(reloaded.incidents.first().rowVersion == opened.incidents.first().rowVersion);

    // Saving the unchanged copy again after the no-op still saves cleanly: no conflict with itself.
    Incident edited = incidentSaved.value();
    edited.description = QStringLiteral("Waited outside the house for an hour.");
    auto changed = service.updateIncident(edited);
    REQUIRE(changed.ok());
    CHECK(changed->rowVersion == opened.incidents.first().rowVersion + 1);
    CHECK(auditRows(t.db()) > auditBefore);
}

TEST_CASE("an unchanged save does not spoil another desk's save of the same record", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    CaseService service(t.db(), t.session());
    const Case amysCopy = service.loadCase(caseId)->caseRecord;
    Case bensCopy = amysCopy;

    REQUIRE(service.updateCase(amysCopy).ok());   // Amy presses Save without changing anything
    bensCopy.crimeReference = QStringLiteral("CR/200/26");
    auto bens = service.updateCase(bensCopy);   // Ben's real change is not refused as a conflict
    REQUIRE(bens.ok());
    CHECK(bens->rowVersion == amysCopy.rowVersion + 1);
    // Amy's copy is now older than the store: saving it again is refused as a conflict, as any stale edit is.
    auto stale = service.updateCase(amysCopy);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("Your edit was not saved")));
}

TEST_CASE("saving an exhibit unchanged keeps its version and writes no audit record", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    EvidenceService evidence(t.db(), t.session());
    Exhibit exhibit;
    exhibit.caseId = caseId;
    exhibit.reference = QStringLiteral("AE/1");
    exhibit.description = QStringLiteral("Screenshots of messages");
    exhibit.producedBy = QStringLiteral("Ann Example");
    auto added = evidence.addExhibit(exhibit);
    REQUIRE(added.ok());
    const qint64 auditBefore = auditRows(t.db());

    auto saved = evidence.updateExhibit(added.value());
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == added->rowVersion);
    CHECK(auditRows(t.db()) == auditBefore);

    Exhibit moved = saved.value();
    moved.heldAt = QStringLiteral("Property store, Leeds");
    auto changed = evidence.updateExhibit(moved);
    REQUIRE(changed.ok());
    CHECK(changed->rowVersion == added->rowVersion + 1);
    CHECK(auditRows(t.db()) == auditBefore + 1);
}

TEST_CASE("saving a care record unchanged keeps its version and writes no audit record", "[unchangedsave]")
{
    test::CareFixture f;
    VictimCareService care(f.t.db(), f.t.session());
    SupportReferral referral;
    referral.caseId = f.caseId;
    referral.personId = f.complainantId;
    referral.service = SupportService::Isac;
    referral.consent = true;
    referral.consentOn = QDate(2026, 3, 2);
    referral.referredOn = QDate(2026, 3, 3);
    REQUIRE(care.saveReferral(referral).ok());
    const SupportReferral stored = care.load(f.caseId)->referrals.first();

    auto saved = care.saveReferral(stored);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == stored.rowVersion);
    CHECK(f.auditCount(QStringLiteral("support_referral")) == 1);
    CHECK(care.load(f.caseId)->referrals.first().rowVersion == stored.rowVersion);

    SupportReferral changed = stored;
    changed.referredOn = QDate(2026, 3, 4);
    auto resaved = care.saveReferral(changed);
    REQUIRE(resaved.ok());
    CHECK(resaved->rowVersion == stored.rowVersion + 1);
    CHECK(f.auditCount(QStringLiteral("support_referral")) == 2);
}

TEST_CASE("saving a withdrawal unchanged keeps its version and writes no audit record; a changed word still saves",
          "[unchangedsave]")
{
    CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    const auto pack = service.statementPack();
    REQUIRE(pack.ok());
    Withdrawal w;
    w.caseId = f.caseId;
    w.complainantId = f.complainantId;
    for (const FormItem* item : pack.value().items()) w.statement.setValue(item->id, QStringLiteral("I withdraw because ") + item->number);
    w.statementTakenUtc = QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC);
    w.statementTakenBy = QStringLiteral("PC 4521 Carter");
    REQUIRE(service.save(w).ok());
    const auto listed = service.list(f.caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    const Withdrawal opened = listed.value().first();
    const qint64 auditBefore = auditRows(f.t.db());

    auto again = service.save(opened);
    REQUIRE(again.ok());
    CHECK(again.value().rowVersion == opened.rowVersion);
    CHECK(auditRows(f.t.db()) == auditBefore);
    const auto reread = service.list(f.caseId);
    REQUIRE(reread.ok());
    CHECK(reread.value().first().rowVersion == opened.rowVersion);

    // The complainant's words are not in the audit record, but changing them is still a change.
    Withdrawal edited = opened;
    const FormItem* first = pack.value().items().first();
    edited.statement.setValue(first->id, QStringLiteral("I withdraw because I am frightened"));
    auto changed = service.save(edited);
    REQUIRE(changed.ok());
    CHECK(changed.value().rowVersion == opened.rowVersion + 1);
    CHECK(auditRows(f.t.db()) > auditBefore);

    // An edit of the older version, even one equal to what was stored then, meets the conflict check.
    CHECK_FALSE(service.save(opened).ok());
}

TEST_CASE("saving a checklist item unchanged writes no audit record and keeps who last changed it, and when", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    EvidenceService service(t.db(), t.session());
    ChecklistItemRecord item;
    item.caseId = caseId;
    item.packId = QString::fromLatin1(stalkingChecklistPackId);
    item.itemId = QStringLiteral("e3");
    item.status = EvidenceStatus::Requested;
    item.requestedOn = uktime::today().addDays(-1);
    item.note = QStringLiteral("Asked the council for the CCTV");
    REQUIRE(service.setChecklistItem(item).ok());
    const auto stored = service.checklist(caseId);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().size() == 1);
    const ChecklistItemRecord opened = stored.value().first();
    const qint64 auditBefore = auditRows(t.db());

    {
        ScopedFakeClock later(opened.updatedUtc.addSecs(3600));   // saved again an hour later
        REQUIRE(service.setChecklistItem(opened).ok());
    }
    CHECK(auditRows(t.db()) == auditBefore);
    const auto reread = service.checklist(caseId);
    REQUIRE(reread.ok());
    CHECK(reread.value().first().updatedUtc == opened.updatedUtc);

    ChecklistItemRecord edited = opened;
    edited.status = EvidenceStatus::Obtained;
    edited.obtainedOn = uktime::today();
    REQUIRE(service.setChecklistItem(edited).ok());
    CHECK(auditRows(t.db()) > auditBefore);
}

TEST_CASE("saving an MG3 draft or the lines of enquiry unchanged writes nothing", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);

    ChargingFileService charging(t.db(), t.session());
    ChargingDocument draft;
    draft.caseId = caseId;
    draft.form = ChargingForm::Mg3;
    draft.mg3.outline = QStringLiteral("The suspect waited outside the complainant's home. Advice sought on charge.");
    const auto first = charging.save(draft);
    REQUIRE(first.ok());
    const ChargingDocument opened = first.value();
    const qint64 auditBefore = auditRows(t.db());
    const auto again = charging.save(opened);
    REQUIRE(again.ok());
    CHECK(again.value().rowVersion == opened.rowVersion);
    CHECK(again.value().version == opened.version);   // no new version of the form either
    CHECK(auditRows(t.db()) == auditBefore);
    ChargingDocument edited = opened;
    edited.mg3.outline += QStringLiteral(" He has done so nightly since March.");
    const auto changed = charging.save(edited);
    REQUIRE(changed.ok());
    CHECK(changed.value().rowVersion == opened.rowVersion + 1);
    CHECK(auditRows(t.db()) > auditBefore);
    CHECK_FALSE(charging.save(opened).ok());   // the older version meets the conflict check

    EvidenceService evidence(t.db(), t.session());
    FormAnswers answers;
    answers.setValue(QStringLiteral("l1"), QStringLiteral("House-to-house on the street, 12 March"));
    REQUIRE(evidence.saveEnquiryAnswers(caseId, answers).ok());
    const auto stored = evidence.enquiryAnswers(caseId);
    REQUIRE(stored.ok());
    const qint64 auditAfterFirst = auditRows(t.db());
    REQUIRE(evidence.saveEnquiryAnswers(caseId, stored.value()).ok());
    CHECK(auditRows(t.db()) == auditAfterFirst);
    answers.setValue(QStringLiteral("l2"), QStringLiteral("Council CCTV requested"));
    REQUIRE(evidence.saveEnquiryAnswers(caseId, answers).ok());
    CHECK(auditRows(t.db()) > auditAfterFirst);
}

TEST_CASE("a risk assessment draft saved unchanged (as the form does on closing) writes nothing", "[unchangedsave]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    RiskAssessmentService service(t.db(), t.session());
    auto started = service.startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(started.ok());
    RiskAssessment draft = started.value();
    draft.answers.setValue(QStringLiteral("q1"), yesCode());
    draft.rationale = QStringLiteral("work in progress");
    const auto first = service.saveDraft(draft);
    REQUIRE(first.ok());
    const RiskAssessment opened = first.value();
    const qint64 auditBefore = auditRows(t.db());

    const auto again = service.saveDraft(opened);
    REQUIRE(again.ok());
    CHECK(again.value().rowVersion == opened.rowVersion);
    CHECK(auditRows(t.db()) == auditBefore);
    const auto stored = service.get(opened.id);
    REQUIRE(stored.ok());
    CHECK(stored.value().rowVersion == opened.rowVersion);
    CHECK(stored.value().updatedUtc == opened.updatedUtc);

    RiskAssessment edited = opened;
    edited.answers.setValue(QStringLiteral("q2"), noCode());
    const auto changed = service.saveDraft(edited);
    REQUIRE(changed.ok());
    CHECK(changed.value().rowVersion == opened.rowVersion + 1);
    CHECK(auditRows(t.db()) > auditBefore);
    CHECK_FALSE(service.saveDraft(opened).ok());   // the older version meets the conflict check
}

TEST_CASE("an action plan item saved unchanged writes nothing", "[unchangedsave]")
{
    CareFixture f;
    ChargingService service(f.t.db(), f.t.session());
    ActionItem action;
    action.caseId = f.caseId;
    action.description = QStringLiteral("Obtain phone download");
    action.owner = QStringLiteral("DC 812 Okafor");
    action.dueDate = QDate(2026, 3, 25);
    const auto first = service.saveAction(action);
    REQUIRE(first.ok());
    const ActionItem opened = first.value();
    const qint64 auditBefore = auditRows(f.t.db());

    const auto again = service.saveAction(opened);
    REQUIRE(again.ok());
    CHECK(again.value().rowVersion == opened.rowVersion);
    CHECK(auditRows(f.t.db()) == auditBefore);

    ActionItem done = opened;
    done.status = ActionStatus::Done;
    const auto changed = service.saveAction(done);
    REQUIRE(changed.ok());
    CHECK(changed.value().rowVersion == opened.rowVersion + 1);
    CHECK(auditRows(f.t.db()) > auditBefore);
    CHECK_FALSE(service.saveAction(opened).ok());   // the older version meets the conflict check
}
