#pragma once
// Locks Conduct after a period without keyboard, mouse or touch input (Preferences::idleLockMinutes,
// default 10, never longer than the unit's maximum; 0 turns the idle lock off), or at once on Ctrl+L.
// While locked, every window's content is hidden and replaced by a LockScreen, every action and
// shortcut is disabled, and only the signed-in user's password unlocks it, checked by the
// Authenticator so the sign-in back-off applies. Locking and unlocking are audited.

#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "security/User.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QAction;
class QShortcut;
class QWidget;

namespace conduct {

class Database;
class LockScreen;

class LockController : public QObject {
    Q_OBJECT
public:
    // A window with this property set true (the sign-in dialog) is not covered when shown while locked.
    static constexpr const char* showsNoCaseDataProperty = "conductShowsNoCaseData";

    // `window` is the main window; other top-level windows are locked too while they are open.
    LockController(QWidget* window, Database& db, const Session& session, PasswordHasher hasher = PasswordHasher());
    ~LockController() override;

    // Follows the main window when it switches database or user.
    void setSession(Database& db, const Session& session);
    // The hasher only matters when a stored hash is upgraded at unlock: tests pass a cheap one.
    void setHasher(PasswordHasher hasher) { m_hasher = std::move(hasher); }
    // Zero turns the idle lock off.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    // The officer's own idle lock on this desk, within the unit's maximum in the store (done at
    // construction and on setSession). Returns what was said about it: a stored value longer than
    // the unit allows is shortened, and the window shows why.
    QList<Error> followDeskIdleLock();
    const QList<Error>& idleLockNotices() const { return m_idleLockNotices; }
    std::chrono::milliseconds idleTimeout() const { return std::chrono::milliseconds(m_idle.interval()); }

    bool isLocked() const { return m_locked; }
    int idleRemainingMs() const { return m_idle.remainingTime(); }   // -1 when not counting down
    const QList<QPointer<LockScreen>>& lockScreens() const { return m_screens; }

public slots:
    void lock();                              // Ctrl+L, File ▸ Lock
    bool tryUnlock(QString password);         // true when unlocked
    // The lock screen's Sign out: audits the sign-out and asks the main window (signOutRequested)
    // for a new sign-in. Conduct stays locked until unlockForNewSession().
    void signOut();
    // After a new sign-in following signOut(): the main window has closed the old user's cases.
    void unlockForNewSession(const Session& session);

signals:
    void locked();
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Reason { Manual, Idle };
    void lockFor(Reason reason);
    void lockWindow(QWidget* window, const QString& reason);
    void restoreWindows();
    Status audit(bool locking, Reason reason);

    QPointer<QWidget> m_window;
    Database* m_db = nullptr;
    Session m_session;
    PasswordHasher m_hasher;
    QList<Error> m_idleLockNotices;
    QTimer m_idle;
    bool m_locked = false;
    bool m_signedOut = false;   // Sign out pressed while this lock was on

    QList<QPointer<LockScreen>> m_screens;
    QList<QPointer<QWidget>> m_hiddenWidgets;     // content hidden by the lock, shown again on unlock
    QList<QPointer<QAction>> m_disabledActions;
    QList<QPointer<QShortcut>> m_disabledShortcuts;
    QList<QPair<QPointer<QWidget>, QString>> m_titles;   // window titles can name a case
    QPointer<QWidget> m_focus;
};

} // namespace conduct
