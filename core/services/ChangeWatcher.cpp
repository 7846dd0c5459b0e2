#include "services/ChangeWatcher.h"

#include "store/Database.h"

namespace conduct {

Result<bool> ChangeWatcher::poll()
{
    // Views, sign-ins and locks are audited too but change nothing that a list shows. The newest
    // records are read first and the search stops at the first match, so this stays cheap however
    // long the trail grows.
    auto newest = m_db.scalar(QStringLiteral("SELECT sequence FROM audit_log WHERE action IN "
                                             "('create', 'update', 'delete', 'combine', 'account_change') "
                                             "ORDER BY sequence DESC LIMIT 1"));
    if (!newest.ok()) return newest.error();
    const qint64 sequence = newest->isNull() ? 0 : newest->toLongLong();
    const bool changed = m_seen >= 0 && sequence != m_seen;
    m_seen = sequence;
    return changed;
}

} // namespace conduct
