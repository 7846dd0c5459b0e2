#include "services/ChangeWatcher.h"

#include "store/AuditLogStore.h"

namespace conduct {

namespace {
// Views, sign-ins and locks are audited too but change nothing that a list shows.
const QList<AuditAction>& changingActions()
{
    static const QList<AuditAction> changes{AuditAction::Create, AuditAction::Update, AuditAction::Delete,
                                            AuditAction::Combine, AuditAction::AccountChange};
    return changes;
}
} // namespace

Result<bool> ChangeWatcher::poll()
{
    const QList<AuditAction>& changes = changingActions();
    auto newest = AuditLogStore(m_db).newestSequenceOf(changes);
    if (!newest.ok()) return newest.error();
    const qint64 sequence = newest.value();
    const bool changed = m_seen >= 0 && sequence != m_seen;
    m_seenBefore = m_seen;
    m_seen = sequence;
    return changed;
}

Result<std::optional<ChangeByOther>> ChangeWatcher::newestByOtherSinceLastPoll(qint64 userId) const
{
    if (m_seenBefore < 0) return std::optional<ChangeByOther>();
    return newestChangeByOther(m_db, m_seenBefore, m_seen, userId, changingActions());
}

Result<QList<ChangeByOther>> ChangeWatcher::caseChangesByOthersSinceLastPoll(qint64 userId) const
{
    if (m_seenBefore < 0) return QList<ChangeByOther>();
    return caseChangesByOthers(m_db, m_seenBefore, m_seen, userId, changingActions());
}

} // namespace conduct
