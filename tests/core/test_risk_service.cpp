// RiskAssessmentService: versions, pack versions, submission rules, drafts, diffs and the queue.

#include "RiskTestSupport.h"

#include "services/DemoCase.h"

using namespace conduct;
using namespace conduct::test;

namespace {
const QString dash = QStringLiteral("dash-2009");

RiskAssessment approve(Database& db, const RiskAssessment& a, const QString& level = {}, const QString& comments = QStringLiteral("Agreed"))
{
    auto r = RiskAssessmentService(db, secondSupervisor(db)).approve(a.id, level, comments);
    INFO((r.ok() ? QString() : r.error().text()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}
} // namespace

TEST_CASE("reassessing creates numbered versions that record the pack version used", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    RiskAssessmentService service(t.db(), t.session());

    auto first = service.startAssessment(caseId, dash);
    REQUIRE(first.ok());
    CHECK(first->versionNo == 1);
    CHECK(first->packId == dash);
    CHECK(first->packVersion == shippedPack(dash).version);
    CHECK(first->status == AssessmentStatus::Draft);
    CHECK(first->personId != 0);   // the complainant

    // While a draft is open, starting again returns it rather than a second draft.
    auto again = service.startAssessment(caseId, dash);
    REQUIRE(again.ok());
    CHECK(again->id == first->id);

    approve(t.db(), submittedDash(t.db(), t.session(), caseId, 4));
    auto second = service.startAssessment(caseId, dash);
    REQUIRE(second.ok());
    CHECK(second->versionNo == 2);
    auto sdash = service.startAssessment(caseId, QStringLiteral("s-dash-2009"));
    REQUIRE(sdash.ok());
    CHECK(sdash->versionNo == 1);   // numbered per form

    auto history = service.history(caseId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).status == AssessmentStatus::Approved);
    CHECK(history->at(0).approval()->reviewerName == QStringLiteral("PC ds.review"));
    CHECK(history->at(0).currentLevel() == QStringLiteral("standard"));
}

TEST_CASE("a newer pack version never changes an existing assessment", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    FormPackCatalogue packs;
    packs.add(shippedPack(dash));
    const RiskAssessment v1 = approve(t.db(), submittedDash(t.db(), t.session(), caseId, 4, packs));

    FormPack newer = shippedPack(dash);
    newer.version += 1;
    newer.sections[0].items[0].text = QStringLiteral("Reworded question one");
    packs.add(newer);

    RiskAssessmentService service(t.db(), t.session(), packs);
    auto reassessment = service.startAssessment(caseId, dash);
    REQUIRE(reassessment.ok());
    CHECK(reassessment->packVersion == newer.version);

    auto reopened = service.get(v1.id);
    REQUIRE(reopened.ok());
    CHECK(reopened->packVersion == shippedPack(dash).version);
    auto pack = service.packFor(reopened.value());
    REQUIRE(pack.ok());
    CHECK(pack->items().first()->text == shippedPack(dash).items().first()->text);
    CHECK(reopened->answers == v1.answers);
}

TEST_CASE("submission refuses an incomplete form, naming the unanswered questions", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    RiskAssessmentService service(t.db(), t.session());
    RiskAssessment a = service.startAssessment(caseId, dash).value();
    a.answers = completeAnswers(shippedPack(dash), 2);
    a.answers.items.remove(QStringLiteral("q5"));
    a.answers.items.remove(QStringLiteral("q17"));
    a.officerLevel = QStringLiteral("standard");
    auto submitted = service.submit(a);
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().field == QStringLiteral("Unanswered questions"));
    CHECK(submitted.error().message.contains(QStringLiteral("5, 17")));
    CHECK(service.get(a.id)->status == AssessmentStatus::Draft);
}

