#pragma once
// Copying a whole case store into a new, empty one (issue 12): `conduct migrate-store` moves a
// unit's local SQLite file onto the force's PostgreSQL server. Every row of every table travels
// as it is, ids and audit hashes included, so relations hold and the audit chain still verifies;
// the copy is one transaction on the target, and is checked against the source afterwards.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace conduct {

class Database;

struct TableCopyCount {
    QString table;
    qint64 rows = 0;
};

struct StoreCopyReport {
    QList<TableCopyCount> tables;   // in the order copied: every table after the tables it refers to
    qint64 totalRows = 0;
    int auditRecords = 0;           // the chain verified on the target, as long as the source's
    QByteArray auditLastHash;       // the head of that chain, the same on both
    qint64 elapsedMs = 0;
};

// Told as rows are written: the table, how many of its rows are copied so far, and how many it has.
using StoreCopyProgress = std::function<void(const QString& table, qint64 copied, qint64 total)>;

// Copies `from` into `to`. Refused, with nothing changed, unless `to` holds no Conduct data, both
// are at the same schema version, and the source's own audit chain verifies. Reads `from` in one
// snapshot (so a Conduct still using it cannot make the copy inconsistent); `from` must not be
// inside a transaction. A failure while copying leaves `to` as it was. A mismatch found by the
// checks after the commit is an error too: the message says the copy is committed and names the
// table, and the target should then be emptied before trying again.
Result<StoreCopyReport> copyStore(const Database& from, Database& to, const StoreCopyProgress& progress = {});

} // namespace conduct
