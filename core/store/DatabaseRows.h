#pragma once
// A finished query's rows, copied out of the statement that read them (issue 28). On PostgreSQL
// Database::exec() runs each parameterised read from a statement prepared once per connection and
// kept, as write() does: Qt's driver otherwise sends PREPARE and DEALLOCATE around every query,
// two extra round trips out of three. A kept statement may be run again by the next exec() of the
// same text while a caller still reads the first result (nested loops, a result held across calls),
// so it never leaves Database: its rows are copied here and the caller reads the copy. Store-internal.

#include <QSqlQuery>

namespace conduct {

// Reads every row of `executed` (which has just run) and returns a query over the copy, which
// answers next(), value(), isNull(), record(), size(), numRowsAffected() and lastQuery() as the
// original would. `executed` is left finished, ready to run again.
QSqlQuery copyRowsOut(QSqlQuery& executed);

} // namespace conduct
