#pragma once
// The four case tabs of protocol sections 4–9: Withdrawal, Victim care, Bail & orders, Charging.
// CaseWorkspace creates one, adds its tabs and hands it each re-read of the case.

#include "services/CaseService.h"

#include <QObject>

class QTabWidget;

namespace conduct {

class ChargingPage;
class OrdersPage;
class VictimCarePage;
class WithdrawalPage;

class CareTabs : public QObject {
    Q_OBJECT
public:
    CareTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs);
    void setCase(const CaseDetail& detail);

    WithdrawalPage* withdrawal() const { return m_withdrawal; }
    VictimCarePage* victimCare() const { return m_victimCare; }
    OrdersPage* orders() const { return m_orders; }
    ChargingPage* charging() const { return m_charging; }
    // Names of the tabs holding typing not yet saved; empty when there is none.
    QStringList tabsWithUnsavedEdits() const;

signals:
    void changed();           // something on these tabs was saved
    void incidentsChanged();  // a breach added an incident: the case must be re-read
    void editsChanged();      // typing on any of the tabs

private:
    WithdrawalPage* m_withdrawal = nullptr;
    VictimCarePage* m_victimCare = nullptr;
    OrdersPage* m_orders = nullptr;
    ChargingPage* m_charging = nullptr;
};

} // namespace conduct
