// MainWindow's Review menu: the supervisors' risk assessment review queue (protocol 3.7).

#include "shell/MainWindow.h"

#include "case/CaseListModel.h"
#include "care/CareTabs.h"
#include "care/ChargingFilePage.h"
#include "case/CaseWorkspace.h"
#include "risk/RiskPage.h"
#include "risk/SupervisorQueue.h"
#include "security/Permissions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace conduct {

void MainWindow::buildReviewMenu()
{
    QMenu* review = new QMenu(tr("&Review"), this);
    review->setObjectName(QStringLiteral("reviewMenu"));
    m_reviewQueueAction = review->addAction(tr("Review &queue…"), this, &MainWindow::showReviewQueue);
    m_reviewQueueAction->setObjectName(QStringLiteral("reviewQueueAction"));
    m_reviewQueueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Before Help, which stays last by convention.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), review);
    connect(review, &QMenu::aboutToShow, this, [this] {
        const bool supervisor = PermissionTable::check(m_session.user.roles, Action::ApproveAssessment) == Decision::Allowed;
        m_reviewQueueAction->setEnabled(supervisor);
        m_reviewQueueAction->setToolTip(supervisor ? QString() : tr("Only supervisors review risk assessments."));
    });
}

SupervisorQueue* MainWindow::showReviewQueue()
{
    if (PermissionTable::check(m_session.user.roles, Action::ApproveAssessment) != Decision::Allowed) return nullptr;
    if (!m_reviewQueue) {
        m_reviewQueue = new SupervisorQueue(*m_db, m_session, this);
        m_reviewQueue->setWindowFlag(Qt::Window);
        m_reviewQueue->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_reviewQueue, &SupervisorQueue::decided, this, [this](qint64 caseId) {
            m_model->refresh();
            for (int i = 1; i < m_tabs->count(); ++i)
                if (auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i)); ws && ws->caseId() == caseId && ws->risk())
                    ws->risk()->reload();
        });
        // A charging file row opens the case on that form, where the supervisor's part is written.
        connect(m_reviewQueue, &SupervisorQueue::openChargingRequested, this, [this](qint64 caseId, ChargingForm form) {
            CaseWorkspace* ws = openCase(caseId);
            if (!ws || !ws->care()) return;
            ws->care()->showCharging(int(form == ChargingForm::Mg3 ? ChargingSubPage::Mg3 : ChargingSubPage::Mg5));
            raise();
            activateWindow();
        });
    } else {
        m_reviewQueue->reload();
    }
    m_reviewQueue->show();
    m_reviewQueue->raise();
    m_reviewQueue->activateWindow();
    return m_reviewQueue;
}

} // namespace conduct
