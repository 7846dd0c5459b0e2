#pragma once
// The main window: the case list as the first tab, and one tab per open case workspace.

#include "security/User.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;

namespace conduct {

class CaseListModel;
class CaseWorkspace;
class LiveUpdates;
class LockController;
class SupervisorQueue;
class Database;
class UserGuideWindow;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    const Session& session() const { return m_session; }
    CaseListModel* caseListModel() const { return m_model; }
    QTableView* caseListView() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    CaseWorkspace* openCase(qint64 caseId);   // opens or focuses its tab
    CaseWorkspace* currentWorkspace() const;
    // Replaces the open database and its signed-in user; refuses (false) when the user keeps an unsaved edit.
    bool switchDatabase(std::unique_ptr<Database> db, Session session);
    // Signs in to `db` (asking the user) and switches to it.
    bool signInAndSwitch(std::unique_ptr<Database> db);

    static void addRecentDatabase(const QString& path);
    LockController* lockController() const { return m_lock; }
    LiveUpdates* liveUpdates() const { return m_live; }

public slots:
    void newCase();
    void openDatabase();
    void loadExampleCase();
    void searchAllCases();   // Ctrl+K: GlobalSearchDialog, then opens the chosen case
    bool closeCurrentCase();
    // Security menus (MainWindowSecurity.cpp): File ▸ Lock, File ▸ Change password…, File ▸ My profile…,
    // Tools ▸ Audit trail… (supervisors), Tools ▸ Accounts… (administrators).
    void lockNow();
    void changePassword();
    void editOwnProfile();
    void showAuditTrail();
    void showAccounts();
    // File menu (MainWindowFile.cpp): case bundles, Backup now, Restore….
    void exportCaseBundle();
    void importCaseBundle();
    void backupNow();
    void chooseAndRestoreBackup();
    bool restoreBackup(const QString& backupPath);   // confirms, verifies, closes and reopens the database
    // Review ▸ Review queue (MainWindowReview.cpp): supervisors' risk assessment queue (protocol 3.7).
    SupervisorQueue* showReviewQueue();
    // Edit ▸ Preferences… and Help ▸ User guide (MainWindowDesktop.cpp).
    void showPreferences();
    UserGuideWindow* showUserGuide();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildViewMenu();
    void buildCaseListTab();
    void connectModel();
    void updateCaseCount();
    void refreshRecentMenu();
    void updateStatusBar();
    QWidget* withReadOnlyBanner(QWidget* content);   // issue 24: a store that could not be opened for writing
    void buildSecurityMenus();
    void buildFileTransferActions(QMenu* file);
    // Takes over an open database and session: the case list, lock and menus follow it.
    void attachDatabase(std::unique_ptr<Database> db, Session session);
    void updateSecurityActions();
    void buildReviewMenu();
    void updateTabTitles();
    void closeCasesNoLongerOpen();   // after an unlock: grants ended at the lock (issue 24)
    bool closeAllCases();
    void openSelectedCase();
    void addPreferencesAction(QMenu* edit);
    void addUserGuideAction(QMenu* help);
    void updateWindowModified();   // "[*]" in the title while any open case has work in progress
    void signOutFromLock();
    void showOthersChanges();   // LiveUpdates: refresh the list and queue, keeping the selected case

    std::unique_ptr<Database> m_db;
    Session m_session;
    QTabWidget* m_tabs = nullptr;
    CaseListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_securityLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    LockController* m_lock = nullptr;
    LiveUpdates* m_live = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_reviewQueueAction = nullptr;
    QPointer<SupervisorQueue> m_reviewQueue;
    QPointer<UserGuideWindow> m_userGuide;
};

} // namespace conduct
