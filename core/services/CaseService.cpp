#include "services/CaseService.h"

#include "common/Clock.h"
#include "domain/Urn.h"
#include "domain/Validation.h"
#include "services/AuditFields.h"
#include "store/CaseRepository.h"
#include "store/IncidentRepository.h"
#include "store/PersonRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseService", text); }
} // namespace

CaseService::CaseService(Database& db, const Session& session) : m_db(db), m_work(db, session) {}

Decision CaseService::accessTo(qint64 caseId) const { return m_work.access().accessTo(caseId); }

Status CaseService::requireAccess(qint64 caseId) const { return m_work.access().require(caseId, Action::ViewCase); }

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
    if (Status s = requirePermission(m_work.session(), Action::CreateCase); !s.ok()) return s.error();
    draft.urn = normaliseUrn(draft.urn);
    removeBidiControls(draft);
    if (draft.oicUserId == 0) draft.oicUserId = m_work.session().user.id;
    if (Status s = validateCase(draft); !s.ok()) return s.error();
    draft.createdUtc = draft.updatedUtc = Clock::nowUtc();
    return inTransaction<Case>(m_db, [&]() -> Result<Case> {
        if (Status s = checkUrnFree(draft); !s.ok()) return s.error();
        auto id = CaseRepository(m_db).insert(draft);
        if (!id.ok()) return id.error();
        draft.id = id.value();
        draft.rowVersion = 1;
        if (Status s = m_work.audit(AuditAction::Create, {draft.id, draft.urn}, QStringLiteral("case"), draft.id, {}, auditFields(draft));
            !s.ok())
            return s.error();
        return draft;
    });
}

Result<Case> CaseService::updateCase(Case edited)
{
    edited.urn = normaliseUrn(edited.urn);
    removeBidiControls(edited);
    if (Status s = validateCase(edited); !s.ok()) return s.error();
    edited.updatedUtc = Clock::nowUtc();
    return inTransaction<Case>(m_db, [&]() -> Result<Case> {
        auto ref = m_work.check(edited.id, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto before = CaseRepository(m_db).get(edited.id);
        if (!before.ok()) return before.error();
        if (changesNothing(before->rowVersion, auditFields(before.value()), edited.rowVersion, auditFields(edited)))
            return before.value();
        if (Status s = checkUrnFree(edited); !s.ok()) return s.error();
        if (Status s = CaseRepository(m_db).update(edited); !s.ok()) return s.error();
        ++edited.rowVersion;
        if (Status s = m_work.audit(AuditAction::Update, {edited.id, edited.urn}, QStringLiteral("case"), edited.id,
                                    auditFields(before.value()), auditFields(edited));
            !s.ok())
            return s.error();
        return edited;
    });
}

Status CaseService::deleteCase(qint64 caseId)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = m_work.check(caseId, Action::DeleteCase);
        if (!ref.ok()) return ref.error();
        auto before = CaseRepository(m_db).get(caseId);
        if (!before.ok()) return before.error();
        if (Status s = CaseRepository(m_db).remove(caseId); !s.ok()) return s.error();
        // The erasure record names the fields erased, never their values (AuditLog::append).
        if (Status s = m_work.audit(AuditAction::Delete, ref.value(), QStringLiteral("case"), caseId, auditFields(before.value()), {});
            !s.ok())
            return s.error();
        return {};
    });
}

Result<CaseDetail> CaseService::loadCase(qint64 caseId) const
{
    auto ref = m_work.check(caseId, Action::ViewCase);
    if (!ref.ok()) return ref.error();
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

Result<CaseDetail> CaseService::openCase(qint64 caseId)
{
    auto detail = loadCase(caseId);
    if (!detail.ok()) return detail;
    if (Status s = m_work.audit(AuditAction::Consult, {caseId, detail->caseRecord.urn}, QStringLiteral("case"), caseId, {}, {});
        !s.ok())
        return s.error();
    return detail;
}

Result<std::optional<qint64>> CaseService::findCaseByUrn(const QString& urn) const
{
    return CaseRepository(m_db).findIdByUrn(normaliseUrn(urn));
}

Result<Person> CaseService::addPerson(Person person)
{
    removeBidiControls(person);
    if (Status s = validatePerson(person); !s.ok()) return s.error();
    return inTransaction<Person>(m_db, [&]() -> Result<Person> {
        auto ref = m_work.check(person.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        if (Status s = m_work.touch(person.caseId); !s.ok()) return s.error();
        auto id = PersonRepository(m_db).insert(person);
        if (!id.ok()) return id.error();
        person.id = id.value();
        person.rowVersion = 1;
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("person"), person.id, {}, auditFields(person));
            !s.ok())
            return s.error();
        return person;
    });
}

