#pragma once
// Writes a checked bundle (BundleReader) into a database as a new case, in ONE transaction:
// the whole case is imported or nothing is. Record ids are the source database's; each record
// gets a new id here and references are rewritten. Accounts are matched by user name; an author
// with no account here gets an inactive one that cannot sign in (CaseTransferStore).
// The other database's audit records go to transferred_audit_records, never into audit_log.

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

// `urn` is the URN to give the case (already checked to be free). Call inside a transaction.
Result<ImportedCase> insertCase(Database& db, const Bundle& bundle, const QString& urn);

} // namespace conduct::bundle
