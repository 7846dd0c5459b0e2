#include "services/CaseService.h"

#include "common/Clock.h"
#include "domain/Urn.h"
#include "domain/Validation.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/PersonRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseService", text); }

// Runs `work` in one transaction: all of it is saved, or none of it.
template <typename T, typename Work>
Result<T> inTransaction(Database& db, Work&& work)
{
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status().error();
    Result<T> result = work();
    if (!result.ok()) return result;
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return result;
}

template <typename T> Status statusOf(const Result<T>& r) { return r.ok() ? Status{} : Status{r.error()}; }
} // namespace

Status CaseService::checkUrnFree(const Case& c) const
{
    auto existing = CaseRepository(m_db).findIdByUrn(c.urn);
    if (!existing.ok()) return existing.error();
    if (existing.value() && *existing.value() != c.id)
        return fieldError(tr("URN"), tr("URN %1 is already used by another case in this database. Check the number, "
                                        "or open the existing case.").arg(c.urn));
    return {};
}

Result<Case> CaseService::createCase(Case draft)
{
    draft.urn = normaliseUrn(draft.urn);
    if (Status s = validateCase(draft); !s.ok()) return s.error();
    draft.createdUtc = draft.updatedUtc = Clock::nowUtc();
    return inTransaction<Case>(m_db, [&]() -> Result<Case> {
        if (Status s = checkUrnFree(draft); !s.ok()) return s.error();
        auto id = CaseRepository(m_db).insert(draft);
        if (!id.ok()) return id.error();
        draft.id = id.value();
        draft.rowVersion = 1;
        return draft;
    });
}

Result<Case> CaseService::updateCase(Case edited)
{
    edited.urn = normaliseUrn(edited.urn);
    if (Status s = validateCase(edited); !s.ok()) return s.error();
    edited.updatedUtc = Clock::nowUtc();
    return inTransaction<Case>(m_db, [&]() -> Result<Case> {
        if (Status s = checkUrnFree(edited); !s.ok()) return s.error();
        if (Status s = CaseRepository(m_db).update(edited); !s.ok()) return s.error();
        ++edited.rowVersion;
        return edited;
    });
}

Status CaseService::deleteCase(qint64 caseId)
{
    return statusOf(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        if (Status s = CaseRepository(m_db).remove(caseId); !s.ok()) return s.error();
        return true;
    }));
}

Result<CaseDetail> CaseService::loadCase(qint64 caseId) const
{
    CaseDetail detail;
    auto c = CaseRepository(m_db).get(caseId);
    if (!c.ok()) return c.error();
    detail.caseRecord = c.value();
    auto people = PersonRepository(m_db).listForCase(caseId);
    if (!people.ok()) return people.error();
    detail.people = people.value();
    auto incidents = IncidentRepository(m_db).listForCase(caseId);
    if (!incidents.ok()) return incidents.error();
    detail.incidents = incidents.value();
    return detail;
}

Result<std::optional<qint64>> CaseService::findCaseByUrn(const QString& urn) const
{
    return CaseRepository(m_db).findIdByUrn(normaliseUrn(urn));
}

Status CaseService::touchCase(qint64 caseId)
{
    auto r = m_db.exec(QStringLiteral("UPDATE cases SET updated_utc = ? WHERE id = ?"), {toDbTime(Clock::nowUtc()), caseId});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")};
    return {};
}

Result<Person> CaseService::addPerson(Person person)
{
    if (Status s = validatePerson(person); !s.ok()) return s.error();
    return inTransaction<Person>(m_db, [&]() -> Result<Person> {
        if (Status s = touchCase(person.caseId); !s.ok()) return s.error();
        auto id = PersonRepository(m_db).insert(person);
        if (!id.ok()) return id.error();
        person.id = id.value();
        person.rowVersion = 1;
        return person;
    });
}

Result<Person> CaseService::updatePerson(Person person)
{
    if (Status s = validatePerson(person); !s.ok()) return s.error();
    return inTransaction<Person>(m_db, [&]() -> Result<Person> {
        if (Status s = touchCase(person.caseId); !s.ok()) return s.error();
        if (Status s = PersonRepository(m_db).update(person); !s.ok()) return s.error();
        ++person.rowVersion;
        return person;
    });
}

Status CaseService::removePerson(const Person& person)
{
    return statusOf(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        if (Status s = touchCase(person.caseId); !s.ok()) return s.error();
        if (Status s = PersonRepository(m_db).remove(person.id, person.rowVersion); !s.ok()) return s.error();
        return true;
    }));
}

Result<Incident> CaseService::addIncident(Incident incident)
{
    if (Status s = validateIncident(incident); !s.ok()) return s.error();
    return inTransaction<Incident>(m_db, [&]() -> Result<Incident> {
        if (Status s = touchCase(incident.caseId); !s.ok()) return s.error();
        auto id = IncidentRepository(m_db).insert(incident);
        if (!id.ok()) return id.error();
        incident.id = id.value();
        incident.rowVersion = 1;
        return incident;
    });
}

Result<Incident> CaseService::updateIncident(Incident incident)
{
    if (Status s = validateIncident(incident); !s.ok()) return s.error();
    return inTransaction<Incident>(m_db, [&]() -> Result<Incident> {
        if (Status s = touchCase(incident.caseId); !s.ok()) return s.error();
        if (Status s = IncidentRepository(m_db).update(incident); !s.ok()) return s.error();
        ++incident.rowVersion;
        return incident;
    });
}

Status CaseService::removeIncident(const Incident& incident)
{
    return statusOf(inTransaction<bool>(m_db, [&]() -> Result<bool> {
        if (Status s = touchCase(incident.caseId); !s.ok()) return s.error();
        if (Status s = IncidentRepository(m_db).remove(incident.id, incident.rowVersion); !s.ok()) return s.error();
        return true;
    }));
}

Result<int> CaseService::importCases(const QList<CaseImport>& cases)
{
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        const CaseRepository caseRepo(m_db);
        const PersonRepository personRepo(m_db);
        const IncidentRepository incidentRepo(m_db);
        const QDateTime now = Clock::nowUtc();
        for (const CaseImport& item : cases) {
            Case c = item.caseRecord;
            c.urn = normaliseUrn(c.urn);
            const auto named = [&](const Error& e) {
                return Error{e.field, tr("Case %1: %2").arg(c.urn, e.message)};
            };
            if (Status s = validateCase(c); !s.ok()) return named(s.error());
            if (Status s = checkUrnFree(c); !s.ok()) return named(s.error());
            if (!c.createdUtc.isValid()) c.createdUtc = now;
            if (!c.updatedUtc.isValid()) c.updatedUtc = now;
            auto caseId = caseRepo.insert(c);
            if (!caseId.ok()) return named(caseId.error());
            for (Person p : item.people) {
                p.caseId = caseId.value();
                if (Status s = validatePerson(p); !s.ok()) return named(s.error());
                if (auto id = personRepo.insert(p); !id.ok()) return named(id.error());
            }
            for (Incident i : item.incidents) {
                i.caseId = caseId.value();
                if (Status s = validateIncident(i); !s.ok()) return named(s.error());
                if (auto id = incidentRepo.insert(i); !id.ok()) return named(id.error());
            }
        }
        return int(cases.size());
    });
}

} // namespace conduct
