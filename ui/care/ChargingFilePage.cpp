#include "care/ChargingFilePage.h"

#include "care/ChargingPage.h"
#include "care/Mg2Editor.h"
#include "care/Mg3Editor.h"
#include "care/Mg5Editor.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace conduct {

ChargingFilePage::ChargingFilePage(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chargingFilePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chargingFileTabs"));
    m_tabs->setDocumentMode(true);
    m_mg3 = new Mg3Editor(db, session, justification, m_tabs);
    m_mg5 = new Mg5Editor(db, session, justification, m_tabs);
    m_mg2 = new Mg2Editor(db, session, justification, m_tabs);
    m_actionPlan = new ChargingPage(db, session, justification, m_tabs);
    // The order the forms are read; the action plan, request and decision after them.
    m_tabs->addTab(m_mg3, tr("MG&3 Report to CPS"));
    m_tabs->addTab(m_mg5, tr("MG&5 Case summary"));
    m_tabs->addTab(m_mg2, tr("MG&2 Special measures"));
    m_tabs->addTab(m_actionPlan, tr("Action p&lan"));
    m_tabs->setTabToolTip(3, tr("Action plan with agreed action dates (4.7), charging request and CPS decision, pleas (section 7)"));
    layout->addWidget(m_tabs);
    connect(m_mg3, &Mg3Editor::changed, this, &ChargingFilePage::changed);
    connect(m_mg5, &Mg5Editor::changed, this, &ChargingFilePage::changed);
    connect(m_actionPlan, &ChargingPage::changed, this, &ChargingFilePage::changed);
    connect(m_mg2, &Mg2Editor::editRequested, this, &ChargingFilePage::editSpecialMeasures);
}

QList<CarePage*> ChargingFilePage::pages() const { return {m_mg3, m_mg5, m_mg2, m_actionPlan}; }

void ChargingFilePage::setCase(const CaseDetail& detail)
{
    m_mg3->setCase(detail);
    m_mg5->setCase(detail);
    m_mg2->setCase(detail);
    m_actionPlan->setCase(detail);
}

void ChargingFilePage::showSubPage(ChargingSubPage page, const QString& field)
{
    CarePage* shown = pages().at(int(page));
    m_tabs->setCurrentWidget(shown);
    if (field.isEmpty()) return;
    if (page == ChargingSubPage::Mg3) m_mg3->focusField(field);
    else if (page == ChargingSubPage::Mg5) m_mg5->focusField(field);
    else if (auto* w = shown->findChild<QWidget*>(field)) w->setFocus(Qt::OtherFocusReason);
}

} // namespace conduct
