#pragma once
// A hand-built caseload for the monitoring report (issue 13), shared by the core and GUI tests.
// The period is April 2026 in Europe/London (BST from 29 March): cases and events are placed on
// both sides of each boundary, where the UTC date and the London date differ.

#include "TestSupport.h"

#include "common/Clock.h"
#include "rules/Withdrawal.h"
#include "services/CaseService.h"
#include "store/CareCodecs.h"
#include "store/CareRecordRepository.h"
#include "store/Database.h"

namespace conduct::test {

inline QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct MonitoringFixture {
    TempDatabase t;
    ScopedFakeClock clock{utc("2026-03-01T12:00:00")};
    Session other;   // a second officer, for the per-officer figures
    // Names, a date of birth and an address no report may ever print.
    static QString secretSurname() { return QStringLiteral("Quixotebrook"); }
    static QString secretForename() { return QStringLiteral("Zebedina"); }
    static QString secretAddress() { return QStringLiteral("17 Xylophone Lane, Wrexham"); }
    static QDate secretBirthday() { return QDate(1971, 2, 3); }

    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;   // see the constructor
    qint64 complainantA = 0;

    MonitoringFixture()
    {
        other = sessionFor(t.db(), QStringLiteral("officer2"), {Role::Officer});
        // The test officer (also a supervisor) supervises officer2's team: both see its cases (issue 24).
        joinTeam(t.db(), QStringLiteral("Unit"), {t.session().user.id, other.user.id});
        // A: opened 31 March 23:30 UTC = 1 April 00:30 in London: inside April. Harassment, reason recorded.
        a = openCase("2026-03-31T23:30:00", {Offence::Harassment_s2}, QStringLiteral("No s2A(3) behaviours"), t.session());
        // B: 31 March 22:59 UTC = 23:59 in London: outside.
        b = openCase("2026-03-31T22:59:00", {Offence::Stalking_s2A}, {}, t.session());
        // C: 30 April 22:30 UTC = 23:30 in London: inside. Stalking, racially aggravated.
        c = openCase("2026-04-30T22:30:00", {Offence::Stalking_s2A, Offence::Aggravated_s32}, {}, t.session());
        // D: 30 April 23:00 UTC = 1 May 00:00 in London: outside.
        d = openCase("2026-04-30T23:00:00", {Offence::Harassment_s2}, {}, t.session());
        // E: the other officer's, harassment in fear of violence, no reason recorded.
        e = openCase("2026-04-10T09:00:00", {Offence::FearOfViolence_s4}, {}, other);
        clock.set(utc("2026-05-20T12:00:00"));
        complainantA = addPerson(a);
        addPerson(c);
        addPerson(e);
        addIncident(a, "2026-04-01T10:00:00");
        addIncident(a, "2026-04-02T10:00:00");
        addIncident(c, "2026-04-20T00:00:00");
    }

    qint64 openCase(const char* whenUtc, QList<Offence> offences, const QString& whyNot, const Session& session)
    {
        clock.set(utc(whenUtc));
        Case draft;
        draft.urn = QStringLiteral("46MF%1%2").arg(qint64(utc(whenUtc).toSecsSinceEpoch() % 100000), 5, 10, QLatin1Char('0')).arg(26);
        draft.officerInCase = session.user.displayName;
        draft.offences = std::move(offences);
        draft.whyNotStalking = whyNot;
        auto created = CaseService(t.db(), session).createCase(draft);
        REQUIRE(created.ok());
        return created->id;
    }

    qint64 addPerson(qint64 caseId)
    {
        Person p;
        p.caseId = caseId;
        p.role = PersonRole::Complainant;
        p.forenames = secretForename();
        p.surname = secretSurname();
        p.dateOfBirth = secretBirthday();
        p.addresses = {Address{secretAddress(), {}, false}};
        auto saved = CaseService(t.db(), t.session()).addPerson(p);
        REQUIRE(saved.ok());
        return saved->id;
    }

    void addIncident(qint64 caseId, const char* startUtc)
    {
        Incident i;
        i.caseId = caseId;
        i.startUtc = utc(startUtc);
        i.location = QStringLiteral("High Street");
        i.description = QStringLiteral("Waited outside the house.");
        i.behaviours = {Behaviour::Loitering};
        auto saved = CaseService(t.db(), t.session()).addIncident(i);
        REQUIRE(saved.ok());
    }

    // A risk screening as the risk workflow leaves it (the trigger keeps cases.risk_review_due).
    void addAssessment(qint64 caseId, const char* status, const char* level, const char* submittedUtc, const char* reviewDue,
                       int version = 1)
    {
        auto r = t.db().exec(QStringLiteral(
                                 "INSERT INTO risk_assessments (case_id, pack_id, pack_version, instrument_version_no, "
                                 "officer_level, status, author_user_id, created_utc, updated_utc, submitted_utc, next_review_date) "
                                 "VALUES (?, 'dash', 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {caseId, version, QString::fromLatin1(level), QString::fromLatin1(status), t.session().user.id,
                              toDbTime(utc(submittedUtc)), toDbTime(utc(submittedUtc)),
                              QString::fromLatin1(status) == QStringLiteral("draft") ? QVariant() : toDbTime(utc(submittedUtc)),
                              QString::fromLatin1(reviewDue)});
        REQUIRE(r.ok());
    }

    template <typename Record>
    void addCareRecord(const Record& record)
    {
        auto id = CareRecordRepository(t.db()).insert(toRow(record), Clock::nowUtc());
        REQUIRE(id.ok());
    }

    void addCharging(qint64 caseId, QDate requested, ChargingOutcome outcome, QDate decided)
    {
        ChargingRequest r;
        r.caseId = caseId;
        r.requestedOn = requested;
        r.outcome = outcome;
        r.decisionOn = decided;
        addCareRecord(r);
    }

    void addWithdrawal(qint64 caseId, qint64 complainantId, const char* takenUtc, WithdrawalDecision decision)
    {
        auto r = t.db().exec(QStringLiteral("INSERT INTO withdrawals (case_id, complainant_id, statement_pack_id, "
                                            "statement_pack_version, statement_json, statement_taken_utc, statement_taken_by, "
                                            "report_pack_id, decision) VALUES (?, ?, 'withdrawal-statement', 1, '{}', ?, 'PC 1', "
                                            "'withdrawal-officer-report', ?)"),
                             {caseId, complainantId, toDbTime(utc(takenUtc)), withdrawalDecisionCode(decision)});
        REQUIRE(r.ok());
    }

    // The whole set of events the core test counts; see test_monitoring.cpp for the expected figures.
    void addEvents()
    {
        addAssessment(a, "submitted", "high", "2026-04-03T10:00:00", "2026-04-10");
        addAssessment(c, "submitted", "standard", "2026-04-26T00:00:00", "2026-06-01");
        addAssessment(c, "draft", "high", "2026-04-27T00:00:00", "2026-06-01", 2);   // a draft is not "latest"
        addAssessment(b, "submitted", "medium", "2026-02-01T00:00:00", "2026-03-01");  // overdue, opened outside
        addCharging(a, QDate(2026, 3, 30), ChargingOutcome::Charge, QDate(2026, 4, 5));
        addCharging(c, QDate(2026, 4, 1), ChargingOutcome::NoFurtherAction, QDate(2026, 4, 30));
        addCharging(e, QDate(2026, 4, 30), ChargingOutcome::Pending, {});
        addCharging(c, QDate(2026, 4, 15), ChargingOutcome::FurtherEvidenceRequired, QDate(2026, 5, 1));
        addWithdrawal(a, complainantA, "2026-03-31T23:30:00", WithdrawalDecision::ProceedWithoutComplainant);
        addWithdrawal(a, complainantA, "2026-04-30T23:10:00", WithdrawalDecision::Discontinue);   // 1 May in London
        PleaOffer accepted;
        accepted.caseId = c;
        accepted.offeredOn = QDate(2026, 4, 12);
        accepted.decision = PleaDecision::Accepted;
        addCareRecord(accepted);
        PleaOffer late;
        late.caseId = a;
        late.offeredOn = QDate(2026, 5, 2);
        addCareRecord(late);
        addCareRecord(order(c, OrderStatus::Granted, QDate(2026, 4, 20)));
        addCareRecord(order(a, OrderStatus::Applied, QDate(2026, 4, 21)));
        addCareRecord(order(e, OrderStatus::Draft, {}));
        addCareRecord(breach(a, BreachOf::Bail, "2026-04-30T23:30:00"));   // 1 May in London
        addCareRecord(breach(c, BreachOf::Order, "2026-04-05T12:00:00"));
        addCareRecord(breach(e, BreachOf::Bail, "2026-03-31T23:30:00"));   // 1 April in London
    }

    static CourtOrder order(qint64 caseId, OrderStatus status, QDate applied)
    {
        CourtOrder o;
        o.caseId = caseId;
        o.status = status;
        o.appliedOn = applied;
        o.terms = {OrderTerm{OrderTermKind::ExcludedAddress, secretAddress(), {}}};
        return o;
    }

    static Breach breach(qint64 caseId, BreachOf of, const char* occurredUtc)
    {
        Breach b;
        b.caseId = caseId;
        b.of = of;
        b.occurredUtc = utc(occurredUtc);
        b.description = QStringLiteral("Came to the door.");
        return b;
    }
};

} // namespace conduct::test
