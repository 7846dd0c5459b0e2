#pragma once
// Moving a case between databases as a case bundle (docs/bundle-format.md).
// - Export is a transfer, a kind of disclosure (DPA 2018 s62(1)): permission ExportCaseBundle,
//   a justification and a recipient, recorded in the audit trail in the same transaction that
//   writes the file (QSaveFile, mode 0600).
// - Import is a collection (s62(1)): permission ImportCaseBundle, every check of BundleReader
//   first, then one transaction with its audit record: the whole case or nothing. A URN that is
//   already here is refused unless the case is imported as a copy under a new URN.

#include "bundle/BundleReader.h"
#include "common/Result.h"
#include "security/User.h"
#include "services/ExportService.h"

namespace conduct {

class Database;

struct BundleExportRequest {
    QString path;
    QString passphrase;          // empty: not encrypted
    Disclosure disclosure;       // why and to whom the case goes
};

struct BundleExportOutcome {
    QString path;
    QString bundleId;
    int recordCount = 0;
    int attachmentCount = 0;
    bool encrypted = false;
};

struct BundleImportRequest {
    QString passphrase;
    QString asCopyUrn;           // empty: import under the bundle's URN
};

struct BundleImportOutcome {
    qint64 caseId = 0;
    QString urn;
    QString sourceUrn;
    QString bundleId;
    int recordCount = 0;
    int attachmentCount = 0;
};

class BundleService {
public:
    BundleService(Database& db, const Session& session) : m_db(db), m_session(session) {}

    Result<BundleExportOutcome> exportCase(qint64 caseId, const BundleExportRequest& request);

    Result<BundleImportOutcome> importFile(const QString& path, const BundleImportRequest& request);
    // All problems found are in the Error: the first names its record and field, the rest follow
    // one per line (BundleReader::summary).
    Result<BundleImportOutcome> importBytes(const QByteArray& file, const BundleImportRequest& request);

private:
    Database& m_db;
    Session m_session;
};

// Whether a bundle file asks for a passphrase (so a dialog knows to ask before importing).
Result<bool> bundleNeedsPassphrase(const QString& path);

} // namespace conduct
