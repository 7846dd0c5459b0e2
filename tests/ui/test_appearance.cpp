// View ▸ Appearance switches the whole application between light and dark colours at once and
// remembers the choice. Also takes the README's light and dark screenshots of the demo case.

#include "GuiTestSupport.h"

#include "shell/Appearance.h"
#include "case/CaseWorkspace.h"
#include "shell/MainWindow.h"
#include "services/DemoCase.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace conduct;

using test::RestoreLook;

TEST_CASE("View > Appearance switches to dark and back to light, and remembers the choice", "[gui][appearance]")
{
    RestoreLook restore;
    test::TempDatabase t;
    const Session session = t.session();
    auto id = ensureDemoCase(t.db(), session);
    REQUIRE(id.ok());
    const QString path = t.path();
    t.database.reset();
    auto opened = Database::openSqlite(path);
    REQUIRE(opened.ok());
    MainWindow window(std::move(opened).value(), session);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CaseWorkspace* ws = window.openCase(id.value());
    REQUIRE(ws != nullptr);
    ws->showIncidents();

    auto* dark = window.findChild<QAction*>(QStringLiteral("appearance_dark"));
    auto* light = window.findChild<QAction*>(QStringLiteral("appearance_light"));
    REQUIRE(dark != nullptr);
    REQUIRE(light != nullptr);

    dark->trigger();
    QTest::qWait(50);   // widgets take the new palette from a posted change event
    CHECK(dark->isChecked());
    CHECK(window.palette().color(QPalette::Window).lightness() < 80);
    CHECK(window.palette().color(QPalette::WindowText).lightness() > 200);
    CHECK(savedAppearance() == Appearance::Dark);
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("main-dark.png")));

    light->trigger();
    QTest::qWait(50);
    CHECK(light->isChecked());
    CHECK(window.palette().color(QPalette::Window).lightness() > 180);
    CHECK(savedAppearance() == Appearance::Light);
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("main-light.png")));
}

TEST_CASE("appearance codes round-trip and unknown ones are refused", "[appearance]")
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark})
        CHECK(appearanceFromCode(appearanceCode(a)) == a);
    CHECK(appearanceFromCode(QStringLiteral("DARK")) == Appearance::Dark);
    CHECK_FALSE(appearanceFromCode(QStringLiteral("purple")).has_value());
}
