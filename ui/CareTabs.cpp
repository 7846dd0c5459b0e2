#include "CareTabs.h"

#include "ChargingPage.h"
#include "OrdersPage.h"
#include "VictimCarePage.h"
#include "WithdrawalPage.h"

#include <QTabWidget>

namespace conduct {

CareTabs::CareTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs) : QObject(tabs)
{
    m_withdrawal = new WithdrawalPage(db, session, justification, tabs);
    m_victimCare = new VictimCarePage(db, session, justification, tabs);
    m_orders = new OrdersPage(db, session, justification, tabs);
    m_charging = new ChargingPage(db, session, justification, tabs);
    tabs->addTab(m_withdrawal, tr("Withdrawal"));
    tabs->addTab(m_victimCare, tr("Victim care"));
    tabs->addTab(m_orders, tr("Bail && orders"));
    tabs->addTab(m_charging, tr("Charging"));
    tabs->setTabToolTip(tabs->indexOf(m_withdrawal), tr("Withdrawal of support (protocol 5.3–5.8)"));
    tabs->setTabToolTip(tabs->indexOf(m_victimCare), tr("Victim and witness care (protocol section 6)"));
    tabs->setTabToolTip(tabs->indexOf(m_orders), tr("Bail, restraining orders, SPOs and breaches (4.11–4.13, section 9)"));
    tabs->setTabToolTip(tabs->indexOf(m_charging), tr("Action plan, charging and pleas (4.7–4.10, section 7)"));

    // Withdrawal pressure and breaches add actions and flags: the Charging tab shows them.
    connect(m_withdrawal, &WithdrawalPage::changed, this, [this] { m_charging->refreshLists(); emit changed(); });
    connect(m_victimCare, &VictimCarePage::changed, this, &CareTabs::changed);
    connect(m_orders, &OrdersPage::changed, this, [this] { m_charging->refreshLists(); emit changed(); });
    connect(m_orders, &OrdersPage::incidentsChanged, this, &CareTabs::incidentsChanged);
    connect(m_charging, &ChargingPage::changed, this, &CareTabs::changed);
    for (CarePage* page : std::initializer_list<CarePage*>{m_withdrawal, m_victimCare, m_orders, m_charging}) {
        page->watchEditors();
        connect(page, &CarePage::editsChanged, this, &CareTabs::editsChanged);
    }
}

QStringList CareTabs::tabsWithUnsavedEdits() const
{
    QStringList names;
    const std::pair<const CarePage*, QString> pages[] = {{m_withdrawal, tr("Withdrawal")}, {m_victimCare, tr("Victim care")},
                                                         {m_orders, tr("Bail and orders")}, {m_charging, tr("Charging")}};
    for (const auto& [page, name] : pages)
        if (page->hasUnsavedEdits()) names.append(name);
    return names;
}

void CareTabs::setCase(const CaseDetail& detail)
{
    m_withdrawal->setCase(detail);
    m_victimCare->setCase(detail);
    m_orders->setCase(detail);
    m_charging->setCase(detail);
}

} // namespace conduct
