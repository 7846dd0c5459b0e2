#include "shell/LockController.h"

#include "shell/LockScreen.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "security/SessionEvents.h"
#include "services/Preferences.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QJsonObject>
#include <QShortcut>
#include <QToolTip>
#include <QWidget>

namespace conduct {
namespace {
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

// Top-level windows that hold content: not menus, tooltips or other popups.
bool holdsContent(const QWidget* w)
{
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen
        && type != Qt::Desktop && !qobject_cast<const LockScreen*>(w)
        && !w->property(LockController::showsNoCaseDataProperty).toBool();
}
} // namespace

LockController::LockController(QWidget* window, Database& db, const Session& session, PasswordHasher hasher)
    : QObject(window), m_window(window), m_db(&db), m_session(session), m_hasher(std::move(hasher))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { lockFor(Reason::Idle); });
    followDeskIdleLock();
    qApp->installEventFilter(this);
}

LockController::~LockController() { qApp->removeEventFilter(this); }

void LockController::setSession(Database& db, const Session& session)
{
    m_db = &db;
    m_session = session;
    followDeskIdleLock();   // another database may be another unit, with another maximum
}

QList<Error> LockController::followDeskIdleLock()
{
    const DeskPreferences desk = loadDeskPreferences(unitPolicyOrDefaults(*m_db));
    m_idleLockNotices = desk.notices;
    setIdleTimeout(std::chrono::minutes(desk.preferences.idleLockMinutes));
    return m_idleLockNotices;
}

void LockController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle.stop();
    m_idle.setInterval(timeout);
    if (timeout.count() > 0 && !m_locked) m_idle.start();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked) {
        // Only input from the window system counts: Qt sends its own mouse moves when a window
        // appears under the pointer, and those must not keep an unattended screen unlocked.
        if (event->spontaneous() && isUserInput(event->type()) && m_idle.interval() > 0) m_idle.start();
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget) return false;
    if (event->type() == QEvent::Resize) {
        for (const QPointer<LockScreen>& screen : m_screens)
            if (screen && screen->parentWidget() == widget) screen->setGeometry(widget->rect());
    } else if (event->type() == QEvent::Show && holdsContent(widget)) {
        // A window opened while locked (a timer, a late message box) is locked as it appears.
        bool covered = false;
        for (const QPointer<LockScreen>& screen : m_screens) covered = covered || (screen && screen->parentWidget() == widget);
        if (!covered) lockWindow(widget, tr("Conduct is locked."));
    }
    return false;
}

void LockController::lock() { lockFor(Reason::Manual); }

void LockController::lockFor(Reason reason)
{
    if (m_locked || !m_window) return;
    m_locked = true;
    m_idle.stop();
    m_focus = QApplication::focusWidget();
    QToolTip::hideText();
    while (QWidget* popup = QApplication::activePopupWidget()) popup->close();

    const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(idleTimeout()).count());
    const QString why = reason == Reason::Idle
                            ? (minutes <= 1 ? tr("Conduct locked itself after a minute without use.")
                                            : tr("Conduct locked itself after %1 minutes without use.").arg(minutes))
                            : tr("Conduct was locked.");
    lockWindow(m_window, why);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != m_window && w->isVisible() && holdsContent(w)) lockWindow(w, why);
    if (const Status recorded = audit(true, reason); !recorded.ok())
        for (const QPointer<LockScreen>& screen : std::as_const(m_screens))
            if (screen) screen->showError(recorded.error().text());
    emit locked();
}

