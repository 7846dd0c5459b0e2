#pragma once
// Bail, orders and breaches (protocol 4.11–4.13, section 9), through the permission check and
// audit of every case change.
//
// A breach (of bail conditions or of an order) is recorded, in ONE transaction, as:
//   - a new incident in the course of conduct (CaseService::addIncident), since a breach is often
//     evidence of further stalking or harassment (4.13, 9.5);
//   - an action for expeditious and robust action (4.13), owned by the officer named;
//   - the case flag flags::riskReviewDue() (rules/Charging.h), which the risk assessment screens read
//     to prompt a review: CaseFlagRepository(db).open(caseId, flags::riskReviewDue()).

#include "rules/Orders.h"
#include "services/CaseWork.h"
#include "store/CareRecordRepository.h"

namespace conduct {

struct OrdersRecords {
    QList<BailConditions> bail;
    QList<CourtOrder> orders;       // restraining orders and SPO applications
    QList<Breach> breaches;         // newest first
};

class OrdersService {
public:
    OrdersService(Database& db, const Session& session);
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    Result<OrdersRecords> load(qint64 caseId) const;
    // The same from the case's care rows of every kind (CareRecordRepository::listForCase), for a
    // caller that has just checked the case and read them once for several services.
    static OrdersRecords fromRows(const QList<CareRow>& rows);
    Result<BailConditions> saveBail(BailConditions bail);
    Result<CourtOrder> saveOrder(CourtOrder order);
    Result<Breach> recordBreach(Breach breach);

private:
    CaseWork m_work;
    Session m_session;
};

} // namespace conduct
