#include "security/Authenticator.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "security/SessionEvents.h"
#include "store/AccessGrantRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"
#include "store/server/ServerAuthority.h"
#include "store/server/ServerLogin.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Security", text); }

// Enough for any real burst of mistyped names; past it the map starts again rather than grow.
constexpr int maxRememberedUnknownNames = 1000;

AuditRecord accountEvent(AuditAction action, qint64 userId, const QString& userName)
{
    AuditRecord r;
    r.action = action;
    r.userId = userId;
    r.userName = userName;
    r.entityType = QStringLiteral("user");
    r.entityId = userId ? QString::number(userId) : QString();
    return r;
}
} // namespace

Authenticator::Authenticator(Database& db, PasswordHasher hasher) : m_db(db), m_hasher(std::move(hasher)) {}

QString Authenticator::failureMessage()
{
    return tr("The user name or password is not correct. Check both and try again. After %1 failed "
              "attempts, signing in is paused for a short time.").arg(LoginThrottle::attemptsBeforeLock);
}

QString Authenticator::lockedMessage(qint64 secondsLeft)
{
    return tr("There have been too many failed attempts to sign in with this user name. Try again in %1 "
              "seconds, or ask an administrator to unlock the account.").arg(secondsLeft);
}

Result<Session> Authenticator::signIn(const QString& userName, const QString& password)
{
    if (writesAuthorityThroughServer(m_db)) return signInOnServer(userName, password);
    UserRepository users(m_db);
    auto found = users.findByName(userName);
    if (!found.ok()) return found.error();
    if (!found->has_value() || !(*found)->user.active) return failUnknown(userName, password);

    StoredUser stored = **found;
    if (LoginThrottle::isLocked(stored.login))
        return Error{QString(), lockedMessage(LoginThrottle::secondsUntilUnlocked(stored.login))};

    // A store opened read-only (issue 24) can record nothing: its back-off is kept in memory for
    // this program's life, and the sign-in itself goes unrecorded, as the read-only banner says.
    if (m_db.isReadOnly()) return signInWithoutRecording(stored, password);

    if (!m_hasher.verify(stored.passwordHash, password)) {
        const LoginState next = LoginThrottle::afterFailure(stored.login);
        const Status recorded = inTransaction<void>(m_db, [&]() -> Status {
            if (Status s = users.saveLoginState(stored.user.id, next); !s.ok()) return s;
            if (Status s = AuditLog::append(m_db, accountEvent(AuditAction::LoginFailed, stored.user.id, stored.user.userName));
                !s.ok())
                return s;
            if (!LoginThrottle::locksNow(next)) return {};
            AuditRecord lock = accountEvent(AuditAction::Lock, stored.user.id, stored.user.userName);
            lock.setChanges({}, QJsonObject{{QStringLiteral("locked_until_utc"), auditTimeText(next.lockedUntilUtc)}});
            return AuditLog::append(m_db, lock);
        });
        if (!recorded.ok()) return recorded.error();
        return Error{QString(), failureMessage()};
    }

    const Status recorded = inTransaction<void>(m_db, [&]() -> Status {
        if (Status s = users.saveLoginState(stored.user.id, LoginState{}); !s.ok()) return s;
        // Hashes made at an older (or test) cost are upgraded while the password is at hand.
        if (m_hasher.needsRehash(stored.passwordHash)) {
            auto rehashed = m_hasher.hash(password);
            if (rehashed.ok()) {
                if (Status s = users.setPasswordHash(stored.user.id, rehashed.value()); !s.ok()) return s;
            }
        }
        return recordSignIn(stored);
    });
    if (!recorded.ok()) return recorded.error();
    return Session{stored.user, Clock::nowUtc()};
}

Status Authenticator::recordSignIn(const StoredUser& stored)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        // A justified-access grant lasts one session (issue 24). One left open by a desk that crashed
        // or lost power before its sign-out is ended by this sign-in, as that sign-out would have:
        // an officer signed in at two desks at once gives the reason again on the first. An account
        // that can hold none (an administrator) has none to end, and on a server store may not touch them.
        if (PermissionTable::check(stored.user.roles, Action::ViewOthersCase) == Decision::Denied)
            return AuditLog::append(m_db, accountEvent(AuditAction::Login, stored.user.id, stored.user.userName));
        if (auto ended = AccessGrantRepository(m_db).endAll(stored.user.id, GrantEnd::SignedOut, Clock::nowUtc()); !ended.ok())
            return ended.error();
        return AuditLog::append(m_db, accountEvent(AuditAction::Login, stored.user.id, stored.user.userName));
    });
}

