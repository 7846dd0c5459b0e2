#pragma once
// Other desks' changes (issue 12): the case list and the review queue refresh when someone else
// saves. Every change anybody saves appends to the audit trail in the same transaction, so the
// newest changing record's sequence is a change counter that works on both engines (a shared
// file or a server) and needs no schema of its own. Polled every few seconds by the UI.

#include "common/Result.h"
#include "store/ChangeAuthorQuery.h"

namespace conduct {

class Database;

class ChangeWatcher {
public:
    explicit ChangeWatcher(const Database& db) : m_db(db) {}

    // True when a record was created, changed or removed since the last call. The first call
    // only takes a reading.
    Result<bool> poll();
    // Of the changes the last poll found, the newest saved by someone other than `userId`: none
    // when they were all that user's own (issue 31: the officer's own saves are not news).
    Result<std::optional<ChangeByOther>> newestByOtherSinceLastPoll(qint64 userId) const;
    // Of the same changes, those someone other than `userId` saved, one per case: an open case
    // that is among them shows "changed on another desk" (issue 30).
    Result<QList<ChangeByOther>> caseChangesByOthersSinceLastPoll(qint64 userId) const;

private:
    const Database& m_db;
    qint64 m_seen = -1;
    qint64 m_seenBefore = -1;   // the reading before the last one
};

} // namespace conduct
