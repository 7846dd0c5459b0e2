#include "care/CareTabs.h"

#include "care/ChargingPage.h"
#include "care/OrdersPage.h"
#include "care/VictimCarePage.h"
#include "care/WithdrawalPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace conduct {

CareTabs::CareTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs)
    : QObject(tabs), m_db(db), m_session(session), m_justification(justification)
{
    const std::pair<QString, QString> labels[SlotCount] = {
        {tr("Withdrawal"), tr("Withdrawal of support (protocol 5.3–5.8)")},
        {tr("Victim care"), tr("Victim and witness care (protocol section 6)")},
        {tr("Bail && orders"), tr("Bail, restraining orders, SPOs and breaches (4.11–4.13, section 9)")},
        {tr("Charging"), tr("Action plan, charging and pleas (4.7–4.10, section 7)")}};
    for (int slot = 0; slot < SlotCount; ++slot) {
        QWidget* holder = new QWidget(tabs);
        (new QVBoxLayout(holder))->setContentsMargins(0, 0, 0, 0);
        const int index = tabs->addTab(holder, labels[slot].first);
        tabs->setTabToolTip(index, labels[slot].second);
        m_holders[slot] = holder;
    }
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        for (int slot = 0; slot < SlotCount; ++slot)
            if (tabs->widget(index) == m_holders[slot]) page(Slot(slot));
    });
}

CarePage* CareTabs::page(Slot slot)
{
    if (m_pages[slot]) return m_pages[slot];
    QWidget* holder = m_holders[slot];
    CarePage* built = nullptr;
    // Withdrawal pressure and breaches add actions and flags: the Charging tab shows them.
    const auto refreshChargingThenChanged = [this] {
        if (m_charging) m_charging->refreshLists();
        emit changed();
    };
    switch (slot) {
    case Withdrawal:
        built = m_withdrawal = new WithdrawalPage(m_db, m_session, m_justification, holder);
        connect(m_withdrawal, &WithdrawalPage::changed, this, refreshChargingThenChanged);
        break;
    case VictimCare:
        built = m_victimCare = new VictimCarePage(m_db, m_session, m_justification, holder);
        connect(m_victimCare, &VictimCarePage::changed, this, &CareTabs::changed);
        break;
    case Orders:
        built = m_orders = new OrdersPage(m_db, m_session, m_justification, holder);
        connect(m_orders, &OrdersPage::changed, this, refreshChargingThenChanged);
        connect(m_orders, &OrdersPage::incidentsChanged, this, &CareTabs::incidentsChanged);
        break;
    case Charging:
        built = m_charging = new ChargingPage(m_db, m_session, m_justification, holder);
        connect(m_charging, &ChargingPage::changed, this, &CareTabs::changed);
        break;
    case SlotCount:
        return nullptr;
    }
    m_pages[slot] = built;
    holder->layout()->addWidget(built);
    if (m_detail) applyCase(slot, *m_detail);
    built->watchEditors();   // after the case is in: loading it is not typing
    connect(built, &CarePage::editsChanged, this, &CareTabs::editsChanged);
    return built;
}

void CareTabs::applyCase(Slot slot, const CaseDetail& detail)
{
    switch (slot) {
    case Withdrawal: m_withdrawal->setCase(detail); break;
    case VictimCare: m_victimCare->setCase(detail); break;
    case Orders: m_orders->setCase(detail); break;
    case Charging: m_charging->setCase(detail); break;
    case SlotCount: break;
    }
}

WithdrawalPage* CareTabs::withdrawal() { return static_cast<WithdrawalPage*>(page(Withdrawal)); }
VictimCarePage* CareTabs::victimCare() { return static_cast<VictimCarePage*>(page(VictimCare)); }
OrdersPage* CareTabs::orders() { return static_cast<OrdersPage*>(page(Orders)); }
ChargingPage* CareTabs::charging() { return static_cast<ChargingPage*>(page(Charging)); }

QStringList CareTabs::tabsWithUnsavedEdits() const
{
    const QString names[SlotCount] = {tr("Withdrawal"), tr("Victim care"), tr("Bail and orders"), tr("Charging")};
    QStringList out;
    for (int slot = 0; slot < SlotCount; ++slot)
        if (m_pages[slot] && m_pages[slot]->hasUnsavedEdits()) out.append(names[slot]);
    return out;
}

void CareTabs::setCase(const CaseDetail& detail)
{
    m_detail = detail;
    for (int slot = 0; slot < SlotCount; ++slot)
        if (m_pages[slot]) applyCase(Slot(slot), detail);
}

} // namespace conduct
