#pragma once
// The course of conduct: incidents of a case, kept in time order.

#include "common/Result.h"
#include "domain/Incident.h"

namespace conduct {

class Database;

class IncidentRepository {
public:
    explicit IncidentRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const Incident& i) const;
    Status update(const Incident& i) const;   // conflict when i.rowVersion is stale
    Status remove(qint64 id, qint64 rowVersion) const;
    Result<Incident> get(qint64 id) const;
    Result<QList<Incident>> listForCase(qint64 caseId) const;   // by start time
    // Whether the incident is recorded on this case (a link from another record must stay inside it).
    Result<bool> isInCase(qint64 incidentId, qint64 caseId) const;

private:
    const Database& m_db;
};

QString behaviourCodes(const QList<Behaviour>& behaviours);
QList<Behaviour> behavioursFromCodes(const QString& text);

} // namespace conduct
