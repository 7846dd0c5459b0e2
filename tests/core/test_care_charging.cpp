// Charging and pleas (protocol 4.7–4.10, section 7) and the action plan.

#include "care_fixture.h"

#include "services/CareCaseFile.h"
#include "services/ChargingService.h"
#include "store/ActionRepository.h"

using namespace conduct;

TEST_CASE("action plan: owner, due date, agreed date, overdue", "[care][charging][time]")
{
    test::CareFixture f;
    ChargingService service(f.t.db(), f.t.session());
    ActionItem a;
    a.caseId = f.caseId;
    a.description = QStringLiteral("Obtain phone download");
    a.dueDate = QDate(2026, 3, 25);
    auto r = service.saveAction(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Owner"));

    a.owner = QStringLiteral("DC 812 Okafor");
    a.dueDate = QDate(2026, 3, 19);   // before it was raised today
    r = service.saveAction(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Due date"));

    a.dueDate = QDate(2026, 3, 25);
    a.agreedDate = QDate(2026, 3, 1);   // agreed with the CPS before the action existed (issue 31)
    r = service.saveAction(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Action date agreed with the CPS"));

    a.agreedDate = QDate(2026, 3, 30);
    auto saved = service.saveAction(a);
    REQUIRE(saved.ok());
    CHECK(saved->targetDate() == QDate(2026, 3, 30));
    CHECK_FALSE(saved->isOverdue(QDate(2026, 3, 27)));
    CHECK(saved->isOverdue(QDate(2026, 3, 31)));
    CHECK(ActionRepository(f.t.db()).overdue(QDate(2026, 3, 31))->size() == 1);

    ActionItem done = saved.value();
    done.status = ActionStatus::Done;
    auto updated = service.saveAction(done);
    REQUIRE(updated.ok());
    CHECK_FALSE(updated->isOverdue(QDate(2026, 3, 31)));
    CHECK(ActionRepository(f.t.db()).overdue(QDate(2026, 3, 31))->isEmpty());

    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.actionPlan.size() == 1);
    CHECK(file.actionPlan.first().actionDate == QDate(2026, 3, 30));
    CHECK(file.actionPlan.first().done);
}

TEST_CASE("threshold test requests say what further evidence is expected and when (4.10)", "[care][charging][time]")
{
    test::CareFixture f;
    ChargingService service(f.t.db(), f.t.session());
    ChargingRequest c;
    c.caseId = f.caseId;
    c.requestedOn = QDate(2026, 3, 10);
    c.test = CodeTest::Threshold;
    auto r = service.saveRequest(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Further evidence expected"));
    c.furtherEvidence = QStringLiteral("Cell site analysis");
    r = service.saveRequest(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Further evidence expected by"));
    c.furtherEvidenceBy = QDate(2026, 4, 10);
    auto saved = service.saveRequest(c);
    REQUIRE(saved.ok());

    // The decision, then the complainant told (4.9), in order.
    ChargingRequest decided = saved.value();
    decided.outcome = ChargingOutcome::Charge;
    decided.decisionOn = QDate(2026, 3, 12);
    decided.decisionDetail = QStringLiteral("Stalking, PHA 1997 s2A");
    decided.complainantToldOn = QDate(2026, 3, 11);
    r = service.saveRequest(decided);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Complainant told on"));
    decided.complainantToldOn = QDate(2026, 3, 12);
    REQUIRE(service.saveRequest(decided).ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->requests.size() == 1);
    CHECK(loaded->requests.first().outcome == ChargingOutcome::Charge);

    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.charging.has_value());
    CHECK(file.charging->testSought == ChargingTest::Threshold);
}

TEST_CASE("a plea to harassment: complainant's views first (7.3), every 7.2 point to accept", "[care][charging][time]")
{
    test::CareFixture f;
    ChargingService service(f.t.db(), f.t.session());
    PleaOffer p;
    p.caseId = f.caseId;
    p.offeredOn = QDate(2026, 3, 15);
    p.chargedOffence = QStringLiteral("Stalking (PHA 1997 s2A)");
    p.offeredPlea = QStringLiteral("Guilty to harassment (PHA 1997 s2)");
    REQUIRE(service.savePlea(p).ok());

    p.decision = PleaDecision::Accepted;
    p.decisionOn = QDate(2026, 3, 16);
    p.decisionReasons = QStringLiteral("Compelling reasons.");
    auto r = service.savePlea(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Complainant's views"));

    p.complainantViewsOnOffer = QStringLiteral("Content with the plea if a restraining order is made.");
    p.complainantViewsOn = QDate(2026, 3, 16);
    r = service.savePlea(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Considerations"));
    CHECK(r.error().message.contains(QStringLiteral("The complainant's views")));

    p.considerations = PleaConsiderations{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                          QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
    p.decisionOn = QDate(2026, 3, 15);   // before the complainant's views
    r = service.savePlea(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Decision date"));
    p.decisionOn = QDate(2026, 3, 16);
    REQUIRE(service.savePlea(p).ok());
    CHECK(pleaConsiderationLabels().size() == 7);

    // Not accepting does not need every consideration, but still needs the views.
    PleaOffer rejected = p;
    rejected.id = 0;
    rejected.considerations = {};
    rejected.decision = PleaDecision::Rejected;
    REQUIRE(service.savePlea(rejected).ok());
}

TEST_CASE("clearing a flag is audited and leaves it in the history", "[care][charging][time]")
{
    test::CareFixture f;
    REQUIRE(CaseFlagRepository(f.t.db()).raise(f.caseId, flags::riskReviewDue(), QStringLiteral("test"), Clock::nowUtc()).ok());
    ChargingService service(f.t.db(), f.t.session());
    REQUIRE(service.clearFlag(f.caseId, flags::riskReviewDue()).ok());
    CHECK_FALSE(CaseFlagRepository(f.t.db()).open(f.caseId, flags::riskReviewDue())->has_value());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->flags.size() == 1);
    CHECK_FALSE(loaded->flags.first().isOpen());
    CHECK(f.auditCount(QStringLiteral("case_flag")) == 1);
}
