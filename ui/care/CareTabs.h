#pragma once
// The four case tabs of protocol sections 4–9: Withdrawal, Victim care, Bail & orders, Charging.
// CaseWorkspace creates one, which adds the tabs, and hands it each re-read of the case.
//
// Each page is built the first time its tab is shown (or a caller asks for it): the four forms
// hold hundreds of widgets, and building and polishing them for every case opened, whether or
// not anyone looks at them, was most of the time it took to open a case.

#include "services/CaseService.h"

#include <QObject>
#include <array>
#include <optional>

class QTabWidget;
class QWidget;

namespace conduct {

class CarePage;
class ChargingFilePage;
class ChargingPage;
class OrdersPage;
class VictimCarePage;
class WithdrawalPage;

class CareTabs : public QObject {
    Q_OBJECT
public:
    CareTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs);
    void setCase(const CaseDetail& detail);

    // The pages, built now if their tab has not been shown yet.
    WithdrawalPage* withdrawal();
    VictimCarePage* victimCare();
    OrdersPage* orders();
    ChargingPage* charging();            // the Charging tab's "Action plan" sub-page
    ChargingFilePage* chargingFile();    // the whole Charging tab: MG3, MG5, MG2, action plan
    // Brings the Charging tab forward on a sub-page (int(ChargingSubPage)), the cursor in `field`.
    void showCharging(int subPage, const QString& field = {});
    // Brings the Victim care tab forward on this person's special measures record.
    void showSpecialMeasures(qint64 personId);
    void showTab(int slot);               // Withdrawal, VictimCare, Orders or Charging
    // Names of the tabs holding typing not yet saved; empty when there is none.
    QStringList tabsWithUnsavedEdits() const;

signals:
    void changed();           // something on these tabs was saved
    void incidentsChanged();  // a breach added an incident: the case must be re-read
    void editsChanged();      // typing on any of the tabs

public:
    enum Slot { Withdrawal, VictimCare, Orders, Charging, SlotCount };

private:
    CarePage* page(Slot slot);            // builds it on first use
    QList<CarePage*> pagesOf(Slot slot) const;   // the Charging tab holds several
    void applyCase(Slot slot, const CaseDetail& detail);

    Database& m_db;
    const Session m_session;
    const QString m_justification;
    std::optional<CaseDetail> m_detail;   // the last case handed in, for pages built later
    std::array<QWidget*, SlotCount> m_holders{};   // the tab pages; each page goes inside its holder
    std::array<CarePage*, SlotCount> m_pages{};
    WithdrawalPage* m_withdrawal = nullptr;
    VictimCarePage* m_victimCare = nullptr;
    OrdersPage* m_orders = nullptr;
    ChargingPage* m_charging = nullptr;
    ChargingFilePage* m_chargingFile = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace conduct
