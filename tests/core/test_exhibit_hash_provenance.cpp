// Issue 31, details that cost trust: an attached file's SHA-256 and last check on the evidence
// checklist, and an imported incident's source on the chronology — read back from the PDFs.

#include "RiskTestSupport.h"
#include "export_service_fixture.h"

#include "common/Clock.h"
#include "domain/AttachmentCheck.h"
#include "export/Export.h"
#include "export/PdfWriter.h"
#include "services/EvidenceService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {

QString hashOf(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// With CONDUCT_SCREENSHOT_DIR set, keeps a copy of the PDF to look at (pdftoppm -png).
void keepForLooking(const QString& path, const QString& name)
{
    if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR") + u'/' + name);
}

} // namespace

TEST_CASE("An attached file's last check reads the same on screen and on paper", "[attachmentcheck][time]")
{
    AttachmentInfo a;
    a.sha256Hex = QByteArrayLiteral("ABCDEF");
    CHECK(attachmentCheckText(a) == QStringLiteral("Not yet verified"));   // no check recorded at all
    CHECK(attachmentHashText(a) == QStringLiteral("abcdef"));

    // Attaching takes the hash and stamps that moment: the reference value, not a verification.
    a.addedUtc = QDateTime(QDate(2026, 7, 7), QTime(13, 21), Qt::UTC);
    a.lastVerifiedUtc = a.addedUtc;
    a.lastVerifiedOk = true;
    CHECK(attachmentCheckText(a) == QStringLiteral("Not yet verified"));

    // Checked later: UK time, so 13:21 UTC in July is 14:21 BST and in December 14:21 GMT.
    a.lastVerifiedUtc = QDateTime(QDate(2026, 7, 8), QTime(13, 21), Qt::UTC);
    CHECK(attachmentCheckText(a) == QStringLiteral("Verified intact 08/07/2026 14:21"));
    a.lastVerifiedUtc = QDateTime(QDate(2026, 12, 7), QTime(14, 21), Qt::UTC);
    CHECK(attachmentCheckText(a) == QStringLiteral("Verified intact 07/12/2026 14:21"));

    a.lastVerifiedOk = false;
    CHECK(attachmentCheckText(a) == QStringLiteral("CHANGED since it was attached (checked 07/12/2026 14:21)"));
}

TEST_CASE("The evidence checklist prints each attached file's SHA-256 and its last verification", "[attachmentcheck][exportservice][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 5), Qt::UTC));
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    EvidenceService evidence(t.db(), t.session());
    Exhibit e;
    e.caseId = caseId;
    e.reference = QStringLiteral("HL/3");
    e.description = QStringLiteral("Screenshots of messages");
    e.heldAt = QStringLiteral("Property store");
    auto added = evidence.addExhibit(e);
    REQUIRE(added.ok());
    const QByteArray checked = QByteArrayLiteral("screenshot bytes, checked the next day");
    const QByteArray unchecked = QByteArrayLiteral("a second file, never checked");
    auto first = evidence.attachBytes(added->id, QStringLiteral("messages-1.png"), checked);
    auto second = evidence.attachBytes(added->id, QStringLiteral("messages-2.png"), unchecked);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    clock.set(QDateTime(QDate(2026, 12, 8), QTime(14, 21), Qt::UTC));
    auto outcome = evidence.verifyAttachment(first->id);
    REQUIRE(outcome.ok());

    // The case file carries the attachments with their hashes and checks.
    auto file = ExportService(t.db(), t.session()).caseFile(caseId);
    REQUIRE(file.ok());
    REQUIRE(file->exhibits.size() == 1);
    REQUIRE(file->exhibits.first().attachments.size() == 2);

    // The document: one row per file, the hash in two even halves, the check in words.
    const QList<DocumentLayout> docs = buildDocuments(file.value(), DocumentKind::EvidenceChecklist);
    REQUIRE(docs.size() == 1);
    QList<QStringList> fileRows;
    for (const Block& block : docs.first().blocks)
        if (const auto* table = std::get_if<TableBlock>(&block); table && table->columns.size() == 4) fileRows = table->rows;
    REQUIRE(fileRows.size() == 2);
    CHECK(fileRows[0] == QStringList{QStringLiteral("HL/3"), QStringLiteral("messages-1.png"),
                                     hashOf(checked).left(32) + u'\n' + hashOf(checked).mid(32),
                                     QStringLiteral("Verified intact 08/12/2026 14:21")});
    CHECK(fileRows[1][1] == QStringLiteral("messages-2.png"));
    CHECK(fileRows[1][3] == QStringLiteral("Not yet verified"));

    // The PDF as served: the columns interleave in extracted text, so each half of a hash and
    // each part of the check is looked for on its own.
    const QString path = t.dir.filePath(QStringLiteral("checklist.pdf"));
    REQUIRE(ExportService(t.db(), t.session())
                .exportDocuments(caseId, {{DocumentKind::EvidenceChecklist}, false}, path, QStringLiteral("file"),
                                 QStringLiteral("CPS"))
                .ok());
    keepForLooking(path, QStringLiteral("checklist-hashes.pdf"));
    const QString flat = pdfText(path).flat();
    INFO(flat.toStdString());
    for (const QString& expected : {QStringLiteral("Attached files"), QStringLiteral("messages-1.png"), QStringLiteral("messages-2.png"),
                                    QStringLiteral("Verified intact"), QStringLiteral("08/12/2026 14:21"),
                                    QStringLiteral("Not yet verified"), hashOf(checked).left(32), hashOf(checked).mid(32),
                                    hashOf(unchecked).left(32), hashOf(unchecked).mid(32)}) {
        INFO(expected.toStdString());
        CHECK(flat.contains(expected));
    }
}

TEST_CASE("The evidence checklist prints no attached-files table when no exhibit has a file", "[attachmentcheck][time]")
{
    CaseFile file = fullCaseFile();
    file.exhibits = {ExhibitRecord{QStringLiteral("AM/1"), QStringLiteral("Letter"), {}, false, QStringLiteral("Letters or gifts"), {}}};
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("checklist.pdf"));
    REQUIRE(writePdf(path, buildDocuments(file, DocumentKind::EvidenceChecklist)).ok());
    const QString flat = pdfText(path).flat();
    CHECK(flat.contains(QStringLiteral("EVIDENCE CHECKLIST STATUS")));
    CHECK_FALSE(flat.contains(QStringLiteral("SHA-256")));
}

TEST_CASE("The chronology prints an imported incident's source under its entry, and none for the others", "[attachmentcheck][time]")
{
    CaseFile file = fullCaseFile();
    REQUIRE(file.incidents.size() >= 2);
    for (Incident& i : file.incidents) i.provenance.clear();
    file.incidents[0].provenance = QStringLiteral("From complainant's log: diary.csv row 12 (exhibit HL/3)");
    REQUIRE(file.incidents[0].description.contains(QStringLiteral("summerincident")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chronology.pdf"));
    REQUIRE(writePdf(path, buildDocuments(file, DocumentKind::Chronology)).ok());
    keepForLooking(path, QStringLiteral("chronology-source.pdf"));
    const QString flat = pdfText(path).flat();
    const QString source = QStringLiteral("Source: From complainant's log: diary.csv row 12 (exhibit HL/3)");
    CHECK(flat.contains(source));
    CHECK(flat.count(QStringLiteral("Source:")) == 1);
    // Under the entry it belongs to: after that incident's description (the summer one is printed last).
    CHECK(flat.indexOf(source) > flat.indexOf(QStringLiteral("summerincident")));
}
