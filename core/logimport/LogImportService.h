#pragma once
// Saving a reviewed complainant's log: the original file as an exhibit with its SHA-256, every
// confirmed entry as an incident that names the file and row it came from, and one collection
// record in the audit trail — all in one transaction, so the store has all of it or none of it.
// Permissions are those of CaseService and EvidenceService, which it uses for each write.

#include "common/Result.h"
#include "logimport/ProposedIncident.h"
#include "security/User.h"

#include <QByteArray>

namespace conduct {
class Database;
}

namespace conduct::logimport {

struct LogImportRequest {
    qint64 caseId = 0;
    QString fileName;
    QByteArray original;          // the file exactly as read, kept as the exhibit's attachment
    QString encoding;             // as decoded, recorded in the audit record
    QString exhibitReference;     // e.g. "JD/1": the complainant's initials and a number
    QString producedBy;           // usually the complainant
    QList<ProposedIncident> incidents;
};

struct LogImportOutcome {
    qint64 exhibitId = 0;
    qint64 attachmentId = 0;
    QByteArray sha256Hex;
    QList<qint64> incidentIds;
};

// "From complainant's log: diary.csv row 14 (exhibit JD/1)", kept on each incident.
QString provenanceText(const QString& fileName, const ProposedIncident& proposal, const QString& exhibitReference);

class LogImportService {
public:
    LogImportService(Database& db, const Session& session);
    Result<LogImportOutcome> importLog(const LogImportRequest& request);

private:
    Database& m_db;
    Session m_session;
};

} // namespace conduct::logimport
