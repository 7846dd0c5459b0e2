#pragma once
// Moving a case between databases as a case bundle (docs/bundle-format.md).
// - Export is a transfer, a kind of disclosure (DPA 2018 s62(1)): permission ExportCaseBundle,
//   a justification and a recipient, recorded in the audit trail in the same transaction that
//   writes the file (QSaveFile, mode 0600).
// - Import is a collection (s62(1)): permission ImportCaseBundle, every check of BundleReader
//   first, then one transaction with its audit record: the whole case or nothing. A URN that is
//   already here is refused unless the case is imported as a copy under a new URN. A refused
//   import is audited too, in its own transaction, with the reason.
// - Bundles are signed with this database's key (issue 24). The importer says who signed, with the
//   key's fingerprint, and whether an administrator marked that key trusted; "trusted" only removes
//   the warning. Whatever the signature, what the bundle carries is history, never authority
//   (BundleImporter).

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
    QString signerFingerprint;   // this database's key
    QString sourceDatabase;      // this database's name, as the bundle gives it
    int recordCount = 0;
    int attachmentCount = 0;
    bool encrypted = false;
};

struct BundleImportRequest {
    QString passphrase;
    QString asCopyUrn;           // empty: import under the bundle's URN
};

// Where a bundle says it came from, checked: what an officer is shown before importing it and
// what the CLI prints.
struct BundleOrigin {
    int formatVersion = 0;
    bool isSigned = false;
    QString signerFingerprint;   // groups of four hex digits; empty when unsigned
    QString signerDatabase;      // the name the signer gives its database; empty when unsigned
    bool trusted = false;        // an administrator here marked the key trusted
    QString trustedLabel;        // their label for it
    QString sourceLabel;         // how imported history names the source (transferred_from)
    QString bundleId;
    QString urn;
    QString exportedBy;
    QString exportedUtc;

    // Sentences for the officer: who signed, whether trusted (else a warning), and that reviews
    // and approvals arrive as history only.
    QString signatureText() const;
    QString historyText() const;
};

struct BundleImportOutcome {
    BundleOrigin origin;
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

    // Every check of the import, nothing written: where the bundle came from, for the officer to
    // see before confirming. (A bundle that fails here would be refused, and is, by the import.)
    Result<BundleOrigin> inspectFile(const QString& path, const QString& passphrase);
    Result<BundleOrigin> inspectBytes(const QByteArray& file, const QString& passphrase);

private:
    Result<BundleOrigin> originOf(const bundle::Bundle& checked) const;
    // The refusal's own audit record; `error` comes back, with a note if it could not be recorded.
    Error auditRefusal(const QByteArray& file, const bundle::Provenance& claimed, const Error& error);

    Database& m_db;
    Session m_session;
};

// Whether a bundle file asks for a passphrase (so a dialog knows to ask before importing).
Result<bool> bundleNeedsPassphrase(const QString& path);

} // namespace conduct
