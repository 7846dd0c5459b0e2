#include "TestSupport.h"

#include "rules/Advisor.h"
#include "rules/ProtocolText.h"

#include <QTimeZone>
#include <functional>

using namespace conduct;

namespace {
const QDate today(2026, 3, 1);

Incident incident(int daysAgo, QList<Behaviour> behaviours, Answer altered = Answer::Yes)
{
    Incident i;
    i.startUtc = QDateTime(today.addDays(-daysAgo), QTime(12, 0), QTimeZone::utc());
    i.behaviours = behaviours;
    i.alteredBehaviour = altered;
    return i;
}

Person person(PersonRole role, const QString& surname)
{
    Person p;
    p.role = role;
    p.surname = surname;
    p.addresses = {Address{QStringLiteral("1 Example Road"), today.addDays(-3), false}};
    return p;
}

ChecklistItemRecord item(const char* pack, const QString& id, EvidenceStatus status, const QString& note = {})
{
    ChecklistItemRecord r;
    r.packId = QString::fromLatin1(pack);
    r.itemId = id;
    r.status = status;
    r.note = note;
    return r;
}

// A stalking case that meets every rule that applies to it.
AdvisorInput compliantStalkingCase()
{
    AdvisorInput in;
    in.today = today;
    in.detail.caseRecord.offences = {Offence::Stalking_s2A};
    in.detail.caseRecord.status = CaseStatus::ReferredToCps;
    Person complainant = person(PersonRole::Complainant, QStringLiteral("Fictional"));
    complainant.preferredContact = QStringLiteral("Telephone");
    Person suspect = person(PersonRole::Suspect, QStringLiteral("Placeholder"));
    suspect.domesticAbuse = true;
    in.detail.people = {complainant, suspect};
    in.detail.incidents = {incident(20, {Behaviour::Following}), incident(10, {Behaviour::Loitering})};
    in.stalkingChecklistItems = 17;
    for (int n = 1; n <= 17; ++n) in.checklist.append(item(stalkingChecklistPackId, QStringLiteral("e%1").arg(n), EvidenceStatus::Obtained));
    in.checklist.append(item(domesticAbuseChecklistPackId, QStringLiteral("a1"), EvidenceStatus::Obtained));
    in.linkedSearches = 1;
    in.enquiriesAnswered = true;
    in.risk = RiskFacts{true, QStringLiteral("high"), today.addDays(10), true, true};
    in.preCharge = PreChargeFacts{true};
    in.actionPlan = ActionPlanFacts{3, 0};
    in.bail = BailFacts{true, true};
    in.withdrawal = WithdrawalFacts{true, true, true};
    in.vps = VpsFacts{true, {}};
    in.outcome = OutcomeFacts{true, true};
    in.plea = PleaFacts{true, true, true};
    in.restrainingOrder = RestrainingOrderFacts{true};
    return in;
}

// A harassment-only case, for the rules about harassment (3.10, 4.8).
AdvisorInput compliantHarassmentCase()
{
    AdvisorInput in = compliantStalkingCase();
    in.detail.caseRecord.offences = {Offence::Harassment_s2};
    in.detail.caseRecord.whyNotStalking = QStringLiteral("A single neighbour dispute over parking; no fixation.");
    in.detail.incidents = {incident(20, {Behaviour::Other}), incident(10, {Behaviour::Other})};
    return in;
}

RuleState stateOf(const AdvisorInput& in, const QString& paragraph)
{
    for (const RuleResult& r : runAdvisor(in))
        if (r.paragraph == paragraph) return r.state;
    FAIL("no rule for paragraph " << paragraph.toStdString());
    return RuleState::NotApplicable;
}

struct RuleCase {
    const char* paragraph;
    std::function<AdvisorInput()> meets;
    std::function<void(AdvisorInput&)> breaks;   // applied to the compliant input
    RuleState brokenState = RuleState::NeedsAttention;
};

const QList<RuleCase>& ruleCases()
{
    static const QList<RuleCase> cases = {
        {"3.1", compliantStalkingCase, [](AdvisorInput& in) { in.checklist.removeLast(); in.checklist.removeFirst(); }},
        {"3.4", compliantStalkingCase, [](AdvisorInput& in) { in.enquiriesAnswered = false; }},
        {"3.7", compliantStalkingCase, [](AdvisorInput& in) { in.risk->nextReviewDue = today.addDays(-1); }},
        {"3.8", compliantStalkingCase, [](AdvisorInput& in) { in.linkedSearches = 0; }},
        {"3.9", compliantStalkingCase, [](AdvisorInput& in) { in.detail.incidents[1].alteredBehaviour = Answer::NotAsked; }},
        {"3.10", compliantHarassmentCase, [](AdvisorInput& in) { in.detail.caseRecord.whyNotStalking.clear(); }},
        {"3.11", compliantStalkingCase, [](AdvisorInput& in) { in.measures.append({1, 0, CaseMeasureKind::Pin, today, {}, {}, {}}); }},
        {"4.2", compliantStalkingCase, [](AdvisorInput& in) { in.detail.caseRecord.offences = {Offence::Harassment_s2}; }},
        {"4.3", compliantStalkingCase, [](AdvisorInput& in) { in.detail.caseRecord.status = CaseStatus::OpenInvestigation; }},
        {"4.5", compliantStalkingCase, [](AdvisorInput& in) { in.preCharge->mg2Completed = false; }},
        {"4.7", compliantStalkingCase, [](AdvisorInput& in) { in.actionPlan->actionsWithoutDate = 1; }},
        {"4.8", compliantStalkingCase,
         [](AdvisorInput& in) { in.measures.append({1, 0, CaseMeasureKind::PostalRequisition, today, {}, {}, {}}); }},
        {"4.11", compliantStalkingCase, [](AdvisorInput& in) { in.bail->complainantViewsSought = false; }},
        {"5.3", compliantStalkingCase, [](AdvisorInput& in) { in.withdrawal->statementTaken = false; }},
        {"5.4", compliantStalkingCase, [](AdvisorInput& in) { in.withdrawal->officerReportWritten = false; }},
        {"6.4", compliantStalkingCase, [](AdvisorInput& in) { in.detail.people[0].preferredContact.clear(); }},
        {"6.7", compliantStalkingCase, [](AdvisorInput& in) { in.vps = VpsFacts{false, {}}; }},
        {"6.9", compliantStalkingCase, [](AdvisorInput& in) { in.outcome->toldOfRightToReview = false; }},
        {"7.2", compliantStalkingCase, [](AdvisorInput& in) { in.plea->complainantViewsRecorded = false; }},
        {"9.2", compliantStalkingCase, [](AdvisorInput& in) { in.detail.people[1].addresses[0].verifiedOn = today.addDays(-29); }},
    };
    return cases;
}
} // namespace

