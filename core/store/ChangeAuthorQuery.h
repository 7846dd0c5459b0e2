#pragma once
// Who saved the changes another desk sees arrive (issue 31): the live-update message names the
// person, and stays quiet for the officer's own saves, which taught officers to ignore it. Read
// from the audit trail, where every save leaves a record in its own transaction (ChangeWatcher).

#include "common/Result.h"
#include "security/AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

class Database;

struct ChangeByOther {
    QString savedBy;    // the account's display name now ("DC 4127 Sam Smith"); the name on the record if it has gone
    QString caseUrn;    // empty for a change that is not about a case (an account, a team)
    QDateTime savedUtc;
};

// The newest record with one of `actions`, after `afterSequence` and up to `upToSequence`, written
// by anyone other than `userId`; none when every such record was that user's own.
Result<std::optional<ChangeByOther>> newestChangeByOther(const Database& db, qint64 afterSequence, qint64 upToSequence,
                                                         qint64 userId, const QList<AuditAction>& actions);

// The same window's changes by others, one per case they touched (its newest), so an open case can
// say it changed on another desk (issue 30). Changes that are not about a case are left out.
Result<QList<ChangeByOther>> caseChangesByOthers(const Database& db, qint64 afterSequence, qint64 upToSequence,
                                                 qint64 userId, const QList<AuditAction>& actions);

} // namespace conduct
