#pragma once
// The one way widgets, the command line and imports read and change case data. Each call
// checks the permission table for the signed-in user (issue 3: enforced here, not by hiding
// buttons), validates the value, writes it in one transaction together with its audit record
// (DPA 2018 s62), and reports the outcome as a value; on any failure the store is unchanged.

#include "common/Result.h"
#include "domain/Case.h"
#include "domain/Incident.h"
#include "domain/Person.h"
#include "security/AuditRecord.h"
#include "security/Permissions.h"
#include "security/User.h"
#include "services/CaseWork.h"

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
    CaseService(Database& db, const Session& session);

    // Why this user opens a case that is not theirs (officers must say; the audit keeps it).
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    // Normalises the URN, sets the times, and refuses a duplicate URN. The creator becomes the
    // officer in the case unless another account is named.
    Result<Case> createCase(Case draft);
    Result<Case> updateCase(Case edited);   // returns the saved record with its new row version
    Status deleteCase(qint64 caseId);
    // Opening a case for work: checked and recorded as a consultation, with the justification.
    Result<CaseDetail> openCase(qint64 caseId);
    // Re-reading a case already opened (after an edit): checked, not recorded again.
    Result<CaseDetail> loadCase(qint64 caseId) const;
    Result<std::optional<qint64>> findCaseByUrn(const QString& urn) const;
    // The permission this user has on a case, without touching it: for the UI to ask for a
    // justification before opening.
    Decision accessTo(qint64 caseId) const;
    // The check loadCase makes, without loading: for services handed a case already loaded.
    Status requireAccess(qint64 caseId) const;

    Result<Person> addPerson(Person person);
    Result<Person> updatePerson(Person person);
    Status removePerson(const Person& person);

    Result<Incident> addIncident(Incident incident);
    Result<Incident> updateIncident(Incident incident);
    Status removeIncident(const Incident& incident);

    // All cases or none; a failure names the case (by URN) and the field. Audited as collection.
    Result<int> importCases(const QList<CaseImport>& cases);

    const Session& session() const { return m_work.session(); }

private:
    Status checkUrnFree(const Case& c) const;

    Database& m_db;
    CaseWork m_work;   // the case-access guard, the case's updated time (a change to a part of the case moves it)
};

} // namespace conduct
