#include "store/CaseListQuery.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "store/AccessGrantRepository.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace conduct {
namespace {
QString orderBy(CaseListColumn column)
{
    switch (column) {
    case CaseListColumn::Urn: return QStringLiteral("urn");
    case CaseListColumn::Status: return QStringLiteral("status");
    case CaseListColumn::Officer: return QStringLiteral("officer_in_case");
    case CaseListColumn::Complainants: return QStringLiteral("complainant_names");
    case CaseListColumn::Suspects: return QStringLiteral("suspect_names");
    case CaseListColumn::Incidents: return QStringLiteral("incident_count");
    case CaseListColumn::LastIncident: return QStringLiteral("last_incident_utc");
    case CaseListColumn::Updated: break;
    }
    return QStringLiteral("updated_utc");
}

// The WHERE clause and its parameters for a filter text. Statuses match on their label.
QString whereClause(Engine engine, const QString& filter, QVariantList& params)
{
    const QString text = filter.trimmed();
    if (text.isEmpty()) return {};
    const QString pattern = likeContains(text);
    // SQLite's LIKE ignores case; PostgreSQL's ILIKE is the same test.
    const QString like = engine == Engine::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    // people_search is blank for a case not seen in full (maskedCases), so its names never match.
    QString where = QStringLiteral(" WHERE (urn %1 ? ESCAPE '\\' OR officer_in_case %1 ? ESCAPE '\\' "
                                   "OR people_search %1 ? ESCAPE '\\'").arg(like);
    params << pattern << pattern << pattern.toLower();
    for (const auto& status : caseStatusTable()) {
        if (labelOf(status.value).contains(text, Qt::CaseInsensitive)) {
            where += QStringLiteral(" OR status = ?");
            params << QString::fromLatin1(status.code);
        }
    }
    return where + u')';
}
} // namespace

QString likeContains(const QString& text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\') escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

CaseListQuery::CaseListQuery(const Database& db, const User& viewer)
    : m_db(db), m_viewer(viewer.id),
      m_doesCaseWork(viewer.active && PermissionTable::check(viewer.roles, Action::ViewCase) != Decision::Denied)
{
}

QString CaseListQuery::maskedCases(QVariantList& params) const
{
    const FullViewCondition full = m_doesCaseWork ? fullViewCondition(QStringLiteral("c"), m_viewer, Clock::nowUtc())
                                                  : FullViewCondition{QStringLiteral("(1 = 0)"), {}};
    params << full.params;
    return QStringLiteral(
               "(SELECT id, urn, status, officer_in_case, updated_utc, incident_count, last_incident_utc, "
               "risk_review_due, full_view, "
               "CASE WHEN full_view = 1 THEN complainant_names ELSE '' END AS complainant_names, "
               "CASE WHEN full_view = 1 THEN suspect_names ELSE '' END AS suspect_names, "
               "CASE WHEN full_view = 1 THEN people_search ELSE '' END AS people_search "
               "FROM (SELECT c.*, CASE WHEN %1 THEN 1 ELSE 0 END AS full_view FROM cases c) viewed) listed")
        .arg(full.sql);
}

Result<int> CaseListQuery::count(const CaseListRequest& request) const
{
    QVariantList params;
    const QString from = maskedCases(params);
    const QString where = whereClause(m_db.engine(), request.filter, params);
    auto r = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + from + where, params);
    if (!r.ok()) return r.error();
    return r->next() ? r->value(0).toInt() : 0;
}

Result<QList<CaseSummary>> CaseListQuery::page(const CaseListRequest& request, int offset, int limit) const
{
    QVariantList params;
    const QString from = maskedCases(params);
    const QString where = whereClause(m_db.engine(), request.filter, params);
    const QString direction = request.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The column name comes from our own switch, never from user input; id breaks ties so pages are stable.
    const QString sql = QStringLiteral("SELECT id, urn, status, officer_in_case, complainant_names, suspect_names, "
                                       "incident_count, last_incident_utc, updated_utc, risk_review_due, full_view FROM %1%2 "
                                       "ORDER BY %3 %4, id %4 LIMIT ? OFFSET ?")
                            .arg(from, where, orderBy(request.sortColumn), direction);
    params << limit << offset;
    auto r = m_db.exec(sql, params);
    if (!r.ok()) return r.error();
    QList<CaseSummary> rows;
    rows.reserve(limit);
    QSqlQuery& q = r.value();
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.urn = q.value(1).toString();
        s.status = fromCode<CaseStatus>(q.value(2).toString()).value_or(CaseStatus::OpenInvestigation);
        s.officerInCase = q.value(3).toString();
        s.complainants = q.value(4).toString();
        s.suspects = q.value(5).toString();
        s.incidentCount = q.value(6).toInt();
        s.lastIncidentUtc = fromDbTime(q.value(7));
        s.updatedUtc = fromDbTime(q.value(8));
        s.riskReviewDue = fromDbDate(q.value(9));
        s.restricted = q.value(10).toInt() != 1;
        rows.append(s);
    }
    return rows;
}

} // namespace conduct
