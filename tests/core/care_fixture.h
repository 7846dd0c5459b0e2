#pragma once
// A case with a complainant, a suspect and a witness, for the tests of protocol sections 4–9.

#include "TestSupport.h"

#include "common/Clock.h"
#include "services/CaseService.h"
#include "store/Database.h"

namespace conduct::test {

struct CareFixture {
    TempDatabase t;
    ScopedFakeClock clock{QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC)};
    qint64 caseId = 0;
    qint64 complainantId = 0;
    qint64 suspectId = 0;
    qint64 witnessId = 0;

    CareFixture()
    {
        CaseService service(t.db(), t.session());
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PC 4521 Carter");
        auto created = service.createCase(c);
        REQUIRE(created.ok());
        caseId = created->id;
        complainantId = addPerson(PersonRole::Complainant, QStringLiteral("Alex"), QStringLiteral("Example"));
        suspectId = addPerson(PersonRole::Suspect, QStringLiteral("Sam"), QStringLiteral("Suspect"));
        witnessId = addPerson(PersonRole::Witness, QStringLiteral("Wyn"), QStringLiteral("Witness"));
    }

    qint64 addPerson(PersonRole role, const QString& forenames, const QString& surname)
    {
        Person p;
        p.caseId = caseId;
        p.role = role;
        p.forenames = forenames;
        p.surname = surname;
        auto saved = CaseService(t.db(), t.session()).addPerson(p);
        REQUIRE(saved.ok());
        return saved->id;
    }

    int count(const QString& sql)
    {
        auto r = t.db().scalar(sql);
        REQUIRE(r.ok());
        return r->toInt();
    }
    int auditCount(const QString& entityType)
    {
        auto r = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_type = ?"), {entityType});
        REQUIRE(r.ok());
        return r->toInt();
    }
    QDate today() const { return QDate(2026, 3, 20); }
};

} // namespace conduct::test
