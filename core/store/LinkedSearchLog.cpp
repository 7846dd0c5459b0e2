#include "store/LinkedSearchLog.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace conduct {

Result<qint64> LinkedSearchLog::addSearch(const LinkedSearchRecord& r) const
{
    auto q = m_db.insert(QStringLiteral("INSERT INTO linked_searches (case_id, searched_utc, searched_by, query_summary, "
                                      "result_count) VALUES (?,?,?,?,?)"),
                       {r.caseId, toDbTime(r.searchedUtc), r.searchedBy, r.querySummary, r.resultCount});
    if (!q.ok()) return q.error();
    return q.value();
}

Result<qint64> LinkedSearchLog::addDecision(const LinkedSearchDecision& d) const
{
    auto q = m_db.insert(QStringLiteral("INSERT INTO linked_search_decisions (search_id, case_id, matched_case_id, matched_urn, "
                                      "matched_person_id, matched_person_name, score, decision, note, decided_utc, decided_by) "
                                      "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                       {d.searchId > 0 ? QVariant(d.searchId) : QVariant(QMetaType::fromType<qint64>()), d.caseId,
                        d.matchedCaseId, d.matchedUrn, d.matchedPersonId, d.matchedPersonName, d.score,
                        toCode(d.decision), d.note, toDbTime(d.decidedUtc), d.decidedBy});
    if (!q.ok()) return q.error();
    return q.value();
}

Result<QList<LinkedSearchRecord>> LinkedSearchLog::searchesForCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, case_id, searched_utc, searched_by, query_summary, result_count "
                                      "FROM linked_searches WHERE case_id = ? ORDER BY searched_utc, id"),
                       {caseId});
    if (!q.ok()) return q.error();
    QList<LinkedSearchRecord> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), fromDbTime(q->value(2)), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toInt()});
    return out;
}

Result<QList<LinkedSearchDecision>> LinkedSearchLog::decisionsForCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, search_id, case_id, matched_case_id, matched_urn, matched_person_id, "
                                      "matched_person_name, score, decision, note, decided_utc, decided_by "
                                      "FROM linked_search_decisions WHERE case_id = ? ORDER BY decided_utc, id"),
                       {caseId});
    if (!q.ok()) return q.error();
    QList<LinkedSearchDecision> out;
    while (q->next()) {
        LinkedSearchDecision d;
        d.id = q->value(0).toLongLong();
        d.searchId = q->value(1).toLongLong();
        d.caseId = q->value(2).toLongLong();
        d.matchedCaseId = q->value(3).toLongLong();
        d.matchedUrn = q->value(4).toString();
        d.matchedPersonId = q->value(5).toLongLong();
        d.matchedPersonName = q->value(6).toString();
        d.score = q->value(7).toInt();
        d.decision = fromCode<LinkDecision>(q->value(8).toString()).value_or(LinkDecision::Dismissed);
        d.note = q->value(9).toString();
        d.decidedUtc = fromDbTime(q->value(10));
        d.decidedBy = q->value(11).toString();
        out.append(d);
    }
    return out;
}

} // namespace conduct
