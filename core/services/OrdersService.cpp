#include "services/OrdersService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "rules/Charging.h"
#include "services/CareRecordSave.h"
#include "services/CaseService.h"
#include "store/ActionRepository.h"
#include "store/CareCodecs.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::OrdersService", text); }
QString day(const QDate& d) { return uktime::formatDate(d); }
} // namespace

OrdersService::OrdersService(Database& db, const Session& session) : m_work(db, session), m_session(session) {}

Result<OrdersRecords> OrdersService::load(qint64 caseId) const
{
    if (auto ref = m_work.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    auto rows = CareRecordRepository(m_work.db()).listForCase(caseId);
    if (!rows.ok()) return rows.error();
    return fromRows(rows.value());
}

OrdersRecords OrdersService::fromRows(const QList<CareRow>& rows)
{
    OrdersRecords out;
    out.bail = recordsOf<BailConditions>(rowsOfKind(rows, careKind::bail()));
    for (const QString& kind : {careKind::restrainingOrder(), careKind::stalkingProtectionOrder()})
        out.orders += recordsOf<CourtOrder>(rowsOfKind(rows, kind));
    out.breaches = recordsOf<Breach>(rowsOfKind(rows, careKind::breach()));
    std::sort(out.breaches.begin(), out.breaches.end(), [](const Breach& a, const Breach& b) { return a.occurredUtc > b.occurredUtc; });
    return out;
}

Result<BailConditions> OrdersService::saveBail(BailConditions bail)
{
    return saveCareRecord(m_work, bail, bail.caseId, QStringLiteral("bail_conditions"),
                          [&](const QList<qint64>& people) { return validateBail(bail, people); });
}

Result<CourtOrder> OrdersService::saveOrder(CourtOrder order)
{
    // Checked without the store first where possible, so the refusal comes before any work.
    if (order.protectedPersonIds.isEmpty() || order.prohibitions().isEmpty())
        if (Status s = validateOrder(order, order.protectedPersonIds + QList<qint64>{order.subjectId}); !s.ok()) return s.error();
    return saveCareRecord(m_work, order, order.caseId,
                          order.kind == OrderKind::RestrainingOrder ? QStringLiteral("restraining_order")
                                                                    : QStringLiteral("stalking_protection_order"),
                          [&](const QList<qint64>& people) { return validateOrder(order, people); });
}

Result<Breach> OrdersService::recordBreach(Breach breach)
{
    if (Status s = validateBreach(breach); !s.ok()) return s.error();
    if (breach.id != 0) return Error{tr("Breach"), tr("A recorded breach is kept as written.")};
    return m_work.inTransaction<Breach>([&]() -> Result<Breach> {
        auto ref = m_work.check(breach.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        // What was breached, for the incident's description and the flag's reason.
        auto breached = CareRecordRepository(m_work.db()).get(breach.of == BreachOf::Bail ? breach.bailId : breach.orderId);
        if (!breached.ok()) return breached.error();
        QString what;
        if (breach.of == BreachOf::Bail) {
            if (breached->kind != careKind::bail() || breached->caseId != breach.caseId)
                return Error{tr("Breached"), tr("Choose bail conditions recorded on this case.")};
            BailConditions bail;
            fromRow(breached.value(), bail);
            what = tr("Breach of pre-charge bail conditions granted on %1").arg(day(bail.grantedOn));
        } else {
            if ((breached->kind != careKind::restrainingOrder() && breached->kind != careKind::stalkingProtectionOrder()) ||
                breached->caseId != breach.caseId)
                return Error{tr("Breached"), tr("Choose an order recorded on this case.")};
            CourtOrder order;
            fromRow(breached.value(), order);
            what = order.kind == OrderKind::RestrainingOrder ? tr("Breach of restraining order") : tr("Breach of Stalking Protection Order");
        }
        const QDateTime now = Clock::nowUtc();

        // 4.13, 9.5: the breach is investigated as potential continued stalking or harassment.
        Incident incident;
        incident.caseId = breach.caseId;
        incident.startUtc = breach.occurredUtc;
        incident.endUtc = breach.endUtc;
        // A breach whose time is not known stays a date alone as an incident (issue 23).
        incident.startTimeKnown = breach.timeKnown;
        incident.endTimeKnown = breach.timeKnown;
        incident.online = breach.online;
        (breach.online ? incident.platform : incident.location) = breach.location;
        incident.behaviours = breach.behaviours;
        incident.fearOfViolence = breach.fearOfViolence;
        incident.alarmOrDistress = breach.alarmOrDistress;
        incident.alteredBehaviour = breach.alteredBehaviour;
        incident.alteredBehaviourHow = breach.alteredBehaviourHow;
        incident.description = what + QStringLiteral(": ") + breach.description;
        incident.reportedToPolice = true;
        incident.provenance = tr("Recorded as a breach (protocol 4.13, 9.5)");
        CaseService cases(m_work.db(), m_session);
        cases.setAccessJustification(m_work.justification());
        auto added = cases.addIncident(incident);
        if (!added.ok()) return added.error();
        breach.incidentId = added->id;

        ActionItem action;
        action.caseId = breach.caseId;
        action.description = tr("%1: take expeditious and robust action (4.13, 9.5). Consider further offences or an enlarged stalking "
                                "charge; the Threshold Test may now apply.").arg(what);
        action.owner = breach.actionOwner;
        action.createdUtc = now;
        action.dueDate = uktime::dateOf(now).addDays(1);
        action.origin = tr("4.13/9.5 breach");
        auto actionId = ActionRepository(m_work.db()).insert(action);
        if (!actionId.ok()) return actionId.error();
        breach.actionId = actionId.value();
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("action"), breach.actionId, {},
                                    {{QStringLiteral("origin"), action.origin}});
            !s.ok())
            return s.error();

        auto flagId = CaseFlagRepository(m_work.db()).raise(breach.caseId, flags::riskReviewDue(),
                                                            tr("%1 on %2: review the risk assessment")
                                                                .arg(what, uktime::formatDateOnly(breach.occurredUtc)),
                                                            now);
        if (!flagId.ok()) return flagId.error();
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("case_flag"), flagId.value(), {},
                                    {{QStringLiteral("code"), flags::riskReviewDue()}});
            !s.ok())
            return s.error();

        breach.recordedUtc = now;
        const CareRow row = toRow(breach);
        auto id = CareRecordRepository(m_work.db()).insert(row, now);
        if (!id.ok()) return id.error();
        breach.id = id.value();
        breach.rowVersion = 1;
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("breach"), breach.id, {}, row.data); !s.ok())
            return s.error();
        return breach;
    });
}

} // namespace conduct
