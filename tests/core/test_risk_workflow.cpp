// The risk assessment workflow table (AssessmentWorkflow.h): every allowed and every refused
// transition, checked against an independent matrix and then through the service.

#include "RiskTestSupport.h"

#include "services/AccessGrants.h"

#include "security/AuditLog.h"
#include "services/AssessmentWorkflow.h"

using namespace conduct;
using namespace conduct::test;

namespace {
using S = AssessmentStatus;
using E = AssessmentEvent;

struct Expected {
    S from;
    E event;
    std::optional<S> to;   // nullopt: refused
};

// Written out independently of the table under test.
const QList<Expected>& expectedMatrix()
{
    static const QList<Expected> m = {
        {S::Draft, E::SaveDraft, S::Draft},         {S::Draft, E::Submit, S::Submitted},
        {S::Draft, E::Approve, std::nullopt},       {S::Draft, E::Return, std::nullopt},
        {S::Submitted, E::SaveDraft, std::nullopt}, {S::Submitted, E::Submit, std::nullopt},
        {S::Submitted, E::Approve, S::Approved},    {S::Submitted, E::Return, S::Returned},
        {S::Returned, E::SaveDraft, S::Returned},   {S::Returned, E::Submit, S::Submitted},
        {S::Returned, E::Approve, std::nullopt},    {S::Returned, E::Return, std::nullopt},
        {S::Approved, E::SaveDraft, std::nullopt},  {S::Approved, E::Submit, std::nullopt},
        {S::Approved, E::Approve, std::nullopt},    {S::Approved, E::Return, std::nullopt},
    };
    return m;
}

// Brings a fresh DASH on the case into `status`.
RiskAssessment assessmentIn(TempDatabase& t, qint64 caseId, S status)
{
    RiskAssessmentService officer(t.db(), t.session());
    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    if (status == S::Draft) {
        auto d = officer.startAssessment(caseId, QStringLiteral("dash-2009"));
        REQUIRE(d.ok());
        return d.value();
    }
    const RiskAssessment submitted = submittedDash(t.db(), t.session(), caseId, 4);
    if (status == S::Submitted) return submitted;
    auto r = status == S::Approved ? supervisor.approve(submitted.id, {}, QStringLiteral("Agreed"))
                                   : supervisor.returnForChanges(submitted.id, QStringLiteral("Add detail to Q2"));
    REQUIRE(r.ok());
    return r.value();
}

Result<RiskAssessment> attempt(TempDatabase& t, const RiskAssessment& a, E event)
{
    RiskAssessmentService officer(t.db(), t.session());
    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    RiskAssessment edited = a;
    edited.answers = completeAnswers(shippedPack(QStringLiteral("dash-2009")), 4);
    edited.officerLevel = QStringLiteral("standard");
    switch (event) {
    case E::SaveDraft: return officer.saveDraft(edited);
    case E::Submit: return officer.submit(edited);
    case E::Approve: return supervisor.approve(a.id, {}, QStringLiteral("Agreed"));
    case E::Return: return supervisor.returnForChanges(a.id, QStringLiteral("More detail"));
    }
    return Error{};
}
} // namespace

TEST_CASE("the workflow table matches the expected matrix cell by cell", "[risk][workflow]")
{
    for (const Expected& e : expectedMatrix()) {
        INFO(assessmentStatusCode(e.from).toStdString() << " --" << assessmentEventLabel(e.event).toStdString() << "-->");
        const auto t = findTransition(e.from, e.event);
        CHECK(t.has_value() == e.to.has_value());
        if (t && e.to) CHECK(t->to == *e.to);
    }
    CHECK(assessmentTransitions().size() == 6);
    CHECK(expectedMatrix().size() == allAssessmentStatuses().size() * allAssessmentEvents().size());
}

