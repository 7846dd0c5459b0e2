#include "monitoring/MonitoringReport.h"

#include "common/UkTime.h"
#include "domain/Codes.h"
#include "rules/Withdrawal.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <functional>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Monitoring", text); }

// Risk levels in the order the report shows them; codes as the risk packs score them (RiskScoring.h).
struct LevelRow {
    const char* code;
    const char* label;
};
constexpr LevelRow riskLevels[] = {
    {"high", QT_TRANSLATE_NOOP("conduct::Monitoring", "High")},
    {"medium", QT_TRANSLATE_NOOP("conduct::Monitoring", "Medium")},
    {"standard", QT_TRANSLATE_NOOP("conduct::Monitoring", "Standard")},
};

// Charging outcomes counted as decisions (4.9): "pending" is not a decision.
constexpr ChargingOutcome decidedOutcomes[] = {ChargingOutcome::Charge, ChargingOutcome::NoFurtherAction,
                                               ChargingOutcome::FurtherEvidenceRequired};
constexpr PleaDecision pleaDecisions[] = {PleaDecision::Accepted, PleaDecision::Rejected, PleaDecision::Pending};
// A restraining order counts as applied for once it leaves draft (9.1).
constexpr OrderStatus appliedStatuses[] = {OrderStatus::Applied, OrderStatus::Granted, OrderStatus::Refused};

bool isHarassmentOnly(const OpenedCaseFacts& c)
{
    const bool harassment = c.offenceCodes.contains(toCode(Offence::Harassment_s2)) ||
                            c.offenceCodes.contains(toCode(Offence::FearOfViolence_s4));
    const bool stalking = c.offenceCodes.contains(toCode(Offence::Stalking_s2A)) ||
                          c.offenceCodes.contains(toCode(Offence::StalkingFearAlarm_s4A));
    return harassment && !stalking;
}

// Counts events and collects the cases behind them, each once, in the order first met. Opened
// cases arrive one row per case, so only event tallies (several per case) need the set.
struct Tally {
    QList<qint64> ids;
    QSet<qint64> seen;
    int events = 0;
    void add(qint64 id)
    {
        ++events;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    void addCase(qint64 id)   // one call per case: no duplicate to guard against
    {
        ++events;
        ids.append(id);
    }
};

MonitoringFigure countFigure(const QString& key, const QString& label, const Tally& t, bool countEvents = false)
{
    MonitoringFigure f;
    f.key = key;
    f.label = label;
    f.count = countEvents ? t.events : int(t.ids.size());
    f.caseIds = t.ids;
    return f;
}

MonitoringFigure medianFigure(const QString& key, const QString& label, const QList<double>& days, const QList<qint64>& ids)
{
    MonitoringFigure f;
    f.key = key;
    f.label = label;
    f.isMedian = true;
    f.medianDays = medianOf(days);
    f.count = int(days.size());
    QSet<qint64> seen;
    for (qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            f.caseIds.append(id);
        }
    return f;
}

MonitoringSection openedSection(const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("opened"), tr("Cases opened, by offence under consideration"), QStringLiteral("4.1"),
                        tr("A case counts under each offence it considers; counted by the London date it was opened."),
                        true, {}};
    Tally all;
    for (const OpenedCaseFacts& c : facts.opened) all.addCase(c.caseId);
    s.figures.append(countFigure(QStringLiteral("opened.all"), tr("All cases opened"), all));
    for (const auto& offence : offenceTable()) {
        Tally t;
        for (const OpenedCaseFacts& c : facts.opened)
            if (c.offenceCodes.contains(QLatin1String(offence.code))) t.addCase(c.caseId);
        s.figures.append(countFigure(QStringLiteral("opened.%1").arg(QLatin1String(offence.code)), labelOf(offence.value), t));
    }
    return s;
}

MonitoringSection whyNotStalkingSection(const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("why_not_stalking"), tr("Harassment cases: why not stalking"), QStringLiteral("3.10"),
                        tr("Cases opened considering harassment (s2 or s4) and not stalking (s2A or s4A)."), true, {}};
    Tally recorded, missing;
    for (const OpenedCaseFacts& c : facts.opened)
        if (isHarassmentOnly(c)) (c.whyNotStalkingRecorded ? recorded : missing).addCase(c.caseId);
    s.figures.append(countFigure(QStringLiteral("why_not_stalking.recorded"), tr("Reason recorded"), recorded));
    s.figures.append(countFigure(QStringLiteral("why_not_stalking.missing"), tr("No reason recorded"), missing));
    return s;
}

