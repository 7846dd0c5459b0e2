// "Changed on another desk: reload" (issue 30): an open case whose records another desk saves
// says so in a bar above its tabs, within the polling interval, without reloading under the
// officer's typing; Reload shows their change and keeps the typing. The officer's own saves never
// raise it. Another desk is another connection to the same store.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "case/ChangedElsewhereBar.h"
#include "shell/LiveUpdates.h"
#include "shell/MainWindow.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace conduct;

TEST_CASE("an open case changed on another desk shows a bar with Reload; the officer's own saves do not", "[gui][staleworkspace]")
{
    test::WindowFixture f;
    MainWindow& window = *f.window;
    window.liveUpdates()->setInterval(50);
    CaseService mine(window.database(), f.session);
    Case c;
    c.urn = QStringLiteral("45AA0500126");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = mine.createCase(c);
    REQUIRE(created.ok());
    Case other = c;   // a second case, open too, that nobody else changes
    other.urn = QStringLiteral("45AA0500226");
    auto untouched = mine.createCase(other);
    REQUIRE(untouched.ok());

    CaseWorkspace* quiet = window.openCase(untouched->id);
    REQUIRE(quiet != nullptr);
    CaseWorkspace* ws = window.openCase(created->id);
    REQUIRE(ws != nullptr);
    ChangedElsewhereBar* bar = ws->changedElsewhereBar();
    REQUIRE(bar != nullptr);
    CHECK(bar->isHidden());

    // The officer's own save, from this desk: never news.
    Case own = mine.loadCase(created->id)->caseRecord;
    own.supervisor = QStringLiteral("PS 1 Own Save");
    REQUIRE(mine.updateCase(own).ok());
    QTest::qWait(300);   // several polls
    CHECK(bar->isHidden());

    // The officer starts typing on the Overview.
    auto* crimeReference = test::child<QLineEdit>(ws, "crimeReferenceEdit");
    crimeReference->setFocus();
    QTest::keyClicks(crimeReference, QStringLiteral("CR/88/26"));

    // A colleague at another desk changes the officer in the case.
    auto otherDesk = Database::open(f.t.location());
    REQUIRE(otherDesk.ok());
    const Session ben = test::sessionFor(*otherDesk.value(), QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
    test::joinTeam(*otherDesk.value(), QStringLiteral("Response 2"), {ben.user.id, f.session.user.id});
    CaseService bens(*otherDesk.value(), ben);
    Case changed = bens.loadCase(created->id)->caseRecord;
    changed.officerInCase = QStringLiteral("PC 2 Ben Ray");
    REQUIRE(bens.updateCase(changed).ok());

    REQUIRE(test::waitFor([&] { return !bar->isHidden(); }));
    CHECK(bar->text().startsWith(QStringLiteral("Changed on another desk by PC ben at ")));
    CHECK(quiet->changedElsewhereBar()->isHidden());   // only the case they changed
    CHECK(QApplication::activeModalWidget() == nullptr);   // a bar, not a dialog
    auto* summary = test::child<QLabel>(ws, "caseSummary");
    CHECK_FALSE(summary->text().contains(QStringLiteral("PC 2 Ben Ray")));   // nothing reloaded by itself
    CHECK(crimeReference->text().endsWith(QStringLiteral("CR/88/26")));
    CHECK(test::keepScreenshot(window.grab().toImage(), QStringLiteral("changed-on-another-desk.png")));

    QTest::mouseClick(test::child<QPushButton>(bar, "changedElsewhereReloadButton"), Qt::LeftButton);
    CHECK(bar->isHidden());
    CHECK(summary->text().contains(QStringLiteral("PC 2 Ben Ray")));   // their change is shown
    CHECK(crimeReference->text().endsWith(QStringLiteral("CR/88/26")));   // and the typing is kept
    CHECK(ws->hasUnsavedChanges());
}
