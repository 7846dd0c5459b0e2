#include "shell/LiveUpdates.h"

namespace conduct {

LiveUpdates::LiveUpdates(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::poll);
}

void LiveUpdates::watch(const Database& db, qint64 userId)
{
    m_userId = userId;
    m_byOther.reset();
    m_caseChanges.clear();
    m_watcher = std::make_unique<ChangeWatcher>(db);
    (void)m_watcher->poll();   // the first reading: nothing has changed yet
    m_timer.start();
}

void LiveUpdates::poll()
{
    if (!m_watcher) return;
    // A failed read (a server restarting, say) is tried again at the next tick; the officer's
    // own saves report their errors where they happen.
    auto moved = m_watcher->poll();
    if (!moved.ok() || !moved.value()) return;
    // Who saved is a courtesy: when it cannot be read, the lists are still refreshed, unnamed.
    auto byOther = m_watcher->newestByOtherSinceLastPoll(m_userId);
    m_byOther.reset();
    if (byOther.ok()) m_byOther = byOther.value();
    auto caseChanges = m_watcher->caseChangesByOthersSinceLastPoll(m_userId);
    m_caseChanges = caseChanges.ok() ? caseChanges.value() : QList<ChangeByOther>();
    emit changed();
}

} // namespace conduct
