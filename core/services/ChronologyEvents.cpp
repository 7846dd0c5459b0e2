#include "services/ChronologyEvents.h"

#include "common/UkTime.h"
#include "services/RiskAssessmentService.h"

#include <QCoreApplication>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChronologyEvents", text); }

// Dates recorded without a time sit at UK midday, so that they fall on their day on the axis;
// they are printed as the date alone (timeKnown false).
QDateTime ukMidday(const QDate& date) { return londonToUtc(date, QTime(12, 0)).utcReadings.first(); }

QString capitalised(QString level)
{
    if (!level.isEmpty()) level[0] = level[0].toUpper();
    return level;
}

// "dash-2009" → "DASH", "s-dash-2014" → "S-DASH": the pack id without its trailing year or version.
QString formShortName(const QString& packId)
{
    QStringList parts = packId.split(u'-');
    const auto numeric = [](const QString& part) {
        return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
    };
    while (parts.size() > 1 && numeric(parts.last())) parts.removeLast();
    return parts.join(u'-').toUpper();
}

void addRisk(const QList<RiskAssessment>& assessments, QList<ChronologyEvent>& out)
{
    for (const RiskAssessment& a : assessments) {
        if (!a.submittedUtc.isValid()) continue;   // drafts are not yet an assessment of the risk
        const QString form = formShortName(a.packId);
        const QString level = a.currentLevel();
        out.append({a.submittedUtc, QStringLiteral("risk"),
                    level.isEmpty() ? tr("%1 v%2").arg(form).arg(a.versionNo)
                                    : tr("%1 v%2: %3").arg(form).arg(a.versionNo).arg(capitalised(level))});
    }
}

void addOrders(const OrdersRecords& orders, QList<ChronologyEvent>& out)
{
    for (const BailConditions& b : orders.bail)
        if (b.grantedOn.isValid()) out.append({ukMidday(b.grantedOn), QStringLiteral("bail"), tr("Bail with conditions"), false});
    for (const CourtOrder& o : orders.orders)
        if (o.appliedOn.isValid())
            out.append({ukMidday(o.appliedOn), QStringLiteral("order"),
                        o.kind == OrderKind::RestrainingOrder ? tr("Restraining order applied for")
                                                              : tr("Stalking Protection Order applied for"),
                        false});
    for (const Breach& b : orders.breaches)
        if (b.occurredUtc.isValid())
            out.append({b.occurredUtc, QStringLiteral("breach"), b.of == BreachOf::Bail ? tr("Breach of bail") : tr("Breach of order"),
                        b.timeKnown});
}

void addCharging(const ChargingRecords& charging, QList<ChronologyEvent>& out)
{
    for (const ChargingRequest& r : charging.requests) {
        if (r.requestedOn.isValid()) out.append({ukMidday(r.requestedOn), QStringLiteral("charge"), tr("Referred to the CPS"), false});
        if (r.outcome != ChargingOutcome::Pending && r.decisionOn.isValid())
            out.append({ukMidday(r.decisionOn), QStringLiteral("charge"), tr("CPS: %1").arg(chargingOutcomeLabel(r.outcome)), false});
    }
}

void addWithdrawals(const QList<Withdrawal>& withdrawals, QList<ChronologyEvent>& out)
{
    for (const Withdrawal& w : withdrawals)
        if (w.statementTakenUtc.isValid())
            out.append({w.statementTakenUtc, QStringLiteral("withdrawal"), tr("Withdrawal of support")});
}
} // namespace

QList<ChronologyEvent> chronologyEvents(const QList<RiskAssessment>& assessments, const CaseWorkRecords& records)
{
    QList<ChronologyEvent> out;
    addRisk(assessments, out);
    addOrders(records.orders, out);
    addCharging(records.charging, out);
    addWithdrawals(records.withdrawals, out);
    std::stable_sort(out.begin(), out.end(), [](const ChronologyEvent& a, const ChronologyEvent& b) { return a.whenUtc < b.whenUtc; });
    return out;
}

Result<QList<ChronologyEvent>> loadChronologyEvents(Database& db, const Session& session, qint64 caseId,
                                                    const QString& accessJustification)
{
    RiskAssessmentService risk(db, session);
    risk.setAccessJustification(accessJustification);
    auto assessments = risk.history(caseId);
    if (!assessments.ok()) return assessments.error();
    auto records = loadCaseWorkRecords(db, session, caseId, accessJustification);
    if (!records.ok()) return records.error();
    return chronologyEvents(assessments.value(), records.value());
}

} // namespace conduct
