// MainWindow's desktop conveniences, kept apart from the case-handling code: Edit ▸ Preferences…,
// Help ▸ User guide, the unsaved-work mark in the title bar, and signing out from the lock screen.

#include "shell/MainWindow.h"

#include "case/CaseListModel.h"
#include "case/CaseWorkspace.h"
#include "shell/LockController.h"
#include "shell/PreferencesDialog.h"
#include "shell/SignInDialog.h"
#include "risk/SupervisorQueue.h"
#include "shell/UserGuideWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace conduct {

void MainWindow::addPreferencesAction(QMenu* edit)
{
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty on some desktops: Ctrl+, is the common one everywhere.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma))) keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(keys);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::addUserGuideAction(QMenu* help)
{
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted) return;
    // Applied at once: the idle lock counts down afresh from the new value; exports read the marking
    // and force name when they run, risk reviews when they set a date, and the chronology when next shown.
    m_lock->followDeskIdleLock();
    statusBar()->showMessage(tr("Preferences saved."), 5000);
}

UserGuideWindow* MainWindow::showUserGuide()
{
    if (!m_userGuide) m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
    return m_userGuide;
}

void MainWindow::updateWindowModified()
{
    if (m_lock && m_lock->isLocked()) return;   // the locked title has no [*]; unlocking calls this again
    bool inProgress = false;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i))) inProgress = inProgress || ws->hasWorkInProgress();
    setWindowModified(inProgress);
}

void MainWindow::signOutFromLock()
{
    auto session = SignInDialog::signIn(*m_db, this);
    if (!session) return;   // still locked: the next user can try again, or the last one unlock
    // The cases open were the last user's: they close without questions, and their incident
    // drafts stay in the store for when that officer is back.
    while (m_tabs->count() > 1) {
        QWidget* ws = m_tabs->widget(m_tabs->count() - 1);
        m_tabs->removeTab(m_tabs->count() - 1);
        ws->deleteLater();
    }
    delete m_reviewQueue;
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_session = *session;
    m_lock->unlockForNewSession(m_session);
    m_model->refresh();
    updateStatusBar();
    updateSecurityActions();
    updateWindowModified();
}

} // namespace conduct
