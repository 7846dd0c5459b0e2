#include "services/VictimCareService.h"

#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/CareRecordSave.h"
#include "store/CareCodecs.h"
#include "store/PersonRepository.h"
#include "store/WithdrawalRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::VictimCareService", text); }

// The date of the decision after which the Victims' Right to Review applies (6.9): the latest
// charging decision when it is no further action, or a decision to discontinue after withdrawal.
// Empty when the case records neither.
Result<std::optional<QDate>> proceedingsEndedOn(const Database& db, qint64 caseId)
{
    std::optional<QDate> ended;
    auto requests = CareRecordRepository(db).list(caseId, careKind::chargingRequest());
    if (!requests.ok()) return requests.error();
    const QList<ChargingRequest> decisions = recordsOf<ChargingRequest>(requests.value());
    const ChargingRequest* latest = nullptr;
    for (const ChargingRequest& r : decisions)
        if (r.outcome != ChargingOutcome::Pending && (!latest || r.decisionOn >= latest->decisionOn)) latest = &r;
    if (latest && latest->outcome == ChargingOutcome::NoFurtherAction) ended = latest->decisionOn;
    auto withdrawals = WithdrawalRepository(db).listForCase(caseId);
    if (!withdrawals.ok()) return withdrawals.error();
    for (const StoredWithdrawal& w : withdrawals.value())
        if (w.record.decision == WithdrawalDecision::Discontinue && (!ended || w.record.decisionDate < *ended))
            ended = w.record.decisionDate;
    return ended;
}
} // namespace

VictimCareService::VictimCareService(Database& db, const Session& session) : m_work(db, session), m_session(session) {}

Result<VictimCareRecords> VictimCareService::load(qint64 caseId) const
{
    auto ref = m_work.check(caseId, Action::ViewCase);
    if (!ref.ok()) return ref.error();
    auto rows = CareRecordRepository(m_work.db()).listForCase(caseId);
    if (!rows.ok()) return rows.error();
    return load(ref.value(), rows.value());
}

Result<VictimCareRecords> VictimCareService::load(const CaseWork::Ref&, const QList<CareRow>& rows) const
{
    VictimCareRecords out;
    const QList<CareRow> plans = rowsOfKind(rows, careKind::carePlan());
    if (!plans.isEmpty()) {
        CarePlan plan;
        fromRow(plans.first(), plan);
        auto person = PersonRepository(m_work.db()).get(plan.complainantId);
        if (person.ok()) {
            plan.preferredContact = person->preferredContact;
            plan.safeContact = person->safeContact;
        }
        out.plan = plan;
    }
    out.contacts = recordsOf<ContactEntry>(rowsOfKind(rows, careKind::contact()));
    std::sort(out.contacts.begin(), out.contacts.end(),
              [](const ContactEntry& a, const ContactEntry& b) { return a.contactUtc > b.contactUtc; });
    out.referrals = recordsOf<SupportReferral>(rowsOfKind(rows, careKind::referral()));
    out.specialMeasures = recordsOf<SpecialMeasuresRecord>(rowsOfKind(rows, careKind::specialMeasures()));
    out.statements = recordsOf<VictimPersonalStatement>(rowsOfKind(rows, careKind::vps()));
    return out;
}

Result<CarePlan> VictimCareService::savePlan(CarePlan plan)
{
    if (Status s = validateCarePlan(plan); !s.ok()) return s.error();
    return m_work.inTransaction<CarePlan>([&]() -> Result<CarePlan> {
        if (plan.vrrInformationGivenOn.isValid()) {
            auto ended = proceedingsEndedOn(m_work.db(), plan.caseId);
            if (!ended.ok()) return ended.error();
            if (Status s = checkRightToReviewDate(plan.vrrInformationGivenOn, ended.value()); !s.ok()) return s.error();
        }
        auto person = PersonRepository(m_work.db()).get(plan.complainantId);
        if (!person.ok()) return person.error();
        if (person->caseId != plan.caseId) return Error{tr("Complainant"), tr("Choose a complainant of this case.")};
        if (plan.id == 0) {
            // One plan per case: a second "new" plan replaces the first rather than duplicating it.
            auto existing = CareRecordRepository(m_work.db()).list(plan.caseId, careKind::carePlan());
            if (!existing.ok()) return existing.error();
            if (!existing->isEmpty()) {
                plan.id = existing->first().id;
                plan.rowVersion = existing->first().rowVersion;
            }
        }
        auto saved = saveCareRecord(m_work, plan, plan.caseId, QStringLiteral("care_plan"), personOfCase(plan.complainantId, tr("Complainant")));
        if (!saved.ok()) return saved;
        if (person->preferredContact != plan.preferredContact || person->safeContact != plan.safeContact) {
            Person edited = person.value();
            edited.preferredContact = plan.preferredContact;
            edited.safeContact = plan.safeContact;
            CaseService people(m_work.db(), m_session);
            people.setAccessJustification(m_work.justification());
            if (auto updated = people.updatePerson(edited); !updated.ok()) return updated.error();
        }
        return saved;
    });
}

Result<ContactEntry> VictimCareService::logContact(ContactEntry entry)
{
    if (Status s = validateContact(entry); !s.ok()) return s.error();
    if (entry.id != 0) return Error{tr("Contact log"), tr("Contact log entries are kept as written; add a new entry to correct one.")};
    return saveCareRecord(m_work, entry, entry.caseId, QStringLiteral("contact"), personOfCase(entry.personId, tr("Person contacted")));
}

Result<SupportReferral> VictimCareService::saveReferral(SupportReferral referral)
{
    if (Status s = validateReferral(referral); !s.ok()) return s.error();
    return saveCareRecord(m_work, referral, referral.caseId, QStringLiteral("support_referral"), personOfCase(referral.personId, tr("Person referred")));
}

Result<SpecialMeasuresRecord> VictimCareService::saveSpecialMeasures(SpecialMeasuresRecord record)
{
    if (Status s = validateSpecialMeasures(record); !s.ok()) return s.error();
    return saveCareRecord(m_work, record, record.caseId, QStringLiteral("special_measures"), personOfCase(record.personId, tr("Witness")));
}

Result<VictimPersonalStatement> VictimCareService::saveVps(VictimPersonalStatement vps)
{
    if (Status s = validateVps(vps); !s.ok()) return s.error();
    return saveCareRecord(m_work, vps, vps.caseId, QStringLiteral("victim_personal_statement"), personOfCase(vps.personId, tr("Complainant")));
}

} // namespace conduct
