// CaseFileService's fillers (risk v4, evidence v5, care v6), the confidential-contact check, and
// printing recorded as a disclosure.

#include "RiskTestSupport.h"
#include "export_service_fixture.h"

#include "export/Export.h"
#include "security/AuditLog.h"
#include "services/DemoCase.h"
#include "services/EvidenceService.h"
#include "services/VictimCareService.h"

#include <QPdfWriter>

using namespace conduct;
using namespace conduct::test;

TEST_CASE("The case file carries approved risk screenings with their questions and sign-off", "[exportservice]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment submitted = submittedDash(t.db(), t.session(), caseId, 5);
    REQUIRE(RiskAssessmentService(t.db(), secondSupervisor(t.db())).approve(submitted.id, {}, QStringLiteral("Agreed: signoffcomment")).ok());
    // A draft of another form: work in progress, not printed.
    REQUIRE(RiskAssessmentService(t.db(), t.session()).startAssessment(caseId, QStringLiteral("s-dash-2009")).ok());

    auto file = ExportService(t.db(), t.session()).caseFile(caseId);
    REQUIRE(file.ok());
    REQUIRE(file->riskAssessments.size() == 1);
    const RiskAssessmentRecord& r = file->riskAssessments.first();
    const FormPack& pack = shippedPack(QStringLiteral("dash-2009"));
    CHECK(r.instrument == pack.title);
    CHECK(r.answers.size() == pack.itemCount());
    CHECK(r.answers.first().number == pack.items().first()->number);
    CHECK(r.answers.first().question == pack.items().first()->text);
    CHECK(r.answers.first().answer == QStringLiteral("Yes"));
    CHECK(r.score == 5);
    CHECK_FALSE(r.officerLevel.isEmpty());
    REQUIRE(r.signOff.has_value());
    CHECK(r.signOff->comments == QStringLiteral("Agreed: signoffcomment"));
    // Level and sign-off come from the store; the test's submission gave no rationale, and that is listed.
    QStringList missing;
    for (const Error& e : missingValues(file.value(), DocumentKind::RiskRecord)) missing.append(e.field);
    CHECK(missing == QStringList{r.instrument + QStringLiteral(" version 1: rationale")});
}

TEST_CASE("The case file carries the evidence checklist and the exhibit register", "[exportservice][time]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    EvidenceService evidence(t.db(), t.session());
    Exhibit e;
    e.caseId = caseId;
    e.reference = QStringLiteral("AM/1");
    e.description = QStringLiteral("999 call recording (exhibitdescription)");
    e.heldAt = QStringLiteral("Property store");
    REQUIRE(evidence.addExhibit(e).ok());
    const FormPack* pack = evidencePack(QStringLiteral("evidence-checklist-stalking"));
    REQUIRE(pack != nullptr);
    ChecklistItemRecord item;
    item.caseId = caseId;
    item.packId = pack->id;
    item.itemId = pack->items().first()->id;
    item.status = EvidenceStatus::Obtained;
    item.note = QStringLiteral("Recording held (checklistnote)");
    item.exhibitRefs = {QStringLiteral("AM/1")};
    item.obtainedOn = QDate::currentDate().addDays(-1);
    auto saved = evidence.setChecklistItem(item);
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());

    auto file = ExportService(t.db(), t.session()).caseFile(caseId);
    REQUIRE(file.ok());
    REQUIRE(file->evidenceChecklist.size() == pack->itemCount());   // every item, considered or not
    const EvidenceChecklistItem& first = file->evidenceChecklist.first();
    CHECK(first.item.contains(pack->items().first()->text));
    CHECK(first.status == labelOf(EvidenceStatus::Obtained));
    CHECK(first.note == QStringLiteral("Recording held (checklistnote)"));
    CHECK(first.exhibitReference == QStringLiteral("AM/1"));
    REQUIRE(file->exhibits.size() == 1);
    CHECK(file->exhibits.first().description == QStringLiteral("999 call recording (exhibitdescription)"));

    const QString path = t.dir.filePath(QStringLiteral("checklist.pdf"));
    REQUIRE(ExportService(t.db(), t.session())
                .exportDocuments(caseId, {{DocumentKind::EvidenceChecklist}, false}, path, QStringLiteral("file"),
                                 QStringLiteral("CPS"))
                .ok());
    CHECK(pdfText(path).flat().contains(QStringLiteral("checklistnote")));
}

