#pragma once
// The Charging tab as the charging file (issue 22): sub-pages in the order the forms are read —
// MG3, MG5, MG2 — then the action plan, charging request, CPS decision and pleas (ChargingPage,
// protocol 4.7–4.10, section 7).

#include "services/CaseService.h"

#include <QWidget>

class QTabWidget;

namespace conduct {

class CarePage;
class ChargingPage;
class Mg2Editor;
class Mg3Editor;
class Mg5Editor;

enum class ChargingSubPage { Mg3, Mg5, Mg2, ActionPlan };

class ChargingFilePage : public QWidget {
    Q_OBJECT
public:
    ChargingFilePage(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);

    Mg3Editor* mg3() const { return m_mg3; }
    Mg5Editor* mg5() const { return m_mg5; }
    Mg2Editor* mg2() const { return m_mg2; }
    ChargingPage* actionPlan() const { return m_actionPlan; }
    QTabWidget* subPages() const { return m_tabs; }
    QList<CarePage*> pages() const;

    // Shows the sub-page; with a field's objectName, puts the cursor in it.
    void showSubPage(ChargingSubPage page, const QString& field = {});

signals:
    void changed();
    void editSpecialMeasures(qint64 personId);

private:
    QTabWidget* m_tabs = nullptr;
    Mg3Editor* m_mg3 = nullptr;
    Mg5Editor* m_mg5 = nullptr;
    Mg2Editor* m_mg2 = nullptr;
    ChargingPage* m_actionPlan = nullptr;
};

} // namespace conduct
