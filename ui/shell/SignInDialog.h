#pragma once
// Signing in to a database. On a database with no accounts yet it first asks for the
// administrator account: there is never a default password (issue 3).

#include "security/User.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace conduct {

class Database;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Database& db, QWidget* parent = nullptr);

    const std::optional<Session>& session() const { return m_session; }
    bool isFirstRun() const { return m_firstRun; }

    void accept() override;

    // Shows the dialog until the user signs in or cancels. Tests replace it through `override`.
    static std::optional<Session> signIn(Database& db, QWidget* parent);
    static std::function<std::optional<Session>(Database&)>& override();

private:
    QWidget* buildSignInPage();
    QWidget* buildFirstRunPage();
    void showError(const QString& message);
    void createAdministrator();
    void trySignIn(const QString& userName, QString password);

    Database& m_db;
    bool m_firstRun = false;
    std::optional<Session> m_session;
    QLabel* m_error = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_newUserName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_confirmPassword = nullptr;
    QCheckBox* m_alsoOfficer = nullptr;
    QCheckBox* m_alsoSupervisor = nullptr;
};

} // namespace conduct
