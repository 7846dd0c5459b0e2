#include "care/CareTabs.h"

#include "care/ChargingFilePage.h"
#include "care/ChargingPage.h"
#include "care/OrdersPage.h"
#include "care/VictimCarePage.h"
#include "care/WithdrawalPage.h"

#include <QComboBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace conduct {

CareTabs::CareTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs)
    : QObject(tabs), m_db(db), m_session(session), m_justification(justification), m_tabs(tabs)
{
    const std::pair<QString, QString> labels[SlotCount] = {
        {tr("Withdrawal"), tr("Withdrawal of support (protocol 5.3–5.8)")},
        {tr("Victim care"), tr("Victim and witness care (protocol section 6)")},
        {tr("Bail && orders"), tr("Bail, restraining orders, SPOs and breaches (4.11–4.13, section 9)")},
        {tr("Charging"), tr("The charging file: MG3, MG5, MG2, then the action plan, charging decision and pleas (4.7–4.10, section 7)")}};
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
        m_chargingFile = new ChargingFilePage(m_db, m_session, m_justification, holder);
        built = m_charging = m_chargingFile->actionPlan();
        connect(m_chargingFile, &ChargingFilePage::changed, this, &CareTabs::changed);
        connect(m_chargingFile, &ChargingFilePage::editSpecialMeasures, this, &CareTabs::showSpecialMeasures);
        break;
    case SlotCount:
        return nullptr;
    }
    m_pages[slot] = built;
    holder->layout()->addWidget(slot == Charging ? static_cast<QWidget*>(m_chargingFile) : built);
    if (m_detail) applyCase(slot, *m_detail);
    for (CarePage* p : pagesOf(slot)) {
        p->watchEditors();   // after the case is in: loading it is not typing
        connect(p, &CarePage::editsChanged, this, &CareTabs::editsChanged);
    }
    return built;
}

void CareTabs::applyCase(Slot slot, const CaseDetail& detail)
{
    switch (slot) {
    case Withdrawal: m_withdrawal->setCase(detail); break;
    case VictimCare: m_victimCare->setCase(detail); break;
    case Orders: m_orders->setCase(detail); break;
    case Charging: m_chargingFile->setCase(detail); break;
    case SlotCount: break;
    }
}

WithdrawalPage* CareTabs::withdrawal() { return static_cast<WithdrawalPage*>(page(Withdrawal)); }
VictimCarePage* CareTabs::victimCare() { return static_cast<VictimCarePage*>(page(VictimCare)); }
OrdersPage* CareTabs::orders() { return static_cast<OrdersPage*>(page(Orders)); }
ChargingPage* CareTabs::charging() { return static_cast<ChargingPage*>(page(Charging)); }

ChargingFilePage* CareTabs::chargingFile()
{
    page(Charging);
    return m_chargingFile;
}

QList<CarePage*> CareTabs::pagesOf(Slot slot) const
{
    if (slot == Charging && m_chargingFile) return m_chargingFile->pages();
    return m_pages[slot] ? QList<CarePage*>{m_pages[slot]} : QList<CarePage*>{};
}

void CareTabs::showTab(int slot)
{
    if (slot < 0 || slot >= SlotCount) return;
    page(Slot(slot));
    m_tabs->setCurrentWidget(m_holders[slot]);
}

void CareTabs::showCharging(int subPage, const QString& field)
{
    showTab(Charging);
    m_chargingFile->showSubPage(ChargingSubPage(subPage), field);
}

void CareTabs::showSpecialMeasures(qint64 personId)
{
    showTab(VictimCare);
    // The record is edited on the Victim care tab; its person picker loads the person's record.
    if (auto* person = m_victimCare->findChild<QComboBox*>(QStringLiteral("measuresPerson"))) {
        selectId(person, personId);
        person->setFocus(Qt::OtherFocusReason);
    }
}

QStringList CareTabs::tabsWithUnsavedEdits() const
{
    const QString names[SlotCount] = {tr("Withdrawal"), tr("Victim care"), tr("Bail and orders"), tr("Charging")};
    QStringList out;
    for (int slot = 0; slot < SlotCount; ++slot)
        for (CarePage* p : pagesOf(Slot(slot)))
            if (p->hasUnsavedEdits()) {
                out.append(names[slot]);
                break;
            }
    return out;
}

void CareTabs::setCase(const CaseDetail& detail)
{
    m_detail = detail;
    for (int slot = 0; slot < SlotCount; ++slot)
        if (m_pages[slot]) applyCase(Slot(slot), detail);
}

} // namespace conduct
