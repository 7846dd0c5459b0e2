#include "services/AdvisorService.h"

#include "common/Clock.h"
#include "forms/FormPack.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"
#include "store/Database.h"
#include "store/EvidenceRepository.h"
#include "store/LinkedSearchLog.h"

#include <QJsonArray>

namespace conduct {

Result<std::optional<RiskFacts>> AdvisorService::riskFacts(qint64 caseId) const
{
    // risk_assessments arrives with schema version 4; an older database has no risk facts to give.
    auto table = hasTable("risk_assessments");
    if (!table.ok()) return table.error();
    if (!table.value()) return std::optional<RiskFacts>();
    auto q = m_db.exec(QStringLiteral(
                           "SELECT r.officer_level, (SELECT level_agreed FROM assessment_reviews v WHERE v.assessment_id = r.id "
                           "AND v.decision = 'approved' ORDER BY v.id DESC LIMIT 1), r.next_review_date, r.marac_decision, "
                           "r.mappa_decision FROM risk_assessments r WHERE r.case_id = ? AND r.status IN ('submitted', 'approved') "
                           "ORDER BY r.created_utc DESC, r.id DESC LIMIT 1"),
                       {caseId});
    if (!q.ok()) return q.error();
    RiskFacts facts;
    if (q->next()) {
        facts.assessed = true;
        facts.level = q->value(1).toString().isEmpty() ? q->value(0).toString() : q->value(1).toString();
        facts.nextReviewDue = fromDbDate(q->value(2));
        facts.maracOrMappaDecided = !q->value(3).toString().isEmpty() || !q->value(4).toString().isEmpty();
    }
    return std::optional<RiskFacts>(facts);
}

Result<bool> AdvisorService::hasTable(const char* name) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                         {QString::fromLatin1(name)});
    if (!n.ok()) return n.error();
    return n->toInt() > 0;
}

// 4.7 and 5.3/5.4 from the case-work tables of schema version 6, when the database has them.
Status AdvisorService::fillCaseWorkFacts(qint64 caseId, AdvisorInput& in) const
{
    auto actions = hasTable("case_actions");
    if (!actions.ok()) return actions.error();
    if (actions.value()) {
        auto q = m_db.exec(QStringLiteral("SELECT count(*), COALESCE(sum(agreed_date IS NULL), 0) FROM case_actions "
                                          "WHERE case_id = ? AND status = 'open'"), {caseId});
        if (!q.ok()) return q.error();
        if (q->next()) in.actionPlan = ActionPlanFacts{q->value(0).toInt(), q->value(1).toInt()};
    }
    auto withdrawals = hasTable("withdrawals");
    if (!withdrawals.ok()) return withdrawals.error();
    if (withdrawals.value()) {
        auto q = m_db.exec(QStringLiteral("SELECT statement_taken_utc, report_date FROM withdrawals WHERE case_id = ? "
                                          "ORDER BY id DESC LIMIT 1"), {caseId});
        if (!q.ok()) return q.error();
        WithdrawalFacts facts;
        if (q->next()) facts = {true, !q->value(0).isNull(), !q->value(1).isNull()};
        in.withdrawal = facts;
    }
    return {};
}

Result<AdvisorInput> AdvisorService::inputFor(qint64 caseId) const
{
    AdvisorInput in;
    CaseService cases(m_db, m_session);
    cases.setAccessJustification(m_justification);
    auto detail = cases.loadCase(caseId);   // checks the permission
    if (!detail.ok()) return detail.error();
    in.detail = detail.value();
    in.today = Clock::nowUtc().date();
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
    auto risk = riskFacts(caseId);
    if (!risk.ok()) return risk.error();
    in.risk = risk.value();
    if (Status s = fillCaseWorkFacts(caseId, in); !s.ok()) return s.error();
    return in;
}

Result<QList<RuleResult>> AdvisorService::advise(qint64 caseId) const
{
    auto in = inputFor(caseId);
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
