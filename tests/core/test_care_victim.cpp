// Victim and witness care (protocol section 6): SPOC and contact preferences, the contact log,
// referrals with consent, special measures, VPS, and the MG2 data in the CaseFile.

#include "care_fixture.h"

#include "services/CareCaseFile.h"
#include "services/ChargingService.h"
#include "services/VictimCareService.h"
#include "store/PersonRepository.h"

using namespace conduct;

TEST_CASE("a referral without consent is refused, quoting 6.1, and nothing is saved", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    SupportReferral r;
    r.caseId = f.caseId;
    r.personId = f.complainantId;
    r.service = SupportService::Isac;
    auto refused = service.saveReferral(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Consent"));
    CHECK(refused.error().message.contains(QStringLiteral("without their consent")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records")) == 0);

    r.consent = true;
    r.consentOn = QDate(2026, 3, 2);
    r.referredOn = QDate(2026, 3, 1);   // before consent
    refused = service.saveReferral(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Referred on"));

    r.referredOn = QDate(2026, 3, 3);
    auto saved = service.saveReferral(r);
    REQUIRE(saved.ok());
    CHECK(f.auditCount(QStringLiteral("support_referral")) == 1);
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->referrals.size() == 1);
    CHECK(loaded->referrals.first().service == SupportService::Isac);
    CHECK(loaded->referrals.first().referredOn == QDate(2026, 3, 3));
}

TEST_CASE("a local service referral names the organisation", "[care][victim][time]")
{
    test::CareFixture f;
    SupportReferral r;
    r.personId = f.complainantId;
    r.service = SupportService::Local;
    r.consent = true;
    r.consentOn = QDate(2026, 3, 2);
    auto s = validateReferral(r);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("Organisation"));
}

TEST_CASE("the care plan saves the SPOC and the contact preferences on the person", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    CarePlan plan;
    plan.caseId = f.caseId;
    plan.complainantId = f.complainantId;
    auto refused = service.savePlan(plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Point of contact"));

    plan.spocName = QStringLiteral("DC 812 Okafor");
    plan.preferredContact = QStringLiteral("Text message");
    plan.safeContact = QStringLiteral("07700 900123 (work phone)");
    plan.agreedOn = QDate(2026, 3, 1);
    auto saved = service.savePlan(plan);
    REQUIRE(saved.ok());
    auto person = PersonRepository(f.t.db()).get(f.complainantId);
    REQUIRE(person.ok());
    CHECK(person->preferredContact == QStringLiteral("Text message"));
    CHECK(person->safeContact == QStringLiteral("07700 900123 (work phone)"));

    // A second "new" plan replaces the first: one plan per case.
    CarePlan again = plan;
    again.spocName = QStringLiteral("DC 900 Hughes");
    REQUIRE(service.savePlan(again).ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->plan.has_value());
    CHECK(loaded->plan->spocName == QStringLiteral("DC 900 Hughes"));
    CHECK(loaded->plan->safeContact == QStringLiteral("07700 900123 (work phone)"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records WHERE kind = 'care_plan'")) == 1);
}

TEST_CASE("contact log entries need date, method, by whom and summary", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    ContactEntry c;
    c.caseId = f.caseId;
    c.personId = f.complainantId;
    c.contactUtc = QDateTime(QDate(2026, 3, 21), QTime(9, 0), Qt::UTC);   // future
    c.method = QStringLiteral("Telephone");
    c.byWhom = QStringLiteral("DC 812 Okafor");
    c.summary = QStringLiteral("Update on bail.");
    auto r = service.logContact(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Contact date"));
    c.contactUtc = QDateTime(QDate(2026, 3, 19), QTime(9, 0), Qt::UTC);
    REQUIRE(service.logContact(c).ok());
    c.contactUtc = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
    REQUIRE(service.logContact(c).ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->contacts.size() == 2);
    CHECK(loaded->contacts.first().contactUtc.date() == QDate(2026, 3, 20));   // newest first
}

TEST_CASE("special measures rules and the MG2 data", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    SpecialMeasuresRecord m;
    m.caseId = f.caseId;
    m.personId = f.complainantId;
    m.discussedOn = QDate(2026, 3, 5);
    auto r = service.saveSpecialMeasures(m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Eligibility"));

    m.intimidated = true;
    m.measuresDiscussed = {SpecialMeasure::Screens, SpecialMeasure::LiveLink};
    m.measuresWanted = {SpecialMeasure::Screens, SpecialMeasure::EvidenceInPrivate};
    r = service.saveSpecialMeasures(m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Measures wanted"));

    m.measuresWanted = {SpecialMeasure::Screens};
    m.earlyMeetingOn = QDate(2026, 3, 4);   // before the discussion
    r = service.saveSpecialMeasures(m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Early special measures meeting"));

    m.earlyMeetingOn = QDate(2026, 3, 18);
    m.supporter = QStringLiteral("Jo Bloggs (ISAC)");
    m.complainantViews = QStringLiteral("Wants screens so she need not see him.");
    REQUIRE(service.saveSpecialMeasures(m).ok());

    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.specialMeasures.size() == 1);
    const SpecialMeasuresAssessment& mg2 = file.specialMeasures.first();
    CHECK(mg2.personId == f.complainantId);
    CHECK(mg2.fearOrDistress);
    CHECK(mg2.screens);
    CHECK_FALSE(mg2.liveLink);
    CHECK(mg2.supporterName == QStringLiteral("Jo Bloggs (ISAC)"));
    CHECK(mg2.viewsOnMeasures == m.complainantViews);
    CHECK(mg2.meetingRequired == std::optional<bool>(true));
    CHECK(mg2.assessedOn == QDate(2026, 3, 5));
}

TEST_CASE("VPS: taken with a preference, or why not; addenda name the stage", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    VictimPersonalStatement v;
    v.caseId = f.caseId;
    v.personId = f.complainantId;
    v.taken = false;
    auto r = service.saveVps(v);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Why not taken"));

    v.taken = true;
    v.takenOn = QDate(2026, 3, 6);
    v.preference = VpsPreference::ReadForThem;
    REQUIRE(service.saveVps(v).ok());

    VictimPersonalStatement addendum = v;
    addendum.addendum = true;
    r = service.saveVps(addendum);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Stage"));
    addendum.stage = QStringLiteral("after guilty plea");
    REQUIRE(service.saveVps(addendum).ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->statements.size() == 2);
    CHECK(loaded->statements.first().preference == VpsPreference::ReadForThem);
    CHECK(loaded->statements.last().addendum);
}

TEST_CASE("VRR information date is kept, follows a decision to end the case, and cannot be in the future", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    CarePlan plan;
    plan.caseId = f.caseId;
    plan.complainantId = f.complainantId;
    plan.spocName = QStringLiteral("DC 812 Okafor");
    plan.vrrInformationGivenOn = QDate(2026, 4, 1);
    auto r = service.savePlan(plan);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("VRR information given on"));

    // On an open investigation the VRR does not apply yet (6.9; issue 31).
    plan.vrrInformationGivenOn = QDate(2026, 3, 19);
    r = service.savePlan(plan);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("protocol 6.9")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM care_records WHERE kind = 'care_plan'")) == 0);

    ChargingRequest nfa;
    nfa.caseId = f.caseId;
    nfa.requestedOn = QDate(2026, 3, 10);
    nfa.outcome = ChargingOutcome::NoFurtherAction;
    nfa.decisionOn = QDate(2026, 3, 18);
    nfa.decisionDetail = QStringLiteral("Insufficient evidence of a course of conduct");
    REQUIRE(ChargingService(f.t.db(), f.t.session()).saveRequest(nfa).ok());
    plan.vrrInformationGivenOn = QDate(2026, 3, 17);   // before the decision it follows
    r = service.savePlan(plan);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("18/03/2026")));
    plan.vrrInformationGivenOn = QDate(2026, 3, 19);
    REQUIRE(service.savePlan(plan).ok());
    CHECK(service.load(f.caseId)->plan->vrrInformationGivenOn == QDate(2026, 3, 19));
}

TEST_CASE("the VRR follows no further action or a discontinuance, never an open case", "[care][victim]")
{
    CHECK(checkRightToReviewDate(QDate(), std::nullopt).ok());   // nothing given: nothing to check
    CHECK_FALSE(checkRightToReviewDate(QDate(2026, 3, 19), std::nullopt).ok());
    CHECK(checkRightToReviewDate(QDate(2026, 3, 19), QDate(2026, 3, 19)).ok());
    CHECK_FALSE(checkRightToReviewDate(QDate(2026, 3, 18), QDate(2026, 3, 19)).ok());
}

TEST_CASE("a declined referral is kept with its date, and never with consent", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    SupportReferral r;
    r.caseId = f.caseId;
    r.personId = f.complainantId;
    r.service = SupportService::Isac;
    r.declined = true;
    auto refused = service.saveReferral(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Declined on"));
    r.declinedOn = QDate(2026, 3, 2);
    r.consent = true;
    refused = service.saveReferral(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Declined"));
    r.consent = false;
    REQUIRE(service.saveReferral(r).ok());
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->referrals.size() == 1);
    CHECK(loaded->referrals.first().declined);
    CHECK(loaded->referrals.first().declinedOn == QDate(2026, 3, 2));
}

TEST_CASE("a VPS records when it was offered, and is not taken before that", "[care][victim][time]")
{
    test::CareFixture f;
    VictimCareService service(f.t.db(), f.t.session());
    VictimPersonalStatement v;
    v.caseId = f.caseId;
    v.personId = f.complainantId;
    v.offeredOn = QDate(2026, 3, 5);
    v.takenOn = QDate(2026, 3, 4);
    auto refused = service.saveVps(v);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Taken on"));
    v.takenOn = QDate(2026, 3, 6);
    REQUIRE(service.saveVps(v).ok());
    CHECK(service.load(f.caseId)->statements.first().offeredOn == QDate(2026, 3, 5));
}
