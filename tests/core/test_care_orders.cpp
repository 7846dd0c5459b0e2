// Bail, orders and breaches (protocol 4.11–4.13, section 9).

#include "care_fixture.h"

#include "services/CareCaseFile.h"
#include "services/OrdersService.h"
#include "store/ActionRepository.h"
#include "store/IncidentRepository.h"

using namespace conduct;

namespace {
BailConditions bailFor(const test::CareFixture& f)
{
    BailConditions b;
    b.caseId = f.caseId;
    b.suspectId = f.suspectId;
    b.grantedOn = QDate(2026, 3, 1);
    b.answerBailOn = QDate(2026, 4, 1);
    b.conditions = {QStringLiteral("Not to contact Alex Example directly or indirectly")};
    b.complainantViews = QStringLiteral("Wants him kept away from her work.");
    b.viewsSoughtOn = QDate(2026, 3, 1);
    return b;
}

CourtOrder draftOrder(const test::CareFixture& f)
{
    CourtOrder o;
    o.caseId = f.caseId;
    o.subjectId = f.suspectId;
    o.protectedPersonIds = {f.complainantId};
    o.terms = {OrderTerm{OrderTermKind::NoContact, QStringLiteral("Not to contact Alex Example directly or indirectly."), {}},
               OrderTerm{OrderTermKind::ExcludedAddress, QStringLiteral("1 Example Road, Exampletown EX1 1AA"), QDate(2026, 3, 18)}};
    o.complainantViews = QStringLiteral("Wants an order: feels unsafe at home.");
    return o;
}
} // namespace

TEST_CASE("bail conditions: suspect of the case, conditions, dates in order", "[care][orders][time]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    BailConditions b = bailFor(f);
    b.answerBailOn = QDate(2026, 2, 1);
    auto r = service.saveBail(b);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Answer bail on"));
    b = bailFor(f);
    b.conditions.clear();
    r = service.saveBail(b);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Conditions"));
    CHECK(r.error().message.contains(QStringLiteral("4.11")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records")) == 0);
    REQUIRE(service.saveBail(bailFor(f)).ok());
    CHECK(service.load(f.caseId)->bail.first().complainantViews == QStringLiteral("Wants him kept away from her work."));
}

TEST_CASE("a restraining order needs a protected person and a prohibition", "[care][orders]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    CourtOrder o = draftOrder(f);
    o.protectedPersonIds.clear();
    auto r = service.saveOrder(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Protected persons"));

    o = draftOrder(f);
    o.terms.clear();
    r = service.saveOrder(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Prohibitions"));

    o = draftOrder(f);
    o.protectedPersonIds = {987654};   // not a person of this case
    r = service.saveOrder(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Protected persons"));

    o = draftOrder(f);
    o.terms.append(OrderTerm{OrderTermKind::Requirement, QStringLiteral("Attend a course"), {}});
    r = service.saveOrder(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("Stalking Protection Order")));

    o = draftOrder(f);
    o.untilFurtherOrder = false;
    r = service.saveOrder(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Duration"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records")) == 0);
}

TEST_CASE("a draft restraining order round-trips and fills the case file", "[care][orders][time]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    CourtOrder o = draftOrder(f);
    o.basis = OrderBasis::OnAcquittal;
    o.mg5NotificationGiven = true;
    o.mg5NotifiedOn = QDate(2026, 3, 19);
    auto saved = service.saveOrder(o);
    REQUIRE(saved.ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->orders.size() == 1);
    const CourtOrder& back = loaded->orders.first();
    CHECK(back.terms == o.terms);
    CHECK(back.protectedPersonIds == o.protectedPersonIds);
    CHECK(back.basis == OrderBasis::OnAcquittal);
    CHECK(back.mg5NotificationGiven);
    CHECK(addressesNeedingCheck(back, f.today()).isEmpty());
    CHECK(addressesNeedingCheck(back, f.today().addDays(60)).size() == 1);

    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.restrainingOrder.has_value());
    CHECK(file.restrainingOrder->protectedPersonIds == QList<qint64>{f.complainantId});
    REQUIRE(file.restrainingOrder->prohibitions.size() == 2);
    CHECK(file.restrainingOrder->prohibitions[1].contains(QStringLiteral("verified 18/03/2026")));
    CHECK(file.restrainingOrder->duration == QStringLiteral("Until further order"));
}

TEST_CASE("an SPO application may carry requirements as well as prohibitions", "[care][orders]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    CourtOrder spo = draftOrder(f);
    spo.kind = OrderKind::StalkingProtectionOrder;
    spo.terms = {OrderTerm{OrderTermKind::Requirement, QStringLiteral("Attend a perpetrator intervention programme"), {}}};
    REQUIRE(service.saveOrder(spo).ok());
    spo.terms.clear();
    auto r = service.saveOrder(spo);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("prohibition or requirement")));
}

