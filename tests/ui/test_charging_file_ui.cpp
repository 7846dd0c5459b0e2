// The charging file (issue 22) driven through the real widgets as an officer and a supervisor
// would: the MG3 and MG5 written, saved (Ctrl+S) and submitted; the four-eyes rule refusing the
// officer in the case; a second supervisor approving with the six comments; an edit after approval
// starting version 2; the typing kept as a draft; and the documents built from what was saved.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "care/CareTabs.h"
#include "care/ChargingFilePage.h"
#include "care/ChargingPage.h"
#include "care/Mg2Editor.h"
#include "care/Mg3Editor.h"
#include "care/Mg5Editor.h"
#include "case/CaseWorkspace.h"
#include "common/UkTime.h"
#include "export/ExportDialog.h"
#include "export/MissingValuePlaces.h"
#include "risk/SupervisorQueue.h"
#include "services/CaseService.h"
#include "services/ChargingFileService.h"
#include "services/ExportService.h"
#include "services/VictimCareService.h"
#include "store/Database.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"
#include "widgets/Prompts.h"
#include "export/PdfWriter.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <variant>

using namespace conduct;

namespace {

template <typename W>
W* named(QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

// A per-suspect field: "mg3Custody" finds "mg3Custody_<id>".
template <typename W>
W* perSuspect(QObject* parent, const QString& stem)
{
    const auto found = parent->findChildren<W*>(QRegularExpression(QStringLiteral("^%1_\\d+$").arg(stem)));
    INFO("looking for " << stem.toStdString() << "_<id>");
    REQUIRE(found.size() == 1);
    return found.first();
}

void typeInto(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

void click(QWidget* parent, const QString& button)
{
    auto* b = named<QPushButton>(parent, button);
    INFO(button.toStdString() << " enabled");
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QString statusOf(QWidget* page, const char* form) { return named<QLabel>(page, QString::fromLatin1(form) + QStringLiteral("Status"))->text(); }

// A case as the officer in the case opened it: a suspect, a complainant with a special measures record.
struct ChargingCase {
    test::TempDatabase t;
    Session officer;      // the officer in the case, also a supervisor: approving their own file is refused
    Session supervisor;   // another supervisor
    qint64 caseId = 0;
    qint64 suspectId = 0;
    qint64 complainantId = 0;

    ChargingCase()
    {
        officer = test::sessionFor(t.db(), QStringLiteral("ps.oic"), {Role::Officer, Role::Supervisor});
        supervisor = test::sessionFor(t.db(), QStringLiteral("ds.review"), {Role::Supervisor});
        test::joinTeam(t.db(), QStringLiteral("Charging unit"), {officer.user.id, supervisor.user.id});   // supervisors see their teams (issue 24)
        CaseService cases(t.db(), officer);
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PS 1234 Oakes");
        c.offences = {Offence::Stalking_s2A};
        auto created = cases.createCase(c);
        REQUIRE(created.ok());
        caseId = created->id;
        Person suspect;
        suspect.caseId = caseId;
        suspect.role = PersonRole::Suspect;
        suspect.forenames = QStringLiteral("Sam");
        suspect.surname = QStringLiteral("Suspect");
        suspect.dateOfBirth = QDate(1985, 4, 2);
        suspect.ethnicityCode = QStringLiteral("W1");
        suspect.gender = QStringLiteral("Male");
        auto s = cases.addPerson(suspect);
        REQUIRE(s.ok());
        suspectId = s->id;
        Person complainant;
        complainant.caseId = caseId;
        complainant.role = PersonRole::Complainant;
        complainant.forenames = QStringLiteral("Alex");
        complainant.surname = QStringLiteral("Example");
        complainant.dateOfBirth = QDate(1990, 6, 1);
        complainant.statementDate = uktime::today().addDays(-3);
        auto p = cases.addPerson(complainant);
        REQUIRE(p.ok());
        complainantId = p->id;
        SpecialMeasuresRecord m;
        m.caseId = caseId;
        m.personId = complainantId;
        m.intimidated = true;
        m.measuresDiscussed = {SpecialMeasure::Screens};
        m.measuresWanted = {SpecialMeasure::Screens};
        m.complainantViews = QStringLiteral("Wants screens so she does not see him.");
        m.discussedOn = uktime::today();
        REQUIRE(VictimCareService(t.db(), officer).saveSpecialMeasures(m).ok());
    }

    // What each officer set in File ▸ My profile: printed in the contact and certification blocks.
    void giveProfiles()
    {
        UserRepository users(t.db());
        REQUIRE(users.setProfile(officer.user.id, {QStringLiteral("PS"), QStringLiteral("1234"), QStringLiteral("Newtown"),
                                                   QStringLiteral("01632 960001"), QStringLiteral("07700 900001"),
                                                   QStringLiteral("ps.oakes@example.police.uk")}).ok());
        REQUIRE(users.setProfile(supervisor.user.id, {QStringLiteral("DS"), QStringLiteral("2290"), QStringLiteral("Newtown"),
                                                      QStringLiteral("01632 960002"), QStringLiteral("07700 900002"),
                                                      QStringLiteral("ds.review@example.police.uk")}).ok());
    }

    CaseDetail detail(const Session& as)
    {
        CaseService cases(t.db(), as);
        cases.setAccessJustification(QStringLiteral("Charging file review"));
        auto opened = cases.openCase(caseId);
        REQUIRE(opened.ok());
        return opened.value();
    }
};

// The Charging tab of one user's view of the case, shown in its own window.
struct ChargingTab {
    QTabWidget tabs;
    std::unique_ptr<CareTabs> care;
    ChargingFilePage* file = nullptr;

    ChargingTab(ChargingCase& c, const Session& as)
    {
        care = std::make_unique<CareTabs>(c.t.db(), as, QStringLiteral("Charging file review"), &tabs);
        care->setCase(c.detail(as));
        file = care->chargingFile();
        REQUIRE(file);
        care->showTab(CareTabs::Charging);
        tabs.resize(1200, 1000);
        tabs.show();
        tabs.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&tabs));
    }
    ~ChargingTab() { care.reset(); }
};

void fillMg3AsOfficer(ChargingCase& c, ChargingTab& tab)
{
    Mg3Editor* mg3 = tab.file->mg3();
    tab.file->showSubPage(ChargingSubPage::Mg3);
    CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Version 1")));
    // The carried facts come from the person record.
    const QString facts = perSuspect<QLabel>(mg3, QStringLiteral("mg3SuspectFacts"))->text();
    CHECK(facts.contains(QStringLiteral("SUSPECT, Sam")));
    CHECK(facts.contains(QStringLiteral("02/04/1985")));
    // The ethnicity code as the person record holds it (PersonDialog's work; "not recorded" until kept).
    QString ethnicity;
    for (const Person& p : c.detail(c.officer).people)
        if (p.id == c.suspectId) ethnicity = p.ethnicityCode;
    CHECK(facts.contains(ethnicity.isEmpty() ? QStringLiteral("not recorded") : ethnicity));
    CHECK(facts.contains(QStringLiteral("no active bail")));
    auto* rui = perSuspect<QCheckBox>(mg3, QStringLiteral("mg3Rui"));
    QTest::mouseClick(rui, Qt::LeftButton, {}, QPoint(6, rui->height() / 2));
    CHECK(rui->isChecked());

    auto* custody = perSuspect<QLineEdit>(mg3, QStringLiteral("mg3Custody"));
    custody->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(custody, QStringLiteral("CU/4521/26"));
    // Tab goes on in reading order, though the suspect's block was built after the rest of the page.
    QTest::keyClick(custody, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == perSuspect<QCheckBox>(mg3, QStringLiteral("mg3Rui")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == perSuspect<QComboBox>(mg3, QStringLiteral("mg3Ppo")));
    // Every marker answered (No): a marker not stated prints "[not recorded]".
    for (const char* stem : {"mg3Ppo", "mg3Dyo", "mg3Yo", "mg3BadCharacter", "mg3Dangerous"}) {
        auto* marker = perSuspect<QComboBox>(mg3, QString::fromLatin1(stem));
        marker->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(marker, Qt::Key_Down);   // Not stated → Yes
        QTest::keyClick(marker, Qt::Key_Down);   // → No
        CHECK(marker->currentText() == QStringLiteral("No"));
    }
    auto* charges = perSuspect<QPlainTextEdit>(mg3, QStringLiteral("mg3Charges"));
    if (charges->toPlainText().isEmpty()) typeInto(charges, QStringLiteral("Stalking involving fear of violence, contrary to s4A PHA 1997."));
    auto* plea = perSuspect<QComboBox>(mg3, QStringLiteral("mg3Plea"));
    plea->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(plea, Qt::Key_Down);
    QTest::keyClick(plea, Qt::Key_Down);
    CHECK(plea->currentText() == QStringLiteral("Not guilty"));

    // An officer's own row of material.
    auto* material = named<QTableWidget>(mg3, QStringLiteral("mg3Material"));
    const int rowsBefore = material->rowCount();
    click(mg3, QStringLiteral("mg3AddMaterial"));
    REQUIRE(material->rowCount() == rowsBefore + 1);
    QWidget* cellEditor = QApplication::focusWidget();
    REQUIRE(cellEditor);
    INFO("focus in " << cellEditor->metaObject()->className() << " " << cellEditor->objectName().toStdString());
    QTest::keyClicks(cellEditor, QStringLiteral("Phone download"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QCoreApplication::processEvents();   // the delegate commits the cell after the key (queued)
    CHECK(material->item(rowsBefore, 0)->text() == QStringLiteral("Phone download"));

    auto* outline = named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"));
    prompts::override() = [](const QString&, const QString&, QMessageBox::StandardButtons) { return QMessageBox::Yes; };
    click(mg3, QStringLiteral("mg3OutlineFromCase"));
    prompts::override() = nullptr;
    typeInto(outline, QStringLiteral(" The suspect followed the complainant to work on six occasions and is asked about advice on charge."));

    QTest::keyClick(outline, Qt::Key_S, Qt::ControlModifier);   // Ctrl+S saves
    INFO(named<QLabel>(mg3, QStringLiteral("mg3PageError"))->text().toStdString());
    CHECK(statusOf(mg3, "mg3") == QStringLiteral("Version 1 – Draft"));
    click(mg3, QStringLiteral("mg3Submit"));
    CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Submitted for approval")));
    CHECK(outline->isReadOnly());   // waiting for the supervisor: the police part is not changed now
}

void fillMg5AsOfficer(ChargingTab& tab)
{
    Mg5Editor* mg5 = tab.file->mg5();
    tab.file->showSubPage(ChargingSubPage::Mg5);
    const QList<std::pair<QString, QString>> texts = {
        {QStringLiteral("mg5KeyEvidence"), QStringLiteral(" CCTV of the suspect outside the workplace.")},
        {QStringLiteral("mg5KeyWitnesses"), QStringLiteral(" Alex Example, complainant.")},
        {QStringLiteral("mg5Explanation"), QStringLiteral("Denies following her; says he works nearby.")},
        {QStringLiteral("mg5Cctv"), QStringLiteral("No comment.")},
        {QStringLiteral("mg5Admissions"), QStringLiteral("Admits being outside the office (00:12:30-00:13:10).")},
        {QStringLiteral("mg5Injuries"), QStringLiteral("None.")},
        {QStringLiteral("mg5Forensic"), QStringLiteral("None.")},
        {QStringLiteral("mg5Compensation"), QStringLiteral("Not sought.")},
        {QStringLiteral("mg5NonKeyWitnesses"), QStringLiteral(" PC 12 Patel, arresting officer.")},
        {QStringLiteral("mg5VreDetails"), QStringLiteral(" Body-worn video of the arrest, 00:00-04:10.")},
        {QStringLiteral("mg5Orders"), QStringLiteral(" Restraining order on conviction (Sentencing Act 2020 s360).")},
    };
    for (const auto& [name, text] : texts) typeInto(named<QPlainTextEdit>(mg5, name), text);
    auto* interviewers = named<QLineEdit>(mg5, QStringLiteral("mg5Interviewers"));
    interviewers->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(interviewers, QStringLiteral("DC 77 Rowe"));
    const QList<std::pair<QString, QString>> lines = {{QStringLiteral("mg5PropertyValue"), QStringLiteral("None")},
                                                      {QStringLiteral("mg5OthersPresent"), QStringLiteral("J Brief, solicitor")}};
    for (const auto& [name, text] : lines) {
        auto* line = named<QLineEdit>(mg5, name);
        line->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(line, text);
    }
    auto* interview = named<DateTimeField>(mg5, QStringLiteral("mg5InterviewStart"));
    interview->lineEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(interview->lineEdit(), uktime::formatDate(uktime::today().addDays(-1)) + QStringLiteral(" 10:30"));
    for (const char* name : {"mg5Vre", "mg5VreKey"}) {
        auto* combo = named<QComboBox>(mg5, QString::fromLatin1(name));
        combo->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(combo, Qt::Key_Down);   // Not stated → Yes
        CHECK(combo->currentText() == QStringLiteral("Yes"));
    }
    for (const char* name : {"mg5DipTested", "mg5Tics"}) {
        auto* combo = named<QComboBox>(mg5, QString::fromLatin1(name));
        combo->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);   // Not stated → Yes → No
        CHECK(combo->currentText() == QStringLiteral("No"));
    }
    for (const char* name : {"mg5PreCons", "mg5Mg6"}) {
        auto* combo = named<QComboBox>(mg5, QString::fromLatin1(name));
        combo->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(combo, Qt::Key_Down);
        CHECK(combo->currentText() == QStringLiteral("Yes"));
    }
    typeInto(named<QPlainTextEdit>(mg5, QStringLiteral("mg5ConditionalCaution")),
             QStringLiteral("Stalking: too serious for a conditional caution."));
    auto* certified = named<DateField>(mg5, QStringLiteral("mg5CertifiedOn"));
    certified->lineEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(certified->lineEdit(), uktime::formatDate(uktime::today()));
    QTest::keyClick(certified->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    INFO(named<QLabel>(mg5, QStringLiteral("mg5PageError"))->text().toStdString());
    CHECK(statusOf(mg5, "mg5") == QStringLiteral("Version 1 – Draft"));
    click(mg5, QStringLiteral("mg5Submit"));
    CHECK(statusOf(mg5, "mg5").contains(QStringLiteral("Submitted for approval")));
}

// The rest of the MG2, written where the special measures are recorded: the Victim care tab.
void fillMg2OnVictimCare(ChargingCase& c, ChargingTab& tab)
{
    tab.care->showTab(CareTabs::VictimCare);
    for (const auto& [name, text] : {std::pair{"eligibilityEvidence", "Complainant in a stalking case: fear of giving evidence (s17)."},
                                     {"mg2EffectOnQuality", "Would not give a full account in front of him."},
                                     {"mg2ViewsOnEligibility", "Agrees she is frightened."},
                                     {"mg2ViewsOnQuality", "Could speak freely behind screens."},
                                     {"mg2OtherParties", "ISAC supports screens."}})
        typeInto(named<QPlainTextEdit>(&tab.tabs, QString::fromLatin1(name)), QString::fromUtf8(text));
    auto* supporting = named<QComboBox>(&tab.tabs, QStringLiteral("mg2SupportingMaterial"));
    supporting->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(supporting, Qt::Key_Down);
    QTest::keyClick(supporting, Qt::Key_Down);   // No: nothing else attached
    auto* meeting = named<QComboBox>(&tab.tabs, QStringLiteral("mg2MeetingRequired"));
    meeting->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(meeting, Qt::Key_Down);
    QTest::keyClick(meeting, Qt::Key_Down);
    auto* needs = named<QLineEdit>(&tab.tabs, QStringLiteral("mg2CommunicationNeeds"));
    needs->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(needs, QStringLiteral("None"));
    auto* supporter = named<QLineEdit>(&tab.tabs, QStringLiteral("supporter"));
    supporter->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(supporter, QStringLiteral("Her ISAC"));
    click(&tab.tabs, QStringLiteral("saveMeasuresButton"));
    auto records = VictimCareService(c.t.db(), c.officer).load(c.caseId);
    REQUIRE(records.ok());
    REQUIRE(records->specialMeasures.size() == 1);
    CHECK(records->specialMeasures.first().effectOnQuality == QStringLiteral("Would not give a full account in front of him."));
    CHECK(records->specialMeasures.first().supportingMaterial == false);
    tab.care->showTab(CareTabs::Charging);
}

// The PDF's text, one string per page (pdftotext separates pages with form feeds).
QStringList pdfPages(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

void writeSupervisorComments(Mg3Editor* mg3)
{
    const QStringList names = {QStringLiteral("mg3SupEvidenceAligned"), QStringLiteral("mg3SupOtherEvidence"), QStringLiteral("mg3SupWhyCps"),
                               QStringLiteral("mg3SupPublicInterest"), QStringLiteral("mg3SupRecommendedCharges"), QStringLiteral("mg3SupUndermine")};
    for (const QString& name : names) {
        auto* box = named<QPlainTextEdit>(mg3, name);
        INFO(name.toStdString());
        REQUIRE_FALSE(box->isReadOnly());
        typeInto(box, QStringLiteral("Comment for %1.").arg(name));
    }
}

} // namespace

TEST_CASE("Charging file: the officer writes and submits, the four-eyes rule holds, a supervisor approves, an edit starts version 2",
          "[charging-file]")
{
    ChargingCase c;
    c.giveProfiles();
    {
        ChargingTab officer(c, c.officer);
        fillMg2OnVictimCare(c, officer);
        auto* subPages = named<QTabWidget>(officer.file, QStringLiteral("chargingFileTabs"));
        REQUIRE(subPages->count() == 4);
        CHECK(subPages->widget(0) == officer.file->mg3());
        CHECK(subPages->widget(3) == officer.file->actionPlan());
        // The labels of the supervisor's part are the form's own words.
        CHECK(Mg3Editor::supervisorLabels().at(2)
              == QStringLiteral("Why it is appropriate for CPS to be consulted (refer to DPP Guidance – Police and CPS Charging responsibilities):"));
        fillMg3AsOfficer(c, officer);
        fillMg5AsOfficer(officer);
        if (const QString dir = qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            officer.file->showSubPage(ChargingSubPage::Mg3);
            CHECK(test::keepScreenshot(officer.tabs.grab().toImage(), QStringLiteral("charging-mg3-submitted.png")));
            officer.file->mg3()->focusField(QStringLiteral("mg3Custody"));
            CHECK(test::keepScreenshot(officer.tabs.grab().toImage(), QStringLiteral("charging-mg3-top.png")));
            officer.file->mg5()->focusField(QStringLiteral("mg5KeyEvidence"));
            officer.file->showSubPage(ChargingSubPage::Mg5);
            CHECK(test::keepScreenshot(officer.tabs.grab().toImage(), QStringLiteral("charging-mg5-submitted.png")));
            officer.file->showSubPage(ChargingSubPage::Mg2);
            CHECK(test::keepScreenshot(officer.tabs.grab().toImage(), QStringLiteral("charging-mg2.png")));
            officer.file->showSubPage(ChargingSubPage::ActionPlan);
            CHECK(test::keepScreenshot(officer.tabs.grab().toImage(), QStringLiteral("charging-action-plan.png")));
        }
    }

    SECTION("the supervisor's queue lists both forms beside the risk assessments and opens them")
    {
        SupervisorQueue queue(c.t.db(), c.supervisor);
        QTableWidget* table = queue.chargingTable();
        REQUIRE(table->rowCount() == 2);
        QStringList forms;
        for (int row = 0; row < 2; ++row) forms.append(table->item(row, 1)->text());
        CHECK(forms.contains(QStringLiteral("Charging file – MG3 v1")));
        CHECK(forms.contains(QStringLiteral("Charging file – MG5 v1")));
        QSignalSpy opened(&queue, &SupervisorQueue::openChargingRequested);
        table->setCurrentCell(0, 0);
        emit table->itemActivated(table->item(0, 0));
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().at(0).toLongLong() == c.caseId);
    }

    SECTION("a supervisor returns the MG3 with reasons; the officer sees them and can edit again")
    {
        {
            ChargingTab reviewer(c, c.supervisor);
            reviewer.file->showSubPage(ChargingSubPage::Mg3);
            prompts::textOverride() = [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("Add the CCTV exhibit.")); };
            click(reviewer.file->mg3(), QStringLiteral("mg3Return"));
            prompts::textOverride() = nullptr;
            CHECK(statusOf(reviewer.file->mg3(), "mg3") == QStringLiteral("Version 1 – Returned: Add the CCTV exhibit."));
        }
        ChargingTab officer(c, c.officer);
        Mg3Editor* mg3 = officer.file->mg3();
        officer.file->showSubPage(ChargingSubPage::Mg3);
        CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Add the CCTV exhibit.")));
        CHECK_FALSE(named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"))->isReadOnly());

        // A refusal of the core's text limits names the field: shown in the banner, the cursor put there.
        auto* custody = perSuspect<QLineEdit>(mg3, QStringLiteral("mg3Custody"));
        custody->setText(QString(kShortTextLimit + 1, QLatin1Char('X')));
        named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"))->setFocus(Qt::OtherFocusReason);
        click(mg3, QStringLiteral("mg3Save"));
        auto* banner = named<QLabel>(mg3, QStringLiteral("mg3PageError"));
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Custody Ref")));
        CHECK(QApplication::focusWidget() == custody);
    }

    SECTION("the officer in the case cannot approve their own file: refused, shown, nothing written")
    {
        ChargingTab self(c, c.officer);
        Mg3Editor* mg3 = self.file->mg3();
        self.file->showSubPage(ChargingSubPage::Mg3);
        writeSupervisorComments(mg3);
        click(mg3, QStringLiteral("mg3Approve"));
        auto* banner = named<QLabel>(mg3, QStringLiteral("mg3PageError"));
        CHECK(banner->isVisible());
        CHECK_FALSE(banner->text().isEmpty());
        CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Submitted for approval")));
        auto latest = ChargingFileService(c.t.db(), c.supervisor).latest(c.caseId, ChargingForm::Mg3);
        REQUIRE(latest.ok());
        REQUIRE(latest.value().has_value());
        CHECK(latest.value()->status == ChargingStatus::Submitted);
        CHECK(latest.value()->reviews.isEmpty());
    }

    SECTION("another supervisor approves with the six comments; an edit afterwards is version 2, not yet approved")
    {
        {
            ChargingTab reviewer(c, c.supervisor);
            Mg3Editor* mg3 = reviewer.file->mg3();
            reviewer.file->showSubPage(ChargingSubPage::Mg3);
            CHECK(named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"))->isReadOnly());   // the police part is the officer's
            writeSupervisorComments(mg3);
            if (!qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR").isEmpty()) {
                mg3->focusField(QStringLiteral("mg3SupUndermine"));
                CHECK(test::keepScreenshot(reviewer.tabs.grab().toImage(), QStringLiteral("charging-mg3-supervisor.png")));
            }
            click(mg3, QStringLiteral("mg3Approve"));
            INFO(named<QLabel>(mg3, QStringLiteral("mg3PageError"))->text().toStdString());
            CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Approved by")));
            CHECK(named<QPlainTextEdit>(mg3, QStringLiteral("mg3SupPublicInterest"))->isReadOnly());

            Mg5Editor* mg5 = reviewer.file->mg5();
            reviewer.file->showSubPage(ChargingSubPage::Mg5);
            click(mg5, QStringLiteral("mg5Approve"));
            INFO(named<QLabel>(mg5, QStringLiteral("mg5PageError"))->text().toStdString());
            CHECK(statusOf(mg5, "mg5").contains(QStringLiteral("Approved by")));
        }

        // The documents print what was saved and approved: no "[not recorded]" in the MG3's police and
        // supervisor's pages (those before its CPS part), nor anywhere in the MG5 and MG2.
        ExportService exporter(c.t.db(), c.supervisor);
        exporter.setAccessJustification(QStringLiteral("Charging file review"));
        auto file = exporter.caseFile(c.caseId);
        REQUIRE(file.ok());
        QTemporaryDir pdfs;
        for (DocumentKind kind : {DocumentKind::Mg3, DocumentKind::Mg5, DocumentKind::Mg2}) {
            DocumentSelection chosen;
            chosen.kinds = {kind};
            const QString path = pdfs.filePath(kind.id() + QStringLiteral(".pdf"));
            REQUIRE(writePdf(path, buildSelection(file.value(), chosen)).ok());
            const QStringList pages = pdfPages(path);
            REQUIRE_FALSE(pages.isEmpty());
            for (int n = 0; n < pages.size(); ++n) {
                if (kind == DocumentKind::Mg3 && pages[n].contains(QStringLiteral("(For CPS completion)"))) break;
                INFO(kind.id().toStdString() << " page " << n + 1 << ":\n" << pages[n].toStdString());
                CHECK_FALSE(pages[n].contains(QStringLiteral("[not recorded]")));
            }
            if (kind == DocumentKind::Mg3) {
                const QString all = pages.join(u' ');
                CHECK(all.contains(QStringLiteral("Version 1 \u2013 approved by a supervisor")));
                CHECK(all.contains(QStringLiteral("ds.review@example.police.uk")));   // the approver's e-mail, kept
                CHECK(all.contains(QStringLiteral("Newtown")));                       // the officer's station
            }
        }

        ChargingTab officer(c, c.officer);
        Mg3Editor* mg3 = officer.file->mg3();
        officer.file->showSubPage(ChargingSubPage::Mg3);
        CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Approved by")));
        auto* outline = named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"));
        const QString approvedText = outline->toPlainText();
        typeInto(outline, QStringLiteral("typed into an approved version"));
        CHECK(outline->toPlainText() == approvedText);   // read-only: typing asks nothing and changes nothing
        click(mg3, QStringLiteral("mg3EditNewVersion"));
        CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Version 2 – Draft, not yet approved")));
        typeInto(outline, QStringLiteral(" Further incident on 1 December."));
        QTest::keyClick(outline, Qt::Key_S, Qt::ControlModifier);
        INFO(named<QLabel>(mg3, QStringLiteral("mg3PageError"))->text().toStdString());
        CHECK(statusOf(mg3, "mg3").startsWith(QStringLiteral("Version 2 – Draft")));
        CHECK_FALSE(outline->isReadOnly());
        auto versions = ChargingFileService(c.t.db(), c.officer).versions(c.caseId, ChargingForm::Mg3);
        REQUIRE(versions.ok());
        REQUIRE(versions->size() == 2);
        CHECK(versions->at(0).status == ChargingStatus::Approved);
        CHECK(versions->at(1).status == ChargingStatus::Draft);

        // The earlier, approved version can still be read, read-only.
        auto* picker = named<QComboBox>(mg3, QStringLiteral("mg3Versions"));
        REQUIRE(picker->count() == 2);
        picker->setCurrentIndex(0);
        emit picker->activated(0);
        CHECK(statusOf(mg3, "mg3").contains(QStringLiteral("Version 1 – Approved by")));
        CHECK(outline->isReadOnly());
        CHECK(outline->toPlainText() == approvedText);
    }
}

TEST_CASE("Charging file: typing not yet saved is kept as a draft of its author and offered back", "[charging-file]")
{
    ChargingCase c;
    const QString typed = QStringLiteral("Half-written outline before the radio call.");
    {
        ChargingTab officer(c, c.officer);
        officer.file->showSubPage(ChargingSubPage::Mg3);
        typeInto(named<QPlainTextEdit>(officer.file->mg3(), QStringLiteral("mg3Outline")), typed);
        officer.file->mg3()->saveDraftNow();
    }
    {
        // Another user opening the case is not offered the officer's typing.
        ChargingTab reviewer(c, c.supervisor);
        CHECK_FALSE(named<QWidget>(reviewer.file->mg3(), QStringLiteral("mg3DraftBar"))->isVisible());
    }
    ChargingTab again(c, c.officer);
    Mg3Editor* mg3 = again.file->mg3();
    again.file->showSubPage(ChargingSubPage::Mg3);
    REQUIRE(named<QWidget>(mg3, QStringLiteral("mg3DraftBar"))->isVisible());
    click(mg3, QStringLiteral("mg3RestoreDraft"));
    auto* outline = named<QPlainTextEdit>(mg3, QStringLiteral("mg3Outline"));
    CHECK(outline->toPlainText() == typed);
    QTest::keyClick(outline, Qt::Key_S, Qt::ControlModifier);
    INFO(named<QLabel>(mg3, QStringLiteral("mg3PageError"))->text().toStdString());
    CHECK(statusOf(mg3, "mg3") == QStringLiteral("Version 1 – Draft"));
    // Saved: the draft is gone.
    ChargingTab later(c, c.officer);
    CHECK_FALSE(named<QWidget>(later.file->mg3(), QStringLiteral("mg3DraftBar"))->isVisible());
}

TEST_CASE("Charging file: the MG2 sub-page shows the special measures record and its grounds", "[charging-file]")
{
    ChargingCase c;
    ChargingTab officer(c, c.officer);
    officer.file->showSubPage(ChargingSubPage::Mg2);
    Mg2Editor* mg2 = officer.file->mg2();
    const QString id = QString::number(c.complainantId);
    CHECK(named<QLabel>(mg2, QStringLiteral("mg2Grounds_") + id)->text().contains(QStringLiteral("s17")));
    CHECK(named<QLabel>(mg2, QStringLiteral("mg2Age_") + id)->text().startsWith(QStringLiteral("Over 18")));
    CHECK(named<QLabel>(mg2, QStringLiteral("mg2Views_") + id)->text().contains(QStringLiteral("screens")));
    click(mg2, QStringLiteral("mg2Edit_") + id);
    CHECK(officer.tabs.currentIndex() == CareTabs::VictimCare);
}

TEST_CASE("Export: a value not recorded links to the tab, sub-page and field that fills it", "[charging-file]")
{
    const auto place = [](const char* field, const char* where) {
        return placeOfMissingValue(Error{QString::fromUtf8(field),
                                         QStringLiteral("Not recorded, so the MG3 prints \"[not recorded]\". Record it in %1.").arg(QString::fromUtf8(where))});
    };
    auto outline = place("Outline of circumstances", "the Charging file ▸ MG3 page");
    REQUIRE(outline);
    CHECK(outline->area == CaseArea::ChargingMg3);
    CHECK(outline->field == QStringLiteral("mg3Outline"));
    auto action = place("Action date for \"Phone download\" (protocol 4.7)", "the Action plan page");
    REQUIRE(action);
    CHECK(action->area == CaseArea::ChargingActionPlan);
    auto keyEvidence = place("Key evidence", "the Case summary page");
    REQUIRE(keyEvidence);
    CHECK(keyEvidence->area == CaseArea::ChargingMg5);
    CHECK(keyEvidence->field == QStringLiteral("mg5KeyEvidence"));
    CHECK(place("Risk assessment (protocol 3.7)", "the Risk page")->area == CaseArea::Risk);
    CHECK(place("Officer completing: rank", "File \u25B8 My profile")->area == CaseArea::OwnProfile);
    CHECK_FALSE(place("Something", "a page nobody knows"));

    ChargingCase c;
    {
        // In the dialog: Enter on a value not recorded asks the case to show where it is filled in.
        ExportDialog dialog(c.t.db(), c.officer, c.caseId, DocumentSettings{});
        REQUIRE(dialog.isReady());
        auto* missing = named<QListWidget>(&dialog, QStringLiteral("missingList"));
        QListWidgetItem* outlineItem = nullptr;
        for (int i = 0; i < missing->count(); ++i)
            if (missing->item(i)->text().endsWith(QStringLiteral("Outline of circumstances"))) outlineItem = missing->item(i);
        INFO("the list shows the MG3's outline as not recorded (the MG3 is in the default selection)");
        if (outlineItem) {
            QSignalSpy asked(&dialog, &ExportDialog::placeRequested);
            emit missing->itemActivated(outlineItem);
            REQUIRE(asked.size() == 1);
            const CasePlace where = asked.first().at(0).value<CasePlace>();
            CHECK(where.area == CaseArea::ChargingMg3);
            CHECK(where.field == QStringLiteral("mg3Outline"));
        } else {
            WARN("no \"Outline of circumstances\" entry in the default selection; the dialog link was not exercised");
        }
    }
    ChargingTab officer(c, c.officer);
    officer.care->showCharging(int(ChargingSubPage::Mg5), QStringLiteral("mg5KeyEvidence"));
    CHECK(officer.file->subPages()->currentWidget() == officer.file->mg5());
    CHECK(QApplication::focusWidget() == named<QPlainTextEdit>(officer.file->mg5(), QStringLiteral("mg5KeyEvidence")));
}

TEST_CASE("Review queue: opening a charging file row opens the case on that form's sub-page", "[charging-file]")
{
    test::WindowFixture f;   // signed in as a supervisor (and officer)
    const Session officer = test::sessionFor(f.window->database(), QStringLiteral("pc.charging"), {Role::Officer});
    test::joinTeam(f.window->database(), QStringLiteral("Response 2"), {f.session.user.id, officer.user.id});   // issue 24
    Case c;
    c.urn = QStringLiteral("45AA0209822");
    c.officerInCase = officer.user.displayName;
    c.offences = {Offence::Stalking_s2A};
    auto created = CaseService(f.window->database(), officer).createCase(c);
    REQUIRE(created.ok());
    ChargingFileService files(f.window->database(), officer);
    ChargingDocument mg5;
    mg5.caseId = created->id;
    mg5.form = ChargingForm::Mg5;
    mg5.mg5.keyEvidence = QStringLiteral("CCTV of the suspect outside the workplace.");
    auto saved = files.save(mg5);
    REQUIRE(saved.ok());
    REQUIRE(files.submit(saved->id).ok());

    SupervisorQueue* queue = f.window->showReviewQueue();
    REQUIRE(queue);
    REQUIRE(queue->chargingTable()->rowCount() == 1);
    CHECK(queue->chargingTable()->item(0, 1)->text() == QStringLiteral("Charging file – MG5 v1"));
    queue->chargingTable()->setCurrentCell(0, 0);
    emit queue->chargingTable()->itemActivated(queue->chargingTable()->item(0, 0));

    CaseWorkspace* ws = f.window->currentWorkspace();
    REQUIRE(ws);
    CHECK(ws->caseId() == created->id);
    ChargingFilePage* file = ws->care()->chargingFile();
    CHECK(file->isVisible());
    CHECK(file->subPages()->currentWidget() == file->mg5());
    CHECK(named<QLabel>(file->mg5(), QStringLiteral("mg5Status"))->text().contains(QStringLiteral("Submitted for approval")));
    queue->close();
}
