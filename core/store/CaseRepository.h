#pragma once
// Cases table. Callers (the services) own the transaction; every statement is parameterised.

#include "common/Result.h"
#include "domain/Case.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace conduct {

class Database;

// Who a case belongs to, for the permission check (services/CaseAccess), and its URN for the
// audit record of what is done to it.
struct CaseOwnership {
    QString urn;
    qint64 oicUserId = 0;   // 0: no officer in the case
};

// A case whose next risk review date has passed.
struct CaseReviewDue {
    qint64 caseId = 0;
    QString urn;
    QDate due;
};

class CaseRepository {
public:
    explicit CaseRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const Case& c) const;
    // Refused with a conflict when the row changed since `c.rowVersion` was read.
    Status update(const Case& c) const;
    Status remove(qint64 id) const;
    Result<Case> get(qint64 id) const;
    Result<std::optional<qint64>> findIdByUrn(const QString& normalisedUrn) const;
    // None when there is no such case.
    Result<std::optional<CaseOwnership>> ownership(qint64 id) const;
    // A change to a part of the case sets the case's updated time; false when there is no such case.
    Result<bool> touch(qint64 id, const QDateTime& updatedUtc) const;
    // Cases whose risk review was due before `day`, earliest first: all of them, or one officer's.
    Result<QList<CaseReviewDue>> riskReviewsDueBefore(const QDate& day, std::optional<qint64> oicUserId) const;

private:
    const Database& m_db;
};

// The message for a save that met a newer version of the same record: "changed by NAME at TIME"
// (issue 12), from the audit trail's latest change to that record, which the other save wrote in
// its own transaction. Never a silent overwrite: the caller reloads and re-applies the edit.
Error conflictError(const Database& db, const QString& what, const QString& entityType, qint64 entityId);
// The refusal's closing advice (reload, then edit again), for a screen that offers better: the
// conflict dialog shows who and when without it (issue 30).
QString staleEditAdvice();

QString joinCodes(const QStringList& codes);
QStringList splitCodes(const QString& text);

} // namespace conduct
