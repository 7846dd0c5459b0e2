// Withdrawal of support (protocol 5.3–5.8): the statement and report through the form packs,
// suspected pressure, and the decision rules, including the 5.8 gate on a witness summons.

#include "care_fixture.h"

#include "forms/FormPackLoader.h"
#include "services/CareCaseFile.h"
#include "services/ChargingService.h"
#include "services/WithdrawalService.h"
#include "store/ActionRepository.h"

using namespace conduct;

namespace {
FormAnswers allAnswered(const FormPack& pack, const QString& prefix)
{
    FormAnswers a;
    for (const FormItem* item : pack.items()) a.setValue(item->id, prefix + QStringLiteral(" ") + item->number);
    return a;
}

Withdrawal statementOnly(const test::CareFixture& f, WithdrawalService& service)
{
    Withdrawal w;
    w.caseId = f.caseId;
    w.complainantId = f.complainantId;
    w.statement = allAnswered(service.statementPack().value(), QStringLiteral("I withdraw because"));
    w.statementTakenUtc = QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC);
    w.statementTakenBy = QStringLiteral("PC 4521 Carter");
    return w;
}

Withdrawal withReport(const test::CareFixture& f, WithdrawalService& service)
{
    Withdrawal w = statementOnly(f, service);
    w.report = allAnswered(service.reportPack().value(), QStringLiteral("Officer's view"));
    w.reportDate = QDate(2026, 3, 11);
    w.reportBy = QStringLiteral("PC 4521 Carter");
    return w;
}
} // namespace

TEST_CASE("withdrawal statement uses the 5.3 pack and stores its id and version", "[care][withdrawal]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    REQUIRE(service.statementPack().ok());
    CHECK(service.statementPack()->itemCount() == 6);
    CHECK(service.reportPack()->itemCount() == 7);

    auto saved = service.save(statementOnly(f, service));
    REQUIRE(saved.ok());
    CHECK(saved->statementPackId == QStringLiteral("withdrawal-statement"));
    CHECK(saved->statementPackVersion == 1);

    auto listed = service.list(f.caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().statement.value(QStringLiteral("p3")).toString() == QStringLiteral("I withdraw because 3"));
    CHECK(listed->first().decision == WithdrawalDecision::Undecided);
    CHECK(f.auditCount(QStringLiteral("withdrawal")) == 1);
}

TEST_CASE("a force's adapted statement pack is used and recorded", "[care][withdrawal]")
{
    test::CareFixture f;
    FormPack pack = loadFormPackFile(QStringLiteral(":/forms/withdrawal-statement.json")).pack.value();
    pack.version = 2;
    FormItem extra = pack.sections[0].items[0];
    extra.id = QStringLiteral("p7");
    extra.number = QStringLiteral("7");
    extra.text = QStringLiteral("Local point: whether the complainant wants a copy of this statement");
    pack.sections[0].items.append(extra);
    const FormPack report = loadFormPackFile(QStringLiteral(":/forms/withdrawal-officer-report.json")).pack.value();
    WithdrawalService service(f.t.db(), f.t.session(), {pack, report});

    Withdrawal w = statementOnly(f, service);
    CHECK(w.statement.items.size() == 7);
    w.statement.items.remove(QStringLiteral("p7"));
    auto refused = service.save(w);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Withdrawal statement"));
    CHECK(refused.error().message.contains(QStringLiteral("point 7")));

    w.statement.setValue(QStringLiteral("p7"), QStringLiteral("Yes please"));
    auto saved = service.save(w);
    REQUIRE(saved.ok());
    CHECK(saved->statementPackVersion == 2);
}

TEST_CASE("every 5.3 point must be answered; nothing is saved otherwise", "[care][withdrawal]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    Withdrawal w = statementOnly(f, service);
    w.statement.setValue(QStringLiteral("p6"), QStringLiteral("   "));
    auto r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Withdrawal statement"));
    CHECK(r.error().message.contains(QStringLiteral("point 6")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM withdrawals")) == 0);
}

TEST_CASE("withdrawal dates out of order are refused", "[care][withdrawal][time]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    Withdrawal w = withReport(f, service);
    w.reportDate = QDate(2026, 3, 9);   // before the statement
    auto r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Report date"));

    w = withReport(f, service);
    w.decision = WithdrawalDecision::Proceed;
    w.decisionReasons = QStringLiteral("Strong independent evidence.");
    w.decisionDate = QDate(2026, 3, 10);   // before the report
    r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Decision date"));

    w.decisionDate = QDate(2026, 3, 21);   // in the future (clock: 20/03/2026)
    r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Decision date"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM withdrawals")) == 0);
}

TEST_CASE("a decision needs the officer's report and reasons", "[care][withdrawal][time]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    Withdrawal w = statementOnly(f, service);
    w.decision = WithdrawalDecision::Discontinue;
    w.decisionReasons = QStringLiteral("The complainant's safety.");
    w.decisionDate = QDate(2026, 3, 12);
    auto r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Decision"));
    CHECK(r.error().message.contains(QStringLiteral("5.4")));

    w = withReport(f, service);
    w.decision = WithdrawalDecision::ProceedWithoutComplainant;
    w.decisionDate = QDate(2026, 3, 12);
    r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Reasons for the decision"));

    w.decisionReasons = QStringLiteral("999 call recording, CCTV and the neighbour's statement prove the course of conduct (5.6).");
    auto saved = service.save(w);
    REQUIRE(saved.ok());
    CHECK(saved->decision == WithdrawalDecision::ProceedWithoutComplainant);
}