void LockController::lockWindow(QWidget* window, const QString& reason)
{
    for (QWidget* child : window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() || child->isHidden()) continue;
        child->hide();
        m_hiddenWidgets.append(child);
    }
    for (QAction* action : window->findChildren<QAction*>()) {
        if (!action->isEnabled()) continue;
        action->setEnabled(false);
        m_disabledActions.append(action);
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->isEnabled()) continue;
        shortcut->setEnabled(false);
        m_disabledShortcuts.append(shortcut);
    }
    m_titles.append({window, window->windowTitle()});
    window->setWindowTitle(tr("Locked"));

    auto* screen = new LockScreen(tr("%1 (%2)").arg(m_session.user.displayName, m_session.user.userName), reason, window);
    connect(screen, &LockScreen::unlockRequested, this, [this](const QString& password) { tryUnlock(password); });
    connect(screen, &LockScreen::signOutRequested, this, &LockController::signOut);
    window->resize(window->size().expandedTo(screen->minimumSizeHint()));
    screen->setGeometry(window->rect());
    screen->show();
    screen->raise();
    m_screens.append(screen);
    if (window == QApplication::activeModalWidget() || (!QApplication::activeModalWidget() && window == m_window))
        screen->setFocus();
}

bool LockController::tryUnlock(QString password)
{
    if (!m_locked) return true;
    auto session = Authenticator(*m_db, m_hasher).signIn(m_session.user.userName, password);
    wipePassword(password);
    if (!session.ok()) {
        for (const QPointer<LockScreen>& screen : m_screens)
            if (screen) screen->showError(session.error().text());
        return false;
    }
    m_session = session.value();   // roles may have changed while the screen was locked
    const Status recorded = audit(false, Reason::Manual);
    restoreWindows();
    m_locked = false;
    m_signedOut = false;
    if (m_idle.interval() > 0) m_idle.start();
    emit unlocked();
    if (!recorded.ok()) prompts::warn(m_window, tr("Unlock not recorded"), recorded.error().text());
    return true;
}

void LockController::signOut()
{
    if (!m_locked) return;
    Status recorded;
    if (!m_signedOut) recorded = Authenticator(*m_db, m_hasher).signOut(m_session);   // audited as AuditAction::Logout
    m_signedOut = true;   // pressed again after a cancelled sign-in: the session has already ended
    if (!recorded.ok()) prompts::warn(m_window, tr("Sign-out not recorded"), recorded.error().text());
    emit signOutRequested();
}

void LockController::unlockForNewSession(const Session& session)
{
    if (!m_locked) return;
    m_session = session;   // its sign-in was audited by the Authenticator
    restoreWindows();
    m_locked = false;
    m_signedOut = false;
    if (m_idle.interval() > 0) m_idle.start();
    emit unlocked();
}

void LockController::restoreWindows()
{
    for (const QPointer<LockScreen>& screen : std::as_const(m_screens)) {
        if (!screen) continue;
        screen->hide();
        screen->deleteLater();   // it may be the sender of the unlock request now being handled
    }
    m_screens.clear();
    for (const auto& [window, title] : std::as_const(m_titles))
        if (window) window->setWindowTitle(title);
    m_titles.clear();
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWidgets))
        if (w) w->show();
    m_hiddenWidgets.clear();
    for (const QPointer<QAction>& a : std::as_const(m_disabledActions))
        if (a) a->setEnabled(true);
    m_disabledActions.clear();
    for (const QPointer<QShortcut>& s : std::as_const(m_disabledShortcuts))
        if (s) s->setEnabled(true);
    m_disabledShortcuts.clear();
    if (m_focus) m_focus->setFocus();
}

Status LockController::audit(bool locking, Reason reason)
{
    // Lock and Unlock with entity "session" are the screen lock; with entity "user", the sign-in back-off.
    AuditRecord r = AuditLog::recordFor(m_session, locking ? AuditAction::Lock : AuditAction::Unlock);
    r.entityType = QStringLiteral("session");
    r.entityId = QString::number(m_session.user.id);
    const QString how = !locking ? QStringLiteral("password") : reason == Reason::Idle ? QStringLiteral("idle")
                                                                                      : QStringLiteral("manual");
    r.setChanges({}, QJsonObject{{QStringLiteral("screen"), locking ? QStringLiteral("locked") : QStringLiteral("unlocked")},
                                 {QStringLiteral("by"), how}});
    // Retried, then reported; the lock works regardless. A read-only database records nothing (its banner says so).
    return recordSessionEvent(*m_db, r);
}

} // namespace conduct
