#pragma once
// The small dialogs of account administration: a new account (with the officer's profile, see
// ProfileDialog.h), an account's roles, and a
// password (an administrator's reset, or File ▸ Change password… for anyone). Each applies its
// change through a callback into AccountService and stays open, with the error shown and the
// cursor in the field at fault, until the change succeeds or is cancelled.

#include "common/Result.h"
#include "security/ProfileDialog.h"
#include "security/User.h"
#include "store/UserRepository.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QLayout;
class QLineEdit;

namespace conduct {

class ErrorBanner;

// Role checkboxes, objectNames "role_officer", "role_supervisor", "role_administrator".
class RoleChecks {
public:
    void build(QWidget* parent, QLayout* layout, const QSet<Role>& initial);
    QSet<Role> roles() const;
private:
    QHash<Role, QCheckBox*> m_checks;
};

class NewAccountDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<Status(const NewUser& user, const QString& password)>;
    NewAccountDialog(Apply apply, QWidget* parent = nullptr);
    void accept() override;
private:
    Apply m_apply;
    ErrorBanner* m_error = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    RoleChecks m_roles;
    ProfileFields m_profile;
};

class RolesDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<Status(const QSet<Role>& roles)>;
    RolesDialog(const User& user, Apply apply, QWidget* parent = nullptr);
    void accept() override;
private:
    Apply m_apply;
    ErrorBanner* m_error = nullptr;
    RoleChecks m_roles;
};

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    // With askCurrent, the user proves they know the current password (changing their own).
    using Apply = std::function<Status(const QString& current, const QString& fresh)>;
    PasswordDialog(const QString& title, const QString& intro, bool askCurrent, Apply apply, QWidget* parent = nullptr);
    void accept() override;
private:
    Apply m_apply;
    ErrorBanner* m_error = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
};

} // namespace conduct
