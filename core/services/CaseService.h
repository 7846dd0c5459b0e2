#pragma once
// The one way widgets, the command line and imports change case data. Each call validates the
// value, writes it in one transaction and reports the outcome as a value; on any failure the
// store is exactly as it was.

#include "common/Result.h"
#include "domain/Case.h"
#include "domain/Incident.h"
#include "domain/Person.h"

#include <optional>

namespace conduct {

class Database;

struct CaseDetail {
    Case caseRecord;
    QList<Person> people;
    QList<Incident> incidents;   // by start time
};

// A whole case for bulk import (benchmark data, case bundles): written in one transaction.
using CaseImport = CaseDetail;

class CaseService {
public:
    explicit CaseService(Database& db) : m_db(db) {}

    // Normalises the URN, sets the times, and refuses a duplicate URN.
    Result<Case> createCase(Case draft);
    Result<Case> updateCase(Case edited);   // returns the saved record with its new row version
    Status deleteCase(qint64 caseId);
    Result<CaseDetail> loadCase(qint64 caseId) const;
    Result<std::optional<qint64>> findCaseByUrn(const QString& urn) const;

    Result<Person> addPerson(Person person);
    Result<Person> updatePerson(Person person);
    Status removePerson(const Person& person);

    Result<Incident> addIncident(Incident incident);
    Result<Incident> updateIncident(Incident incident);
    Status removeIncident(const Incident& incident);

    // All cases or none; a failure names the case (by URN) and the field.
    Result<int> importCases(const QList<CaseImport>& cases);

private:
    Status touchCase(qint64 caseId);   // a change to a part of the case updates the case's time
    Status checkUrnFree(const Case& c) const;
    Database& m_db;
};

} // namespace conduct
