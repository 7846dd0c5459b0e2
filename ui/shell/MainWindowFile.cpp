// MainWindow's File menu actions that move data in and out of the database: case bundles
// (core/bundle), Backup now and Restore… (core/store/Backup.h, as `conduct backup|restore`).

#include "shell/MainWindow.h"

#include "export/BundleDialogs.h"
#include "case/CaseAccessGate.h"
#include "case/CaseListModel.h"
#include "case/CaseWorkspace.h"
#include "widgets/FileChooser.h"
#include "shell/LockController.h"
#include "widgets/Prompts.h"
#include "shell/SignInDialog.h"
#include "risk/SupervisorQueue.h"
#include "services/CaseAccess.h"
#include "store/UserRepository.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "widgets/SpellCheck.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace conduct {

void MainWindow::buildFileTransferActions(QMenu* file)
{
    QAction* exportBundle = file->addAction(tr("Export case &bundle…"), this, &MainWindow::exportCaseBundle);
    exportBundle->setObjectName(QStringLiteral("exportBundleAction"));
    QAction* importBundle = file->addAction(tr("&Import case bundle…"), this, &MainWindow::importCaseBundle);
    importBundle->setObjectName(QStringLiteral("importBundleAction"));
    file->addSeparator();
    QAction* backup = file->addAction(tr("Bac&kup now"), this, &MainWindow::backupNow);
    backup->setObjectName(QStringLiteral("backupNowAction"));
    QAction* restore = file->addAction(tr("Res&tore…"), this, &MainWindow::chooseAndRestoreBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
}

void MainWindow::exportCaseBundle()
{
    CaseWorkspace* ws = currentWorkspace();
    if (!ws) {
        statusBar()->showMessage(tr("Open a case first: a bundle holds the case in the current tab."), 5000);
        return;
    }
    // A bundle is a transfer of the whole case: asked before the passphrase is typed (issue 31).
    if (!mayBeginOnCase(this, *m_db, m_session, ws->caseId(), Action::ExportCaseBundle, tr("Export case bundle"))) return;
    auto found = CaseAccess(*m_db, m_session).find(ws->caseId());
    BundleExportDialog dialog(*m_db, m_session, ws->caseId(), found.ok() ? found->urn : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported the case to %1 (%n record(s)).", nullptr, dialog.outcome().recordCount)
                                     .arg(dialog.outcome().path),
                                 10000);
}

void MainWindow::importCaseBundle()
{
    if (!mayBegin(this, m_session, Action::ImportCaseBundle, tr("Import case bundle"))) return;
    BundleImportDialog dialog(*m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_model->refresh();
    openCase(dialog.outcome().caseId);
    statusBar()->showMessage(tr("Imported case %1 (%n record(s)).", nullptr, dialog.outcome().recordCount)
                                 .arg(dialog.outcome().urn),
                             10000);
}

void MainWindow::backupNow()
{
    auto written = conduct::backupNow(*m_db);
    if (!written.ok()) return prompts::warn(this, tr("Backup now"), written.error().text());
    statusBar()->showMessage(tr("Backed up to %1.").arg(written.value()), 15000);
}

void MainWindow::chooseAndRestoreBackup()
{
    const QString backup = files::chooseFile(this, files::Purpose::Open, tr("Restore a backup"), backupFolderFor(m_db->path()),
                                             tr("Conduct backups (*.sqlite);;All files (*)"));
    if (!backup.isEmpty()) restoreBackup(backup);
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    // Check the backup before asking: nobody should confirm a restore that cannot work.
    if (Status s = verifyBackupFile(backupPath); !s.ok()) {
        prompts::warn(this, tr("Restore"), s.error().text());
        return false;
    }
    const QString path = m_db->path();
    const auto answer = prompts::ask(this, tr("Restore"),
                                     tr("Replace everything in %1 with the backup %2?\n\nThe current database is kept "
                                        "beside it under a new name, so this can be undone. Open cases are closed first.")
                                         .arg(QFileInfo(path).fileName(), QFileInfo(backupPath).fileName()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !closeAllCases()) return false;

    // A restore needs the database closed: this window lets go of it, then opens the result.
    delete m_reviewQueue;
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    stopSpellChecking();   // it keeps the store's address for "Add to my dictionary"
    m_db.reset();
    auto restored = restore(path, backupPath, RestoreOptions{true});
    auto reopened = Database::openSqlite(path, {.readOnly = false, .createIfMissing = false});
    if (!reopened.ok()) {
        prompts::warn(this, tr("Restore"), reopened.error().text());
        close();
        return false;
    }
    std::unique_ptr<Database> db = std::move(reopened).value();
    m_lock->setSession(*db, m_session);   // never left pointing at the closed connection

    // The same account carries on when the restored database has it; otherwise sign in again.
    Session session = m_session;
    auto account = UserRepository(*db).findByName(m_session.user.userName);
    const bool sameAccount = account.ok() && account.value() && account.value()->user.id == m_session.user.id
                             && account.value()->user.active;
    if (sameAccount) {
        session.user = account.value()->user;
    } else if (auto signedIn = SignInDialog::signIn(*db, this)) {
        session = *signedIn;
    } else {
        attachDatabase(std::move(db), session);
        QTimer::singleShot(0, this, &QWidget::close);   // nobody signed in to the restored database
        return restored.ok();
    }
    attachDatabase(std::move(db), session);
    if (!restored.ok()) {
        prompts::warn(this, tr("Restore"), restored.error().text());
        return false;
    }
    statusBar()->showMessage(restored->keptAside.isEmpty()
                                 ? tr("Restored %1.").arg(QFileInfo(backupPath).fileName())
                                 : tr("Restored %1. The database it replaced is kept as %2.")
                                       .arg(QFileInfo(backupPath).fileName(), restored->keptAside),
                             20000);
    return true;
}

} // namespace conduct
