#include "services/CaseWorkRecords.h"

#include "services/WithdrawalService.h"

namespace conduct {

Result<CaseWorkRecords> loadCaseWorkRecords(Database& db, const Session& session, qint64 caseId,
                                            const QString& accessJustification)
{
    CaseAccess access(db, session);
    access.setJustification(accessJustification);
    auto checked = access.check(caseId, Action::ViewCase);
    if (!checked.ok()) return checked.error();
    return loadCaseWorkRecords(db, session, checked.value());
}

Result<CaseWorkRecords> loadCaseWorkRecords(Database& db, const Session& session, const CaseAccess::Ref& checked)
{
    // Four reads in all: the withdrawals, the care rows of every kind (shared by the orders,
    // charging and victim care records), the actions and the flags. Each service asking for its
    // own kinds, and checking the case again, took eighteen.
    CaseWorkRecords records;
    auto w = WithdrawalService(db, session).list(checked);
    if (!w.ok()) return w.error();
    records.withdrawals = w.value();
    auto rows = CareRecordRepository(db).listForCase(checked.id);
    if (!rows.ok()) return rows.error();
    records.orders = OrdersService::fromRows(rows.value());
    auto c = ChargingService(db, session).load(checked, rows.value());
    if (!c.ok()) return c.error();
    records.charging = c.value();
    auto v = VictimCareService(db, session).load(checked, rows.value());
    if (!v.ok()) return v.error();
    records.care = v.value();
    return records;
}

} // namespace conduct
