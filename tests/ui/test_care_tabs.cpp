// The Withdrawal, Victim care, Bail & orders and Charging tabs, driven through the real widgets.

#include "TestSupport.h"
#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include "care/CareTabs.h"
#include "case/CaseWorkspace.h"
#include "care/ChargingPage.h"
#include "care/OrdersPage.h"
#include "care/VictimCarePage.h"
#include "care/WithdrawalPage.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/DemoCase.h"
#include "services/OrdersService.h"
#include "services/VictimCareService.h"
#include "services/WithdrawalService.h"
#include "store/ActionRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace conduct;

namespace {
template <typename W>
W* child(QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

int tabIndex(CaseWorkspace* ws, const QString& text)
{
    auto* tabs = ws->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&')) == text)
            return i;
    return -1;
}

struct NewCaseWorkspace {
    test::TempDatabase t;
    qint64 caseId = 0;
    qint64 complainantId = 0;
    std::unique_ptr<CaseWorkspace> ws;
    NewCaseWorkspace()
    {
        CaseService service(t.db(), t.session());
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PC 4521 Carter");
        caseId = service.createCase(c)->id;
        Person p;
        p.caseId = caseId;
        p.forenames = QStringLiteral("Alex");
        p.surname = QStringLiteral("Example");
        complainantId = service.addPerson(p)->id;
        ws = std::make_unique<CaseWorkspace>(t.db(), t.session(), caseId, QString());
        ws->resize(1280, 900);
        REQUIRE(ws->isLoaded());
        REQUIRE(ws->care());
    }
};

void typeInto(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("the case workspace has the Withdrawal, Victim care, Bail & orders and Charging tabs", "[care_ui]")
{
    NewCaseWorkspace w;
    for (const char* name : {"Withdrawal", "Victim care", "Bail & orders", "Charging"}) {
        INFO(name);
        CHECK(tabIndex(w.ws.get(), QString::fromUtf8(name)) >= 0);
    }
}

TEST_CASE("withdrawal flow: statement, report, refused summons, decision", "[care_ui]")
{
    NewCaseWorkspace w;
    WithdrawalPage* page = w.ws->care()->withdrawal();
    auto* error = child<QLabel>(page, QStringLiteral("withdrawalPageError"));

    // An incomplete statement is refused with the points still to answer.
    typeInto(child<QPlainTextEdit>(page, QStringLiteral("statementPointp1")), QStringLiteral("I am exhausted and want it to stop."));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveWithdrawalButton")), Qt::LeftButton);
    CHECK(error->isVisibleTo(page));
    CHECK(error->text().contains(QStringLiteral("point 2, 3, 4, 5, 6")));

    for (int i = 2; i <= 6; ++i)
        typeInto(child<QPlainTextEdit>(page, QStringLiteral("statementPointp%1").arg(i)), QStringLiteral("My answer %1.").arg(i));
    for (int i = 1; i <= 7; ++i)
        typeInto(child<QPlainTextEdit>(page, QStringLiteral("reportPointp%1").arg(i)), QStringLiteral("Officer's view %1.").arg(i));
    const QDate today = uktime::today();
    child<DateTimeField>(page, QStringLiteral("statementTakenAt"))->setText(uktime::formatDate(today.addDays(-2)) + QStringLiteral(" 10:00"));
    child<DateField>(page, QStringLiteral("reportDate"))->setDate(today.addDays(-1));
    // The circumstances the officer's report prints (mg-forms §7.3).
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("statementTakenWhere")), QStringLiteral("Her sister's home"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("presentAtStatement")), QStringLiteral("Her ISAC"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("contactInitiatedBy")), QStringLiteral("She telephoned the OIC"));

    // A witness summons before the 5.8 safety enquiries is refused, quoting 5.8.
    auto* decision = child<QComboBox>(page, QStringLiteral("withdrawalDecision"));
    decision->setCurrentIndex(decision->findData(int(WithdrawalDecision::WitnessSummons)));
    typeInto(child<QPlainTextEdit>(page, QStringLiteral("decisionReasons")), QStringLiteral("Only she can prove the fear."));
    child<DateField>(page, QStringLiteral("decisionDate"))->setDate(today);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveWithdrawalButton")), Qt::LeftButton);
    CHECK(error->isVisibleTo(page));
    CHECK(error->text().contains(QStringLiteral("Protocol 5.8")));
    CHECK(WithdrawalService(w.t.db(), w.t.session()).list(w.caseId)->isEmpty());

    // Proceeding without the complainant's evidence, with suspected pressure, is saved.
    decision->setCurrentIndex(decision->findData(int(WithdrawalDecision::ProceedWithoutComplainant)));
    auto* pressure = child<QCheckBox>(page, QStringLiteral("pressureSuspected"));
    pressure->setFocus();
    QTest::keyClick(pressure, Qt::Key_Space);
    CHECK(pressure->isChecked());
    typeInto(child<QPlainTextEdit>(page, QStringLiteral("pressureDetail")), QStringLiteral("His mother visited her."));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveWithdrawalButton")), Qt::LeftButton);
    INFO(error->text().toStdString());
    CHECK_FALSE(error->isVisibleTo(page));
    auto saved = WithdrawalService(w.t.db(), w.t.session()).list(w.caseId);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().decision == WithdrawalDecision::ProceedWithoutComplainant);
    CHECK(saved->first().statement.value(QStringLiteral("p1")).toString() == QStringLiteral("I am exhausted and want it to stop."));
    CHECK(saved->first().statementTakenAt == QStringLiteral("Her sister's home"));
    CHECK(saved->first().presentAtStatement == QStringLiteral("Her ISAC"));
    CHECK(saved->first().contactInitiatedBy == QStringLiteral("She telephoned the OIC"));
    // The Charging tab shows the 5.5 action and flag straight away.
    auto* actions = child<QTableWidget>(w.ws->care()->charging(), QStringLiteral("actionTable"));
    CHECK(actions->rowCount() == 1);
    CHECK(child<QLabel>(w.ws->care()->charging(), QStringLiteral("caseFlags"))->text().contains(QStringLiteral("5.5")));
}