MonitoringSection riskLevelSection(const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("risk"), tr("Risk at the latest assessment"), QStringLiteral("3.7"),
                        tr("Cases opened in the period, by the level in force at their latest submitted or approved "
                           "assessment."), true, {}};
    for (const LevelRow& level : riskLevels) {
        Tally t;
        for (const OpenedCaseFacts& c : facts.opened)
            if (c.latestRiskLevel == QLatin1String(level.code)) t.addCase(c.caseId);
        s.figures.append(countFigure(QStringLiteral("risk.%1").arg(QLatin1String(level.code)), tr(level.label), t));
    }
    Tally none;
    for (const OpenedCaseFacts& c : facts.opened)
        if (c.latestRiskLevel.isEmpty()) none.addCase(c.caseId);
    s.figures.append(countFigure(QStringLiteral("risk.none"), tr("No assessment submitted"), none));
    return s;
}

MonitoringSection riskTimelinessSection(const MonitoringFacts& facts, const QDate& asOf)
{
    MonitoringSection s{QStringLiteral("risk_timeliness"), tr("Risk reviews and screening"), QStringLiteral("3.7"),
                        tr("Overdue: open cases whose review date was before %1. Median: cases opened in the period "
                           "with both an incident and a submitted screening.").arg(uktime::formatDate(asOf)),
                        false, {}};
    Tally overdue;
    for (qint64 id : facts.overdueReviewCases) overdue.add(id);
    s.figures.append(countFigure(QStringLiteral("risk.overdue"), tr("Assessments overdue for review"), overdue));
    QList<double> days;
    QList<qint64> ids;
    for (const OpenedCaseFacts& c : facts.opened)
        if (c.firstIncidentUtc.isValid() && c.firstScreeningUtc.isValid()) {
            days.append(double(c.firstIncidentUtc.secsTo(c.firstScreeningUtc)) / 86400.0);
            ids.append(c.caseId);
        }
    s.figures.append(medianFigure(QStringLiteral("risk.days_to_screening"),
                                  tr("Median days, first incident to first risk screening"), days, ids));
    return s;
}

MonitoringSection chargingSection(const MonitoringScope& scope, const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("charging"), tr("Referrals to the CPS and charging decisions"), QStringLiteral("4.9"),
                        tr("Referrals by the date requested; decisions by the date decided."), true, {}};
    Tally referrals;
    for (const ChargingRequest& r : facts.caseWork.chargingRequests)
        if (scope.contains(r.requestedOn)) referrals.add(r.caseId);
    s.figures.append(countFigure(QStringLiteral("charging.referrals"), tr("Referrals to the CPS"), referrals, true));
    QList<double> days;
    QList<qint64> ids;
    for (ChargingOutcome outcome : decidedOutcomes) {
        Tally t;
        for (const ChargingRequest& r : facts.caseWork.chargingRequests)
            if (r.outcome == outcome && scope.contains(r.decisionOn)) {
                t.add(r.caseId);
                if (r.requestedOn.isValid()) {
                    days.append(double(r.requestedOn.daysTo(r.decisionOn)));
                    ids.append(r.caseId);
                }
            }
        s.figures.append(countFigure(QStringLiteral("charging.%1").arg(chargingOutcomeCode(outcome)),
                                     tr("Decision: %1").arg(chargingOutcomeLabel(outcome)), t, true));
    }
    s.figures.append(medianFigure(QStringLiteral("charging.days_to_decision"), tr("Median days, referral to decision"), days, ids));
    return s;
}

MonitoringSection withdrawalSection(const MonitoringScope& scope, const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("withdrawal"), tr("Withdrawals of support, and what was then decided"),
                        QStringLiteral("5.3"), tr("Withdrawals by the London date the statement was taken."), true, {}};
    Tally all;
    for (const WithdrawalEventFacts& w : facts.caseWork.withdrawals)
        if (scope.containsUtc(w.statementTakenUtc)) all.add(w.caseId);
    s.figures.append(countFigure(QStringLiteral("withdrawal.all"), tr("Withdrawals of support"), all, true));
    for (WithdrawalDecision decision : allWithdrawalDecisions()) {
        Tally t;
        for (const WithdrawalEventFacts& w : facts.caseWork.withdrawals)
            if (scope.containsUtc(w.statementTakenUtc) && w.decisionCode == withdrawalDecisionCode(decision)) t.add(w.caseId);
        s.figures.append(countFigure(QStringLiteral("withdrawal.%1").arg(withdrawalDecisionCode(decision)),
                                     tr("Then: %1").arg(withdrawalDecisionLabel(decision)), t, true));
    }
    return s;
}

