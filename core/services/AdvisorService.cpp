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
    const CaseAccess::Ref checked{caseId, detail->caseRecord.urn};
    return inputFor(std::move(detail).value(), checked, nullptr);
}

Result<AdvisorInput> AdvisorService::inputFor(CaseDetail detail, const CaseAccess::Ref& checked, const CaseWorkRecords* work) const
{
    const qint64 caseId = checked.id;
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
    if (work) {
        fillCaseWorkFacts(*work, in);
        return in;
    }
    auto read = loadCaseWorkRecords(m_db, m_session, checked);
    if (!read.ok()) return read.error();
    fillCaseWorkFacts(read.value(), in);
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
    CaseAccess access(m_db, m_session);
    access.setJustification(m_justification);
    auto checked = access.check(loaded.caseRecord.id, Action::ViewCase);
    if (!checked.ok()) return checked.error();
    auto in = inputFor(loaded, checked.value(), nullptr);
    if (!in.ok()) return in.error();
    return runAdvisor(in.value());
}

Result<QList<RuleResult>> AdvisorService::advise(const CaseDetail& loaded, const CaseWorkRecords& work) const
{
    CaseAccess access(m_db, m_session);
    access.setJustification(m_justification);
    auto checked = access.check(loaded.caseRecord.id, Action::ViewCase);
    if (!checked.ok()) return checked.error();
    auto in = inputFor(loaded, checked.value(), &work);
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
