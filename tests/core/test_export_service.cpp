// ExportService: documents from a case in the store, written as PDF and recorded as disclosures.

#include "export_service_fixture.h"

#include "export/Export.h"
#include "security/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace conduct;
using namespace conduct::test;

namespace {
const QString marking = QStringLiteral("OFFICIAL-SENSITIVE: Personal");
const QString urn = QStringLiteral("45AA0209820");

DocumentSettings settings() { return DocumentSettings{.forceName = QStringLiteral("West Yorkshire Police"), .marking = marking}; }

struct Expected {
    DocumentKind kind;
    QStringList phrases;   // section headings and filled values
};

QList<Expected> expectations()
{
    return {
        {DocumentKind::Mg3, {QStringLiteral("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), QStringLiteral("WEST YORKSHIRE POLICE"),
                             QStringLiteral("outlinetext"), QStringLiteral("proposedchargetext"), QStringLiteral("actiononetext")}},
        {DocumentKind::Mg5, {QStringLiteral("POLICE REPORT"), QStringLiteral("keyevidencetext"), QStringLiteral("explanationtext"),
                             QStringLiteral("Order(s) applied for: Restraining order")}},
        {DocumentKind::Mg2, {QStringLiteral("WITNESS ASSESSMENT FOR SPECIAL MEASURES"), QStringLiteral("viewsonmeasurestext"),
                             QStringLiteral("youthviewstext")}},
        {DocumentKind::WithdrawalStatement, {QStringLiteral("WITNESS STATEMENT"), QStringLiteral("reasonstext"),
                                             QStringLiteral("pressuretext")}},
        {DocumentKind::OfficerWithdrawalReport, {QStringLiteral("OFFICER'S REPORT ON WITHDRAWAL OF SUPPORT"),
                                                 QStringLiteral("howtoproceedtext"), QStringLiteral("riskstext")}},
        {DocumentKind::RiskRecord, {QStringLiteral("RISK ASSESSMENT RECORD"), QStringLiteral("rationaletext"),
                                    QStringLiteral("signofftext")}},
        {DocumentKind::EvidenceChecklist, {QStringLiteral("EVIDENCE CHECKLIST STATUS"), QStringLiteral("checklistnotetext")}},
        {DocumentKind::Chronology, {QStringLiteral("CHRONOLOGY OF INCIDENTS"), QStringLiteral("summerincident"),
                                    QStringLiteral("winterincident")}},
    };
}

QList<AuditRecord> disclosures(Database& db, qint64 caseId)
{
    auto records = AuditLog::readForCase(db, caseId);
    REQUIRE(records.ok());
    QList<AuditRecord> out;
    for (const AuditRecord& r : records.value())
        if (r.action == AuditAction::Disclose) out.append(r);
    return out;
}
} // namespace

TEST_CASE("Each document of a fully recorded case prints its headings and values, with marking and URN on every A4 page",
          "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    ExportService service(t.db(), t.session(), settings());
    const CaseFile file = populatedCaseFile(service, stored);
    for (const Expected& e : expectations()) {
        const QString kindCode = documentKindCode(e.kind);
        INFO("document " << kindCode.toStdString());
        const QString path = t.dir.filePath(kindCode + QStringLiteral(".pdf"));
        auto outcome = service.exportCaseFile(file, {{e.kind}, false}, path,
                                              {QStringLiteral("pre-charge file"), QStringLiteral("CPS Direct")});
        INFO((outcome.ok() ? QString() : outcome.error().text()).toStdString());
        REQUIRE(outcome.ok());
        const PdfText text = pdfText(path);
        const PdfText layout = pdfText(path, true);
        for (const QString& phrase : e.phrases) CHECK(text.flat().contains(phrase, Qt::CaseInsensitive));
        const auto info = pdfInfo(path);
        CHECK(info.value(QStringLiteral("Pages")).toInt() == outcome->pageCount);
        CHECK(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("595")));
        CHECK(info.value(QStringLiteral("Page size")).contains(QStringLiteral("842")));
        REQUIRE(text.pages.size() == outcome->pageCount);
        for (qsizetype page = 0; page < text.pages.size(); ++page) {
            INFO("page " << page + 1);
            CHECK(collapseSpaces(text.pages[page]).contains(marking));
            // A document's first page has the URN in the form's four boxes; later pages print it in the header.
            CHECK((hasUrnBoxes(layout.pages[page]) || text.pages[page].contains(urn)));
        }
    }
}

