// The Chronology tab's timeline carries the case's other dated events as markers (issue 8):
// the demo case's DASH screening and its withdrawal of support.

#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "chronology/ChronologyPage.h"
#include "chronology/TimelineWidget.h"
#include "services/DemoCase.h"

#include <QTabWidget>
#include <QTest>

using namespace conduct;

TEST_CASE("the demo case's timeline shows risk and withdrawal markers", "[gui][chronology]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CaseWorkspace ws(t.db(), t.session(), id.value(), QString());
    ws.resize(1280, 800);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    auto* tabs = ws.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(ws.chronology());

    QStringList kinds;
    for (const TimelineMarker& m : ws.chronology()->timeline()->markers()) kinds.append(m.kind);
    CHECK(kinds.contains(QStringLiteral("risk")));
    CHECK(kinds.contains(QStringLiteral("withdrawal")));
    CHECK(test::keepScreenshot(ws.grab().toImage(), QStringLiteral("chronology-markers.png")));
}