TEST_CASE("a referral without consent is refused on the Victim care tab", "[care_ui]")
{
    NewCaseWorkspace w;
    VictimCarePage* page = w.ws->care()->victimCare();
    auto* error = child<QLabel>(page, QStringLiteral("victimCarePageError"));
    child<DateField>(page, QStringLiteral("consentOn"))->setDate(uktime::today());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addReferralButton")), Qt::LeftButton);
    CHECK(error->isVisibleTo(page));
    CHECK(error->text().startsWith(QStringLiteral("Consent:")));
    CHECK(error->text().contains(QStringLiteral("without their consent")));
    CHECK(child<QTableWidget>(page, QStringLiteral("referralTable"))->rowCount() == 0);

    auto* consent = child<QCheckBox>(page, QStringLiteral("referralConsent"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addReferralButton")), Qt::LeftButton);
    CHECK_FALSE(error->isVisibleTo(page));
    CHECK(child<QTableWidget>(page, QStringLiteral("referralTable"))->rowCount() == 1);
    CHECK(VictimCareService(w.t.db(), w.t.session()).load(w.caseId)->referrals.size() == 1);

    // An offer the complainant declined is recorded as declined, with the date (issue 31).
    auto* declined = child<QCheckBox>(page, QStringLiteral("referralDeclined"));
    declined->setFocus();
    QTest::keyClick(declined, Qt::Key_Space);
    child<DateField>(page, QStringLiteral("declinedOn"))->setDate(uktime::today());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addReferralButton")), Qt::LeftButton);
    INFO(error->text().toStdString());
    CHECK_FALSE(error->isVisibleTo(page));
    auto* table = child<QTableWidget>(page, QStringLiteral("referralTable"));
    REQUIRE(table->rowCount() == 2);
    bool shownDeclined = false;
    for (int row = 0; row < table->rowCount(); ++row)
        shownDeclined = shownDeclined || table->item(row, 3)->text() == QStringLiteral("Declined %1").arg(uktime::formatDate(uktime::today()));
    CHECK(shownDeclined);
}

TEST_CASE("a breach asks the incident's impact questions and clears once recorded", "[care_ui]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CaseWorkspace ws(t.db(), t.session(), id.value(), QString());
    OrdersPage* page = ws.care()->orders();
    auto* error = child<QLabel>(page, QStringLiteral("ordersPageError"));
    auto* breached = child<QComboBox>(page, QStringLiteral("breached"));
    REQUIRE(breached->count() > 0);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("breachWhere")), QStringLiteral("Her street"));
    child<QListWidget>(page, QStringLiteral("breachBehaviours"))->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QPlainTextEdit>(page, QStringLiteral("breachWhat")), QStringLiteral("Seen outside her house."));
    auto* distress = child<QCheckBox>(page, QStringLiteral("breachDistress"));
    distress->setFocus();
    QTest::keyClick(distress, Qt::Key_Space);
    const int before = int(OrdersService(t.db(), t.session()).load(id.value())->breaches.size());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("recordBreachButton")), Qt::LeftButton);
    INFO(error->text().toStdString());
    CHECK_FALSE(error->isVisibleTo(page));
    auto records = OrdersService(t.db(), t.session()).load(id.value());
    REQUIRE(records.ok());
    REQUIRE(records->breaches.size() == before + 1);
    CHECK(records->breaches.first().alarmOrDistress);
    // The form is empty again: a second click cannot record the same breach twice.
    CHECK(child<QLineEdit>(page, QStringLiteral("breachWhere"))->text().isEmpty());
    CHECK(child<QPlainTextEdit>(page, QStringLiteral("breachWhat"))->toPlainText().isEmpty());
    CHECK_FALSE(distress->isChecked());
    CHECK(child<QListWidget>(page, QStringLiteral("breachBehaviours"))->item(0)->checkState() == Qt::Unchecked);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("recordBreachButton")), Qt::LeftButton);
    CHECK(error->isVisibleTo(page));
    CHECK(OrdersService(t.db(), t.session()).load(id.value())->breaches.size() == before + 1);
}

