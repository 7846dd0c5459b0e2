#pragma once
// The one source of "now" for core. Tests replace it (login back-off, review due dates,
// "not in the future" checks) instead of sleeping or depending on the wall clock.

#include <QDateTime>
#include <functional>

namespace conduct {

class Clock {
public:
    static QDateTime nowUtc();
    // Install a fake clock; pass an empty function to restore the system clock.
    static void setSource(std::function<QDateTime()> source);
};

// Restores the real clock when it goes out of scope: for tests.
class ScopedFakeClock {
public:
    explicit ScopedFakeClock(QDateTime fixedUtc);
    ~ScopedFakeClock();
    void set(QDateTime utc) { m_now = std::move(utc); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
private:
    QDateTime m_now;
};

} // namespace conduct
