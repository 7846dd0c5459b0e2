// The foundation's end-to-end workflow, driven through the real widgets: create a case, add a
// complainant and a suspect, add two incidents, close and reopen the database, and find it all.

#include "GuiTestSupport.h"
#include "common/UkTime.h"
#include "widgets/DateTimeField.h"

#include "case/CaseForm.h"
#include "case/CaseListModel.h"
#include "case/CaseWorkspace.h"
#include "case/IncidentDialog.h"
#include "shell/MainWindow.h"
#include "case/PersonDialog.h"
#include "widgets/Prompts.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
void addPersonThroughDialog(CaseWorkspace* ws, const QString& role, const QString& forenames, const QString& surname)
{
    whenModalOpens<PersonDialog>([=](PersonDialog* d) {
        auto* roleCombo = child<QComboBox>(d, "roleCombo");
        roleCombo->setCurrentIndex(roleCombo->findData(role));
        QTest::keyClicks(child<QLineEdit>(d, "forenamesEdit"), forenames);
        QTest::keyClicks(child<QLineEdit>(d, "surnameEdit"), surname);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(ws, "addPersonButton"), Qt::LeftButton);
}

void addIncidentThroughDialog(CaseWorkspace* ws, const QDateTime& startUtc, const QString& where, const QString& what)
{
    whenModalOpens<IncidentDialog>([=](IncidentDialog* d) {
        auto* start = child<DateTimeField>(d, "startEdit");
        // Typed in UK time (Europe/London), whatever the machine's zone.
        start->lineEdit()->selectAll();
        QTest::keyClicks(start->lineEdit(), uktime::formatDateTime(startUtc));
        QTest::keyClicks(child<QLineEdit>(d, "locationEdit"), where);
        QTest::mouseClick(child<QCheckBox>(d, "behaviour_loitering"), Qt::LeftButton);
        QTest::keyClicks(child<QPlainTextEdit>(d, "descriptionEdit"), what);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(ws, "addIncidentButton"), Qt::LeftButton);
}
} // namespace

TEST_CASE("an officer records a case through the real widgets and it survives reopening", "[gui][workflow]")
{
    test::TempDatabase t;
    const QString path = t.path();
    const Session session = t.session();
    t.database.reset();
    auto opened = Database::openSqlite(path);
    REQUIRE(opened.ok());
    auto window = std::make_unique<MainWindow>(std::move(opened).value(), session);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));

    whenModalOpens<QDialog>([](QDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "urnEdit"), QStringLiteral("45 AA 02098 20"));
        QTest::keyClicks(child<QLineEdit>(d, "officerEdit"), QStringLiteral("DC 99 Test OFFICER"));
        QTest::keyClick(child<QCheckBox>(d, "offence_s2A"), Qt::Key_Space);
        QTest::mouseClick(child<QPushButton>(d, "createCaseButton"), Qt::LeftButton);
    });
    window->newCase();
    CaseWorkspace* ws = window->currentWorkspace();
    REQUIRE(ws != nullptr);
    CHECK(ws->detail().caseRecord.urn == QStringLiteral("45AA0209820"));

    addPersonThroughDialog(ws, QStringLiteral("complainant"), QStringLiteral("Ann"), QStringLiteral("Example"));
    addPersonThroughDialog(ws, QStringLiteral("suspect"), QStringLiteral("Bob"), QStringLiteral("Specimen"));
    REQUIRE(ws->detail().people.size() == 2);

    const QDateTime first = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QDateTime second = QDateTime(QDate(2026, 3, 9), QTime(18, 30), Qt::UTC);
    addIncidentThroughDialog(ws, second, QStringLiteral("Outside her work"), QStringLiteral("Waited by her car."));
    addIncidentThroughDialog(ws, first, QStringLiteral("Outside her home"), QStringLiteral("Stood at the gate for an hour."));
    REQUIRE(ws->detail().incidents.size() == 2);

    // The case list shows the new case with its names and count.
    CaseListModel* model = window->caseListModel();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, CaseListModel::ComplainantsColumn), Qt::DisplayRole).toString()
          == QStringLiteral("EXAMPLE, Ann"));
    CHECK(model->data(model->index(0, CaseListModel::IncidentsColumn), Qt::DisplayRole).toInt() == 2);

    window.reset();   // close the application's window and its database

    auto reopened = Database::openSqlite(path);
    REQUIRE(reopened.ok());
    MainWindow again(std::move(reopened).value(), session);
    again.show();
    REQUIRE(again.caseListModel()->rowCount() == 1);
    CaseWorkspace* back = again.openCase(again.caseListModel()->caseIdAt(0));
    REQUIRE(back != nullptr);
    const CaseDetail& detail = back->detail();
    CHECK(detail.caseRecord.offences == QList<Offence>{Offence::Stalking_s2A});
    REQUIRE(detail.people.size() == 2);
    CHECK(detail.people[0].role == PersonRole::Complainant);
    CHECK(detail.people[0].surname == QStringLiteral("Example"));
    CHECK(detail.people[1].role == PersonRole::Suspect);
    REQUIRE(detail.incidents.size() == 2);
    CHECK(detail.incidents[0].description == QStringLiteral("Stood at the gate for an hour."));
    CHECK(detail.incidents[1].location == QStringLiteral("Outside her work"));
}

