// Two people, one case (issue 12), as the officer sees it: another desk saves the case while this
// officer is typing; their save is refused with who and when, and on "Yes" the other person's
// version is loaded with this officer's typing back on top, saved by the next Ctrl+S.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "CaseWorkspace.h"
#include "Prompts.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace conduct;

TEST_CASE("a case saved meanwhile at another desk: the officer's typing is re-applied on top, not lost", "[gui][concurrency]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    Case c;
    c.urn = QStringLiteral("45AA0300126");
    c.officerInCase = QStringLiteral("PC 1 Amy Shaw");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());

    CaseWorkspace ws(t.db(), t.session(), created->id, QString());
    ws.resize(1200, 800);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    auto* crimeReference = ws.findChild<QLineEdit*>(QStringLiteral("crimeReferenceEdit"));
    REQUIRE(crimeReference != nullptr);
    crimeReference->setFocus();
    QTest::keyClicks(crimeReference, QStringLiteral("CR/55/26"));

    // Meanwhile, another desk (its own connection) changes the officer in the case.
    {
        auto other = Database::open(t.location());
        REQUIRE(other.ok());
        const Session ben = test::sessionFor(*other.value(), QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
        CaseService theirs(*other.value(), ben);
        Case changed = theirs.loadCase(created->id)->caseRecord;
        changed.officerInCase = QStringLiteral("PC 2 Ben Ray");
        REQUIRE(theirs.updateCase(changed).ok());
    }

    QString asked;
    prompts::override() = [&asked](const QString&, const QString& text, QMessageBox::StandardButtons) {
        asked = text;
        return QMessageBox::Yes;
    };
    QTest::keyClick(crimeReference, Qt::Key_S, Qt::ControlModifier);
    prompts::override() = {};
    CHECK(asked.contains(QStringLiteral("changed by PC ben at")));
    CHECK(crimeReference->text() == QStringLiteral("CR/55/26"));   // the typing survived
    auto* officer = ws.findChild<QLineEdit*>(QStringLiteral("officerEdit"));
    REQUIRE(officer != nullptr);
    CHECK(officer->text() == QStringLiteral("PC 2 Ben Ray"));   // and their change is shown
    auto* note = ws.findChild<QLabel*>(QStringLiteral("caseFormError"));
    REQUIRE(note != nullptr);
    CHECK(note->text().contains(QStringLiteral("yours are back on top")));
    CHECK(ws.hasUnsavedChanges());

    QTest::keyClick(crimeReference, Qt::Key_S, Qt::ControlModifier);
    const Case stored = service.loadCase(created->id)->caseRecord;
    CHECK(stored.crimeReference == QStringLiteral("CR/55/26"));
    CHECK(stored.officerInCase == QStringLiteral("PC 2 Ben Ray"));
    CHECK_FALSE(ws.hasUnsavedChanges());
}