TEST_CASE("every allowed and refused transition behaves so through the service", "[risk][workflow]")
{
    for (const Expected& e : expectedMatrix()) {
        DYNAMIC_SECTION(assessmentStatusCode(e.from).toStdString() << " / " << assessmentEventLabel(e.event).toStdString())
        {
            TempDatabase t;
            const qint64 caseId = makeRiskCase(t);
            const RiskAssessment a = assessmentIn(t, caseId, e.from);
            REQUIRE(a.status == e.from);
            auto result = attempt(t, a, e.event);
            INFO((result.ok() ? QString() : result.error().text()).toStdString());
            CHECK(result.ok() == e.to.has_value());
            auto stored = RiskAssessmentService(t.db(), t.session()).get(a.id);
            REQUIRE(stored.ok());
            CHECK(stored->status == e.to.value_or(e.from));
        }
    }
}

TEST_CASE("transitions need the permission of the table row", "[risk][workflow]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = submittedDash(t.db(), t.session(), caseId, 4);

    SECTION("an officer cannot approve or return")
    {
        const Session officerOnly = sessionFor(t.db(), QStringLiteral("pc.other"), {Role::Officer});
        // With a grant to work on the case (issue 24), so what refuses is the table, not access to the case.
        REQUIRE(AccessGrants(t.db(), officerOnly).grant(caseId, GrantReason::Other, QStringLiteral("Covering for a colleague")).ok());
        RiskAssessmentService service(t.db(), officerOnly);
        auto approved = service.approve(a.id, {}, QStringLiteral("ok"));
        REQUIRE_FALSE(approved.ok());
        CHECK(approved.error().message.contains(actionLabel(Action::ApproveAssessment)));
        CHECK_FALSE(service.returnForChanges(a.id, QStringLiteral("no")).ok());
        CHECK_FALSE(service.supervisorQueue().ok());
    }
    SECTION("nobody approves or returns their own assessment, even holding the supervisor role")
    {
        REQUIRE(t.session().user.hasRole(Role::Supervisor));
        RiskAssessmentService own(t.db(), t.session());
        auto approved = own.approve(a.id, {}, QStringLiteral("Mine"));
        REQUIRE_FALSE(approved.ok());
        CHECK(approved.error().message.contains(QStringLiteral("own")));
        auto returned = own.returnForChanges(a.id, QStringLiteral("Mine"));
        REQUIRE_FALSE(returned.ok());
        CHECK(returned.error().message.contains(QStringLiteral("Nobody returns their own assessment")));
        CHECK(own.get(a.id)->status == AssessmentStatus::Submitted);
    }
    SECTION("only the author edits a draft")
    {
        auto reassessment = RiskAssessmentService(t.db(), t.session()).startAssessment(caseId, QStringLiteral("s-dash-2009"));
        REQUIRE(reassessment.ok());
        RiskAssessmentService other(t.db(), secondSupervisor(t.db()));
        CHECK_FALSE(other.saveDraft(reassessment.value()).ok());
    }
}

TEST_CASE("every transition is recorded in the audit trail", "[risk][workflow]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const RiskAssessment a = submittedDash(t.db(), t.session(), caseId, 4);
    REQUIRE(RiskAssessmentService(t.db(), secondSupervisor(t.db())).returnForChanges(a.id, QStringLiteral("Q2 detail")).ok());
    auto trail = AuditLog::readForCase(t.db(), caseId);
    REQUIRE(trail.ok());
    QStringList statuses;
    for (const AuditRecord& r : trail.value())
        if (r.entityType == QStringLiteral("risk_assessment") && r.entityId == QString::number(a.id))
            statuses.append(QString::fromUtf8(r.afterJson));
    REQUIRE(statuses.size() == 3);   // created, submitted, returned
    CHECK(statuses[1].contains(QStringLiteral("\"status\":\"submitted\"")));
    CHECK(statuses[2].contains(QStringLiteral("\"status\":\"returned\"")));
    CHECK(statuses[2].contains(QStringLiteral("Q2 detail")));
    CHECK(AuditLog::verify(t.db()).ok);
}
