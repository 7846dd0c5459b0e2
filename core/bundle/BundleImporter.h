#pragma once
// Writes a checked bundle (BundleReader) into a database as a new case, in ONE transaction:
// the whole case is imported or nothing is. Record ids are the source database's; each record
// gets a new id here and references are rewritten. The other database's audit records go to
// transferred_audit_records, never into audit_log.
// History, never authority (issue 24): the bundle's accounts are never matched to accounts here by
// name; each becomes an inactive account marked with the source database (CaseTransferStore).
// Its risk assessments arrive marked with the source; those submitted or approved there arrive
// submitted, so a supervisor here reviews the risk level again; and its reviews arrive as
// transferred_reviews, never as reviews here. The case's officer is the one who imports it.

#include "bundle/BundleReader.h"
#include "common/Result.h"

namespace conduct {
class Database;
}

namespace conduct::bundle {

struct ImportedCase {
    qint64 caseId = 0;
    QString urn;          // as imported: the bundle's, or the new one for a copy
    QString sourceUrn;    // as in the bundle
    int recordCount = 0;
    int attachmentCount = 0;
};

struct ImportContext {
    QString sourceDatabase;     // how this database names where the bundle came from (transferred_from)
    qint64 importerUserId = 0;  // becomes the officer in the case
};

// `urn` is the URN to give the case (already checked to be free). Call inside a transaction.
Result<ImportedCase> insertCase(Database& db, const Bundle& bundle, const QString& urn, const ImportContext& context);

} // namespace conduct::bundle
