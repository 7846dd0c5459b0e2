#pragma once
// The case's action plan (protocol 4.7) and its flags (5.5 suspected pressure, 4.13/9.5 risk
// review due). Other modules read flags through here: see rules/Charging.h `flags`.

#include "common/Result.h"
#include "rules/Charging.h"

#include <optional>

namespace conduct {

class Database;

class ActionRepository {
public:
    explicit ActionRepository(const Database& db) : m_db(db) {}
    Result<qint64> insert(const ActionItem& a) const;
    Status update(const ActionItem& a) const;   // conflict when a.rowVersion is stale
    Result<ActionItem> get(qint64 id) const;
    Result<QList<ActionItem>> listForCase(qint64 caseId) const;   // by target date
    // Open actions past their target date, in every case: for the "overdue" list.
    Result<QList<ActionItem>> overdue(const QDate& today) const;

private:
    const Database& m_db;
};

class CaseFlagRepository {
public:
    explicit CaseFlagRepository(const Database& db) : m_db(db) {}
    // Raises the flag; when it is already open, only its reason and time are brought up to date.
    Result<qint64> raise(qint64 caseId, const QString& code, const QString& reason, const QDateTime& nowUtc) const;
    Status clear(qint64 caseId, const QString& code, const QDateTime& nowUtc) const;
    Result<std::optional<CaseFlag>> open(qint64 caseId, const QString& code) const;
    Result<QList<CaseFlag>> listForCase(qint64 caseId) const;   // open and cleared, newest first

private:
    const Database& m_db;
};

} // namespace conduct
