// The document registry: one row per document kind, read by building, the bundle, the missing-
// values list, the confidential-contact warnings and the audit record. A fictional kind added in
// one row (and nowhere else) is listed, exported, counted and audited.

#include "export_service_fixture.h"

#include "export/DocumentRegistry.h"
#include "export/Export.h"
#include "export/MissingValues.h"
#include "security/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace conduct;
using namespace conduct::test;

namespace {

// Fictional: a note of why harassment rather than stalking is charged (protocol 3.10).
constexpr DocumentKind offenceNote{"offence-note"};
const QString noteTitle = QStringLiteral("NOTE ON THE OFFENCE CHARGED");

QList<DocumentLayout> buildOffenceNote(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta.formCode = QStringLiteral("3.10 NOTE");
    doc.meta.title = noteTitle;
    doc.meta.layoutVersion = QStringLiteral("test layout");
    doc.meta.urnText = file.caseRecord.urn;
    if (auto parsed = parseUrn(file.caseRecord.urn); parsed.ok()) doc.meta.urn = parsed.value();
    doc.field(QStringLiteral("Officer in the case:"), file.caseRecord.officerInCase);
    doc.text(QStringLiteral("Why harassment rather than stalking"), file.caseRecord.whyNotStalking);
    return {doc};
}

void offenceNoteNeeds(MissingValues& m, const CaseFile& f)
{
    m.need(!f.caseRecord.whyNotStalking.trimmed().isEmpty(), QStringLiteral("Why harassment rather than stalking (3.10)"),
           QStringLiteral("the Case details page"));
}

DocumentType offenceNoteRow(bool served)
{
    return {offenceNote, "Note on the offence charged (3.10)", &buildOffenceNote, &offenceNoteNeeds, 9, nullptr, served};
}

DocumentRegistry registryWithNote(bool served)
{
    DocumentRegistry registry = DocumentRegistry::standard();
    REQUIRE(registry.add(offenceNoteRow(served)).ok());
    return registry;
}

// A case whose 3.10 note quotes the complainant's confidential address.
CaseFile noteQuotingConfidentialAddress()
{
    CaseFile file;
    file.caseRecord.urn = QStringLiteral("45AA0209820");
    Person complainant;
    complainant.id = 1;
    complainant.forenames = QStringLiteral("Jane");
    complainant.surname = QStringLiteral("SAMPLE");
    complainant.addresses = {Address{QStringLiteral("14 Refuge Road, Leeds LS1 4AB"), {}, true}};
    file.people = {complainant};
    file.caseRecord.whyNotStalking = QStringLiteral("Letters left at 14 Refuge Road did not show fixation.");
    return file;
}

QList<DocumentKind> kindsPrinted(const QList<DocumentLayout>& documents)
{
    QList<DocumentKind> kinds;
    for (const DocumentLayout& doc : documents)
        if (kinds.isEmpty() || kinds.last() != doc.meta.kind) kinds.append(doc.meta.kind);
    return kinds;
}
} // namespace

TEST_CASE("A document kind added in one registry row is listed, exported, counted and audited", "[export][registry]")
{
    const DocumentRegistry registry = registryWithNote(true);

    // Listed: after the standard documents, found by its id as typed, with its title.
    CHECK(registry.kinds() == DocumentRegistry::standard().kinds() + QList<DocumentKind>{offenceNote});
    CHECK(registry.kindFromId(QStringLiteral(" Offence-Note ")) == offenceNote);
    CHECK(registry.title(offenceNote) == QStringLiteral("Note on the offence charged (3.10)"));
    CHECK_FALSE(DocumentRegistry::standard().contains(offenceNote));

    // Counted in the missing values, with the URN every document asks for.
    CaseFile unrecorded;
    QStringList missing;
    for (const Error& e : missingValues(unrecorded, DocumentSelection{{offenceNote}, false, &registry})) missing.append(e.field);
    CHECK(missing == QStringList{QStringLiteral("OFFENCE-NOTE: URN"),
                                 QStringLiteral("OFFENCE-NOTE: Why harassment rather than stalking (3.10)")});

    // In the charging bundle at its position (last), both as built and as the selection's kinds.
    const CaseFile full = fullCaseFile();
    const QList<DocumentKind> bundle = kindsOf(full, DocumentSelection{{}, true, &registry});
    REQUIRE_FALSE(bundle.isEmpty());
    CHECK(bundle.last() == offenceNote);
    CHECK(kindsPrinted(buildSelection(full, DocumentSelection{{}, true, &registry})) == bundle);

    // Exported to a PDF and audited as a disclosure that names it.
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    ExportService service(t.db(), t.session());
    CaseFile file = populatedCaseFile(service, stored);
    file.caseRecord.whyNotStalking = QStringLiteral("notewhytext: no fixation shown");
    const QString path = t.dir.filePath(QStringLiteral("note.pdf"));
    auto outcome = service.exportCaseFile(file, DocumentSelection{{offenceNote}, false, &registry}, path,
                                          {QStringLiteral("advice on the charge"), QStringLiteral("CPS Direct")});
    REQUIRE(outcome.ok());
    CHECK(outcome->documents == QStringList{QStringLiteral("Note on the offence charged (3.10)")});
    const PdfText text = pdfText(path);
    CHECK(text.all.contains(noteTitle));
    CHECK(text.flat().contains(QStringLiteral("notewhytext: no fixation shown")));

    auto records = AuditLog::readForCase(t.db(), stored.caseId);
    REQUIRE(records.ok());
    QList<AuditRecord> disclosures;
    for (const AuditRecord& r : records.value())
        if (r.action == AuditAction::Disclose) disclosures.append(r);
    REQUIRE(disclosures.size() == 1);
    const AuditRecord& record = disclosures.first();
    CHECK(record.entityId == QStringLiteral("offence-note"));
    const QJsonObject after = QJsonDocument::fromJson(record.afterJson).object();
    CHECK(after.value(QStringLiteral("kinds")).toArray() == QJsonArray{QStringLiteral("offence-note")});
    CHECK(after.value(QStringLiteral("documents")).toArray() == QJsonArray{QStringLiteral("Note on the offence charged (3.10)")});
}

