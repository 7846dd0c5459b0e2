#pragma once
// The baselines: the same inserts and queries through SQLite's C API with prepared statements,
// with no Qt, no validation and no audit, measured in the same run as Conduct's own path.

#include "services/CaseService.h"

#include <QString>

namespace conduct::bench {

// Inserts the incidents of `cases` into an existing Conduct database's incidents table (one
// transaction, one prepared statement), each under a case row inserted the same way.
// Returns the elapsed milliseconds, or a negative number on failure (message in `error`).
double rawInsertCases(const QString& databasePath, const QList<CaseImport>& cases, QString* error);

// Opens the database and reads the first page of the case list, as the list's query does.
double rawFirstPage(const QString& databasePath, int pageSize, QString* error);

} // namespace conduct::bench
