#include "security/LoginThrottle.h"

#include "common/Clock.h"

#include <algorithm>

namespace conduct {

qint64 LoginThrottle::lockSecondsAfter(int failedAttempts)
{
    if (failedAttempts < attemptsBeforeLock) return 0;
    const int doublings = failedAttempts - attemptsBeforeLock;
    // 30 s << 7 already passes an hour; stopping there also keeps the shift in range.
    if (doublings >= 7) return longestLockSeconds;
    return std::min(longestLockSeconds, firstLockSeconds << doublings);
}

bool LoginThrottle::isLocked(const LoginState& state)
{
    return state.lockedUntilUtc.isValid() && Clock::nowUtc() < state.lockedUntilUtc;
}

qint64 LoginThrottle::secondsUntilUnlocked(const LoginState& state)
{
    if (!isLocked(state)) return 0;
    // Round up so "try again in 0 seconds" is never shown while still locked.
    const qint64 ms = Clock::nowUtc().msecsTo(state.lockedUntilUtc);
    return (ms + 999) / 1000;
}

LoginState LoginThrottle::afterFailure(const LoginState& state)
{
    const QDateTime now = Clock::nowUtc();
    LoginState next = state;
    const bool stale = state.lastFailureUtc.isValid() && state.lastFailureUtc.secsTo(now) > forgetAfterSeconds;
    next.failedAttempts = stale ? 1 : state.failedAttempts + 1;
    next.lastFailureUtc = now;
    const qint64 lock = lockSecondsAfter(next.failedAttempts);
    next.lockedUntilUtc = lock > 0 ? now.addSecs(lock) : QDateTime();
    return next;
}

} // namespace conduct