TEST_CASE("every advisor rule is met by a compliant case and needs attention when its requirement is broken", "[advisor]")
{
    for (const RuleCase& rc : ruleCases()) {
        const QString paragraph = QString::fromLatin1(rc.paragraph);
        INFO("paragraph " << rc.paragraph);
        AdvisorInput in = rc.meets();
        CHECK(stateOf(in, paragraph) == RuleState::Met);
        rc.breaks(in);
        CHECK(stateOf(in, paragraph) == rc.brokenState);
    }
}

TEST_CASE("the advisor table covers the required paragraphs, each with the protocol's own words", "[advisor]")
{
    QStringList tested;
    for (const RuleCase& rc : ruleCases()) tested.append(QString::fromLatin1(rc.paragraph));
    QStringList inTable;
    for (const AdvisorRule& r : advisorRules()) inTable.append(QString::fromLatin1(r.paragraph));
    CHECK(inTable == tested);
    for (const RuleResult& r : runAdvisor(compliantStalkingCase())) {
        INFO(r.paragraph.toStdString());
        CHECK_FALSE(r.paragraphText.isEmpty());
        CHECK_FALSE(r.title.isEmpty());
        CHECK_FALSE(r.advice.isEmpty());
    }
    CHECK(protocolParagraphText(QStringLiteral("3.11")) == QStringLiteral("Police Information Notices (PINs) will not be used in stalking cases."));
}

TEST_CASE("rules whose facts come from elsewhere say not yet recorded, never met", "[advisor]")
{
    AdvisorInput in = compliantStalkingCase();
    in.risk.reset();
    in.preCharge.reset();
    in.actionPlan.reset();
    in.bail.reset();
    in.withdrawal.reset();
    in.outcome.reset();
    in.plea.reset();
    in.detail.caseRecord.status = CaseStatus::Charged;
    for (const char* p : {"3.7", "4.5", "4.7", "4.11", "5.3", "5.4", "7.2"}) {
        INFO(p);
        CHECK(stateOf(in, QString::fromLatin1(p)) == RuleState::NotYetRecorded);
    }
    in.detail.caseRecord.status = CaseStatus::NoFurtherAction;
    CHECK(stateOf(in, QStringLiteral("6.9")) == RuleState::NotYetRecorded);
}

TEST_CASE("3.7 needs a MARAC/MAPPA decision when the risk is high", "[advisor]")
{
    AdvisorInput in = compliantStalkingCase();
    in.risk->maracOrMappaDecided = false;
    CHECK(stateOf(in, QStringLiteral("3.7")) == RuleState::NeedsAttention);
    in.risk->level = QStringLiteral("medium");
    CHECK(stateOf(in, QStringLiteral("3.7")) == RuleState::Met);
    in.risk->assessed = false;
    CHECK(stateOf(in, QStringLiteral("3.7")) == RuleState::NeedsAttention);
}

TEST_CASE("4.8 warns about a postal requisition in harassment; 6.7 accepts a recorded reason for no VPS", "[advisor]")
{
    AdvisorInput harassment = compliantHarassmentCase();
    CHECK(stateOf(harassment, QStringLiteral("4.8")) == RuleState::NotApplicable);
    harassment.measures.append({1, 0, CaseMeasureKind::PostalRequisition, today, {}, {}, {}});
    CHECK(stateOf(harassment, QStringLiteral("4.8")) == RuleState::NeedsAttention);
    CHECK(stateOf(harassment, QStringLiteral("3.11")) == RuleState::NotApplicable);

    AdvisorInput in = compliantStalkingCase();
    in.vps.reset();
    CHECK(stateOf(in, QStringLiteral("6.7")) == RuleState::Met);   // checklist e17 obtained
    in.checklist[16] = item(stalkingChecklistPackId, QStringLiteral("e17"), EvidenceStatus::NotAvailable);
    CHECK(stateOf(in, QStringLiteral("6.7")) == RuleState::NeedsAttention);
    in.checklist[16].note = QStringLiteral("Complainant declined for now; will reconsider before trial.");
    CHECK(stateOf(in, QStringLiteral("6.7")) == RuleState::Met);
}

TEST_CASE("9.2 honours a configured verification window", "[advisor]")
{
    AdvisorInput in = compliantStalkingCase();
    in.detail.people[1].addresses[0].verifiedOn = today.addDays(-20);
    CHECK(stateOf(in, QStringLiteral("9.2")) == RuleState::Met);
    in.addressVerificationDays = 14;
    CHECK(stateOf(in, QStringLiteral("9.2")) == RuleState::NeedsAttention);
}
