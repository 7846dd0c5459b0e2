#include "TestSupport.h"

#include "case/CaseWorkspace.h"
#include "evidence/AdvisorPanel.h"
#include "evidence/ChecklistPage.h"
#include "evidence/EvidenceTabs.h"
#include "evidence/ExhibitsPage.h"
#include "evidence/OffencesPage.h"
#include "services/DemoCase.h"
#include "services/EvidenceService.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace conduct;

namespace {
struct DemoWorkspace {
    test::TempDatabase t;
    qint64 caseId = 0;
    std::unique_ptr<CaseWorkspace> ws;
    DemoWorkspace()
    {
        auto id = ensureDemoCase(t.db(), t.session());
        REQUIRE(id.ok());
        caseId = id.value();
        ws = std::make_unique<CaseWorkspace>(t.db(), t.session(), caseId, QString());
        ws->resize(1280, 820);
        REQUIRE(ws->isLoaded());
        REQUIRE(ws->evidence());
    }
    int tabIndex(const QString& prefix) const
    {
        auto* tabs = ws->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(QLatin1Char('&')).startsWith(prefix)) return i;
        return -1;
    }
};
} // namespace

TEST_CASE("the case workspace has Evidence, Exhibits, Enquiries, Offences and advisor tabs over the demo case", "[evidence_ui]")
{
    DemoWorkspace d;
    for (const char* name : {"Evidence", "Exhibits", "Enquiries (3.4)", "Offences", "Protocol advisor"}) {
        INFO(name);
        CHECK(d.tabIndex(QString::fromUtf8(name)) >= 0);
    }
    auto* summary = d.ws->findChild<QLabel*>(QStringLiteral("evidenceSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("of 17 items obtained")));
    CHECK(summary->text().contains(QStringLiteral("need attention")));
    CHECK(d.ws->evidence()->exhibits()->table()->rowCount() == 4);

    AdvisorPanel* advisor = d.ws->evidence()->advisor();
    QTreeWidget* rules = advisor->rules();
    REQUIRE(rules->topLevelItemCount() == int(advisorRules().size()));
    // State in words and a symbol, not colour alone; paragraph text one click away.
    bool sawAttention = false;
    for (int i = 0; i < rules->topLevelItemCount(); ++i)
        if (rules->topLevelItem(i)->text(0).contains(QStringLiteral("Needs attention"))) sawAttention = true;
    CHECK(sawAttention);
    rules->setCurrentItem(rules->topLevelItem(6));   // 3.11
    CHECK(advisor->paragraphView()->toPlainText().contains(QStringLiteral("will not be used in stalking cases")));
}

TEST_CASE("an evidence tab is filled when it is first shown after the case loads, not before", "[evidence_ui]")
{
    DemoWorkspace d;
    auto* tabs = d.ws->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    REQUIRE(tabs);
    // Found without the EvidenceTabs accessors, which fill a page before handing it out.
    auto* exhibits = d.ws->findChild<ExhibitsPage*>();
    auto* advisor = d.ws->findChild<AdvisorPanel*>();
    REQUIRE(exhibits);
    REQUIRE(advisor);
    CHECK(exhibits->table()->rowCount() == 0);
    CHECK(advisor->rules()->topLevelItemCount() == 0);
    // The Overview's evidence summary is worked out at once all the same.
    CHECK(d.ws->findChild<QLabel*>(QStringLiteral("evidenceSummary"))->text().contains(QStringLiteral("need attention")));

    tabs->setCurrentIndex(d.tabIndex(QStringLiteral("Exhibits")));
    CHECK(exhibits->table()->rowCount() == 4);
    tabs->setCurrentIndex(d.tabIndex(QStringLiteral("Protocol advisor")));
    CHECK(advisor->rules()->topLevelItemCount() == int(advisorRules().size()));
}

TEST_CASE("changing a checklist status saves it and updates the advisor", "[evidence_ui]")
{
    DemoWorkspace d;
    ChecklistPage* page = d.ws->evidence()->checklist();
    auto* vps = page->findChild<QComboBox*>(QStringLiteral("status_e17"));
    REQUIRE(vps);
    vps->setCurrentIndex(vps->findData(QStringLiteral("obtained")));
    auto saved = EvidenceService(d.t.db(), d.t.session()).checklist(d.caseId);
    REQUIRE(saved.ok());
    bool obtained = false;
    for (const auto& r : saved.value())
        if (r.itemId == QStringLiteral("e17")) obtained = r.status == EvidenceStatus::Obtained && r.obtainedOn.isValid();
    CHECK(obtained);
    QTreeWidget* rules = d.ws->evidence()->advisor()->rules();
    for (int i = 0; i < rules->topLevelItemCount(); ++i)
        if (rules->topLevelItem(i)->text(1) == QStringLiteral("6.7")) CHECK(rules->topLevelItem(i)->text(0).contains(QStringLiteral("Met")));
}

TEST_CASE("the Offences tab shows suggestions with their facts and refuses a different choice without a reason", "[evidence_ui]")
{
    DemoWorkspace d;
    OffencesPage* page = d.ws->evidence()->offences();
    const QString guide = page->guideView()->toPlainText();
    CHECK(guide.contains(QStringLiteral("Starting point")));
    CHECK(guide.contains(QStringLiteral("s2A(3)")));
    CHECK(guide.contains(QStringLiteral("10 years")));
    CHECK(guide.contains(QStringLiteral("referred to the CPS")));
    page->findChild<QCheckBox*>(QStringLiteral("choose_s2A"))->setChecked(false);
    page->findChild<QCheckBox*>(QStringLiteral("choose_s4A"))->setChecked(false);
    page->findChild<QCheckBox*>(QStringLiteral("choose_s2"))->setChecked(true);
    CHECK_FALSE(page->recordChoice());
    CHECK(page->findChild<QLabel*>(QStringLiteral("offencesMessage"))->text().contains(QStringLiteral("Reason")));
}

TEST_CASE("screenshots of the evidence tabs", "[.screenshots]")
{
    DemoWorkspace d;
    d.ws->show();
    auto* tabs = d.ws->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    const QList<QPair<QString, QString>> shots = {{QStringLiteral("Overview"), QStringLiteral("overview")},
                                                  {QStringLiteral("Evidence"), QStringLiteral("evidence")},
                                                  {QStringLiteral("Exhibits"), QStringLiteral("exhibits")},
                                                  {QStringLiteral("Enquiries"), QStringLiteral("enquiries")},
                                                  {QStringLiteral("Offences"), QStringLiteral("offences")},
                                                  {QStringLiteral("Protocol advisor"), QStringLiteral("advisor")}};
    for (const auto& [tab, file] : shots) {
        tabs->setCurrentIndex(d.tabIndex(tab));
        QApplication::processEvents();
        CHECK(test::keepScreenshot(d.ws->grab().toImage(), QStringLiteral("evidence-%1.png").arg(file)));
    }
}
