#pragma once
// Unfinished edits, kept for their author alone (issue 24, finding 2: officer B was offered
// officer A's unfinished incident and B's Discard deleted it, unaudited).
//
// The author is always the signed-in user: there is no call that names another user's drafts,
// so only the author is offered a draft, restores it or discards it. A draft is held to the same
// size limits as the record it drafts (an incident: domain/Validation; an MG3 or MG5: the
// charging file's limits), so a draft never keeps more than its record could; it is saved only
// while the user may still edit its case (CaseAccess).
//
// Discarding unsaved typing about a case is audited (DPA 2018 s62: erasure of personal data is
// processing), without the typing itself. Restoring is not: the author reads back their own
// typing, and whatever they then save is audited as the record's own change. A draft that is
// settled because its record was saved, or because the form is back as stored, loses nothing
// and is not audited either.

#include "common/Result.h"
#include "security/User.h"
#include "store/DraftStore.h"

#include <optional>

namespace conduct {

class Database;

class DraftService {
public:
    DraftService(Database& db, const Session& session);

    // Keeps the user's draft: refused, naming the field, when a text is longer than its record
    // allows, and when the user may no longer edit the case. The draft already kept stays.
    Status save(const Draft& draft);
    // The user's draft under `key`, to offer back; none when they have none.
    Result<std::optional<Draft>> offer(const QString& key) const;
    // The user's drafts about a case (the workspace's "work in progress" mark).
    Result<QList<Draft>> listForCase(qint64 caseId) const;
    // Throws the user's draft away on their decision, with an audit record when it was about a case.
    Status discard(const QString& key);
    // Removes the user's draft that is no longer needed: its record was saved, or the form is
    // back as stored. Nothing unsaved is lost, so nothing is audited.
    Status settle(const QString& key);

    // The limits alone, for a draft about to be kept: the first text over its record's limit.
    static Status checkLimits(const Draft& draft);

private:
    Database& m_db;
    Session m_session;
    DraftStore m_store;
};

} // namespace conduct
