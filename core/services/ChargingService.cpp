#include "services/ChargingService.h"

#include "common/Clock.h"
#include "services/CareRecordSave.h"
#include "store/ActionRepository.h"
#include "store/CareCodecs.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingService", text); }

QJsonObject auditFields(const ActionItem& a)
{
    return {{QStringLiteral("description"), a.description}, {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due_date"), a.dueDate.toString(Qt::ISODate)}, {QStringLiteral("agreed_date"), a.agreedDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), actionStatusCode(a.status)}};
}

const auto noLinks = [](const QList<qint64>&) { return Status{}; };
} // namespace

ChargingService::ChargingService(Database& db, const Session& session) : m_work(db, session) {}

Result<ChargingRecords> ChargingService::load(qint64 caseId) const
{
    auto ref = m_work.check(caseId, Action::ViewCase);
    if (!ref.ok()) return ref.error();
    auto rows = CareRecordRepository(m_work.db()).listForCase(caseId);
    if (!rows.ok()) return rows.error();
    return load(ref.value(), rows.value());
}

Result<ChargingRecords> ChargingService::load(const CaseWork::Ref& checked, const QList<CareRow>& rows) const
{
    const qint64 caseId = checked.id;
    ChargingRecords out;
    auto actions = ActionRepository(m_work.db()).listForCase(caseId);
    if (!actions.ok()) return actions.error();
    out.actions = actions.value();
    out.requests = recordsOf<ChargingRequest>(rowsOfKind(rows, careKind::chargingRequest()));
    out.pleas = recordsOf<PleaOffer>(rowsOfKind(rows, careKind::pleaOffer()));
    auto flags = CaseFlagRepository(m_work.db()).listForCase(caseId);
    if (!flags.ok()) return flags.error();
    out.flags = flags.value();
    return out;
}

Result<ActionItem> ChargingService::saveAction(ActionItem action)
{
    if (!action.createdUtc.isValid()) action.createdUtc = Clock::nowUtc();
    if (action.origin.isEmpty()) action.origin = tr("action plan (4.7)");
    if (Status s = validateAction(action); !s.ok()) return s.error();
    return m_work.inTransaction<ActionItem>([&]() -> Result<ActionItem> {
        auto ref = m_work.check(action.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        const ActionRepository repo(m_work.db());
        if (action.id == 0) {
            if (Status s = m_work.touch(action.caseId); !s.ok()) return s.error();
            auto id = repo.insert(action);
            if (!id.ok()) return id.error();
            action.id = id.value();
            action.rowVersion = 1;
            if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("action"), action.id, {}, auditFields(action)); !s.ok())
                return s.error();
            return action;
        }
        auto before = repo.get(action.id);
        if (!before.ok()) return before.error();
        if (before->caseId != action.caseId) return Error{tr("Action"), tr("This action belongs to another case.")};
        // A save with no changes writes nothing (issue 30): its origin is set where it is raised.
        if (before->origin == action.origin
            && changesNothing(before->rowVersion, auditFields(before.value()), action.rowVersion, auditFields(action)))
            return before.value();
        if (Status s = m_work.touch(action.caseId); !s.ok()) return s.error();
        if (Status s = repo.update(action); !s.ok()) return s.error();
        ++action.rowVersion;
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("action"), action.id, auditFields(before.value()),
                                    auditFields(action));
            !s.ok())
            return s.error();
        return action;
    });
}

Result<ChargingRequest> ChargingService::saveRequest(ChargingRequest request)
{
    if (Status s = validateChargingRequest(request); !s.ok()) return s.error();
    return saveCareRecord(m_work, request, request.caseId, QStringLiteral("charging_request"), noLinks);
}

Result<PleaOffer> ChargingService::savePlea(PleaOffer plea)
{
    if (Status s = validatePleaOffer(plea); !s.ok()) return s.error();
    return saveCareRecord(m_work, plea, plea.caseId, QStringLiteral("plea_offer"), noLinks);
}

Status ChargingService::clearFlag(qint64 caseId, const QString& code)
{
    return m_work.inTransaction<void>([&]() -> Status {
        auto ref = m_work.check(caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto open = CaseFlagRepository(m_work.db()).open(caseId, code);
        if (!open.ok()) return open.error();
        if (!open.value()) return {};
        if (Status s = CaseFlagRepository(m_work.db()).clear(caseId, code, Clock::nowUtc()); !s.ok()) return s.error();
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("case_flag"), open.value()->id,
                                    {{QStringLiteral("open"), true}}, {{QStringLiteral("open"), false}});
            !s.ok())
            return s.error();
        return {};
    });
}

} // namespace conduct
