#include "services/CaseWorkRecords.h"

#include "services/WithdrawalService.h"

namespace conduct {

Result<CaseWorkRecords> loadCaseWorkRecords(Database& db, const Session& session, qint64 caseId,
                                            const QString& accessJustification)
{
    CaseWorkRecords records;
    WithdrawalService withdrawals(db, session);
    withdrawals.setAccessJustification(accessJustification);
    auto w = withdrawals.list(caseId);
    if (!w.ok()) return w.error();
    records.withdrawals = w.value();
    OrdersService orders(db, session);
    orders.setAccessJustification(accessJustification);
    auto o = orders.load(caseId);
    if (!o.ok()) return o.error();
    records.orders = o.value();
    ChargingService charging(db, session);
    charging.setAccessJustification(accessJustification);
    auto c = charging.load(caseId);
    if (!c.ok()) return c.error();
    records.charging = c.value();
    VictimCareService care(db, session);
    care.setAccessJustification(accessJustification);
    auto v = care.load(caseId);
    if (!v.ok()) return v.error();
    records.care = v.value();
    return records;
}

} // namespace conduct
