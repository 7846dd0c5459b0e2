// Two people, one record (issue 12), as the officer sees it: another desk saves the case or an
// incident while this officer is typing; their save is refused with who and when, and the conflict
// dialog (issue 30) puts this officer's changes on top of the other person's version, field by
// field, naming what only the other person changed as kept.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "case/ConflictDialog.h"
#include "case/IncidentDialog.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QLineEdit>
#include <QTest>

using namespace conduct;

namespace {
// A stalking case recorded by this desk's officer.
Case amysCase(CaseService& service, const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1 Amy Shaw");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    return created.value();
}
} // namespace

TEST_CASE("a case saved meanwhile at another desk: the officer's typing is re-applied on top, not lost", "[gui][concurrency]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const auto created = amysCase(service, QStringLiteral("45AA0300126"));

    CaseWorkspace ws(t.db(), t.session(), created.id, QString());
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
        test::joinTeam(*other.value(), QStringLiteral("Response 2"), {ben.user.id, t.session().user.id});   // issue 24
        CaseService theirs(*other.value(), ben);
        Case changed = theirs.loadCase(created.id)->caseRecord;
        changed.officerInCase = QStringLiteral("PC 2 Ben Ray");
        REQUIRE(theirs.updateCase(changed).ok());
    }

    QString asked, kept;
    test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
        asked = test::child<QLabel>(c, "conflictWhoLabel")->text();
        kept = test::child<QLabel>(c, "keptTheirsLabel")->text();
        QTest::mouseClick(test::child<QPushButton>(c, "saveChoicesButton"), Qt::LeftButton);   // no clash to choose
    });
    QTest::keyClick(crimeReference, Qt::Key_S, Qt::ControlModifier);
    CHECK(asked.contains(QStringLiteral("changed by PC ben at")));
    CHECK(kept.contains(QStringLiteral("Officer in the case")));
    auto* officer = test::child<QLineEdit>(&ws, "officerEdit");
    CHECK(officer->text() == QStringLiteral("PC 2 Ben Ray"));   // their change is shown
    const Case stored = service.loadCase(created.id)->caseRecord;
    CHECK(stored.crimeReference == QStringLiteral("CR/55/26"));
    CHECK(stored.officerInCase == QStringLiteral("PC 2 Ben Ray"));
    CHECK_FALSE(ws.hasUnsavedChanges());
}

TEST_CASE("an incident saved meanwhile at another desk: the officer's changes are saved on top of it when they agree",
          "[gui][concurrency]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const auto created = amysCase(service, QStringLiteral("45AA0300226"));
    Incident incident;
    incident.caseId = created.id;
    incident.startUtc = QDateTime::currentDateTimeUtc().addDays(-2);
    incident.location = QStringLiteral("High Street");
    incident.behaviours = {Behaviour::Following};
    incident.description = QStringLiteral("He followed her.");
    auto added = service.addIncident(incident);
    REQUIRE(added.ok());

    CaseWorkspace ws(t.db(), t.session(), created.id, QString());
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));

    QString asked;
    test::whenModalOpens<IncidentDialog>([&](IncidentDialog* d) {
        // While this officer types, another desk corrects the location and saves.
        auto* description = test::child<QPlainTextEdit>(d, "descriptionEdit");
        QTest::keyClick(description, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(description, QStringLiteral(" From the bus stop to her door."));
        auto other = Database::open(t.location());
        REQUIRE(other.ok());
        const Session ben = test::sessionFor(*other.value(), QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
        test::joinTeam(*other.value(), QStringLiteral("Response 2"), {ben.user.id, t.session().user.id});   // issue 24
        CaseService theirs(*other.value(), ben);
        Incident changed = theirs.loadCase(created.id)->incidents.first();
        changed.location = QStringLiteral("High Street, outside no. 12");
        REQUIRE(theirs.updateIncident(changed).ok());
        test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
            asked = test::child<QLabel>(c, "conflictWhoLabel")->text();
            QTest::mouseClick(test::child<QPushButton>(c, "saveChoicesButton"), Qt::LeftButton);
        });
        QTest::mouseClick(test::child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    auto* incidents = test::child<QTableWidget>(&ws, "incidentsTable");
    incidents->setCurrentCell(0, 0);
    ws.editIncident();

    CHECK(asked.contains(QStringLiteral("changed by PC ben at")));
    const Incident stored = service.loadCase(created.id)->incidents.first();
    CHECK(stored.location == QStringLiteral("High Street, outside no. 12"));
    CHECK(stored.description == QStringLiteral("He followed her. From the bus stop to her door."));
}
