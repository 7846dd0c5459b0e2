#pragma once
// A case and whether a user may come to it, in one statement (issue 28). CaseAccess asked three
// questions of the store for every check (the case's URN, whether the user sees it in full, and
// whether a grant is in force), and opening a workspace checks about fifteen times: on a server
// each question is a round trip. The answer here is the same rule (fullViewCondition: officer in
// the case, supervisor, a team-mate's case, or a grant in force now), asked once.

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace conduct {

class Database;

struct CaseEntry {
    QString urn;
    bool allowed = false;   // sees it in full, or holds a grant in force at the time asked
};

// None when the case does not exist.
Result<std::optional<CaseEntry>> caseEntryFor(const Database& db, qint64 userId, qint64 caseId, const QDateTime& nowUtc);

} // namespace conduct
