// A database this account may not change opens read-only (issue 24): the main window says so in a
// banner, with what works and what is not recorded, and a case can still be read.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "services/CaseService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QLabel>

using namespace conduct;

TEST_CASE("a read-only store shows a banner saying why and what works, and its cases can still be read",
          "[gui][readonly][sqlite]")
{
    test::TempDatabase t;
    const Session session = t.session();
    const qint64 caseId = test::createSampleCase(t.db(), session);
    t.database.reset();
    auto readOnly = Database::open(t.path(), {.readOnly = true, .createIfMissing = false});
    REQUIRE(readOnly.ok());

    MainWindow window(std::move(readOnly).value(), session);
    window.resize(1280, 800);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("This database was opened read-only.")));
    CHECK(banner->text().contains(QStringLiteral("cannot be recorded")));
    CHECK_FALSE(banner->accessibleName().isEmpty());
    // Reading works: the consultation that cannot be recorded does not stop the case opening.
    CaseWorkspace* ws = window.openCase(caseId);
    REQUIRE(ws != nullptr);
    CHECK(ws->isLoaded());
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("readonly-banner.png")));
}

TEST_CASE("a writable store shows no read-only banner", "[gui][readonly]")
{
    test::TempDatabase t;
    const Session session = t.session();
    MainWindow window(std::move(t.database), session);
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBanner")) == nullptr);
}
