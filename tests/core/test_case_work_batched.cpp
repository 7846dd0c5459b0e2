// Issue 28: a case's work records (withdrawals, care records of every kind, actions, flags) are
// read after one access check, the care records in one statement, where each service checked the
// case again and read its kinds one at a time. The answers must be the same; so must the refusal.

#include "TestSupport.h"

#include "services/AdvisorService.h"
#include "services/CaseService.h"
#include "services/CaseWorkRecords.h"
#include "services/ChronologyEvents.h"
#include "services/DemoCase.h"
#include "services/RiskAssessmentService.h"
#include "store/CareCodecs.h"


using namespace conduct;

namespace {
const QStringList everyKind = {careKind::carePlan(), careKind::contact(), careKind::referral(), careKind::specialMeasures(),
                               careKind::vps(), careKind::bail(), careKind::restrainingOrder(),
                               careKind::stalkingProtectionOrder(), careKind::breach(), careKind::chargingRequest(),
                               careKind::pleaOffer()};

template <typename T> QList<qint64> idsOf(const QList<T>& records)
{
    QList<qint64> ids;
    for (const T& r : records) ids.append(r.id);
    return ids;
}

template <typename T> QList<qint64> idsOfKind(const CareRecordRepository& repo, qint64 caseId, const QString& kind)
{
    auto rows = repo.list(caseId, kind);
    REQUIRE(rows.ok());
    return idsOf(recordsOf<T>(rows.value()));
}
} // namespace

TEST_CASE("a case's care records of every kind, read at once, are those read kind by kind", "[caseworkbatch]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    const CareRecordRepository repo(t.db());
    auto all = repo.listForCase(id.value());
    REQUIRE(all.ok());
    CHECK(all->size() >= 4);   // the demo's plan, referral, special measures, bail, order…
    qsizetype seen = 0;
    for (const QString& kind : everyKind) {
        auto one = repo.list(id.value(), kind);
        REQUIRE(one.ok());
        const QList<CareRow> picked = rowsOfKind(all.value(), kind);
        INFO(kind.toStdString());
        REQUIRE(picked.size() == one->size());
        for (qsizetype i = 0; i < picked.size(); ++i) {
            CHECK(picked[i].id == one->at(i).id);
            CHECK(picked[i].personId == one->at(i).personId);
            CHECK(picked[i].data == one->at(i).data);
            CHECK(picked[i].rowVersion == one->at(i).rowVersion);
        }
        seen += picked.size();
    }
    CHECK(seen == all->size());   // no kind left out
}

TEST_CASE("a case's work records loaded after one check match each kind's own read", "[caseworkbatch]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    const qint64 caseId = id.value();
    auto records = loadCaseWorkRecords(t.db(), t.session(), caseId, {});
    REQUIRE(records.ok());
    const CareRecordRepository repo(t.db());

    CHECK(idsOf(records->orders.bail) == idsOfKind<BailConditions>(repo, caseId, careKind::bail()));
    CHECK(idsOf(records->orders.orders) == idsOfKind<CourtOrder>(repo, caseId, careKind::restrainingOrder())
                                               + idsOfKind<CourtOrder>(repo, caseId, careKind::stalkingProtectionOrder()));
    CHECK(idsOf(records->charging.requests) == idsOfKind<ChargingRequest>(repo, caseId, careKind::chargingRequest()));
    CHECK(idsOf(records->charging.pleas) == idsOfKind<PleaOffer>(repo, caseId, careKind::pleaOffer()));
    CHECK(idsOf(records->care.referrals) == idsOfKind<SupportReferral>(repo, caseId, careKind::referral()));
    CHECK(idsOf(records->care.specialMeasures) == idsOfKind<SpecialMeasuresRecord>(repo, caseId, careKind::specialMeasures()));
    CHECK(idsOf(records->care.statements) == idsOfKind<VictimPersonalStatement>(repo, caseId, careKind::vps()));
    REQUIRE(records->care.plan.has_value());
    CHECK(records->care.plan->id == idsOfKind<CarePlan>(repo, caseId, careKind::carePlan()).value(0));
    CHECK_FALSE(records->care.plan->preferredContact.isEmpty());   // still taken from the complainant
    CHECK_FALSE(records->withdrawals.isEmpty());
    CHECK_FALSE(records->charging.actions.isEmpty());

    // Each service's own load (used by its tab) gives the same records.
    auto orders = OrdersService(t.db(), t.session()).load(caseId);
    REQUIRE(orders.ok());
    CHECK(idsOf(orders->bail) == idsOf(records->orders.bail));
    CHECK(idsOf(orders->orders) == idsOf(records->orders.orders));
    CHECK(idsOf(orders->breaches) == idsOf(records->orders.breaches));
    auto charging = ChargingService(t.db(), t.session()).load(caseId);
    REQUIRE(charging.ok());
    CHECK(idsOf(charging->actions) == idsOf(records->charging.actions));
    CHECK(idsOf(charging->flags) == idsOf(records->charging.flags));
    auto care = VictimCareService(t.db(), t.session()).load(caseId);
    REQUIRE(care.ok());
    CHECK(idsOf(care->contacts) == idsOf(records->care.contacts));
    CHECK(idsOf(care->referrals) == idsOf(records->care.referrals));

    // The chronology and the advisor read from the shared records say what they said on their own.
    auto history = RiskAssessmentService(t.db(), t.session()).history(caseId);
    REQUIRE(history.ok());
    auto events = loadChronologyEvents(t.db(), t.session(), caseId, {});
    REQUIRE(events.ok());
    CHECK(chronologyEvents(history.value(), records.value()) == events.value());
    auto detail = CaseService(t.db(), t.session()).loadCase(caseId);
    REQUIRE(detail.ok());
    const AdvisorService advisor(t.db(), t.session());
    auto alone = advisor.advise(detail.value());
    auto shared = advisor.advise(detail.value(), records.value());
    REQUIRE(alone.ok());
    REQUIRE(shared.ok());
    REQUIRE(alone->size() == shared->size());
    for (qsizetype i = 0; i < alone->size(); ++i) {
        CHECK(alone->at(i).paragraph == shared->at(i).paragraph);
        CHECK(alone->at(i).state == shared->at(i).state);
        CHECK(alone->at(i).detail == shared->at(i).detail);
    }
}

TEST_CASE("the one check of a case's work records still refuses who may not see the case", "[caseworkbatch][access]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    const Session outsider = test::sessionFor(t.db(), QStringLiteral("pc.elsewhere"), {Role::Officer});
    auto records = loadCaseWorkRecords(t.db(), outsider, id.value(), {});
    REQUIRE_FALSE(records.ok());
    CHECK(records.error().text().contains(QStringLiteral("reason")));
    auto detail = CaseService(t.db(), t.session()).loadCase(id.value());
    REQUIRE(detail.ok());
    CHECK_FALSE(AdvisorService(t.db(), outsider).advise(detail.value(), CaseWorkRecords{}).ok());
}
