#include "store/AdvisorFactsQuery.h"

#include "store/Database.h"

namespace conduct {

Result<RiskFacts> latestRiskFacts(const Database& db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral(
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
    return facts;
}

} // namespace conduct
