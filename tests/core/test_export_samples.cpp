// Not a test: writes sample drafts for a person to look at. Run with
//   CONDUCT_SAMPLE_DIR=/tmp/samples core_tests "[.samples]"

#include "TestSupport.h"
#include "test_export_support.h"

#include "export/Export.h"
#include "export/PdfWriter.h"

#include <QDir>

using namespace conduct;

TEST_CASE("Write sample drafts of every document", "[.samples][time]")
{
    const QString dir = qEnvironmentVariable("CONDUCT_SAMPLE_DIR", QDir::tempPath() + QStringLiteral("/conduct-samples"));
    REQUIRE(QDir().mkpath(dir));
    const CaseFile file = test::fullCaseFile();
    for (DocumentKind kind : allDocumentKinds()) {
        const QString path = dir + QStringLiteral("/") + kind.id() + QStringLiteral(".pdf");
        REQUIRE(writePdf(path, buildDocuments(file, kind)).ok());
    }
    REQUIRE(writePdf(dir + QStringLiteral("/charging-file.pdf"), buildChargingFile(file)).ok());
    REQUIRE(writePdf(dir + QStringLiteral("/empty-mg3.pdf"), buildDocuments(CaseFile{}, DocumentKind::Mg3)).ok());

    // A longer case: a description that runs over a page break, and an outline that needs an MG3A.
    CaseFile longer = file;
    for (int i = 0; i < 30; ++i) {
        Incident incident = file.incidents.first();
        incident.startUtc = incident.startUtc.addDays(i);
        incident.description = QStringLiteral("Incident %1. ").arg(i)
            + QStringLiteral("The suspect sent a further message and waited near the complainant's workplace. ")
                  .repeated(i == 12 ? 120 : 2);
        longer.incidents.append(incident);
    }
    longer.charging->outlineOfCircumstances = QStringLiteral("The officer's outline continues at length. ").repeated(400);
    REQUIRE(writePdf(dir + QStringLiteral("/long-chronology.pdf"), buildDocuments(longer, DocumentKind::Chronology)).ok());
    REQUIRE(writePdf(dir + QStringLiteral("/long-mg3.pdf"), buildDocuments(longer, DocumentKind::Mg3)).ok());
}
