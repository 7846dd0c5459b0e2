#pragma once
// Everything the Withdrawal, Victim care, Bail & orders and Charging tabs record on one case,
// loaded through their services (so the permission check and the access justification apply).
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

} // namespace conduct
