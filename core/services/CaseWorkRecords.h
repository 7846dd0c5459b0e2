#pragma once
// Everything the Withdrawal, Victim care, Bail & orders and Charging tabs record on one case,
// loaded through their services after one permission check (with the access justification).
// The advisor and the chronology read it.

#include "common/Result.h"
#include "rules/Withdrawal.h"
#include "security/User.h"
#include "services/ChargingService.h"
#include "services/OrdersService.h"
#include "services/VictimCareService.h"

namespace conduct {

class Database;

struct CaseWorkRecords {
    QList<Withdrawal> withdrawals;
    OrdersRecords orders;
    ChargingRecords charging;
    VictimCareRecords care;
};

Result<CaseWorkRecords> loadCaseWorkRecords(Database& db, const Session& session, qint64 caseId,
                                            const QString& accessJustification);
// The same for a case the caller has just checked (CaseAccess::check, for viewing): no second
// check. The reference is for this one load; a later load checks again, so a grant that has ended
// or a sign-out in between is refused as always.
Result<CaseWorkRecords> loadCaseWorkRecords(Database& db, const Session& session, const CaseAccess::Ref& checked);

} // namespace conduct