TEST_CASE("submission refuses a lowered level and an unexplained raise", "[risk][service][time]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    RiskAssessmentService service(t.db(), t.session());
    RiskAssessment a = service.startAssessment(caseId, dash).value();
    a.answers = completeAnswers(shippedPack(dash), 11);   // medium
    a.officerLevel = QStringLiteral("standard");
    auto lowered = service.submit(a);
    REQUIRE_FALSE(lowered.ok());
    CHECK(lowered.error().message.contains(QStringLiteral("never lower")));

    a.officerLevel = QStringLiteral("high");
    auto unexplained = service.submit(a);
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().field == QStringLiteral("Rationale"));

    a.rationale = QStringLiteral("Threat to kill made last night; escalating.");
    auto noMarac = service.submit(a);
    REQUIRE_FALSE(noMarac.ok());   // graded high on professional judgement: a MARAC criterion
    CHECK(noMarac.error().field == QStringLiteral("MARAC decision"));

    a.marac = {ReferralDecision::Refer, Clock::nowUtc().date(), QStringLiteral("Professional judgement: high risk")};
    auto ok = service.submit(a);
    INFO((ok.ok() ? QString() : ok.error().text()).toStdString());
    REQUIRE(ok.ok());
    CHECK(ok->score == 11);
    CHECK(ok->suggestedLevel == QStringLiteral("medium"));
    CHECK(ok->nextReviewDate == Clock::nowUtc().date().addDays(7));
}

TEST_CASE("an officer-graded form (S-DASH) always needs a rationale", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    RiskAssessmentService service(t.db(), t.session());
    RiskAssessment a = service.startAssessment(caseId, QStringLiteral("s-dash-2009")).value();
    a.answers = completeAnswers(shippedPack(QStringLiteral("s-dash-2009")), 5);
    a.officerLevel = QStringLiteral("medium");
    auto refused = service.submit(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Rationale"));
    a.rationale = QStringLiteral("Loitering at home and work; no threats yet.");
    auto ok = service.submit(a);
    REQUIRE(ok.ok());
    CHECK(ok->score == 5);
    CHECK(ok->suggestedLevel.isEmpty());
}

TEST_CASE("a supervisor may raise the level with a reason but not lower it", "[risk][service][time]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = submittedDash(t.db(), t.session(), caseId, 11);   // medium
    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    CHECK_FALSE(supervisor.approve(a.id, QStringLiteral("standard"), QStringLiteral("lower")).ok());
    CHECK_FALSE(supervisor.approve(a.id, QStringLiteral("high"), {}).ok());
    CHECK_FALSE(supervisor.returnForChanges(a.id, QStringLiteral("  ")).ok());
    auto raised = supervisor.approve(a.id, QStringLiteral("high"), QStringLiteral("Escalation since the form was done"));
    REQUIRE(raised.ok());
    CHECK(raised->currentLevel() == QStringLiteral("high"));
    CHECK(raised->officerLevel == QStringLiteral("medium"));
    CHECK(raised->nextReviewDate == Clock::nowUtc().date().addDays(7));
}

TEST_CASE("a draft survives closing and reopening the database", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    qint64 id = 0;
    FormAnswers answers;
    {
        RiskAssessmentService service(t.db(), t.session());
        RiskAssessment a = service.startAssessment(caseId, dash).value();
        a.answers.setValue(QStringLiteral("q1"), yesCode());
        a.answers.setComment(QStringLiteral("q1"), QStringLiteral("Bruised wrist"));
        a.answers.setValue(QStringLiteral("q2"), noCode());
        a.rationale = QStringLiteral("work in progress");
        auto saved = service.saveDraft(a);
        REQUIRE(saved.ok());
        CHECK(saved->score == 1);
        id = a.id;
        answers = a.answers;
    }
    t.reopen();
    RiskAssessmentService service(t.db(), t.session());
    auto reopened = service.get(id);
    REQUIRE(reopened.ok());
    CHECK(reopened->answers == answers);
    CHECK(reopened->rationale == QStringLiteral("work in progress"));
    CHECK(reopened->status == AssessmentStatus::Draft);
    // And the officer carries on with it rather than a new draft.
    CHECK(service.startAssessment(caseId, dash)->id == id);
}

TEST_CASE("the difference between two versions lists the changed answers in form order", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment v1 = approve(t.db(), submittedDash(t.db(), t.session(), caseId, 2));   // q1, q2 yes
    const RiskAssessment v2 = submittedDash(t.db(), t.session(), caseId, 5);                   // q1, q2, q4, q5, q6 yes
    RiskAssessmentService service(t.db(), t.session());
    auto changes = service.diff(v1.id, v2.id);
    REQUIRE(changes.ok());
    QStringList numbers;
    for (const AnswerChange& c : changes.value()) numbers.append(c.number);
    CHECK(numbers == QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")});
    CHECK(changes->first().before == QVariant(noCode()));
    CHECK(changes->first().after == QVariant(yesCode()));

    auto sdash = service.startAssessment(caseId, QStringLiteral("s-dash-2009"));
    REQUIRE(sdash.ok());
    CHECK_FALSE(service.diff(v1.id, sdash->id).ok());
}

TEST_CASE("the supervisor queue puts high risk first, then the oldest, and flags overdue ones", "[risk][service][time]")
{
    TempDatabase t;
    ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const qint64 a = makeRiskCase(t, QStringLiteral("45AA0000001"));
    const qint64 b = makeRiskCase(t, QStringLiteral("45AA0000002"));
    const qint64 c = makeRiskCase(t, QStringLiteral("45AA0000003"));
    const qint64 d = makeRiskCase(t, QStringLiteral("45AA0000004"));
    const RiskAssessment oldStandard = submittedDash(t.db(), t.session(), a, 2);
    clock.advanceSeconds(3600);
    const RiskAssessment oldMedium = submittedDash(t.db(), t.session(), b, 11);
    clock.advanceSeconds(3600);
    const RiskAssessment newMedium = submittedDash(t.db(), t.session(), c, 12);
    clock.advanceSeconds(3600);
    const RiskAssessment newestHigh = submittedDash(t.db(), t.session(), d, 15);
    clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 30), Qt::UTC));   // the first has waited 24.5 hours

    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    auto queue = supervisor.supervisorQueue();
    REQUIRE(queue.ok());
    QList<qint64> order;
    for (const QueueEntry& e : queue.value()) order.append(e.assessment.id);
    CHECK(order == QList<qint64>{newestHigh.id, oldMedium.id, newMedium.id, oldStandard.id});
    CHECK(queue->first().highRisk);
    CHECK(queue->first().levelLabel == QStringLiteral("High"));
    CHECK(queue->last().overdue);
    CHECK_FALSE(queue->first().overdue);

    // Deciding from the queue, in queue order.
    for (const QueueEntry& e : queue.value()) approve(t.db(), e.assessment);
    CHECK(supervisor.supervisorQueue()->isEmpty());
}

