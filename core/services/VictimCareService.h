#pragma once
// Victim and witness care (protocol section 6), through the permission check and audit of every
// case change. Refusals: a referral without consent (6.1), dates out of order, missing reasons.

#include "rules/VictimCare.h"
#include "services/CaseWork.h"
#include "store/CareRecordRepository.h"

#include <optional>

namespace conduct {

struct VictimCareRecords {
    std::optional<CarePlan> plan;                 // with the complainant's contact preferences
    QList<ContactEntry> contacts;                 // newest first
    QList<SupportReferral> referrals;
    QList<SpecialMeasuresRecord> specialMeasures;
    QList<VictimPersonalStatement> statements;    // VPS and addenda, oldest first
};

class VictimCareService {
public:
    VictimCareService(Database& db, const Session& session);
    void setAccessJustification(const QString& justification) { m_work.setAccessJustification(justification); }

    Result<VictimCareRecords> load(qint64 caseId) const;
    // The same for a case the caller has just checked, from its care rows of every kind already
    // read (CareRecordRepository::listForCase).
    Result<VictimCareRecords> load(const CaseWork::Ref& checked, const QList<CareRow>& rows) const;
    // One plan per complainant; the preferred and safe means of contact are saved on the Person
    // (through CaseService, in the same transaction).
    Result<CarePlan> savePlan(CarePlan plan);
    Result<ContactEntry> logContact(ContactEntry entry);
    Result<SupportReferral> saveReferral(SupportReferral referral);
    Result<SpecialMeasuresRecord> saveSpecialMeasures(SpecialMeasuresRecord record);
    Result<VictimPersonalStatement> saveVps(VictimPersonalStatement vps);

private:
    CaseWork m_work;
    Session m_session;
};

} // namespace conduct
