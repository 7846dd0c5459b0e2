#pragma once
// Shared by the export service tests: the fully recorded case file of test_export_support.h
// written into a real database, and read back through ExportService with every section that
// has no store yet laid over it (people's ids mapped to the stored ones).

#include "TestSupport.h"
#include "test_export_support.h"

#include "services/CaseService.h"
#include "services/ExportService.h"
#include "store/Database.h"

#include <QMap>

namespace conduct::test {

struct StoredFullCase {
    qint64 caseId = 0;
    QMap<qint64, qint64> personIds;   // fullCaseFile()'s ids -> stored ids
};

inline StoredFullCase storeFullCase(TempDatabase& t)
{
    const CaseFile full = fullCaseFile();
    CaseService service(t.db(), t.session());
    Case c = full.caseRecord;
    c.id = 0;
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    StoredFullCase stored{created->id, {}};
    for (Person p : full.people) {
        const qint64 original = p.id;
        p.id = 0;
        p.caseId = stored.caseId;
        auto added = service.addPerson(p);
        REQUIRE(added.ok());
        stored.personIds.insert(original, added->id);
    }
    for (Incident i : full.incidents) {
        i.id = 0;
        i.caseId = stored.caseId;
        REQUIRE(service.addIncident(i).ok());
    }
    return stored;
}

// The case as ExportService reads it, completed with fullCaseFile()'s other sections.
inline CaseFile populatedCaseFile(const ExportService& service, const StoredFullCase& stored)
{
    auto read = service.caseFile(stored.caseId);
    REQUIRE(read.ok());
    CaseFile file = read.value();
    CaseFile full = fullCaseFile();
    const auto id = [&](qint64 original) { return stored.personIds.value(original); };
    for (SuspectCharging& s : full.charging->suspects) s.personId = id(s.personId);
    for (SpecialMeasuresAssessment& a : full.specialMeasures) a.personId = id(a.personId);
    for (RiskAssessmentRecord& r : full.riskAssessments) r.subjectPersonId = id(r.subjectPersonId);
    full.withdrawalStatement->complainantId = id(full.withdrawalStatement->complainantId);
    for (qint64& p : full.restrainingOrder->protectedPersonIds) p = id(p);
    file.charging = full.charging;
    file.actionPlan = full.actionPlan;
    file.caseSummary = full.caseSummary;
    file.specialMeasures = full.specialMeasures;
    file.riskAssessments = full.riskAssessments;
    file.evidenceChecklist = full.evidenceChecklist;
    file.withdrawalStatement = full.withdrawalStatement;
    file.withdrawalReport = full.withdrawalReport;
    file.restrainingOrder = full.restrainingOrder;
    return file;
}

} // namespace conduct::test