TEST_CASE("a witness summons is refused until the 5.8 safety enquiries are recorded", "[care][withdrawal][time]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    auto first = service.save(withReport(f, service));
    REQUIRE(first.ok());

    Withdrawal w = first.value();
    w.decision = WithdrawalDecision::WitnessSummons;
    w.decisionReasons = QStringLiteral("Only the complainant can prove the fear element.");
    w.decisionDate = QDate(2026, 3, 15);
    auto r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Decision"));
    CHECK(r.error().message.contains(QStringLiteral("Protocol 5.8")));
    CHECK(r.error().message.contains(QStringLiteral("will not be endangered")));
    auto stored = service.list(f.caseId);
    REQUIRE(stored.ok());
    CHECK(stored->first().decision == WithdrawalDecision::Undecided);

    w.safetyEnquiries = QStringLiteral("ISAC and children's services consulted; no safeguarding concern raised.");
    w.safetyEnquiriesOn = QDate(2026, 3, 16);   // after the decision: still refused
    r = service.save(w);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("Safety enquiries date"));

    w.safetyEnquiriesOn = QDate(2026, 3, 14);
    auto saved = service.save(w);
    REQUIRE(saved.ok());
    CHECK(saved->decision == WithdrawalDecision::WitnessSummons);
    CHECK(saved->rowVersion == 2);
}

TEST_CASE("suspected pressure creates an action and a case flag once", "[care][withdrawal][time]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    Withdrawal w = withReport(f, service);
    w.pressureSuspected = true;
    auto refused = service.save(w);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Suspected pressure"));

    w.pressureDetail = QStringLiteral("Suspect's mother visited her the day before.");
    auto saved = service.save(w);
    REQUIRE(saved.ok());
    auto actions = ActionRepository(f.t.db()).listForCase(f.caseId);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->first().description.contains(QStringLiteral("5.5")));
    CHECK(actions->first().dueDate == QDate(2026, 3, 27));
    auto flag = CaseFlagRepository(f.t.db()).open(f.caseId, flags::suspectedPressure());
    REQUIRE(flag.ok());
    CHECK(flag.value().has_value());

    // Saving again (still suspected) does not pile up actions.
    auto again = service.save(saved.value());
    REQUIRE(again.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_actions")) == 1);
}

TEST_CASE("withdrawal needs EditCase on the case", "[care][withdrawal]")
{
    test::CareFixture f;
    const Session other = test::sessionFor(f.t.db(), QStringLiteral("other.officer"), {Role::Officer});
    WithdrawalService service(f.t.db(), other);
    auto r = service.save(statementOnly(f, service));
    REQUIRE_FALSE(r.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM withdrawals")) == 0);
}

TEST_CASE("the officer's report prints the circumstances and earlier withdrawals from the record", "[care][withdrawal][export]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());

    // An earlier withdrawal, then the one the report is about.
    Withdrawal first = withReport(f, service);
    first.statementTakenUtc = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    first.reportDate = QDate(2026, 2, 2);
    REQUIRE(service.save(first).ok());
    Withdrawal latest = withReport(f, service);
    latest.statementTakenAt = QStringLiteral("Her sister's home, Leeds");
    latest.presentAtStatement = QStringLiteral("Her ISAC");
    latest.contactInitiatedBy = QStringLiteral("She telephoned the OIC");
    REQUIRE(service.save(latest).ok());

    auto listed = service.list(f.caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->last().statementTakenAt == QStringLiteral("Her sister's home, Leeds"));
    CHECK(listed->last().presentAtStatement == QStringLiteral("Her ISAC"));
    CHECK(listed->last().contactInitiatedBy == QStringLiteral("She telephoned the OIC"));

    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.withdrawalStatement.has_value());
    CHECK(file.withdrawalStatement->takenAt == QStringLiteral("Her sister's home, Leeds"));
    REQUIRE(file.withdrawalReport.has_value());
    const QString circumstances = file.withdrawalReport->circumstances;
    CHECK(circumstances.contains(QStringLiteral("10/03/2026 14:00")));   // GMT in March: UTC = London
    CHECK(circumstances.contains(QStringLiteral("at Her sister's home, Leeds")));
    CHECK(circumstances.contains(QStringLiteral("Others present: Her ISAC.")));
    CHECK(circumstances.contains(QStringLiteral("Contact initiated by: She telephoned the OIC.")));
    CHECK(file.withdrawalReport->previousWithdrawals.contains(QStringLiteral("Statement taken 01/02/2026 10:00 by PC 4521 Carter")));
}

TEST_CASE("a withdrawal with no earlier one says so, and unrecorded circumstances are named", "[care][withdrawal][export]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    REQUIRE(service.save(withReport(f, service)).ok());
    CaseFile file;
    REQUIRE(fillCareData(f.t.db(), f.caseId, file).ok());
    REQUIRE(file.withdrawalReport.has_value());
    CHECK(file.withdrawalReport->previousWithdrawals == QStringLiteral("None recorded on this case."));
    CHECK(file.withdrawalReport->circumstances.contains(QStringLiteral("place not recorded")));
    CHECK(file.withdrawalReport->circumstances.contains(QStringLiteral("Others present: not recorded.")));
}

TEST_CASE("the place a withdrawal statement was taken has the record's limit", "[care][withdrawal]")
{
    test::CareFixture f;
    WithdrawalService service(f.t.db(), f.t.session());
    Withdrawal w = statementOnly(f, service);
    w.statementTakenAt = QString(201, QLatin1Char('x'));
    auto refused = service.save(w);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Place statement taken"));
    CHECK(service.list(f.caseId)->isEmpty());
}
