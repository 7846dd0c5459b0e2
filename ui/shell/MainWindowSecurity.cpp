// MainWindow's security menus, kept apart from the case-handling code: the screen lock, changing
// one's own password, the audit trail viewer and account administration.

#include "shell/MainWindow.h"

#include "security/AccountDialogs.h"
#include "security/AccountsDialog.h"
#include "security/AuditViewerDialog.h"
#include "security/ProfileDialog.h"
#include "security/TrustedKeysDialog.h"
#include "security/TeamsDialog.h"
#include "case/CaseListModel.h"
#include "shell/LockController.h"
#include "security/AccountService.h"
#include "security/Permissions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace conduct {

void MainWindow::buildSecurityMenus()
{
    // File ▸ Lock, Change password… and My profile…, just above Quit.
    QMenu* file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().first()->menu();
    if (file) {
        QAction* quitSeparator = nullptr;
        for (QAction* a : file->actions())
            if (a->isSeparator()) quitSeparator = a;
        QAction* lock = new QAction(tr("&Lock"), this);
        lock->setObjectName(QStringLiteral("lockAction"));
        lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        lock->setShortcutContext(Qt::ApplicationShortcut);
        lock->setStatusTip(tr("Hide all case details until you enter your password again"));
        connect(lock, &QAction::triggered, this, &MainWindow::lockNow);
        QAction* password = new QAction(tr("Change &password…"), this);
        password->setObjectName(QStringLiteral("changePasswordAction"));
        connect(password, &QAction::triggered, this, &MainWindow::changePassword);
        QAction* profile = new QAction(tr("My pro&file…"), this);
        profile->setObjectName(QStringLiteral("myProfileAction"));
        profile->setStatusTip(tr("Your rank, number, station, telephone and e-mail, as the MG forms print them"));
        connect(profile, &QAction::triggered, this, &MainWindow::editOwnProfile);
        file->insertActions(quitSeparator, {lock, password, profile});
        file->insertSeparator(lock);
    }

    QMenu* tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    m_auditAction = tools->addAction(tr("&Audit trail…"), this, &MainWindow::showAuditTrail);
    m_auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_accountsAction = tools->addAction(tr("A&ccounts…"), this, &MainWindow::showAccounts);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    // Open to everyone, to read this database's fingerprint to a receiving unit; only
    // administrators change the keys (the dialog and TrustedKeysService check).
    QAction* keys = tools->addAction(tr("Trusted &keys…"), this, [this] {
        TrustedKeysDialog dialog(*m_db, m_session, this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("trustedKeysAction"));
    keys->setStatusTip(tr("This database's signing key, and the other databases' keys trusted for case bundles"));
    // Issue 24: teams decide who sees whose cases in full. Found by name in updateSecurityActions.
    QAction* teams = tools->addAction(tr("&Teams…"), this, [this] {
        TeamsDialog dialog(*m_db, m_session, this);
        dialog.exec();
        m_model->refresh();   // an administrator who is also an officer may now see more, or less
    });
    teams->setObjectName(QStringLiteral("teamsAction"));
    // Before Help, which stays last by convention.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), tools);
    updateSecurityActions();
}

void MainWindow::updateSecurityActions()
{
    // Shown to everyone, so people learn they exist; enabled only for the roles allowed to use them.
    const bool audit = PermissionTable::check(m_session.user.roles, Action::ReadAuditTrail) == Decision::Allowed;
    const bool accounts = PermissionTable::check(m_session.user.roles, Action::ManageUsers) == Decision::Allowed;
    m_auditAction->setEnabled(audit);
    m_auditAction->setToolTip(audit ? QString() : tr("Only supervisors can read the audit trail."));
    m_accountsAction->setEnabled(accounts);
    m_accountsAction->setToolTip(accounts ? QString() : tr("Only administrators can manage accounts."));
    if (auto* teams = findChild<QAction*>(QStringLiteral("teamsAction"))) {
        const bool manage = PermissionTable::check(m_session.user.roles, Action::ManageTeams) == Decision::Allowed;
        teams->setEnabled(manage);
        teams->setToolTip(manage ? QString() : tr("Only administrators can manage teams."));
    }
}

void MainWindow::lockNow() { m_lock->lock(); }

void MainWindow::changePassword()
{
    PasswordDialog dialog(tr("Change password"),
                          tr("Choose a new password of at least %1 characters. A few unrelated words make a "
                             "strong one that is easy to remember.").arg(PasswordHasher::minimumLength),
                          true, [this](const QString& current, const QString& fresh) {
                              return AccountService(*m_db).changeOwnPassword(m_session, current, fresh);
                          }, this);
    if (dialog.exec() == QDialog::Accepted) statusBar()->showMessage(tr("Your password has been changed."), 10000);
}

void MainWindow::editOwnProfile()
{
    // Read afresh: an administrator may have changed it since this session began.
    OfficerProfile current = m_session.user.profile;
    if (auto stored = UserRepository(*m_db).findById(m_session.user.id); stored.ok() && stored->has_value())
        current = (*stored)->user.profile;
    OfficerProfile saved = current;
    ProfileDialog dialog(tr("My profile"),
                         tr("Your details as the MG forms print them in the officer's contact and certification "
                            "boxes. Correct them here; each change is recorded in the audit trail."),
                         current, [&](const OfficerProfile& profile) {
                             const Status s = AccountService(*m_db).setProfile(m_session, m_session.user.id, profile);
                             if (s.ok()) saved = UserRepository::tidied(profile);
                             return s;
                         }, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_session.user.profile = saved;   // what this session prints from now on
    statusBar()->showMessage(tr("Your profile has been saved."), 10000);
}

void MainWindow::showAuditTrail()
{
    AuditViewerDialog dialog(*m_db, m_session, this);
    dialog.exec();
}

void MainWindow::showAccounts()
{
    AccountsDialog dialog(*m_db, m_session, PasswordHasher(), this);
    dialog.exec();
}

} // namespace conduct