MonitoringSection pleaSection(const MonitoringScope& scope, const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("pleas"), tr("Pleas to harassment offered on a stalking charge"), QStringLiteral("7.2"),
                        tr("Offers by the date offered."), true, {}};
    Tally offered;
    for (const PleaOffer& p : facts.caseWork.pleaOffers)
        if (scope.contains(p.offeredOn)) offered.add(p.caseId);
    s.figures.append(countFigure(QStringLiteral("pleas.offered"), tr("Pleas offered"), offered, true));
    for (PleaDecision decision : pleaDecisions) {
        Tally t;
        for (const PleaOffer& p : facts.caseWork.pleaOffers)
            if (scope.contains(p.offeredOn) && p.decision == decision) t.add(p.caseId);
        s.figures.append(countFigure(QStringLiteral("pleas.%1").arg(pleaDecisionCode(decision)),
                                     tr("Decision: %1").arg(pleaDecisionLabel(decision)), t, true));
    }
    return s;
}

MonitoringSection ordersSection(const MonitoringScope& scope, const MonitoringFacts& facts)
{
    MonitoringSection s{QStringLiteral("orders"), tr("Restraining orders and breaches"), QStringLiteral("9.1"),
                        tr("Orders by the date applied for (no grant date is recorded, so granted orders are counted "
                           "by theirs too); breaches (4.13, 9.5) by the London date they happened."), true, {}};
    const auto applied = [&](const CourtOrder& o) {
        return std::find(std::begin(appliedStatuses), std::end(appliedStatuses), o.status) != std::end(appliedStatuses) &&
               scope.contains(o.appliedOn);
    };
    Tally appliedFor, granted;
    for (const CourtOrder& o : facts.caseWork.restrainingOrders)
        if (applied(o)) {
            appliedFor.add(o.caseId);
            if (o.status == OrderStatus::Granted) granted.add(o.caseId);
        }
    s.figures.append(countFigure(QStringLiteral("orders.applied"), tr("Restraining orders applied for"), appliedFor, true));
    s.figures.append(countFigure(QStringLiteral("orders.granted"), tr("Restraining orders granted"), granted, true));
    Tally bail, order;
    for (const Breach& b : facts.caseWork.breaches)
        if (scope.containsUtc(b.occurredUtc)) (b.of == BreachOf::Bail ? bail : order).add(b.caseId);
    s.figures.append(countFigure(QStringLiteral("breaches.bail"), tr("Breaches of bail"), bail, true));
    s.figures.append(countFigure(QStringLiteral("breaches.order"), tr("Breaches of orders"), order, true));
    return s;
}
} // namespace

QDate londonDateOf(const QDateTime& utc) { return uktime::dateOf(utc); }

MonitoringCaseFilter MonitoringScope::caseFilter() const
{
    return {uktime::startOfDayUtc(firstDay), uktime::startOfDayUtc(lastDay.addDays(1)),
            officerUserId};
}

bool MonitoringScope::contains(const QDate& londonDate) const
{
    return londonDate.isValid() && londonDate >= firstDay && londonDate <= lastDay;
}

bool MonitoringScope::containsUtc(const QDateTime& utc) const { return contains(londonDateOf(utc)); }

QString MonitoringFigure::valueText() const
{
    if (!isMedian) return QString::number(count);
    if (!medianDays) return tr("not recorded");
    return tr("%1 days").arg(*medianDays, 0, 'f', 1);
}

const MonitoringFigure* MonitoringReport::figure(const QString& key) const
{
    for (const MonitoringSection& s : sections)
        for (const MonitoringFigure& f : s.figures)
            if (f.key == key) return &f;
    return nullptr;
}

std::optional<double> medianOf(QList<double> values)
{
    if (values.isEmpty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

QDate monitoringAsOf(const MonitoringScope& scope, const QDate& todayLondon)
{
    return std::min(scope.lastDay.addDays(1), todayLondon);
}

MonitoringReport buildMonitoringReport(const MonitoringScope& scope, const MonitoringFacts& facts, const QDate& asOf)
{
    MonitoringReport report;
    report.scope = scope;
    report.asOf = asOf;
    report.sections = {openedSection(facts),          whyNotStalkingSection(facts),   riskLevelSection(facts),
                       riskTimelinessSection(facts, asOf), chargingSection(scope, facts), withdrawalSection(scope, facts),
                       pleaSection(scope, facts),     ordersSection(scope, facts)};
    return report;
}

} // namespace conduct