TEST_CASE("A row's served-on-defence value decides both the banner and the confidential-contact warning",
          "[export][registry]")
{
    const CaseFile file = noteQuotingConfidentialAddress();
    SECTION("served on the defence: warned about, no banner")
    {
        const DocumentRegistry registry = registryWithNote(true);
        const QList<Error> warnings = confidentialContactWarnings(file, DocumentSelection{{offenceNote}, false, &registry});
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().field == QStringLiteral("Note on the offence charged (3.10)"));
        CHECK(warnings.first().message.contains(QStringLiteral("14 refuge road")));
        CHECK_FALSE(registry.build(file, offenceNote).first().meta.notDisclosable);
    }
    SECTION("police and CPS only: no warning, printed as not disclosable")
    {
        const DocumentRegistry registry = registryWithNote(false);
        CHECK(confidentialContactWarnings(file, DocumentSelection{{offenceNote}, false, &registry}).isEmpty());
        const QList<DocumentLayout> built = registry.build(file, offenceNote);
        REQUIRE(built.size() == 1);
        CHECK(built.first().meta.notDisclosable);
        CHECK(built.first().meta.kind == offenceNote);
    }
}

TEST_CASE("The standard registry: served on the defence as mg-forms.md says, and one bundle for print and audit",
          "[export][registry]")
{
    const DocumentRegistry& registry = DocumentRegistry::standard();
    CHECK(registry.servedOnDefence(DocumentKind::Mg5));                   // mg-forms §5
    CHECK(registry.servedOnDefence(DocumentKind::WithdrawalStatement));   // MG11 pages, §7.2, §11
    CHECK_FALSE(registry.servedOnDefence(DocumentKind::Mg3));             // §1, §4
    CHECK_FALSE(registry.servedOnDefence(DocumentKind::Mg2));             // §1, §3
    CHECK_FALSE(registry.servedOnDefence(DocumentKind::RiskRecord));      // reference silent
    CHECK_FALSE(registry.servedOnDefence(DocumentKind::OfficerWithdrawalReport));

    CaseFile file = fullCaseFile();
    const QList<DocumentKind> base{DocumentKind::Mg3, DocumentKind::Mg5, DocumentKind::Chronology, DocumentKind::RiskRecord,
                                   DocumentKind::Mg2, DocumentKind::EvidenceChecklist};
    CHECK(registry.chargingBundle(file)
          == base + QList<DocumentKind>{DocumentKind::WithdrawalStatement, DocumentKind::OfficerWithdrawalReport});
    // What the bundle prints is what the audit record and the warnings are given.
    CHECK(kindsPrinted(buildChargingFile(file)) == kindsOf(file, DocumentSelection::bundle()));
    file.withdrawalStatement.reset();
    file.withdrawalReport.reset();
    CHECK(registry.chargingBundle(file) == base);
    CHECK(kindsPrinted(buildChargingFile(file)) == kindsOf(file, DocumentSelection::bundle()));
}

TEST_CASE("A registry refuses a kind already listed or without a builder, and is left unchanged", "[export][registry]")
{
    DocumentRegistry registry = DocumentRegistry::standard();
    DocumentType duplicate = offenceNoteRow(true);
    duplicate.kind = DocumentKind::Mg3;
    const Status refused = registry.add(duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("\"mg3\" is already listed")));

    DocumentType noBuilder = offenceNoteRow(true);
    noBuilder.build = nullptr;
    CHECK_FALSE(registry.add(noBuilder).ok());
    CHECK(registry.kinds() == DocumentRegistry::standard().kinds());
}
