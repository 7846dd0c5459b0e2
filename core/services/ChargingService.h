#pragma once
// Charging and pleas (protocol 4.7–4.10, section 7) and the case's action plan and flags,
// through the permission check and audit of every case change.

#include "rules/Charging.h"
#include "services/CaseWork.h"
#include "store/CareRecordRepository.h"

namespace conduct {

struct ChargingRecords {
    QList<ActionItem> actions;            // by target date
    QList<ChargingRequest> requests;      // oldest first
    QList<PleaOffer> pleas;
    QList<CaseFlag> flags;                // open and cleared, newest first
};

class ChargingService {
public:
    ChargingService(Database& db, const Session& session);
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    Result<ChargingRecords> load(qint64 caseId) const;
    // The same for a case the caller has just checked, from its care rows of every kind already
    // read (CareRecordRepository::listForCase): the actions and flags are read here.
    Result<ChargingRecords> load(const CaseWork::Ref& checked, const QList<CareRow>& rows) const;
    Result<ActionItem> saveAction(ActionItem action);
    Result<ChargingRequest> saveRequest(ChargingRequest request);
    Result<PleaOffer> savePlea(PleaOffer plea);
    // Clears an open flag, e.g. once the risk review a breach prompted is done.
    Status clearFlag(qint64 caseId, const QString& code);

private:
    CaseWork m_work;
};

} // namespace conduct
