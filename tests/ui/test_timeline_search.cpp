// Linked-incident search in the case workspace (protocol 3.8) and the Ctrl+K dialog, driven
// through the real widgets: adding a suspect known on another case raises the banner, the
// matches can be confirmed, and the decision is recorded.

#include "GuiTestSupport.h"

#include "case/CaseWorkspace.h"
#include "chronology/ChronologyPage.h"
#include "chronology/GlobalSearchDialog.h"
#include "chronology/LinkedMatchesBanner.h"
#include "case/PersonDialog.h"
#include "widgets/Prompts.h"
#include "chronology/TimelineWidget.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/LinkedSearchService.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
qint64 makeCase(CaseService& service, const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    auto made = service.createCase(c);
    REQUIRE(made.ok());
    return made->id;
}

Person addPerson(CaseService& service, qint64 caseId, PersonRole role, const QString& forenames, const QString& surname)
{
    Person p;
    p.caseId = caseId;
    p.role = role;
    p.forenames = forenames;
    p.surname = surname;
    auto saved = service.addPerson(p);
    REQUIRE(saved.ok());
    return saved.value();
}
} // namespace

TEST_CASE("adding a suspect known on another case shows the banner; a confirmed match is recorded", "[timeline][linkedui]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const qint64 other = makeCase(service, QStringLiteral("45AA0000524"));
    addPerson(service, other, PersonRole::Complainant, QStringLiteral("Amy"), QStringLiteral("Carter"));
    const Person known = addPerson(service, other, PersonRole::Suspect, QStringLiteral("Jonathan"), QStringLiteral("Pryce"));
    const qint64 here = makeCase(service, QStringLiteral("45AA0000624"));
    addPerson(service, here, PersonRole::Complainant, QStringLiteral("Bea"), QStringLiteral("Dunn"));

    CaseWorkspace ws(t.db(), t.session(), here, QString());
    ws.show();
    CHECK(child<QTabWidget>(&ws, "caseTabs")->tabText(3) == QStringLiteral("&Chronology"));
    LinkedMatchesBanner* banner = ws.linkedMatchesBanner();
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->isVisible());

    whenModalOpens<PersonDialog>([](PersonDialog* d) {
        auto* role = child<QComboBox>(d, "roleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("suspect")));
        QTest::keyClicks(child<QLineEdit>(d, "forenamesEdit"), QStringLiteral("Jon"));
        QTest::keyClicks(child<QLineEdit>(d, "surnameEdit"), QStringLiteral("PRYCE"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&ws, "addPersonButton"), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return banner->isVisible(); }));
    CHECK(banner->text().contains(QStringLiteral("1 possible match")));
    REQUIRE(banner->outcome().matches.size() == 1);
    CHECK(banner->outcome().matches.first().ranked.candidate.person.id == known.id);
    CHECK(banner->outcome().matches.first().otherComplainants == QStringList{QStringLiteral("CARTER, Amy")});

    whenModalOpens<LinkedMatchesDialog>([](LinkedMatchesDialog* d) {
        CHECK(d->table()->rowCount() == 1);
        CHECK(d->table()->item(0, 3)->text() == QStringLiteral("45AA0000524"));
        QTest::keyClicks(child<QLineEdit>(d, "decisionNoteEdit"), QStringLiteral("Same man, same van"));
        QTest::mouseClick(child<QPushButton>(d, "confirmMatchButton"), Qt::LeftButton);
        CHECK(d->table()->item(0, 0)->text() == QStringLiteral("Confirmed"));
        d->reject();
    });
    QTest::mouseClick(child<QPushButton>(banner, "viewMatchesButton"), Qt::LeftButton);

    LinkedSearchService search(t.db(), t.session());
    auto searches = search.searchesForCase(here);
    REQUIRE(searches.ok());
    REQUIRE(searches->size() == 1);   // the automatic search on adding the suspect
    CHECK(searches->first().resultCount == 1);
    auto decisions = search.decisionsForCase(here);
    REQUIRE(decisions.ok());
    REQUIRE(decisions->size() == 1);
    CHECK(decisions->first().decision == LinkDecision::Confirmed);
    CHECK(decisions->first().matchedPersonId == known.id);
    CHECK(decisions->first().searchId == searches->first().id);
    CHECK(decisions->first().note == QStringLiteral("Same man, same van"));
}

TEST_CASE("the chronology tab shows the case's incidents and opens one from the timeline", "[timeline][linkedui]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const qint64 id = makeCase(service, QStringLiteral("45AA0000724"));
    for (int day : {20, 10, 3}) {
        Incident i;
        i.caseId = id;
        i.startUtc = Clock::nowUtc().addDays(-day);
        i.location = QStringLiteral("Outside the house");
        i.behaviours = {Behaviour::Loitering};
        i.description = QStringLiteral("Waiting outside.");
        REQUIRE(service.addIncident(i).ok());
    }
    CaseWorkspace ws(t.db(), t.session(), id, QString());
    TimelineWidget* timeline = ws.chronology()->timeline();
    REQUIRE(timeline->incidents().size() == 3);
    CHECK(timeline->incidents().first().startUtc < timeline->incidents().last().startUtc);
    CHECK_FALSE(ws.chronology()->note()->text().isEmpty());
}

TEST_CASE("Ctrl+K finds a person across cases and Enter opens the case", "[timeline][linkedui]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const qint64 id = makeCase(service, QStringLiteral("45AA0000824"));
    addPerson(service, id, PersonRole::Suspect, QStringLiteral("Marcus"), QStringLiteral("Whitlock"));

    GlobalSearchDialog dialog(t.db(), t.session());
    dialog.show();
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("Whitlock, Mark"));
    dialog.runSearch();
    REQUIRE(dialog.results()->topLevelItemCount() >= 1);
    const QTreeWidgetItem* first = dialog.results()->topLevelItem(0);
    CHECK(first->text(2) == QStringLiteral("45AA0000824"));
    CHECK(first->text(3).contains(QStringLiteral("Whitlock")));   // what matched, in words
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.chosenCaseId() == id);
}
