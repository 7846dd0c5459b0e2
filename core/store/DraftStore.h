#pragma once
// Unfinished edits, saved as the officer types. An interruption, a crash or a closed laptop
// loses nothing: the editor offers the draft back the next time it opens.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace conduct {

class Database;

struct Draft {
    QString key;       // e.g. "incident:new:case=12" or "incident:345"
    qint64 caseId = 0;
    QString title;     // shown when offering the draft back
    QJsonObject payload;
    QDateTime savedUtc;
    QString authorName = {};   // the author's display name, as read back: the banner says whose draft it is
};

// The drafts of one author (issue 24): every call reads, writes and discards only that user's
// drafts, so officer B is never offered officer A's unfinished work and cannot discard it.
// Editors use services/DraftService, which also applies the record's limits and the case's access.
class DraftStore {
public:
    DraftStore(Database& db, qint64 authorUserId) : m_db(db), m_author(authorUserId) {}

    Status save(const Draft& draft);   // its own transaction: drafts are committed at once
    Result<std::optional<Draft>> load(const QString& key) const;
    Status discard(const QString& key);
    Result<QList<Draft>> listForCase(qint64 caseId) const;

private:
    Database& m_db;
    qint64 m_author;
};

} // namespace conduct
