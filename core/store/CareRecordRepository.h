#pragma once
// The records of protocol sections 6–9 (contact plan, contacts, referrals, special measures, VPS,
// bail, orders, breaches, charging requests, plea offers): one row each in care_records, the
// record's fields as JSON beside the columns that find it. CareCodecs turns rows into records.

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace conduct {

class Database;

struct CareRow {
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;              // see the CHECK in CareSchema.cpp
    qint64 personId = 0;       // the person the record is about; 0 when none
    QJsonObject data;
    qint64 rowVersion = 0;
};

class CareRecordRepository {
public:
    explicit CareRecordRepository(const Database& db) : m_db(db) {}
    Result<qint64> insert(const CareRow& row, const QDateTime& nowUtc) const;
    Status update(const CareRow& row, const QDateTime& nowUtc) const;   // conflict when row.rowVersion is stale
    Status remove(qint64 id, qint64 rowVersion) const;
    Result<CareRow> get(qint64 id) const;
    Result<QList<CareRow>> list(qint64 caseId, const QString& kind) const;   // oldest first
    // Every kind at once, oldest first: one statement where a page of a case reads several kinds.
    Result<QList<CareRow>> listForCase(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace conduct
