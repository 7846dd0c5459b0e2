#pragma once
// Reading the audit trail (DPA 2018 s62): filtered, paged queries for supervisors, the chain's
// status, and export of the filtered records to CSV. Only ReadAuditTrail may do any of it, and an
// export is itself recorded as a disclosure with its reason and recipient.

#include "common/Result.h"
#include "security/AuditLog.h"
#include "security/User.h"

#include <QList>

namespace conduct {

class Database;

struct AuditPage {
    QList<AuditRecord> records;   // oldest first within the page
    qint64 total = 0;             // records matching the filter, across all pages
    int offset = 0;
};

class AuditQueryService {
public:
    static constexpr int maxPageSize = 1000;

    AuditQueryService(Database& db, const Session& session);

    Result<AuditPage> find(const AuditFilter& filter, int offset, int limit) const;
    // Checks the whole chain (see AuditLog::verify).
    Result<VerifyResult> verifyChain() const;
    // Writes every record matching the filter to `path` as CSV (atomically, through QSaveFile),
    // and records the export as a disclosure. Returns how many records were written.
    Result<qint64> exportCsv(const AuditFilter& filter, const QString& path, const QString& justification,
                             const QString& recipient) const;

private:
    Database& m_db;
    Session m_session;
};

// The CSV text for these records: a header row, then one row per record. Cells that a spreadsheet
// would run as a formula (starting =, +, -, @) are prefixed with an apostrophe.
QByteArray auditCsv(const QList<AuditRecord>& records);

// A one-line summary of a chain check for people: "Chain intact: 42 records." or the problem.
QString chainStatusText(const VerifyResult& result);

} // namespace conduct
