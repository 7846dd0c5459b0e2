#include "common/Clock.h"

namespace conduct {
namespace {
std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> fn;
    return fn;
}
} // namespace

QDateTime Clock::nowUtc()
{
    return source() ? source()() : QDateTime::currentDateTimeUtc();
}

void Clock::setSource(std::function<QDateTime()> fn) { source() = std::move(fn); }

ScopedFakeClock::ScopedFakeClock(QDateTime fixedUtc) : m_now(std::move(fixedUtc))
{
    Clock::setSource([this] { return m_now; });
}

ScopedFakeClock::~ScopedFakeClock() { Clock::setSource({}); }

} // namespace conduct
