// The application's own authority writes on a server store (issue 25): a desk signed in as the
// officer's own login role has no UPDATE on a risk assessment's or a charging document's status,
// so submitting, approving and returning go through the owner's functions, which check the rule
// again on the server (core/store/server/ServerAuthority.h). Driven through the services, as a
// desk drives them, on a store made by `conduct server init`.
//
// Hidden ([.]) and tagged [insider], so dev.sh's insider run (under tests/support/with-postgres.sh)
// has them; `core_tests "[serverauthority]"` runs only these.

#include "RiskTestSupport.h"
#include "ServerStore.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "security/Authenticator.h"
#include "services/CaseService.h"
#include "services/ChargingFileService.h"
#include "services/RiskAssessmentService.h"
#include "services/UnitPolicyService.h"
#include "store/AccessGrantRepository.h"
#include "store/RiskAssessmentRepository.h"
#include "store/server/ServerAuthority.h"

using namespace conduct;
using namespace conduct::test;

namespace {
ServerStore& store() { return serverStore(QStringLiteral("authority")); }

template <typename R>
std::string failureText(const R& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

// A case of `officer`'s with a complainant and an incident, made through the application.
qint64 caseOf(Database& db, const Session& officer, const QString& urn)
{
    CaseService cases(db, officer);
    Case c;
    c.urn = urn;
    c.officerInCase = officer.user.displayName;
    c.offences = {Offence::Stalking_s2A};
    auto created = cases.createCase(c);
    INFO(failureText(created));
    REQUIRE(created.ok());
    Person complainant;
    complainant.caseId = created->id;
    complainant.role = PersonRole::Complainant;
    complainant.forenames = QStringLiteral("Ann");
    complainant.surname = QStringLiteral("Server");
    REQUIRE(cases.addPerson(complainant).ok());
    Incident i;
    i.caseId = created->id;
    i.startUtc = Clock::nowUtc().addDays(-3);
    i.location = QStringLiteral("Outside the complainant's home");
    i.behaviours = {Behaviour::Loitering};
    i.description = QStringLiteral("Waited outside the house.");
    REQUIRE(cases.addIncident(i).ok());
    return created->id;
}

QString statusOf(const QString& table, qint64 id)
{
    return store().connectAs({})->value(QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {id}).toString();
}
int rowVersionOf(const QString& table, qint64 id)
{
    return store().connectAs({})->value(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
}
} // namespace

TEST_CASE("Server authority: a database file writes its own status; a server store's functions are found", "[serverauthority-file]")
{
    TempDatabase t;
    CHECK_FALSE(writesAuthorityThroughServer(t.db()));
}

TEST_CASE("Server authority: an officer submits a DASH and a supervisor approves it, through the server's functions",
          "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    std::unique_ptr<Database> officerDesk = s.openAs(QStringLiteral("pc1"));
    REQUIRE(writesAuthorityThroughServer(*officerDesk));
    const qint64 caseId = caseOf(*officerDesk, s.officer(), QStringLiteral("45SA0000126"));

    const RiskAssessment submitted = submittedDash(*officerDesk, s.officer(), caseId, 3);
    CHECK(submitted.status == AssessmentStatus::Submitted);
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("submitted"));
    // One step, one new version: what the desk holds is what the server holds.
    CHECK(rowVersionOf(QStringLiteral("risk_assessments"), submitted.id) == submitted.rowVersion);

    std::unique_ptr<Database> supervisorDesk = s.openAs(QStringLiteral("ps1"));
    auto approved = RiskAssessmentService(*supervisorDesk, s.supervisor()).approve(submitted.id, {}, QStringLiteral("Agreed."));
    INFO(failureText(approved));
    REQUIRE(approved.ok());
    CHECK(approved->status == AssessmentStatus::Approved);
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("approved"));
    CHECK(rowVersionOf(QStringLiteral("risk_assessments"), submitted.id) == approved->rowVersion);
    auto superuser = s.connectAs({});
    CHECK(superuser->value(QStringLiteral("SELECT reviewer_user_id FROM assessment_reviews WHERE assessment_id = ?"), {submitted.id})
              .toLongLong() == s.supervisorId);
    CHECK(superuser->value(QStringLiteral("SELECT comments FROM assessment_reviews WHERE assessment_id = ?"), {submitted.id})
              .toString() == QStringLiteral("Agreed."));
    // The review date the application works out from the level is kept beside the server's decision.
    CHECK_FALSE(superuser->value(QStringLiteral("SELECT next_review_date FROM risk_assessments WHERE id = ?"), {submitted.id})
                    .toString()
                    .isEmpty());
}