TEST_CASE("The case file carries special measures recorded in victim care as an MG2", "[exportservice][time]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    auto detail = CaseService(t.db(), t.session()).loadCase(caseId);
    REQUIRE(detail.ok());
    SpecialMeasuresRecord m;
    m.caseId = caseId;
    m.personId = detail->people.first().id;
    m.intimidated = true;
    m.eligibilityEvidence = QStringLiteral("Frightened of the suspect (eligibilityevidence)");
    m.measuresDiscussed = {SpecialMeasure::Screens, SpecialMeasure::LiveLink};
    m.measuresWanted = {SpecialMeasure::Screens};
    m.discussedOn = QDate::currentDate().addDays(-2);
    auto saved = VictimCareService(t.db(), t.session()).saveSpecialMeasures(m);
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());

    auto file = ExportService(t.db(), t.session()).caseFile(caseId);
    REQUIRE(file.ok());
    REQUIRE(file->specialMeasures.size() == 1);
    CHECK(file->specialMeasures.first().personId == m.personId);
    CHECK(file->specialMeasures.first().screens);
    CHECK_FALSE(file->specialMeasures.first().liveLink);
    CHECK(file->specialMeasures.first().evidenceOfEligibility == m.eligibilityEvidence);
}

TEST_CASE("Confidential contact details in a defence-facing document are listed before export", "[exportservice]")
{
    TempDatabase t;
    auto demoId = ensureDemoCase(t.db(), t.session());
    REQUIRE(demoId.ok());
    ExportService service(t.db(), t.session());
    auto file = service.caseFile(demoId.value());
    REQUIRE(file.ok());

    // The demo chronology names the sister's address, which is the complainant's confidential address.
    const QList<Error> chronology = confidentialContactWarnings(file.value(), {DocumentKind::Chronology});
    REQUIRE(chronology.size() == 1);
    CHECK(chronology.first().field == documentKindName(DocumentKind::Chronology));
    CHECK(chronology.first().message.contains(QStringLiteral("3 sample close")));
    // The MG3 and MG2 go to the CPS only: nothing to warn about.
    CHECK(confidentialContactWarnings(file.value(), {DocumentKind::Mg3, DocumentKind::Mg2}).isEmpty());

    SECTION("a phone number written into a served document is found whatever its spacing")
    {
        CaseFile edited = file.value();
        CaseSummaryInfo summary;
        summary.keyEvidence = QStringLiteral("She rang 999 from 07700900461 at 22:15.");
        edited.caseSummary = summary;
        const QList<Error> mg5 = confidentialContactWarnings(edited, {DocumentKind::Mg5});
        REQUIRE(mg5.size() == 1);
        CHECK(mg5.first().message.contains(QStringLiteral("07700 900461")));
        CHECK(confidentialContactWarnings(edited, DocumentSelection::bundle()).size() == 2);   // MG5 and chronology
    }
    SECTION("an address not marked confidential is not a warning")
    {
        CaseFile edited = file.value();
        for (Person& p : edited.people)
            for (Address& a : p.addresses) a.confidential = false;
        CHECK(confidentialContactWarnings(edited, {DocumentKind::Chronology}).isEmpty());
    }
}

TEST_CASE("Printing is recorded as a disclosure, and refused without a justification", "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    ExportService service(t.db(), t.session());
    const CaseFile file = populatedCaseFile(service, stored);
    const QString path = t.dir.filePath(QStringLiteral("printed.pdf"));
    QPdfWriter printer(path);   // stands in for the QPrinter the dialog uses

    auto refused = service.printCaseFile(file, {{DocumentKind::Mg5}, false}, &printer, {{}, QStringLiteral("CPS")});
    REQUIRE_FALSE(refused.ok());
    auto printed = service.printCaseFile(file, {{DocumentKind::Mg5}, false}, &printer,
                                         {QStringLiteral("court copy"), QStringLiteral("Leeds Magistrates' Court")});
    REQUIRE(printed.ok());
    CHECK(printed.value() >= 1);
    auto records = AuditLog::readForCase(t.db(), stored.caseId);
    REQUIRE(records.ok());
    REQUIRE(records->last().action == AuditAction::Disclose);
    CHECK(records->last().recipient == QStringLiteral("Leeds Magistrates' Court"));
    CHECK(records->last().afterJson.contains("\"medium\":\"printer\""));
}
