#pragma once
// The case list's data: counted, filtered, sorted and paged in SQL on indexed columns, so the
// list never loads every case into memory and stays instant at a force's scale.

#include "common/Result.h"
#include "domain/Case.h"

#include <Qt>

namespace conduct {

class Database;

enum class CaseListColumn { Urn, Status, Officer, Complainants, Suspects, Incidents, LastIncident, Updated };

struct CaseListRequest {
    QString filter;   // matches URN, any person's name, status and officer
    CaseListColumn sortColumn = CaseListColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
};

class CaseListQuery {
public:
    explicit CaseListQuery(const Database& db) : m_db(db) {}

    Result<int> count(const CaseListRequest& request) const;
    Result<QList<CaseSummary>> page(const CaseListRequest& request, int offset, int limit) const;

private:
    const Database& m_db;
};

// For LIKE patterns: the user's text matched literally, with % and _ escaped by '\'.
QString likeContains(const QString& text);

} // namespace conduct
