#include "services/CareCaseFile.h"

#include "common/UkTime.h"
#include "rules/Withdrawal.h"
#include "store/ActionRepository.h"
#include "store/CareCodecs.h"
#include "store/Database.h"
#include "store/WithdrawalRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CareCaseFile", text); }
QString day(const QDate& d) { return uktime::formatDate(d); }

// The shipped packs' item ids; a force's adapted pack keeps them for the points it retains.
QString answer(const QJsonObject& answers, const char* id)
{
    return answers.value(QString::fromLatin1(id)).toObject().value(QStringLiteral("value")).toString();
}

// The officer's report's "Circumstances of the withdrawal" (mg-forms §7.3: date, time, place, who
// was present, who initiated contact), from what the withdrawal tab records; a part not recorded
// is said to be, never left out silently.
QString withdrawalCircumstances(const Withdrawal& w)
{
    QStringList parts;
    parts << tr("Withdrawal statement taken on %1 by %2, %3.")
                 .arg(uktime::formatDateTime(w.statementTakenUtc), w.statementTakenBy,
                      w.statementTakenAt.isEmpty() ? tr("place not recorded") : tr("at %1").arg(w.statementTakenAt));
    parts << (w.presentAtStatement.isEmpty() ? tr("Others present: not recorded.")
                                             : tr("Others present: %1.").arg(w.presentAtStatement));
    parts << (w.contactInitiatedBy.isEmpty() ? tr("Contact initiated by: not recorded.")
                                             : tr("Contact initiated by: %1.").arg(w.contactInitiatedBy));
    if (w.pressureSuspected) parts << tr("Pressure or fear suspected (protocol 5.5): %1").arg(w.pressureDetail);
    return parts.join(QLatin1Char('\n'));
}

// Earlier withdrawals recorded on the case, oldest first (the DA evidential checklist asks "Have
// they previously retracted?").
QString previousWithdrawals(const QList<StoredWithdrawal>& all)
{
    if (all.size() < 2) return tr("None recorded on this case.");
    QStringList lines;
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const Withdrawal& w = all.at(i).record;
        lines << tr("Statement taken %1 by %2; decision: %3.")
                     .arg(uktime::formatDateTime(w.statementTakenUtc), w.statementTakenBy, withdrawalDecisionLabel(w.decision));
    }
    return lines.join(QLatin1Char('\n'));
}

SpecialMeasuresAssessment toMg2(const SpecialMeasuresRecord& r)
{
    SpecialMeasuresAssessment a;
    a.personId = r.personId;
    a.fearOrDistress = r.intimidated;   // s17: fear or distress about testifying
    a.evidenceOfEligibility = r.eligibilityEvidence;
    const auto wanted = [&](SpecialMeasure m) { return r.measuresWanted.contains(m); };
    a.screens = wanted(SpecialMeasure::Screens);
    a.liveLink = wanted(SpecialMeasure::LiveLink);
    a.evidenceInPrivate = wanted(SpecialMeasure::EvidenceInPrivate);
    a.removalOfWigsAndGowns = wanted(SpecialMeasure::RemovalOfWigsAndGowns);
    a.visuallyRecordedInterview = wanted(SpecialMeasure::VisuallyRecordedInterview);
    a.intermediary = wanted(SpecialMeasure::Intermediary);
    a.aidsToCommunication = wanted(SpecialMeasure::AidsToCommunication);
    a.preRecordedCrossExamination = wanted(SpecialMeasure::PreRecordedCrossExamination);
    a.viewsOnMeasures = r.complainantViews;
    a.effectOnQuality = r.effectOnQuality;
    a.viewsOnEligibility = r.viewsOnEligibility;
    a.viewsOnQualityImprovement = r.viewsOnQualityImprovement;
    a.otherPartiesViews = r.otherPartiesViews;
    a.supportingMaterial = r.supportingMaterial;
    a.supportingMaterialList = r.supportingMaterialList;
    a.meetingRequired = r.meetingRequired;
    if (!a.meetingRequired && r.earlyMeetingOn.isValid()) a.meetingRequired = true;   // 6.6: a meeting was arranged
    a.interpreterNeeds = r.communicationNeeds;
    a.assessedOn = r.discussedOn;
    a.supporterName = r.supporter;
    return a;
}

QString termText(const OrderTerm& t)
{
    if (!t.isAddress()) return t.text;
    return t.verifiedOn.isValid() ? tr("Not to attend %1 (address verified %2)").arg(t.text, day(t.verifiedOn))
                                  : tr("Not to attend %1 (address NOT YET VERIFIED)").arg(t.text);
}
} // namespace

