#pragma once
// Tools ▸ Accounts…: administrators list accounts with their roles and state, and add accounts,
// change roles, deactivate and reactivate, unlock, reset passwords and edit an officer's profile. Every change goes through
// AccountService, which checks ManageUsers and audits it.

#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "security/User.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace conduct {

class Database;
class ErrorBanner;

class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { UserNameColumn, DisplayNameColumn, RolesColumn, ActiveColumn, LockedColumn, ColumnCount };

    AccountsDialog(Database& db, const Session& session, PasswordHasher hasher = PasswordHasher(), QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    qint64 selectedUserId() const;
    bool selectUser(const QString& userName);
    void reload();

public slots:
    void addAccount();
    void changeRoles();
    void toggleActive();
    void unlockSelected();
    void resetPassword();
    void editProfile();

private:
    void updateButtons();
    bool report(const Status& status);

    Database& m_db;
    Session m_session;
    PasswordHasher m_hasher;
    ErrorBanner* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_active = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_profile = nullptr;
};

} // namespace conduct
