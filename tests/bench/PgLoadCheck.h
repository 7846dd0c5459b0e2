#pragma once
// conduct-pg-load's lost-update check: what the writers were told was committed, compared with
// what a fresh connection finds in the store afterwards.
//
// Why row_version is the detector: every committed case update is `UPDATE ... SET row_version =
// row_version + 1 WHERE id = ? AND row_version = ?`, so each one moves the version up by exactly
// one and reports the version it produced. If an update silently overwrote another (both read
// version n, both "succeeded"), two edits would report the same new version and the row would
// end one short of the number of commits. So, per case: the reported new versions are exactly
// 2..row_version, none twice, and the value stored is the one written by the edit that produced
// the final version. Adding an incident does not change row_version (it only touches
// updated_utc), but the incident_count trigger counts it, which is a second counter to check.

#include "PgLoadWorker.h"

#include <QStringList>
#include <vector>

namespace conduct {
class Database;
}

namespace conduct::pgload {

struct CheckReport {
    qint64 editsReported = 0;
    qint64 addsReported = 0;
    qint64 incidentsFound = 0;
    qint64 lostUpdates = 0;        // reported committed, but missing, overwritten or altered
    qint64 unreportedWrites = 0;   // in the store, but no writer was told they were saved
    qint64 auditExpected = 0;      // one record per committed operation, since the load began
    qint64 auditWritten = 0;       // records after the load's first sequence number
    qint64 auditTotal = 0;
    bool chainOk = false;
    QString chainProblem;
    QStringList problems;          // one line each; the first few are printed

    bool passed() const
    {
        return lostUpdates == 0 && unreportedWrites == 0 && chainOk && auditWritten == auditExpected && problems.isEmpty();
    }
};

// `initialValue` is the crime_reference every case was created with; `auditBefore` the last
// audit sequence number before any writer started.
CheckReport checkStore(const Database& db, const std::vector<const WriterLog*>& logs, const QList<qint64>& caseIds,
                       const QString& initialValue, qint64 auditBefore);

} // namespace conduct::pgload
