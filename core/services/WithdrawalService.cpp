#include "services/WithdrawalService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "forms/FormPackLoader.h"
#include "store/ActionRepository.h"
#include "store/WithdrawalRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::WithdrawalService", text); }

const QList<FormPack>& shippedTemplates()
{
    static const QList<FormPack> packs = loadShippedFormPacks().packs;
    return packs;
}

// What the audit trail keeps: the decision and the flags, not the complainant's words.
QJsonObject auditFields(const Withdrawal& w)
{
    return {{QStringLiteral("complainant_id"), QString::number(w.complainantId)},
            {QStringLiteral("statement_pack"), QStringLiteral("%1 v%2").arg(w.statementPackId).arg(w.statementPackVersion)},
            {QStringLiteral("statement_points_answered"), int(w.statement.items.size())},
            {QStringLiteral("report_pack"), QStringLiteral("%1 v%2").arg(w.reportPackId).arg(w.reportPackVersion)},
            {QStringLiteral("report_points_answered"), int(w.report.items.size())},
            {QStringLiteral("pressure_suspected"), w.pressureSuspected},
            {QStringLiteral("safety_enquiries_on"), w.safetyEnquiriesOn.toString(Qt::ISODate)},
            {QStringLiteral("decision"), withdrawalDecisionCode(w.decision)},
            {QStringLiteral("decision_date"), w.decisionDate.toString(Qt::ISODate)}};
}
} // namespace

WithdrawalService::WithdrawalService(Database& db, const Session& session, QList<FormPack> packs)
    : m_work(db, session), m_packs(packs.isEmpty() ? shippedTemplates() : std::move(packs))
{
}

Result<FormPack> WithdrawalService::packFor(const QString& id, int version) const
{
    const FormPack* best = nullptr;
    for (const FormPack& p : m_packs) {
        if (p.id != id) continue;
        if (version != 0 && p.version == version) return p;
        if (!best || p.version > best->version) best = &p;
    }
    if (!best)
        return Error{tr("Form pack"), tr("The form pack \"%1\" is not installed. Ask your administrator to import it.").arg(id)};
    return *best;
}

Result<Withdrawal> WithdrawalService::parsed(const StoredWithdrawal& stored) const
{
    Withdrawal w = stored.record;
    // Read with the pack version it was written with when that is installed; a later version of
    // the same pack reads it too as long as it still has the items answered.
    auto statementPack = packFor(w.statementPackId, w.statementPackVersion);
    if (!statementPack.ok()) return statementPack.error();
    auto statement = answersFromJson(statementPack.value(), stored.statementJson);
    if (!statement.ok()) return Error{tr("Withdrawal statement"), statement.error().text()};
    w.statement = statement.value();
    if (!stored.reportJson.isEmpty()) {
        auto reportPack = packFor(w.reportPackId, w.reportPackVersion);
        if (!reportPack.ok()) return reportPack.error();
        auto report = answersFromJson(reportPack.value(), stored.reportJson);
        if (!report.ok()) return Error{tr("Officer's report"), report.error().text()};
        w.report = report.value();
    }
    return w;
}

Result<QList<Withdrawal>> WithdrawalService::list(qint64 caseId) const
{
    auto ref = m_work.check(caseId, Action::ViewCase);
    if (!ref.ok()) return ref.error();
    return list(ref.value());
}

Result<QList<Withdrawal>> WithdrawalService::list(const CaseWork::Ref& checked) const
{
    auto stored = WithdrawalRepository(m_work.db()).listForCase(checked.id);
    if (!stored.ok()) return stored.error();
    QList<Withdrawal> out;
    for (const StoredWithdrawal& s : stored.value()) {
        auto w = parsed(s);
        if (!w.ok()) return w.error();
        out.append(w.value());
    }
    return out;
}

