#pragma once
// Other desks' changes (issue 12): the case list and the review queue refresh when someone else
// saves. Every change anybody saves appends to the audit trail in the same transaction, so the
// newest changing record's sequence is a change counter that works on both engines (a shared
// file or a server) and needs no schema of its own. Polled every few seconds by the UI.

#include "common/Result.h"

namespace conduct {

class Database;

class ChangeWatcher {
public:
    explicit ChangeWatcher(const Database& db) : m_db(db) {}

    // True when a record was created, changed or removed since the last call. The first call
    // only takes a reading.
    Result<bool> poll();

private:
    const Database& m_db;
    qint64 m_seen = -1;
};

} // namespace conduct
