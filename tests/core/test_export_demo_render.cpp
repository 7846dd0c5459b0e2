// Not run by default: writes every document of the demo case (and of the fully recorded test
// case) to /tmp/export-demo/, for looking at the pages as a prosecutor would
// (core_tests "[.exportdemo]", then pdftoppm -png -r 70).

#include "export_service_fixture.h"

#include "export/Export.h"
#include "services/DemoCase.h"

#include <QDir>

using namespace conduct;
using namespace conduct::test;

TEST_CASE("Write every document of the demo case for review", "[.exportdemo]")
{
    TempDatabase t;
    auto demo = ensureDemoCase(t.db(), t.session());
    REQUIRE(demo.ok());
    const QString folder = QStringLiteral("/tmp/export-demo");
    QDir().mkpath(folder);
    ExportService service(t.db(), t.session(), DocumentSettings{.forceName = QStringLiteral("Exampleshire Police")});
    const StoredFullCase full = storeFullCase(t);
    const CaseFile fullFile = populatedCaseFile(service, full);
    auto demoFile = service.caseFile(demo.value());
    REQUIRE(demoFile.ok());
    for (DocumentKind kind : allDocumentKinds()) {
        for (const auto& [prefix, file] : {std::pair{QStringLiteral("demo"), demoFile.value()}, std::pair{QStringLiteral("full"), fullFile}}) {
            const QString path = folder + QStringLiteral("/") + prefix + QStringLiteral("-") + documentKindCode(kind) + QStringLiteral(".pdf");
            auto outcome = service.exportCaseFile(file, {{kind}, false}, path, {QStringLiteral("review"), QStringLiteral("developer")});
            INFO((outcome.ok() ? QString() : outcome.error().text()).toStdString());
            REQUIRE(outcome.ok());
        }
    }
}