TEST_CASE("opening a submission for review shows the case's incidents and the previous version", "[risk][service]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t, QStringLiteral("45AA0209820"), 3);
    const RiskAssessment v1 = approve(t.db(), submittedDash(t.db(), t.session(), caseId, 11));
    const RiskAssessment v2 = submittedDash(t.db(), t.session(), caseId, 15);
    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    auto packet = supervisor.openForReview(v2.id);
    REQUIRE(packet.ok());
    CHECK(packet->incidents.size() == 3);
    REQUIRE(packet->previous.has_value());
    CHECK(packet->previous->id == v1.id);
    CHECK(packet->previous->currentLevel() == QStringLiteral("medium"));
    CHECK(packet->caseUrn == QStringLiteral("45AA0209820"));
}

TEST_CASE("the demo case has an approved high-risk DASH and an S-DASH awaiting review", "[risk][service]")
{
    TempDatabase t;
    const Session reviewer = secondSupervisor(t.db());
    auto id = ensureDemoCase(t.db(), t.session(), &reviewer);
    INFO((id.ok() ? QString() : id.error().text()).toStdString());
    REQUIRE(id.ok());
    RiskAssessmentService service(t.db(), t.session());
    auto history = service.history(id.value());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const RiskAssessment& dashV1 = history->at(0);
    CHECK(dashV1.packId == dash);
    CHECK(dashV1.status == AssessmentStatus::Approved);
    CHECK(dashV1.score == 10);
    CHECK(dashV1.suggestedLevel == QStringLiteral("medium"));
    CHECK(dashV1.currentLevel() == QStringLiteral("high"));
    CHECK(dashV1.marac.decision == ReferralDecision::Refer);
    CHECK(history->at(1).packId == QStringLiteral("s-dash-2009"));
    CHECK(history->at(1).status == AssessmentStatus::Submitted);
    CHECK(service.supervisorQueue().ok());

    SECTION("with one account only, the DASH is left awaiting review")
    {
        TempDatabase single;
        auto only = ensureDemoCase(single.db(), single.session());
        REQUIRE(only.ok());
        auto versions = RiskAssessmentService(single.db(), single.session()).history(only.value());
        REQUIRE(versions.ok());
        REQUIRE(versions->size() == 2);
        CHECK(versions->at(0).status == AssessmentStatus::Submitted);
    }
}
