#pragma once
// The page that replaces a window's content while Conduct is locked: who is signed in, a password
// field and an Unlock button. Every open window gets one, so whichever window can take input
// (a modal dialog, say) can be unlocked from; none of them shows any case data. "Sign out" ends
// the session instead, for the next user (LockController::signOutRequested).

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace conduct {

class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(const QString& who, const QString& reason, QWidget* parent = nullptr);

    void showError(const QString& message);
    void clearPassword();
    QLineEdit* passwordEdit() const { return m_password; }

signals:
    // The password typed; the receiver wipes it after use.
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    void submit();

    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_signOut = nullptr;
};

} // namespace conduct
