#include "store/MonitoringQueries.h"

#include "domain/Codes.h"
#include "store/CareCodecs.h"
#include "store/CareRecordRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonDocument>

namespace conduct {
namespace {
// Statuses of a case still being worked: the overdue-review and advisor figures look only at these.
QString openStatusList()
{
    return QStringLiteral("'%1', '%2', '%3'")
        .arg(toCode(CaseStatus::OpenInvestigation), toCode(CaseStatus::ReferredToCps), toCode(CaseStatus::Charged));
}

// "(? = 0 OR c.oic_user_id = ?)" binds the officer twice; 0 keeps every officer's cases.
QString officerClause() { return QStringLiteral("(? = 0 OR c.oic_user_id = ?)"); }

template <typename Record>
Record decoded(const CareRow& row)
{
    Record r;
    fromRow(row, r);
    return r;
}
} // namespace

Result<QList<OpenedCaseFacts>> MonitoringQueries::openedCases(const MonitoringCaseFilter& filter) const
{
    const QVariantList params{toDbTime(filter.fromUtc), toDbTime(filter.untilUtc), filter.officerUserId, filter.officerUserId};
    // The first screening and the level in force are kept on the case (schema v10, RiskSchema.cpp);
    // the first incident is looked up only for cases that have a screening, as the median of the
    // time between them needs both.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT c.id, c.offences, c.why_not_stalking <> '', c.risk_level_current, c.first_screening_utc, "
            "CASE WHEN c.first_screening_utc IS NOT NULL THEN (SELECT min(i.start_utc) FROM incidents i WHERE i.case_id = c.id) END "
            "FROM cases c WHERE c.created_utc >= ? AND c.created_utc < ? AND %1 ORDER BY c.id")
            .arg(officerClause()),
        params);
    if (!q.ok()) return q.error();
    QSqlQuery& rows = q.value();
    QList<OpenedCaseFacts> out;
    while (rows.next()) {
        OpenedCaseFacts f;
        f.caseId = rows.value(0).toLongLong();
        f.offenceCodes = splitCodes(rows.value(1).toString());
        f.whyNotStalkingRecorded = rows.value(2).toBool();
        f.latestRiskLevel = rows.value(3).toString();
        f.firstScreeningUtc = fromDbTime(rows.value(4));
        if (f.firstScreeningUtc.isValid()) f.firstIncidentUtc = fromDbTime(rows.value(5));
        out.append(std::move(f));
    }
    return out;
}

Result<QList<qint64>> MonitoringQueries::overdueReviews(const QDate& asOf, qint64 officerUserId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id FROM cases c WHERE c.risk_review_due < ? AND c.status IN (%1) AND %2 "
                                      "ORDER BY c.id").arg(openStatusList(), officerClause()),
                       {toDbDate(asOf), officerUserId, officerUserId});
    if (!q.ok()) return q.error();
    QList<qint64> ids;
    while (q->next()) ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> MonitoringQueries::openCases(qint64 officerUserId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id FROM cases c WHERE c.status IN (%1) AND %2 ORDER BY c.id")
                           .arg(openStatusList(), officerClause()),
                       {officerUserId, officerUserId});
    if (!q.ok()) return q.error();
    QList<qint64> ids;
    while (q->next()) ids.append(q->value(0).toLongLong());
    return ids;
}

Result<CaseWorkFacts> MonitoringQueries::caseWork(qint64 officerUserId) const
{
    CaseWorkFacts facts;
    // The records' dates live in their JSON (CareSchema.cpp), so the period is applied after decoding.
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.case_id, r.kind, r.person_id, r.data, r.row_version FROM care_records r "
                                      "JOIN cases c ON c.id = r.case_id WHERE r.kind IN (?, ?, ?, ?) AND %1 ORDER BY r.id")
                           .arg(officerClause()),
                       {careKind::chargingRequest(), careKind::pleaOffer(), careKind::restrainingOrder(), careKind::breach(),
                        officerUserId, officerUserId});
    if (!q.ok()) return q.error();
    while (q->next()) {
        CareRow row;
        row.id = q->value(0).toLongLong();
        row.caseId = q->value(1).toLongLong();
        row.kind = q->value(2).toString();
        row.personId = q->value(3).toLongLong();
        row.data = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        row.rowVersion = q->value(5).toLongLong();
        if (row.kind == careKind::chargingRequest()) facts.chargingRequests.append(decoded<ChargingRequest>(row));
        else if (row.kind == careKind::pleaOffer()) facts.pleaOffers.append(decoded<PleaOffer>(row));
        else if (row.kind == careKind::restrainingOrder()) facts.restrainingOrders.append(decoded<CourtOrder>(row));
        else facts.breaches.append(decoded<Breach>(row));
    }
    auto w = m_db.exec(QStringLiteral("SELECT w.case_id, w.statement_taken_utc, w.decision FROM withdrawals w "
                                      "JOIN cases c ON c.id = w.case_id WHERE %1 ORDER BY w.id").arg(officerClause()),
                       {officerUserId, officerUserId});
    if (!w.ok()) return w.error();
    while (w->next())
        facts.withdrawals.append({w->value(0).toLongLong(), fromDbTime(w->value(1)), w->value(2).toString()});
    return facts;
}

Result<QList<OfficerChoice>> MonitoringQueries::officers() const
{
    auto q = m_db.exec(QStringLiteral("SELECT u.id, u.display_name FROM users u WHERE u.id IN "
                                      "(SELECT DISTINCT oic_user_id FROM cases WHERE oic_user_id IS NOT NULL) "
                                      "ORDER BY u.display_name, u.id"));
    if (!q.ok()) return q.error();
    QList<OfficerChoice> out;
    while (q->next()) out.append({q->value(0).toLongLong(), q->value(1).toString()});
    return out;
}

Result<QList<CaseRowFacts>> MonitoringQueries::caseRows(const QList<qint64>& caseIds) const
{
    QList<CaseRowFacts> out;
    auto prepared = m_db.prepare(
        QStringLiteral("SELECT id, urn, officer_in_case, status, created_utc FROM cases WHERE id = ?"));
    if (!prepared.ok()) return prepared.error();
    QSqlQuery& q = prepared.value();
    for (qint64 id : caseIds) {
        if (Status s = m_db.execPrepared(q, {id}); !s.ok()) return s.error();
        if (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        fromDbTime(q.value(4))});
        q.finish();
    }
    return out;
}

} // namespace conduct