TEST_CASE("a breach becomes an incident, an action and a risk review, in one transaction", "[care][orders][time]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    auto bail = service.saveBail(bailFor(f));
    REQUIRE(bail.ok());

    Breach b;
    b.caseId = f.caseId;
    b.of = BreachOf::Bail;
    b.bailId = bail->id;
    b.occurredUtc = QDateTime(QDate(2026, 3, 18), QTime(22, 15), Qt::UTC);
    b.location = QStringLiteral("Outside 1 Example Road");
    b.behaviours = {Behaviour::Loitering};
    b.description = QStringLiteral("Seen waiting outside her home for 20 minutes.");
    auto refused = service.recordBreach(b);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Action owner"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM incidents")) == 0);

    b.actionOwner = QStringLiteral("PC 4521 Carter");
    // The incident asks the same impact questions as any other (3.9; issue 31).
    b.alarmOrDistress = true;
    b.alteredBehaviour = Answer::Yes;
    auto refusedHow = service.recordBreach(b);
    REQUIRE_FALSE(refusedHow.ok());
    CHECK(refusedHow.error().field == QStringLiteral("How the complainant altered their behaviour"));
    b.alteredBehaviourHow = QStringLiteral("Now stays at her sister's");
    auto saved = service.recordBreach(b);
    REQUIRE(saved.ok());
    auto incidents = IncidentRepository(f.t.db()).listForCase(f.caseId);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 1);
    CHECK(incidents->first().id == saved->incidentId);
    CHECK(incidents->first().description.startsWith(QStringLiteral("Breach of pre-charge bail conditions")));
    CHECK(incidents->first().has(Behaviour::Loitering));
    CHECK(incidents->first().alarmOrDistress);
    CHECK_FALSE(incidents->first().fearOfViolence);
    CHECK(incidents->first().alteredBehaviour == Answer::Yes);
    CHECK(incidents->first().alteredBehaviourHow == QStringLiteral("Now stays at her sister's"));
    CHECK(service.load(f.caseId)->breaches.first().alteredBehaviour == Answer::Yes);
    auto action = ActionRepository(f.t.db()).get(saved->actionId);
    REQUIRE(action.ok());
    CHECK(action->owner == QStringLiteral("PC 4521 Carter"));
    CHECK(action->dueDate == QDate(2026, 3, 21));
    auto flag = CaseFlagRepository(f.t.db()).open(f.caseId, flags::riskReviewDue());
    REQUIRE(flag.ok());
    REQUIRE(flag.value().has_value());
    CHECK(flag.value()->reason.contains(QStringLiteral("18/03/2026")));
    CHECK(f.auditCount(QStringLiteral("incident")) == 1);
    CHECK(f.auditCount(QStringLiteral("breach")) == 1);
}

TEST_CASE("a breach whose incident is refused saves nothing at all", "[care][orders][time]")
{
    test::CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    auto order = service.saveOrder(draftOrder(f));
    REQUIRE(order.ok());
    Breach b;
    b.caseId = f.caseId;
    b.of = BreachOf::Order;
    b.orderId = order->id;
    b.occurredUtc = QDateTime(QDate(2026, 3, 18), QTime(22, 15), Qt::UTC);
    b.location = QString(1000000, QLatin1Char('x'));   // too long for the incident's location: refused inside
    b.behaviours = {Behaviour::Contacting};
    b.description = QStringLiteral("Sent a message.");
    b.actionOwner = QStringLiteral("PC 4521 Carter");
    auto r = service.recordBreach(b);
    REQUIRE_FALSE(r.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM incidents")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_actions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_flags")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records WHERE kind = 'breach'")) == 0);
}