Status fillCareData(const Database& db, qint64 caseId, CaseFile& file)
{
    const CareRecordRepository repo(db);

    auto measures = repo.list(caseId, careKind::specialMeasures());
    if (!measures.ok()) return measures.error();
    for (const SpecialMeasuresRecord& r : recordsOf<SpecialMeasuresRecord>(measures.value())) file.specialMeasures.append(toMg2(r));

    auto withdrawals = WithdrawalRepository(db).listForCase(caseId);
    if (!withdrawals.ok()) return withdrawals.error();
    if (!withdrawals->isEmpty()) {
        const StoredWithdrawal& latest = withdrawals->last();
        const Withdrawal& w = latest.record;
        WithdrawalStatementInfo s;
        s.complainantId = w.complainantId;
        // The MG11's occupation and the date of the original statement come from the person record (issue 22).
        for (const Person& p : file.people)
            if (p.id == w.complainantId) {
                s.occupation = p.occupation;
                s.originalStatementDate = p.statementDate;
            }
        s.reasons = answer(latest.statementJson, "p1");
        s.amendmentExplanation = answer(latest.statementJson, "p2");
        s.originalComplaintTrue = answer(latest.statementJson, "p3");
        s.pressure = answer(latest.statementJson, "p4");
        s.discussedWith = answer(latest.statementJson, "p5");
        s.civilAction = answer(latest.statementJson, "p6");
        s.takenUtc = w.statementTakenUtc;
        s.takenBy.name = w.statementTakenBy;
        s.takenAt = w.statementTakenAt;
        file.withdrawalStatement = s;
        if (!latest.reportJson.isEmpty()) {
            OfficerWithdrawalReportInfo r;
            r.circumstances = withdrawalCircumstances(w);
            r.previousWithdrawals = previousWithdrawals(withdrawals.value());
            r.viewsOnCase = answer(latest.reportJson, "p1");
            r.howToProceed = answer(latest.reportJson, "p2");
            r.reactionToCompulsion = answer(latest.reportJson, "p3");
            r.risks = answer(latest.reportJson, "p4");
            r.supportAvailable = answer(latest.reportJson, "p5");
            r.supportOrganisationViews = answer(latest.reportJson, "p6");
            r.impactOfProceeding = answer(latest.reportJson, "p7");
            if (w.decision == WithdrawalDecision::ProceedWithoutComplainant) r.otherEvidence = w.decisionReasons;
            r.officer.name = w.reportBy;
            r.reportDate = w.reportDate;
            file.withdrawalReport = r;
        }
    }

    auto orders = repo.list(caseId, careKind::restrainingOrder());
    if (!orders.ok()) return orders.error();
    if (!orders->isEmpty()) {
        CourtOrder o;
        fromRow(orders->last(), o);
        RestrainingOrderDraft d;
        d.basis = o.basis == OrderBasis::OnAcquittal ? tr("On acquittal (s.5A PHA 1997)") : tr("On conviction (s.360 SA 2020)");
        d.protectedPersonIds = o.protectedPersonIds;
        for (const OrderTerm& t : o.prohibitions()) d.prohibitions.append(termText(t));
        d.duration = o.untilFurtherOrder ? tr("Until further order") : tr("Until %1").arg(day(o.fixedUntil));
        d.victimViews = o.complainantViews;
        file.restrainingOrder = d;
    }

    auto actions = ActionRepository(db).listForCase(caseId);
    if (!actions.ok()) return actions.error();
    for (const ActionItem& a : actions.value())
        if (a.status != ActionStatus::Cancelled)
            file.actionPlan.append(ActionPlanItem{a.description, a.targetDate(), a.owner, a.status == ActionStatus::Done});

    auto requests = repo.list(caseId, careKind::chargingRequest());
    if (!requests.ok()) return requests.error();
    if (!requests->isEmpty()) {
        ChargingRequest latest;
        fromRow(requests->last(), latest);
        if (!file.charging) file.charging = ChargingInfo{};
        file.charging->testSought = latest.test == CodeTest::Threshold ? ChargingTest::Threshold : ChargingTest::FullCode;
        if (latest.outcome != ChargingOutcome::Pending) {
            file.charging->cpsOutcome = chargingOutcomeLabel(latest.outcome);
            file.charging->cpsDecisionOn = latest.decisionOn;
            file.charging->cpsDecisionDetail = latest.decisionDetail;
        }
    }
    return {};
}

} // namespace conduct