TEST_CASE("A value not recorded prints [not recorded] and is listed by missingValues", "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);   // people and incidents only: no case summary
    ExportService service(t.db(), t.session(), settings());
    const QString path = t.dir.filePath(QStringLiteral("mg5.pdf"));
    auto outcome = service.exportDocuments(stored.caseId, {{DocumentKind::Mg5}, false}, path,
                                           QStringLiteral("case summary for the CPS"), QStringLiteral("CPS Direct"));
    REQUIRE(outcome.ok());
    CHECK(pdfText(path).all.contains(notRecordedText()));
    auto file = service.caseFile(stored.caseId);
    REQUIRE(file.ok());
    QStringList fields;
    for (const Error& e : missingValues(file.value(), DocumentSelection{{DocumentKind::Mg5}, false})) fields.append(e.field);
    CHECK(fields.contains(QStringLiteral("MG5: Key evidence")));
    CHECK(fields.contains(QStringLiteral("MG5: Summary of defendant explanation")));
}

TEST_CASE("An export is recorded as a disclosure with justification, recipient, documents and pages", "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    ExportService service(t.db(), t.session(), settings());
    const QString path = t.dir.filePath(QStringLiteral("file.pdf"));
    auto outcome = service.exportDocuments(stored.caseId, {{DocumentKind::Mg3, DocumentKind::Chronology}, false}, path,
                                           QStringLiteral("pre-charge file for CPS advice"), QStringLiteral("CPS Direct"));
    REQUIRE(outcome.ok());
    const QList<AuditRecord> records = disclosures(t.db(), stored.caseId);
    REQUIRE(records.size() == 1);
    const AuditRecord& r = records.first();
    CHECK(r.justification == QStringLiteral("pre-charge file for CPS advice"));
    CHECK(r.recipient == QStringLiteral("CPS Direct"));
    CHECK(r.caseUrn == urn);
    CHECK(r.userId == t.session().user.id);
    CHECK(r.entityType == QStringLiteral("document"));
    CHECK(r.entityId == QStringLiteral("mg3,chronology"));
    const QJsonObject after = QJsonDocument::fromJson(r.afterJson).object();
    CHECK(after.value(QStringLiteral("pages")).toInt() == outcome->pageCount);
    CHECK(after.value(QStringLiteral("pages")).toInt() == pdfInfo(path).value(QStringLiteral("Pages")).toInt());
    CHECK(after.value(QStringLiteral("kinds")).toArray() == QJsonArray{QStringLiteral("mg3"), QStringLiteral("chronology")});
    CHECK(after.value(QStringLiteral("file")).toString() == QStringLiteral("file.pdf"));
    CHECK(AuditLog::verify(t.db()).ok);

    SECTION("the charging file bundle is recorded as such")
    {
        auto bundle = service.exportDocuments(stored.caseId, DocumentSelection::bundle(), t.dir.filePath(QStringLiteral("b.pdf")),
                                              QStringLiteral("full file"), QStringLiteral("CPS Direct"));
        REQUIRE(bundle.ok());
        const QList<AuditRecord> now = disclosures(t.db(), stored.caseId);
        REQUIRE(now.size() == 2);
        CHECK(now.last().entityId == QStringLiteral("charging_file"));
        CHECK(QJsonDocument::fromJson(now.last().afterJson).object().value(QStringLiteral("bundle")).toString()
              == QStringLiteral("charging_file"));
    }
}

TEST_CASE("An export without a justification or recipient is refused: no file, no record", "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    ExportService service(t.db(), t.session(), settings());
    const QString path = t.dir.filePath(QStringLiteral("refused.pdf"));

    auto noJustification = service.exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path, QStringLiteral("  "),
                                                   QStringLiteral("CPS Direct"));
    REQUIRE_FALSE(noJustification.ok());
    CHECK(noJustification.error().field == QStringLiteral("Justification"));
    auto noRecipient = service.exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path, QStringLiteral("advice"), {});
    REQUIRE_FALSE(noRecipient.ok());
    CHECK(noRecipient.error().field == QStringLiteral("Recipient"));
    auto nothingChosen = service.exportDocuments(stored.caseId, {}, path, QStringLiteral("advice"), QStringLiteral("CPS"));
    REQUIRE_FALSE(nothingChosen.ok());
    CHECK(nothingChosen.error().field == QStringLiteral("Documents"));

    CHECK_FALSE(QFile::exists(path));
    CHECK(disclosures(t.db(), stored.caseId).isEmpty());
}

TEST_CASE("Only roles allowed to export may export; the refusal writes nothing", "[exportservice]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.only"), {Role::Administrator});
    ExportService service(t.db(), admin, settings());
    const QString path = t.dir.filePath(QStringLiteral("admin.pdf"));
    auto outcome = service.exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path, QStringLiteral("curious"),
                                           QStringLiteral("nobody"));
    REQUIRE_FALSE(outcome.ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(disclosures(t.db(), stored.caseId).isEmpty());
}
