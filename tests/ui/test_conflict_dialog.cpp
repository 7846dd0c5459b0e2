// Honest conflicts (issue 30): another desk saves a record after this officer opened it; when this
// officer saves, the conflict dialog shows, field by field, the colleague's value beside theirs,
// and the officer chooses each. Nothing is chosen for them: Save stays disabled until every row
// is chosen, and what they chose is what the store holds.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "case/ConflictDialog.h"
#include "case/IncidentDialog.h"
#include "case/PersonDialog.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace conduct;

namespace {
Case amysCase(CaseService& service, const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1 Amy Shaw");
    c.crimeReference = QStringLiteral("CR/1/26");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    return created.value();
}

// Another desk: its own connection, its own officer, in the same team.
struct OtherDesk {
    std::unique_ptr<Database> db;
    Session ben;
    explicit OtherDesk(test::TempDatabase& t)
    {
        auto opened = Database::open(t.location());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        ben = test::sessionFor(*db, QStringLiteral("ben"), {Role::Officer, Role::Supervisor});
        test::joinTeam(*db, QStringLiteral("Response 2"), {ben.user.id, t.session().user.id});   // issue 24
    }
    CaseService service() { return CaseService(*db, ben); }
};

QString labelText(QWidget* dialog, const QString& name)
{
    auto* label = dialog->findChild<QLabel*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(label != nullptr);
    return label->text();
}
} // namespace

TEST_CASE("an incident both desks changed: the dialog shows both descriptions and saves the one chosen", "[gui][conflictdialog]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const auto created = amysCase(service, QStringLiteral("45AA0300326"));
    Incident incident;
    incident.caseId = created.id;
    incident.startUtc = QDateTime::currentDateTimeUtc().addDays(-2);
    incident.location = QStringLiteral("High Street");
    incident.behaviours = {Behaviour::Following};
    incident.description = QStringLiteral("He followed her.");
    REQUIRE(service.addIncident(incident).ok());

    CaseWorkspace ws(t.db(), t.session(), created.id, QString());
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));

    bool saveWasDisabled = false;
    bool saveEnabledOnceChosen = false;
    QString who, theirs, mine, kept;
    test::whenModalOpens<IncidentDialog>([&](IncidentDialog* d) {
        auto* description = test::child<QPlainTextEdit>(d, "descriptionEdit");
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("He followed her from the bus stop to her door."));
        // Meanwhile another desk rewrites the description and corrects the location.
        OtherDesk other(t);
        CaseService theirService = other.service();
        Incident changed = theirService.loadCase(created.id)->incidents.first();
        changed.description = QStringLiteral("Followed her home, about 200 m behind.");
        changed.location = QStringLiteral("High Street, outside no. 12");
        REQUIRE(theirService.updateIncident(changed).ok());

        test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
            who = labelText(c, QStringLiteral("conflictWhoLabel"));
            theirs = labelText(c, QStringLiteral("theirs_description"));
            mine = labelText(c, QStringLiteral("mine_description"));
            kept = labelText(c, QStringLiteral("keptTheirsLabel"));
            auto* save = test::child<QPushButton>(c, "saveChoicesButton");
            saveWasDisabled = !save->isEnabled();
            REQUIRE(test::keepScreenshot(c->grab().toImage(), QStringLiteral("conflict-dialog-incident.png")));
            QTest::mouseClick(test::child<QRadioButton>(c, "keepTheirs_description"), Qt::LeftButton);
            saveEnabledOnceChosen = save->isEnabled();
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(test::child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    auto* incidents = test::child<QTableWidget>(&ws, "incidentsTable");
    incidents->setCurrentCell(0, 0);
    ws.editIncident();

    CHECK(who.contains(QStringLiteral("changed by PC ben at")));
    CHECK_FALSE(who.contains(QStringLiteral("Reload")));   // the dialog is the better answer than reloading
    CHECK(theirs == QStringLiteral("Followed her home, about 200 m behind."));
    CHECK(mine == QStringLiteral("He followed her from the bus stop to her door."));
    CHECK(kept.contains(QStringLiteral("Location")));
    CHECK(saveWasDisabled);   // no default: nothing is chosen for the officer
    CHECK(saveEnabledOnceChosen);
    const Incident stored = service.loadCase(created.id)->incidents.first();
    CHECK(stored.description == QStringLiteral("Followed her home, about 200 m behind."));   // theirs, as chosen
    CHECK(stored.location == QStringLiteral("High Street, outside no. 12"));
}

TEST_CASE("a case both desks changed: Back to my edit keeps the typing; the second save stores the officer's choice",
          "[gui][conflictdialog]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const auto created = amysCase(service, QStringLiteral("45AA0300426"));

    CaseWorkspace ws(t.db(), t.session(), created.id, QString());
    ws.resize(1200, 800);
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));
    auto* crimeReference = test::child<QLineEdit>(&ws, "crimeReferenceEdit");
    crimeReference->setFocus();
    crimeReference->selectAll();
    QTest::keyClicks(crimeReference, QStringLiteral("CR/55/26"));

    OtherDesk other(t);
    CaseService theirService = other.service();
    Case changed = theirService.loadCase(created.id)->caseRecord;
    changed.crimeReference = QStringLiteral("CR/77/26");
    changed.supervisor = QStringLiteral("PS 9 Cara Dunn");
    REQUIRE(theirService.updateCase(changed).ok());

    QString theirs, mine;
    test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
        theirs = labelText(c, QStringLiteral("theirs_crime_reference"));
        mine = labelText(c, QStringLiteral("mine_crime_reference"));
        QTest::mouseClick(test::child<QPushButton>(c, "backToEditButton"), Qt::LeftButton);
    });
    QTest::keyClick(crimeReference, Qt::Key_S, Qt::ControlModifier);
    CHECK(theirs == QStringLiteral("CR/77/26"));
    CHECK(mine == QStringLiteral("CR/55/26"));
    CHECK(crimeReference->text() == QStringLiteral("CR/55/26"));   // the typing is where it was
    CHECK(ws.hasUnsavedChanges());
    CHECK(service.loadCase(created.id)->caseRecord.crimeReference == QStringLiteral("CR/77/26"));   // nothing saved

    bool saveWasDisabled = false;
    test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
        saveWasDisabled = !test::child<QPushButton>(c, "saveChoicesButton")->isEnabled();
        REQUIRE(test::keepScreenshot(c->grab().toImage(), QStringLiteral("conflict-dialog-case.png")));
        QTest::mouseClick(test::child<QRadioButton>(c, "useMine_crime_reference"), Qt::LeftButton);
        QTest::mouseClick(test::child<QPushButton>(c, "saveChoicesButton"), Qt::LeftButton);
    });
    CHECK(ws.saveOverview());   // the Overview's Save button, as the keyboard's Ctrl+S was above
    CHECK(saveWasDisabled);
    const Case stored = service.loadCase(created.id)->caseRecord;
    CHECK(stored.crimeReference == QStringLiteral("CR/55/26"));       // the officer's, as chosen
    CHECK(stored.supervisor == QStringLiteral("PS 9 Cara Dunn"));     // only they changed it: kept
    CHECK_FALSE(ws.hasUnsavedChanges());
    CHECK(test::child<QLineEdit>(&ws, "supervisorEdit")->text() == QStringLiteral("PS 9 Cara Dunn"));
}