TEST_CASE("Server authority: a returned DASH is corrected and submitted again by its officer", "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    std::unique_ptr<Database> officerDesk = s.openAs(QStringLiteral("pc1"));
    const qint64 caseId = caseOf(*officerDesk, s.officer(), QStringLiteral("45SA0000226"));
    const RiskAssessment submitted = submittedDash(*officerDesk, s.officer(), caseId, 2);

    std::unique_ptr<Database> supervisorDesk = s.openAs(QStringLiteral("ps1"));
    auto returned = RiskAssessmentService(*supervisorDesk, s.supervisor())
                        .returnForChanges(submitted.id, QStringLiteral("Record the MARAC decision."));
    INFO(failureText(returned));
    REQUIRE(returned.ok());
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("returned"));

    RiskAssessmentService officers(*officerDesk, s.officer());
    auto current = officers.get(submitted.id);
    REQUIRE(current.ok());
    RiskAssessment edited = current.value();
    edited.rationale = QStringLiteral("Reviewed with the complainant again.");
    auto draft = officers.saveDraft(edited);
    INFO(failureText(draft));
    REQUIRE(draft.ok());
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("returned"));
    auto resubmitted = officers.submit(draft.value());
    INFO(failureText(resubmitted));
    REQUIRE(resubmitted.ok());
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("submitted"));
    CHECK(rowVersionOf(QStringLiteral("risk_assessments"), submitted.id) == resubmitted->rowVersion);
}

TEST_CASE("Server authority: the server refuses a self-approval even when the desk's own check is bypassed",
          "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    // ps1 is an officer too: their own assessment, on their own case.
    std::unique_ptr<Database> desk = s.openAs(QStringLiteral("ps1"));
    const qint64 caseId = caseOf(*desk, s.supervisor(), QStringLiteral("45SA0000326"));
    const RiskAssessment submitted = submittedDash(*desk, s.supervisor(), caseId, 1);
    CHECK_FALSE(RiskAssessmentService(*desk, s.supervisor()).approve(submitted.id, {}, {}).ok());   // the desk says no

    // A tampered desk that skipped the service's four-eyes check: the server says no.
    AssessmentReview review;
    review.assessmentId = submitted.id;
    review.reviewerUserId = s.supervisorId;
    review.decision = ReviewDecision::Approved;
    review.levelAgreed = submitted.officerLevel;
    review.timeUtc = Clock::nowUtc();
    auto bypassed = RiskAssessmentRepository(*desk).insertReview(review);
    REQUIRE_FALSE(bypassed.ok());
    CHECK(bypassed.error().text().contains(QStringLiteral("another supervisor must review it")));
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("submitted"));

    // Another supervisor's approval goes through the same function. ps2 is in no team, so they
    // open the case with a reason first (row-level security: the function reviews only a case
    // its caller may read, as the desk's review queue does).
    std::unique_ptr<Database> otherDesk = s.openAs(QStringLiteral("ps2"));
    StoredGrant grant;
    grant.userId = s.otherSupervisorId;
    grant.caseId = caseId;
    grant.reasonCode = QStringLiteral("supervision");
    grant.text = QStringLiteral("Second supervisor for the four-eyes review");
    grant.grantedUtc = Clock::nowUtc();
    grant.expiresUtc = grant.grantedUtc.addSecs(3600);
    auto granted = AccessGrantRepository(*otherDesk).insert(grant);
    INFO(failureText(granted));
    REQUIRE(granted.ok());
    review.reviewerUserId = s.otherSupervisorId;
    auto theirs = RiskAssessmentRepository(*otherDesk).insertReview(review);
    INFO(failureText(theirs));
    REQUIRE(theirs.ok());
    CHECK(statusOf(QStringLiteral("risk_assessments"), submitted.id) == QStringLiteral("approved"));
}