Result<Person> CaseService::updatePerson(Person person)
{
    removeBidiControls(person);
    if (Status s = validatePerson(person); !s.ok()) return s.error();
    return inTransaction<Person>(m_db, [&]() -> Result<Person> {
        auto ref = m_work.check(person.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto before = PersonRepository(m_db).get(person.id);
        if (!before.ok()) return before.error();
        if (changesNothing(before->rowVersion, auditFields(before.value()), person.rowVersion, auditFields(person)))
            return before.value();
        if (Status s = m_work.touch(person.caseId); !s.ok()) return s.error();
        if (Status s = PersonRepository(m_db).update(person); !s.ok()) return s.error();
        ++person.rowVersion;
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("person"), person.id,
                                    auditFields(before.value()), auditFields(person));
            !s.ok())
            return s.error();
        return person;
    });
}

Status CaseService::removePerson(const Person& person)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = m_work.check(person.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        if (Status s = m_work.touch(person.caseId); !s.ok()) return s.error();
        if (Status s = PersonRepository(m_db).remove(person.id, person.rowVersion); !s.ok()) return s.error();
        if (Status s = m_work.audit(AuditAction::Delete, ref.value(), QStringLiteral("person"), person.id, auditFields(person), {});
            !s.ok())
            return s.error();
        return {};
    });
}

Result<Incident> CaseService::addIncident(Incident incident)
{
    removeBidiControls(incident);
    if (Status s = validateIncident(incident); !s.ok()) return s.error();
    return inTransaction<Incident>(m_db, [&]() -> Result<Incident> {
        auto ref = m_work.check(incident.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        if (Status s = m_work.touch(incident.caseId); !s.ok()) return s.error();
        auto id = IncidentRepository(m_db).insert(incident);
        if (!id.ok()) return id.error();
        incident.id = id.value();
        incident.rowVersion = 1;
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("incident"), incident.id, {},
                                    auditFields(incident));
            !s.ok())
            return s.error();
        return incident;
    });
}

Result<Incident> CaseService::updateIncident(Incident incident)
{
    removeBidiControls(incident);
    if (Status s = validateIncident(incident); !s.ok()) return s.error();
    return inTransaction<Incident>(m_db, [&]() -> Result<Incident> {
        auto ref = m_work.check(incident.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto before = IncidentRepository(m_db).get(incident.id);
        if (!before.ok()) return before.error();
        if (changesNothing(before->rowVersion, auditFields(before.value()), incident.rowVersion, auditFields(incident)))
            return before.value();
        if (Status s = m_work.touch(incident.caseId); !s.ok()) return s.error();
        if (Status s = IncidentRepository(m_db).update(incident); !s.ok()) return s.error();
        ++incident.rowVersion;
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("incident"), incident.id,
                                    auditFields(before.value()), auditFields(incident));
            !s.ok())
            return s.error();
        return incident;
    });
}

Status CaseService::removeIncident(const Incident& incident)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = m_work.check(incident.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        if (Status s = m_work.touch(incident.caseId); !s.ok()) return s.error();
        if (Status s = IncidentRepository(m_db).remove(incident.id, incident.rowVersion); !s.ok()) return s.error();
        if (Status s = m_work.audit(AuditAction::Delete, ref.value(), QStringLiteral("incident"), incident.id,
                                    auditFields(incident), {});
            !s.ok())
            return s.error();
        return {};
    });
}

Result<int> CaseService::importCases(const QList<CaseImport>& cases)
{
    if (Status s = requirePermission(m_work.session(), Action::CreateCase); !s.ok()) return s.error();
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        const CaseRepository caseRepo(m_db);
        const PersonRepository personRepo(m_db);
        const IncidentRepository incidentRepo(m_db);
        const QDateTime now = Clock::nowUtc();
        for (const CaseImport& item : cases) {
            Case c = item.caseRecord;
            c.urn = normaliseUrn(c.urn);
            removeBidiControls(c);
            if (c.oicUserId == 0) c.oicUserId = m_work.session().user.id;
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
                removeBidiControls(p);
                if (Status s = validatePerson(p); !s.ok()) return named(s.error());
                if (auto id = personRepo.insert(p); !id.ok()) return named(id.error());
            }
            for (Incident i : item.incidents) {
                i.caseId = caseId.value();
                removeBidiControls(i);
                if (Status s = validateIncident(i); !s.ok()) return named(s.error());
                if (auto id = incidentRepo.insert(i); !id.ok()) return named(id.error());
            }
            // One collection record per case: the case's fields and what came with it.
            QJsonObject after = auditFields(c);
            after.insert(QStringLiteral("people_imported"), int(item.people.size()));
            after.insert(QStringLiteral("incidents_imported"), int(item.incidents.size()));
            if (Status s = m_work.audit(AuditAction::Create, {caseId.value(), c.urn}, QStringLiteral("case"), caseId.value(), {}, after);
                !s.ok())
                return named(s.error());
        }
        return int(cases.size());
    });
}

} // namespace conduct
