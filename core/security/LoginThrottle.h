#pragma once
// Back-off after failed sign-ins: five free attempts, then the account is locked for 30 s,
// doubling with each further failure up to an hour. Pure functions of the stored state and
// Clock::nowUtc(), so the state lives in the users table and survives a restart.

#include <QDateTime>

namespace conduct {

struct LoginState {
    int failedAttempts = 0;        // consecutive failures since the last success
    QDateTime lastFailureUtc;
    QDateTime lockedUntilUtc;      // invalid when not locked
};

class LoginThrottle {
public:
    static constexpr int attemptsBeforeLock = 5;
    static constexpr qint64 firstLockSeconds = 30;
    static constexpr qint64 longestLockSeconds = 60 * 60;
    // Failures this far apart are not one attack: counting starts again.
    static constexpr qint64 forgetAfterSeconds = 24 * 60 * 60;

    // How long the account is locked after this many consecutive failures (0: not locked).
    static qint64 lockSecondsAfter(int failedAttempts);
    static bool isLocked(const LoginState& state);   // at Clock::nowUtc()
    static qint64 secondsUntilUnlocked(const LoginState& state);
    // The state after one more failure, at Clock::nowUtc().
    static LoginState afterFailure(const LoginState& state);
    // Whether that failure is the one that (re)locks the account: worth an audit "lock" record.
    static bool locksNow(const LoginState& updated) { return lockSecondsAfter(updated.failedAttempts) > 0; }
};

} // namespace conduct
