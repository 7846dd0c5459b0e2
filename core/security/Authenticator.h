#pragma once
// Signing in: checks a user name and password, applies the back-off, and records login,
// login_failed and lock events in the audit trail. Failure never reveals whether a user name
// exists: the same message, the same back-off and the same hashing work in both cases.

#include "common/Result.h"
#include "security/LoginThrottle.h"
#include "security/PasswordHasher.h"
#include "security/User.h"

#include <QHash>

namespace conduct {

class Database;
struct StoredUser;

class Authenticator {
public:
    explicit Authenticator(Database& db, PasswordHasher hasher = PasswordHasher());

    // On a store made by `conduct server init` the password is the server's to check, on a
    // connection of its own, and only the account the desk is connected as may sign in there
    // (AuthenticatorServer.cpp); the back-off is then kept in memory, as for a read-only store.
    Result<Session> signIn(const QString& userName, const QString& password);
    // A store made by `conduct server init`: the server authenticated the connection when the
    // store was opened, so the session is its login role's account, recorded like any sign-in.
    Result<Session> signInAsConnectedAccount();
    // Records the sign-out (retried; see SessionEvents.h). The session ends either way.
    Status signOut(const Session& session);

    // The one message for a wrong password, an unknown user name or a deactivated account.
    static QString failureMessage();
    static QString lockedMessage(qint64 secondsLeft);

    const PasswordHasher& hasher() const { return m_hasher; }

private:
    Result<Session> failUnknown(const QString& userName, const QString& password);
    Result<Session> signInWithoutRecording(const StoredUser& stored, const QString& password);
    Result<Session> signInOnServer(const QString& userName, const QString& password);
    Result<StoredUser> connectedAccount();
    // Ends the grants of the account's last session and appends its login record (issue 24).
    Status recordSignIn(const StoredUser& stored);

    Database& m_db;
    PasswordHasher m_hasher;
    // Back-off kept in memory, so that it locks exactly like the stored one: for names with no
    // account, and for every name on a store opened read-only.
    QHash<QString, LoginState> m_unknownNames;
};

} // namespace conduct
