#include "services/AdvisorService.h"

#include "services/AdvisorCaseWorkFacts.h"
#include "store/AdvisorFactsQuery.h"

#include "common/UkTime.h"
#include "forms/FormPack.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"
#include "store/Database.h"
#include "store/EvidenceRepository.h"
#include "store/LinkedSearchLog.h"

#include <QJsonArray>

namespace conduct {

Result<AdvisorInput> AdvisorService::inputFor(qint64 caseId) const
{
    CaseService cases(m_db, m_session);
    cases.setAccessJustification(m_justification);
    auto detail = cases.loadCase(caseId);   // checks the permission
    if (!detail.ok()) return detail.error();
    return inputFor(std::move(detail).value());
}

Result<AdvisorInput> AdvisorService::inputFor(CaseDetail detail) const
{
    const qint64 caseId = detail.caseRecord.id;
    AdvisorInput in;
    in.detail = std::move(detail);
    in.today = uktime::today();
    in.addressVerificationDays = m_addressDays;
    EvidenceRepository evidence(m_db);
    auto checklist = evidence.checklistForCase(caseId);
    if (!checklist.ok()) return checklist.error();
    in.checklist = checklist.value();
    if (const FormPack* pack = evidencePack(QString::fromLatin1(stalkingChecklistPackId))) in.stalkingChecklistItems = pack->itemCount();
    auto searches = LinkedSearchLog(m_db).searchesForCase(caseId);
    if (!searches.ok()) return searches.error();
    in.linkedSearches = int(searches->size());
    auto enquiries = evidence.enquiryAnswers(caseId, QString::fromLatin1(enquiriesPackId));
    if (!enquiries.ok()) return enquiries.error();
    for (const QJsonValue& answer : enquiries.value()) {
        const QJsonValue v = answer.toObject().value(QStringLiteral("value"));
        if ((v.isString() && !v.toString().trimmed().isEmpty()) || (v.isArray() && !v.toArray().isEmpty()))
            in.enquiriesAnswered = true;
    }
    auto measures = evidence.measuresForCase(caseId);
    if (!measures.ok()) return measures.error();
    in.measures = measures.value();
    auto risk = latestRiskFacts(m_db, caseId);
    if (!risk.ok()) return risk.error();
    in.risk = risk.value();
    auto work = loadCaseWorkRecords(m_db, m_session, caseId, m_justification);
    if (!work.ok()) return work.error();
    fillCaseWorkFacts(work.value(), in);
    return in;
}

Result<QList<RuleResult>> AdvisorService::advise(qint64 caseId) const
{
    auto in = inputFor(caseId);
    if (!in.ok()) return in.error();
    return runAdvisor(in.value());
}

Result<QList<RuleResult>> AdvisorService::advise(const CaseDetail& loaded) const
{
    CaseService cases(m_db, m_session);
    cases.setAccessJustification(m_justification);
    if (Status s = cases.requireAccess(loaded.caseRecord.id); !s.ok()) return s.error();
    auto in = inputFor(loaded);
    if (!in.ok()) return in.error();
    return runAdvisor(in.value());
}

QHash<qint64, int> AdvisorService::attentionCounts(const QList<qint64>& caseIds) const
{
    QHash<qint64, int> out;
    for (qint64 id : caseIds) {
        auto results = advise(id);
        if (results.ok()) out.insert(id, countNeedingAttention(results.value()));
    }
    return out;
}

} // namespace conduct