TEST_CASE("a person both desks changed: the officer's surname is kept when chosen, the colleague's title stands",
          "[gui][conflictdialog]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const auto created = amysCase(service, QStringLiteral("45AA0300526"));
    Person suspect;
    suspect.caseId = created.id;
    suspect.role = PersonRole::Suspect;
    suspect.forenames = QStringLiteral("Mark");
    suspect.surname = QStringLiteral("Tate");
    REQUIRE(service.addPerson(suspect).ok());

    CaseWorkspace ws(t.db(), t.session(), created.id, QString());
    ws.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ws));

    QString theirs, mine;
    test::whenModalOpens<PersonDialog>([&](PersonDialog* d) {
        auto* surname = test::child<QLineEdit>(d, "surnameEdit");
        surname->selectAll();
        QTest::keyClicks(surname, QStringLiteral("Tate-Smith"));
        OtherDesk other(t);
        CaseService theirService = other.service();
        Person changed = theirService.loadCase(created.id)->people.first();
        changed.surname = QStringLiteral("Tait");
        changed.title = QStringLiteral("Mr");
        REQUIRE(theirService.updatePerson(changed).ok());
        test::whenModalOpens<ConflictDialog>([&](ConflictDialog* c) {
            theirs = labelText(c, QStringLiteral("theirs_surname"));
            mine = labelText(c, QStringLiteral("mine_surname"));
            QTest::mouseClick(test::child<QRadioButton>(c, "useMine_surname"), Qt::LeftButton);
            QTest::mouseClick(test::child<QPushButton>(c, "saveChoicesButton"), Qt::LeftButton);
        });
        QTest::mouseClick(test::child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    auto* people = test::child<QTableWidget>(&ws, "peopleTable");
    people->setCurrentCell(0, 0);
    ws.editPerson();

    CHECK(theirs == QStringLiteral("Tait"));
    CHECK(mine == QStringLiteral("Tate-Smith"));
    const Person stored = service.loadCase(created.id)->people.first();
    CHECK(stored.surname == QStringLiteral("Tate-Smith"));
    CHECK(stored.title == QStringLiteral("Mr"));
}