TEST_CASE("the case list filter box narrows the list as the officer types", "[gui][caselist]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    for (const auto& [urn, surname] : {std::pair{"45AA0000126", "Archer"}, std::pair{"45AA0000226", "Baker"}}) {
        Case c;
        c.urn = QString::fromLatin1(urn);
        c.officerInCase = QStringLiteral("PC 1");
        auto created = service.createCase(c);
        REQUIRE(created.ok());
        Person p;
        p.caseId = created->id;
        p.surname = QString::fromLatin1(surname);
        REQUIRE(service.addPerson(p).ok());
    }
    const Session session = t.session();
    MainWindow window(std::move(t.database), session);
    window.show();
    REQUIRE(window.caseListModel()->rowCount() == 2);
    QTest::keyClicks(window.filterEdit(), QStringLiteral("bak"));
    REQUIRE(window.caseListModel()->rowCount() == 1);
    CHECK(window.caseListModel()->data(window.caseListModel()->index(0, 0), Qt::DisplayRole).toString()
          == QStringLiteral("45AA0000226"));
    QTest::keyClicks(window.filterEdit(), QStringLiteral("'--"));
    CHECK(window.caseListModel()->rowCount() == 0);
}

TEST_CASE("an invalid URN in the new case dialog is refused with the field named", "[gui][validation]")
{
    test::TempDatabase t;
    const Session session = t.session();
    MainWindow window(std::move(t.database), session);
    window.show();
    bool checked = false;
    whenModalOpens<QDialog>([&](QDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "urnEdit"), QStringLiteral("NOT-A-URN"));
        QTest::keyClicks(child<QLineEdit>(d, "officerEdit"), QStringLiteral("PC 1"));
        QTest::mouseClick(child<QPushButton>(d, "createCaseButton"), Qt::LeftButton);
        auto* error = child<QLabel>(d, "caseFormError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("URN")));
        CHECK(d->isVisible());
        checked = true;
        d->reject();
    });
    window.newCase();
    CHECK(checked);
    CHECK(window.caseListModel()->rowCount() == 0);
}

TEST_CASE("closing a case with an unsaved edit asks to save or discard", "[gui][workspace]")
{
    test::TempDatabase t;
    Case c;
    c.urn = QStringLiteral("45AA0000126");
    c.officerInCase = QStringLiteral("PC 1");
    const Session session = t.session();
    auto created = CaseService(t.db(), session).createCase(c);
    REQUIRE(created.ok());
    MainWindow window(std::move(t.database), session);
    window.show();
    CaseWorkspace* ws = window.openCase(created->id);
    QLineEdit* officer = child<QLineEdit>(ws, "officerEdit");
    officer->selectAll();
    QTest::keyClicks(officer, QStringLiteral("PC 2 Replacement"));
    CHECK(ws->hasUnsavedChanges());
    CHECK(ws->title().endsWith(QStringLiteral("*")));

    QString asked;
    prompts::override() = [&](const QString&, const QString& text, QMessageBox::StandardButtons) {
        asked = text;
        return QMessageBox::Save;
    };
    CHECK(window.closeCurrentCase());
    prompts::override() = {};
    CHECK(asked.contains(QStringLiteral("45AA0000126")));
    auto reloaded = CaseService(window.database(), session).loadCase(created->id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->caseRecord.officerInCase == QStringLiteral("PC 2 Replacement"));
}
