#include "store/AdvisorFactsQuery.h"

#include "store/Database.h"

namespace conduct {

Result<RiskFacts> latestRiskFacts(const Database& db, qint64 caseId)
{
    // 3.7 asks for an assessment a supervisor has reviewed: only an approved one counts, with the
    // level the supervisor agreed. One still awaiting review is reported separately.
    auto q = db.exec(QStringLiteral(
                         "SELECT r.officer_level, (SELECT level_agreed FROM assessment_reviews v WHERE v.assessment_id = r.id "
                         "AND v.decision = 'approved' ORDER BY v.id DESC LIMIT 1), r.next_review_date, r.marac_decision, "
                         "r.mappa_decision, r.created_utc, r.id FROM risk_assessments r WHERE r.case_id = ? AND r.status = 'approved' "
                         "ORDER BY r.created_utc DESC, r.id DESC LIMIT 1"),
                     {caseId});
    if (!q.ok()) return q.error();
    RiskFacts facts;
    QVariant approvedCreated;
    qint64 approvedId = 0;
    if (q->next()) {
        facts.assessed = true;
        facts.level = q->value(1).toString().isEmpty() ? q->value(0).toString() : q->value(1).toString();
        facts.nextReviewDue = fromDbDate(q->value(2));
        facts.maracOrMappaDecided = !q->value(3).toString().isEmpty() || !q->value(4).toString().isEmpty();
        approvedCreated = q->value(5);
        approvedId = q->value(6).toLongLong();
    }
    // A screening begun after the approved one (or with none approved) and submitted for review.
    auto pending = db.exec(QStringLiteral(
                               "SELECT submitted_utc FROM risk_assessments WHERE case_id = ? AND status = 'submitted' "
                               "AND (CAST(? AS TEXT) IS NULL OR created_utc > ? OR (created_utc = ? AND id > ?)) "
                               "ORDER BY submitted_utc DESC, id DESC LIMIT 1"),
                           {caseId, approvedCreated, approvedCreated, approvedCreated, approvedId});
    if (!pending.ok()) return pending.error();
    if (pending->next()) facts.awaitingReviewSinceUtc = fromDbTime(pending->value(0));
    return facts;
}

} // namespace conduct
