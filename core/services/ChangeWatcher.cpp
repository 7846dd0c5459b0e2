#include "services/ChangeWatcher.h"

#include "store/AuditLogStore.h"

namespace conduct {

Result<bool> ChangeWatcher::poll()
{
    // Views, sign-ins and locks are audited too but change nothing that a list shows.
    static const QList<AuditAction> changes{AuditAction::Create, AuditAction::Update, AuditAction::Delete,
                                            AuditAction::Combine, AuditAction::AccountChange};
    auto newest = AuditLogStore(m_db).newestSequenceOf(changes);
    if (!newest.ok()) return newest.error();
    const qint64 sequence = newest.value();
    const bool changed = m_seen >= 0 && sequence != m_seen;
    m_seen = sequence;
    return changed;
}

} // namespace conduct