TEST_CASE("Server authority: an MG3 is submitted by the officer and approved by a supervisor through the server's functions",
          "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    std::unique_ptr<Database> officerDesk = s.openAs(QStringLiteral("pc1"));
    const qint64 caseId = caseOf(*officerDesk, s.officer(), QStringLiteral("45SA0000426"));
    ChargingFileService officers(*officerDesk, s.officer());
    ChargingDocument d;
    d.caseId = caseId;
    d.form = ChargingForm::Mg3;
    d.mg3.outline = QStringLiteral("The suspect waited outside the complainant's home. Advice sought on charge.");
    auto saved = officers.save(d);
    INFO(failureText(saved));
    REQUIRE(saved.ok());
    auto submitted = officers.submit(saved->id);
    INFO(failureText(submitted));
    REQUIRE(submitted.ok());
    CHECK(statusOf(QStringLiteral("charging_documents"), saved->id) == QStringLiteral("submitted"));
    CHECK(rowVersionOf(QStringLiteral("charging_documents"), saved->id) == submitted->rowVersion);

    std::unique_ptr<Database> supervisorDesk = s.openAs(QStringLiteral("ps1"));
    Mg3SupervisorPart part;
    part.evidenceAlignedToPointsToProve = QStringLiteral("Each incident is corroborated by CCTV.");
    part.recommendedCharges = QStringLiteral("Stalking, s2A Protection from Harassment Act 1997.");
    auto approved = ChargingFileService(*supervisorDesk, s.supervisor()).approve(saved->id, part);
    INFO(failureText(approved));
    REQUIRE(approved.ok());
    CHECK(statusOf(QStringLiteral("charging_documents"), saved->id) == QStringLiteral("approved"));
    CHECK(rowVersionOf(QStringLiteral("charging_documents"), saved->id) == approved->rowVersion);
    auto superuser = s.connectAs({});
    CHECK(superuser->value(QStringLiteral("SELECT reviewer_name FROM charging_document_reviews WHERE document_id = ?"), {saved->id})
              .toString() == QStringLiteral("PS 1 Server"));
    CHECK(superuser->value(QStringLiteral("SELECT supervisor_part FROM charging_document_reviews WHERE document_id = ?"), {saved->id})
              .toString()
              .contains(QStringLiteral("corroborated by CCTV")));

    // Approved is final: the officer cannot send it back to "submitted" through the function.
    auto officer = s.connectAs(QStringLiteral("pc1"));
    CHECK(officer->refusal(QStringLiteral("SELECT conduct_submit_charging_document(?)"), {saved->id})
              .contains(QStringLiteral("Only a draft or returned charging document is submitted")));
}

TEST_CASE("Server sign-in: the desk's session is its login role's account; unlocking asks the server for the password",
          "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    std::unique_ptr<Database> desk = s.openAs(QStringLiteral("pc1"));
    Authenticator authenticator(*desk);
    auto session = authenticator.signInAsConnectedAccount();
    INFO(failureText(session));
    REQUIRE(session.ok());
    CHECK(session->user.id == s.officerId);
    CHECK(session->user.roles == QSet<Role>{Role::Officer});
    const auto logins = [&] {
        return s.connectAs({})
            ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND user_id = ?"), {s.officerId})
            .toInt();
    };
    const int before = logins();

    // Unlocking: the server checks the password on a connection of its own.
    CHECK(authenticator.signIn(QStringLiteral("pc1"), QStringLiteral("officer's server password 1")).ok());
    CHECK(logins() == before + 1);
    auto wrong = authenticator.signIn(QStringLiteral("pc1"), QStringLiteral("not the password at all"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == Authenticator::failureMessage());
    CHECK(s.connectAs({})
              ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND user_id = ?"), {s.officerId})
              .toInt() >= 1);
    // An empty password is refused without asking (libpq would read ~/.pgpass).
    CHECK_FALSE(authenticator.signIn(QStringLiteral("pc1"), QString()).ok());
    // A desk connected as pc1 never works as ps1, even with ps1's password.
    auto someoneElse = authenticator.signIn(QStringLiteral("ps1"), QStringLiteral("supervisor's server password 2"));
    REQUIRE_FALSE(someoneElse.ok());
    CHECK(someoneElse.error().message.contains(QStringLiteral("connected to the server as pc1")));

    // The superuser's connection is no Conduct account.
    PostgresLocation dba = s.store;
    auto superuserStore = Database::openPostgres(dba.displayText(), {});
    REQUIRE(superuserStore.ok());
    auto none = Authenticator(*superuserStore.value()).signInAsConnectedAccount();
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QStringLiteral("User name"));
}

TEST_CASE("Server authority: an administrator sets and resets the unit's policy through the server's function",
          "[insider][serverauthority][.]")
{
    const ServerStore& s = store();
    std::unique_ptr<Database> desk = s.openAs(QStringLiteral("admin1"));
    auto admin = Authenticator(*desk).signInAsConnectedAccount();
    INFO(failureText(admin));
    REQUIRE(admin.ok());
    UnitPolicyService policy(*desk);
    auto set = policy.set(admin.value(), QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("3"));
    INFO(failureText(set));
    REQUIRE(set.ok());
    auto superuser = s.connectAs({});
    CHECK(superuser->value(QStringLiteral("SELECT value FROM unit_policy WHERE name = 'risk/reviewDaysHigh'")).toString()
          == QStringLiteral("3"));
    CHECK(superuser->value(QStringLiteral("SELECT updated_by_user_id FROM unit_policy WHERE name = 'risk/reviewDaysHigh'"))
              .toLongLong() == s.administratorId);
    // Back to the default: the row goes, through the same function.
    const QString byDefault = unitPolicyValue(Preferences{}, QStringLiteral("risk/reviewDaysHigh"));
    auto reset = policy.set(admin.value(), QStringLiteral("risk/reviewDaysHigh"), byDefault);
    INFO(failureText(reset));
    REQUIRE(reset.ok());
    CHECK(superuser->value(QStringLiteral("SELECT count(*) FROM unit_policy WHERE name = 'risk/reviewDaysHigh'")).toInt() == 0);
}