TEST_CASE("the demo case shows its withdrawal and draft restraining order", "[care_ui]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CaseWorkspace ws(t.db(), t.session(), id.value(), QString());
    REQUIRE(ws.care());
    auto* decision = child<QComboBox>(ws.care()->withdrawal(), QStringLiteral("withdrawalDecision"));
    CHECK(decision->currentData().toInt() == int(WithdrawalDecision::ProceedWithoutComplainant));
    auto* terms = child<QTableWidget>(ws.care()->orders(), QStringLiteral("roTerms"));
    CHECK(terms->rowCount() == 5);
    CHECK(child<QLabel>(ws.care()->orders(), QStringLiteral("roAddressWarning"))->text().isEmpty());
    CHECK(child<QLineEdit>(ws.care()->victimCare(), QStringLiteral("spocName"))->text() == QStringLiteral("DC 4127 Sam EXAMPLE"));
}

TEST_CASE("screenshots of the care tabs", "[.screenshots]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CaseWorkspace ws(t.db(), t.session(), id.value(), QString());
    ws.resize(1280, 1000);
    auto* tabs = ws.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    const QList<std::pair<QString, const char*>> shots = {{QStringLiteral("Withdrawal"), "withdrawal"},
                                                          {QStringLiteral("Victim care"), "victim-care"},
                                                          {QStringLiteral("Bail & orders"), "orders"},
                                                          {QStringLiteral("Charging"), "charging"}};
    ws.show();
    for (const auto& [tab, file] : shots) {
        tabs->setCurrentIndex(tabIndex(&ws, tab));
        QTest::qWait(50);
        CHECK(test::keepScreenshot(ws.grab().toImage(), QStringLiteral("care-%1.png").arg(QString::fromLatin1(file))));
        // The lower part of each page too, scrolled.
        for (QScrollArea* area : tabs->currentWidget()->findChildren<QScrollArea*>()) {
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            QTest::qWait(20);
            CHECK(test::keepScreenshot(ws.grab().toImage(), QStringLiteral("care-%1-2.png").arg(QString::fromLatin1(file))));
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
            QTest::qWait(20);
            CHECK(test::keepScreenshot(ws.grab().toImage(), QStringLiteral("care-%1-3.png").arg(QString::fromLatin1(file))));
        }
    }
}

TEST_CASE("unsaved typing on the care tabs survives a refresh of the case", "[care_ui]")
{
    NewCaseWorkspace w;
    WithdrawalPage* page = w.ws->care()->withdrawal();
    auto* statement = child<QPlainTextEdit>(page, QStringLiteral("statementPointp1"));
    typeInto(statement, QStringLiteral("I want it to stop, but I am frightened."));

    // Another tab adds a complainant: the workspace reloads the case and hands it to every tab.
    Person second;
    second.caseId = w.caseId;
    second.forenames = QStringLiteral("Sam");
    second.surname = QStringLiteral("Specimen");
    REQUIRE(CaseService(w.t.db(), w.t.session()).addPerson(second).ok());
    w.ws->reload();

    CHECK(statement->toPlainText() == QStringLiteral("I want it to stop, but I am frightened."));
    auto* complainants = child<QComboBox>(page, QStringLiteral("withdrawalComplainant"));
    CHECK(complainants->count() == 2);   // the people lists still refresh
}
