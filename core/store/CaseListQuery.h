#pragma once
// The case list's data: counted, filtered, sorted and paged in SQL on indexed columns, so the
// list never loads every case into memory and stays instant at a force's scale.
//
// Need to know (issue 24): the list is read as one viewer. For a case the viewer does not see in
// full (AccessGrantRepository's rule) the query itself blanks the complainant and suspect names
// and flags the row; a filter never matches those cases on the names it cannot show, and sorting
// by name sorts them as blank, so neither the rows nor their order give the names away.

#include "common/Result.h"
#include "domain/Case.h"
#include "security/User.h"

#include <Qt>

namespace conduct {

class Database;

enum class CaseListColumn { Urn, Status, Officer, Complainants, Suspects, Incidents, LastIncident, Updated };

struct CaseListRequest {
    QString filter;   // matches URN, status and officer, and any person's name in cases seen in full,
                      // ignoring case and accents ("cafe" finds "Café")
    CaseListColumn sortColumn = CaseListColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// How the filter ignores case and accents on this connection (see CaseListQuery.cpp).
enum class CaseListFolding { SqliteFunction, Unaccent, AsciiCaseOnly };

class CaseListQuery {
public:
    // An account whose roles do no case work (an administrator only) sees every case masked,
    // whatever team it has been put in.
    CaseListQuery(const Database& db, const User& viewer);

    Result<int> count(const CaseListRequest& request) const;
    Result<QList<CaseSummary>> page(const CaseListRequest& request, int offset, int limit) const;

private:
    // The cases, each with its names blanked unless the viewer sees it in full, as a table to select from.
    QString maskedCases(QVariantList& params) const;

    const Database& m_db;
    qint64 m_viewer;
    bool m_doesCaseWork;
    CaseListFolding m_folding;
};

// For LIKE patterns: the user's text matched literally, with % and _ escaped by '\'.
QString likeContains(const QString& text);

} // namespace conduct
