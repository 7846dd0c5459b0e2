#include "store/CaseListQuery.h"

#include "common/Clock.h"
#include "search/NameMatching.h"
#include "security/Permissions.h"
#include "store/AccessGrantRepository.h"
#include "store/Database.h"
#include "store/SqliteWrites.h"
#include "store/server/ServerRowSecurity.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

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

// "Find case" ignores case and accents on both engines, with the folding of the incident
// full-text search (issue 30; SchemaSearch.cpp): "cafe" and "CAFÉ" both find "Café".
// PostgreSQL: unaccent, which the search schema (v3) installs in every store, on both sides.
// SQLite: foldedText, given to the connection as the SQL function conduct_fold (the pattern is
// folded here), with LIKE ignoring ASCII case as before.
constexpr char sqliteFoldFunction[] = "conduct_fold";

void foldForSqlite(sqlite3_context* context, int, sqlite3_value** values)
{
    sqlite3_value* value = values[0];
    if (sqlite3_value_type(value) == SQLITE_NULL) return sqlite3_result_null(context);
    const auto* utf8 = sqlite3_value_text(value);
    const int bytes = sqlite3_value_bytes(value);
    // Plain ASCII, most of a store, needs nothing: LIKE already ignores its case.
    if (std::all_of(utf8, utf8 + bytes, [](unsigned char b) { return b < 0x80; })) return sqlite3_result_value(context, value);
    const QByteArray folded = foldedText(QString::fromUtf8(reinterpret_cast<const char*>(utf8), bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// Gives the connection conduct_fold; false when it cannot (a Qt whose driver bundles another
// SQLite: SqliteWrites.h), and the filter then ignores ASCII case only, as it always had.
bool registerSqliteFold(const Database& db)
{
    if (!SqliteWrites::sharesQtDriverLibrary()) return false;
    sqlite3* connection = SqliteWrites::connectionOf(db.handle().driver()->handle());
    if (!connection) return false;
    const int rc = sqlite3_create_function_v2(connection, sqliteFoldFunction, 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              foldForSqlite, nullptr, nullptr, nullptr);
    // BUSY: statements of this connection are running, so it cannot be replaced, and is there already.
    return rc == SQLITE_OK || rc == SQLITE_BUSY;
}

// One filter test: `column` against the bound pattern, folded as `folding` says.
QString matches(CaseListFolding folding, const QString& column)
{
    switch (folding) {
    case CaseListFolding::SqliteFunction:
        return QStringLiteral("%1(%2) LIKE ? ESCAPE '\\'").arg(QLatin1String(sqliteFoldFunction), column);
    case CaseListFolding::Unaccent:
        return QStringLiteral("public.unaccent('public.unaccent'::regdictionary, %1) ILIKE "
                              "public.unaccent('public.unaccent'::regdictionary, CAST(? AS TEXT)) ESCAPE '\\'").arg(column);
    case CaseListFolding::AsciiCaseOnly: break;
    }
    return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column);
}

// The WHERE clause and its parameters for a filter text. Statuses match on their label.
QString whereClause(CaseListFolding folding, const QString& filter, QVariantList& params)
{
    const QString text = filter.trimmed();
    if (text.isEmpty()) return {};
    const QString pattern = likeContains(folding == CaseListFolding::SqliteFunction ? foldedText(text) : text);
    // people_search is blank for a case not seen in full (maskedCases), so its names never match.
    QString where = QStringLiteral(" WHERE (%1 OR %2 OR %3")
                        .arg(matches(folding, QStringLiteral("urn")), matches(folding, QStringLiteral("officer_in_case")),
                             matches(folding, QStringLiteral("people_search")));
    params << pattern << pattern << pattern.toLower();
    const QString foldedFilter = foldedText(text);
    for (const auto& status : caseStatusTable()) {
        if (foldedText(labelOf(status.value)).contains(foldedFilter)) {
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
      m_doesCaseWork(viewer.active && PermissionTable::check(viewer.roles, Action::ViewCase) != Decision::Denied),
      m_folding(db.engine() == Engine::Postgres ? CaseListFolding::Unaccent
                : registerSqliteFold(db)      ? CaseListFolding::SqliteFunction
                                              : CaseListFolding::AsciiCaseOnly)
{
}

QString CaseListQuery::maskedCases(QVariantList& params) const
{
    // A server store filters cases by this same rule on the server (ServerRowSecurity.h), so the
    // rows the list shows masked come from the owner's view, which blanks the same columns.
    if (readsThroughServerViews(m_db)) return QStringLiteral("conduct_case_list listed");
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
    const QString where = whereClause(m_folding, request.filter, params);
    auto r = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + from + where, params);
    if (!r.ok()) return r.error();
    return r->next() ? r->value(0).toInt() : 0;
}

Result<QList<CaseSummary>> CaseListQuery::page(const CaseListRequest& request, int offset, int limit) const
{
    QVariantList params;
    const QString from = maskedCases(params);
    const QString where = whereClause(m_folding, request.filter, params);
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
