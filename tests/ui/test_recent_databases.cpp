// File ▸ Recent databases (issue 30): a server address is kept whole, sslmode and schema
// included, and opened as a server, not as a SQLite path ("The folder …/postgresql:/… does not
// exist" was the old answer).

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "shell/MainWindow.h"
#include "store/PostgresLocation.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTest>

using namespace conduct;

namespace {
QAction* recentEntry(MainWindow& window, const QString& location)
{
    for (QAction* action : window.findChildren<QAction*>(QStringLiteral("recentDatabaseAction")))
        if (action->data().toString() == location) return action;
    return nullptr;
}
} // namespace

TEST_CASE("a server address in Recent databases is kept whole and opened as a server", "[gui][recentdatabases]")
{
    // Nothing listens on port 1: the attempt fails at once, with the server's own refusal.
    const QString address = QStringLiteral("postgresql://officer@127.0.0.1:1/conduct_unit?sslmode=require&schema=unit_a");
    // What the window records of a server store (its path) is this same text, so it reopens the same way.
    REQUIRE(parsePostgresAddress(address).ok());
    CHECK(parsePostgresAddress(address)->displayText() == address);

    const QVariant earlier = QSettings().value(QStringLiteral("recentDatabases"));
    MainWindow::addRecentDatabase(address);   // as a session at that server left it
    test::WindowFixture f;
    QAction* entry = recentEntry(*f.window, address);
    REQUIRE(entry != nullptr);
    CHECK(entry->text() == QStringLiteral("postgresql://officer@127.0.0.1:1/conduct_unit?sslmode=require&&schema=unit_a"));

    // What the officer sees: the menu, with the address as written (kept when CONDUCT_SCREENSHOT_DIR is set).
    auto* menu = qobject_cast<QMenu*>(entry->parent());
    REQUIRE(menu != nullptr);
    menu->popup(f.window->mapToGlobal(QPoint(20, 20)));
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    CHECK(test::keepScreenshot(menu->grab().toImage(), QStringLiteral("recent-databases-menu.png")));
    menu->hide();

    QStringList warnings;
    prompts::override() = [&](const QString&, const QString& text, QMessageBox::StandardButtons) {
        warnings << text;
        return QMessageBox::Ok;
    };
    entry->trigger();
    prompts::override() = nullptr;
    QSettings().setValue(QStringLiteral("recentDatabases"), earlier);

    REQUIRE(warnings.size() == 1);
    INFO(warnings.first().toStdString());
    CHECK(warnings.first().contains(QStringLiteral("could not reach the server ") + address));
    CHECK_FALSE(warnings.first().contains(QStringLiteral("folder")));
}
