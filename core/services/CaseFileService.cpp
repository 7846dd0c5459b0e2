#include "services/CaseFileService.h"

#include "services/CaseAccess.h"
#include "services/CaseFileFillers.h"
#include "services/CaseService.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseFileService", text); }
} // namespace

CaseFileService::CaseFileService(Database& db, const Session& session) : m_db(db), m_session(session) {}

Result<CaseFile> CaseFileService::assemble(qint64 caseId, Action purpose, const QString& forceName,
                                           const EscalationOptions& escalation) const
{
    // ViewCase: the charging file's starting points are built from the same facts (issue 22).
    if (purpose != Action::ExportDocument && purpose != Action::PrintDocument && purpose != Action::ViewCase)
        return fieldError(tr("Document"), tr("Documents are assembled to export or to print them."));
    if (Status s = CaseAccess(m_db, m_session).require(caseId, purpose); !s.ok()) return s.error();

    CaseService cases(m_db, m_session);
    cases.setAccessJustification(m_justification);
    auto detail = cases.loadCase(caseId);
    if (!detail.ok()) return detail.error();

    CaseFile file;
    file.caseRecord = detail->caseRecord;
    file.people = detail->people;
    file.incidents = detail->incidents;
    file.forceName = forceName.trimmed();
    file.escalation = escalation;

    const FillerContext context{m_db, m_session, m_justification, m_pinnedMg3, m_pinnedMg5};
    for (auto fill : {&fillRiskAssessments, &fillEvidence, &fillCareSections, &fillCaseFileEvents, &fillChargingFile})
        if (Status s = fill(context, caseId, file); !s.ok()) return s.error();
    return file;
}

} // namespace conduct