Result<Session> Authenticator::signInWithoutRecording(const StoredUser& stored, const QString& password)
{
    const QString key = stored.user.userName.toCaseFolded();
    const LoginState state = m_unknownNames.value(key);
    if (LoginThrottle::isLocked(state))
        return Error{QString(), lockedMessage(LoginThrottle::secondsUntilUnlocked(state))};
    if (!m_hasher.verify(stored.passwordHash, password)) {
        m_unknownNames.insert(key, LoginThrottle::afterFailure(state));
        return Error{QString(), failureMessage()};
    }
    m_unknownNames.remove(key);
    return Session{stored.user, Clock::nowUtc()};
}

Result<Session> Authenticator::failUnknown(const QString& userName, const QString& password)
{
    const QString key = userName.toCaseFolded();
    const LoginState state = m_unknownNames.value(key);
    if (LoginThrottle::isLocked(state))
        return Error{QString(), lockedMessage(LoginThrottle::secondsUntilUnlocked(state))};

    m_hasher.verifyDummy(password);   // the time a real verification would take
    if (m_unknownNames.size() >= maxRememberedUnknownNames) m_unknownNames.clear();
    m_unknownNames.insert(key, LoginThrottle::afterFailure(state));

    // The name as typed is kept: repeated attempts on a made-up name are worth seeing in the trail.
    if (m_db.isReadOnly()) return Error{QString(), failureMessage()};
    if (Status s = AuditLog::append(m_db, accountEvent(AuditAction::LoginFailed, 0, userName)); !s.ok())
        return s.error();
    return Error{QString(), failureMessage()};
}

Status Authenticator::signOut(const Session& session)
{
    return recordSessionEvent(m_db, accountEvent(AuditAction::Logout, session.user.id, session.user.userName));
}

// The account whose login role the server signed this connection in as (ServerLogin.h).
Result<StoredUser> Authenticator::connectedAccount()
{
    auto id = connectedServerAccount(m_db);
    if (!id.ok()) return id.error();
    auto found = UserRepository(m_db).findById(id.value());
    if (!found.ok()) return found.error();
    if (!found->has_value()) return Error{tr("User name"), tr("The account of this connection is no longer on the server.")};
    return **found;
}

Result<Session> Authenticator::signInAsConnectedAccount()
{
    auto stored = connectedAccount();
    if (!stored.ok()) return stored.error();
    if (!m_db.isReadOnly())
        if (Status s = recordSignIn(stored.value()); !s.ok()) return s.error();
    return Session{stored->user, Clock::nowUtc()};
}

// Unlocking a desk, or a command that asks for the password again: the server checks it, and the
// name must be the connection's, so that a desk connected as one officer never works as another.
Result<Session> Authenticator::signInOnServer(const QString& userName, const QString& password)
{
    auto stored = connectedAccount();
    if (!stored.ok()) return stored.error();
    const QString connectedName = stored->user.userName;
    if (userName.trimmed().toCaseFolded() != connectedName.toCaseFolded())
        return Error{tr("User name"), tr("This desk is connected to the server as %1: sign in as %1, or open the store with "
                                         "your own user name in its address.").arg(connectedName)};
    // PostgreSQL does not slow down repeated failures, so the back-off is kept here, in memory.
    const QString key = connectedName.toCaseFolded();
    const LoginState state = m_unknownNames.value(key);
    if (LoginThrottle::isLocked(state)) return Error{QString(), lockedMessage(LoginThrottle::secondsUntilUnlocked(state))};
    auto accepted = serverAcceptsPassword(m_db, connectedName, password);
    if (!accepted.ok()) return accepted.error();
    if (!accepted.value()) {
        m_unknownNames.insert(key, LoginThrottle::afterFailure(state));
        if (!m_db.isReadOnly())
            if (Status s = AuditLog::append(m_db, accountEvent(AuditAction::LoginFailed, stored->user.id, connectedName)); !s.ok())
                return s.error();
        return Error{QString(), failureMessage()};
    }
    m_unknownNames.remove(key);
    if (!m_db.isReadOnly())
        if (Status s = recordSignIn(stored.value()); !s.ok()) return s.error();
    return Session{stored->user, Clock::nowUtc()};
}

} // namespace conduct