Status WithdrawalService::raisePressure(const CaseWork::Ref& ref, const Withdrawal& w)
{
    const QDateTime now = Clock::nowUtc();
    ActionItem action;
    action.caseId = w.caseId;
    action.description = tr("Investigate suspected pressure on the complainant (5.5): assess the support offered and whether a "
                            "specialist support service could make a difference. %1").arg(w.pressureDetail.simplified());
    action.owner = m_work.session().user.displayName;
    action.createdUtc = now;
    action.dueDate = uktime::dateOf(now).addDays(7);
    action.origin = tr("5.5 suspected pressure");
    auto actionId = ActionRepository(m_work.db()).insert(action);
    if (!actionId.ok()) return actionId.error();
    if (Status s = m_work.audit(AuditAction::Create, ref, QStringLiteral("action"), actionId.value(), {},
                                {{QStringLiteral("origin"), action.origin}, {QStringLiteral("due_date"), action.dueDate.toString(Qt::ISODate)}});
        !s.ok())
        return s;
    auto flagId = CaseFlagRepository(m_work.db()).raise(w.caseId, flags::suspectedPressure(),
                                                        tr("Complainant may have been pressurised or be frightened (5.5)"), now);
    if (!flagId.ok()) return flagId.error();
    return m_work.audit(AuditAction::Create, ref, QStringLiteral("case_flag"), flagId.value(), {},
                        {{QStringLiteral("code"), flags::suspectedPressure()}});
}

Result<Withdrawal> WithdrawalService::save(Withdrawal w)
{
    // New statements and reports are written with the current pack; saved ones keep theirs.
    if (w.statementPackVersion == 0) {
        auto pack = statementPack();
        if (!pack.ok()) return pack.error();
        w.statementPackId = pack->id;
        w.statementPackVersion = pack->version;
    }
    if (w.reportPackVersion == 0 && w.hasReport()) {
        auto pack = reportPack();
        if (!pack.ok()) return pack.error();
        w.reportPackId = pack->id;
        w.reportPackVersion = pack->version;
    }
    auto statementPackUsed = packFor(w.statementPackId, w.statementPackVersion);
    if (!statementPackUsed.ok()) return statementPackUsed.error();
    auto reportPackUsed = packFor(w.reportPackId, w.reportPackVersion);
    if (!reportPackUsed.ok()) return reportPackUsed.error();
    if (Status s = validateWithdrawal(w, statementPackUsed.value(), reportPackUsed.value()); !s.ok()) return s.error();

    return m_work.inTransaction<Withdrawal>([&]() -> Result<Withdrawal> {
        auto ref = m_work.check(w.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto people = m_work.personIds(w.caseId);
        if (!people.ok()) return people.error();
        if (!people->contains(w.complainantId))
            return Error{tr("Complainant"), tr("The complainant must be one of the people of this case.")};
        const WithdrawalRepository repo(m_work.db());
        bool pressureWasSuspected = false;
        QJsonObject before;
        if (w.id == 0) {
            if (Status s = m_work.touch(w.caseId); !s.ok()) return s.error();
            auto id = repo.insert(w);
            if (!id.ok()) return id.error();
            w.id = id.value();
            w.rowVersion = 1;
            if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("withdrawal"), w.id, {}, auditFields(w)); !s.ok())
                return s.error();
        } else {
            auto old = repo.get(w.id);
            if (!old.ok()) return old.error();
            if (old->record.caseId != w.caseId) return Error{tr("Withdrawal"), tr("This withdrawal belongs to another case.")};
            // A save with no changes writes nothing (issue 30; see changesNothing).
            if (WithdrawalRepository::storesUnchanged(old.value(), w)) return w;
            if (Status s = m_work.touch(w.caseId); !s.ok()) return s.error();
            pressureWasSuspected = old->record.pressureSuspected;
            auto oldParsed = parsed(old.value());
            before = oldParsed.ok() ? auditFields(oldParsed.value()) : QJsonObject{};
            if (Status s = repo.update(w); !s.ok()) return s.error();
            ++w.rowVersion;
            if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("withdrawal"), w.id, before, auditFields(w)); !s.ok())
                return s.error();
        }
        if (w.pressureSuspected && !pressureWasSuspected)
            if (Status s = raisePressure(ref.value(), w); !s.ok()) return s.error();
        return w;
    });
}

} // namespace conduct
