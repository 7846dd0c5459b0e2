// Need to know (issue 24, finding 5): teams set by an administrator, one model of justified
// access (a grant with a reason and 15+ characters, ending at sign-out, at lock or after 8 hours)
// behind the case-access guard, and names masked by the queries of the case list and search for
// any case the user does not see in full.

#include "RiskTestSupport.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "security/PasswordHasher.h"
#include "security/SessionEvents.h"
#include "services/AccessGrants.h"
#include "services/CaseAccess.h"
#include "services/CaseService.h"
#include "services/LinkedSearchService.h"
#include "services/RiskAssessmentService.h"
#include "services/TeamService.h"
#include "store/CaseListQuery.h"
#include "store/Database.h"

using namespace conduct;

namespace {
const QString grantText = QStringLiteral("Suspect also named in my case 45AA0209821");

// Alice's case, with a complainant and a suspect; Bob, Carol (supervisor) and an administrator
// sharing the database, in no team until a test puts them in one.
struct Unit {
    test::TempDatabase t;
    Session alice = test::sessionFor(t.db(), QStringLiteral("alice"), {Role::Officer});
    Session bob = test::sessionFor(t.db(), QStringLiteral("bob"), {Role::Officer});
    Session carol = test::sessionFor(t.db(), QStringLiteral("carol"), {Role::Supervisor});
    Session admin = test::sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    qint64 aliceCase = 0;

    Unit() { aliceCase = makeCase(alice, QStringLiteral("45AA0209820"), QStringLiteral("PC 1 Alice"), QStringLiteral("Roe")); }

    qint64 makeCase(const Session& owner, const QString& urn, const QString& officer, const QString& suspectSurname)
    {
        CaseService cases(t.db(), owner);
        Case c;
        c.urn = urn;
        c.officerInCase = officer;
        c.offences = {Offence::Harassment_s2};
        auto created = cases.createCase(c);
        REQUIRE(created.ok());
        addPerson(cases, created->id, PersonRole::Complainant, QStringLiteral("Jane"), QStringLiteral("Doe"));
        addPerson(cases, created->id, PersonRole::Suspect, QStringLiteral("John"), suspectSurname);
        return created->id;
    }

    static void addPerson(CaseService& cases, qint64 caseId, PersonRole role, const QString& forenames, const QString& surname)
    {
        Person p;
        p.caseId = caseId;
        p.role = role;
        p.forenames = forenames;
        p.surname = surname;
        p.dateOfBirth = QDate(1980, 3, 12);
        auto added = cases.addPerson(p);
        INFO((added.ok() ? QString() : added.error().text()).toStdString());
        REQUIRE(added.ok());
    }

    QList<CaseSummary> listFor(const Session& viewer, const QString& filter = {})
    {
        CaseListRequest request;
        request.filter = filter;
        request.sortColumn = CaseListColumn::Urn;
        request.order = Qt::AscendingOrder;
        auto rows = CaseListQuery(t.db(), viewer.user).page(request, 0, 50);
        REQUIRE(rows.ok());
        return rows.value();
    }

    int countFor(const Session& viewer, const QString& filter)
    {
        CaseListRequest request;
        request.filter = filter;
        auto n = CaseListQuery(t.db(), viewer.user).count(request);
        REQUIRE(n.ok());
        return n.value();
    }

    qint64 team(const QString& name, const QList<qint64>& members)
    {
        TeamService teams(t.db(), admin);
        auto id = teams.createTeam(name);
        REQUIRE(id.ok());
        for (qint64 m : members) REQUIRE(teams.addMember(id.value(), m).ok());
        return id.value();
    }
};

CaseSummary only(const QList<CaseSummary>& rows)
{
    REQUIRE(rows.size() == 1);
    return rows.first();
}
} // namespace

TEST_CASE("the case list blanks the names of a case outside the viewer's teams, in the query", "[access][caselist]")
{
    Unit u;
    const CaseSummary& own = only(u.listFor(u.alice));
    CHECK_FALSE(own.restricted);
    CHECK(own.complainants == QStringLiteral("DOE, Jane"));
    CHECK(own.suspects == QStringLiteral("ROE, John"));

    const QList<CaseSummary> bobs = u.listFor(u.bob);
    const CaseSummary& masked = only(bobs);
    CHECK(masked.restricted);
    CHECK(masked.urn == QStringLiteral("45AA0209820"));
    CHECK(masked.officerInCase == QStringLiteral("PC 1 Alice"));
    CHECK(masked.status == CaseStatus::OpenInvestigation);
    CHECK(masked.complainants.isEmpty());
    CHECK(masked.suspects.isEmpty());

    // A filter on a hidden name finds nothing; on the URN or the officer it finds the masked row.
    CHECK(u.countFor(u.alice, QStringLiteral("Roe")) == 1);
    CHECK(u.countFor(u.bob, QStringLiteral("Roe")) == 0);
    CHECK(u.listFor(u.bob, QStringLiteral("Doe")).isEmpty());
    CHECK(u.countFor(u.bob, QStringLiteral("0209820")) == 1);
    CHECK(only(u.listFor(u.bob, QStringLiteral("Alice"))).suspects.isEmpty());

    // An administrator, who does no case work, sees the list masked too.
    CHECK(only(u.listFor(u.admin)).restricted);
}

TEST_CASE("team-mates and the supervisors in a team see its cases in full; others do not", "[access][teams]")
{
    Unit u;
    CHECK(only(u.listFor(u.carol)).restricted);
    CHECK_FALSE(CaseAccess(u.t.db(), u.carol).check(u.aliceCase, Action::ViewCase).ok());

    u.team(QStringLiteral("Response 2"), {u.alice.user.id, u.bob.user.id, u.carol.user.id});
    for (const Session* s : {&u.bob, &u.carol}) {
        const CaseSummary& row = only(u.listFor(*s));
        CHECK_FALSE(row.restricted);
        CHECK(row.suspects == QStringLiteral("ROE, John"));
        CHECK(u.countFor(*s, QStringLiteral("Roe")) == 1);
        CHECK(CaseAccess(u.t.db(), *s).check(u.aliceCase, Action::EditCase).ok());
        CHECK(CaseAccess(u.t.db(), *s).accessTo(u.aliceCase) == Decision::Allowed);
    }
    // The table still rules what each may do: an officer in the team does not delete the case.
    CHECK_FALSE(CaseAccess(u.t.db(), u.bob).check(u.aliceCase, Action::DeleteCase).ok());

    // Another team's officer stays outside.
    const Session dave = test::sessionFor(u.t.db(), QStringLiteral("dave"), {Role::Officer});
    u.team(QStringLiteral("Response 3"), {dave.user.id});
    CHECK(only(u.listFor(dave)).restricted);
}

TEST_CASE("without a grant the guard refuses; a grant needs a reason and 15 characters, and is audited", "[access][grants]")
{
    Unit u;
    CaseAccess bobAccess(u.t.db(), u.bob);
    CHECK(bobAccess.accessTo(u.aliceCase) == Decision::NeedsJustification);
    for (Action action : {Action::ViewCase, Action::EditCase, Action::ExportDocument, Action::ExportCaseBundle}) {
        auto refused = bobAccess.check(u.aliceCase, action);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Reason for access"));
        CHECK(refused.error().message.contains(QStringLiteral("Open this case with a reason first")));
    }
    // A justification typed into the guard is what its records keep; it lets nobody in.
    bobAccess.setJustification(QStringLiteral("x"));
    CHECK_FALSE(bobAccess.check(u.aliceCase, Action::ViewCase).ok());

    AccessGrants grants(u.t.db(), u.bob);
    for (const QString& tooShort : {QStringLiteral("x"), QStringLiteral("   checking it   ")}) {
        auto refused = grants.grant(u.aliceCase, GrantReason::Other, tooShort);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Reason for access"));
        CHECK(refused.error().message.contains(QStringLiteral("at least 15 characters")));
    }
    CHECK(u.countFor(u.bob, QStringLiteral("Roe")) == 0);

    ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto granted = grants.grant(u.aliceCase, GrantReason::LinkedEnquiry, QStringLiteral("  ") + grantText + QStringLiteral(" "));
    REQUIRE(granted.ok());
    CHECK(granted->text == grantText);
    CHECK(granted->expiresUtc == QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC));
    CHECK(granted->justification() == QStringLiteral("Linked enquiry (protocol 3.8): ") + grantText);

    auto records = AuditLog::readForCase(u.t.db(), u.aliceCase);
    REQUIRE(records.ok());
    const AuditRecord& consult = records->last();
    CHECK(consult.action == AuditAction::Consult);
    CHECK(consult.userName == QStringLiteral("bob"));
    CHECK(consult.entityType == QStringLiteral("access_grant"));
    CHECK(consult.entityId == QString::number(granted->id));
    CHECK(consult.justification == granted->justification());
    CHECK(AuditLog::verify(u.t.db()).ok);

    // While it lasts: the guard lets Bob work on the case, the list shows the names, and the
    // consultation of the case names the grant's reason.
    CHECK(bobAccess.accessTo(u.aliceCase) == Decision::Allowed);
    CaseAccess working(u.t.db(), u.bob);
    auto ref = working.check(u.aliceCase, Action::EditCase);
    REQUIRE(ref.ok());
    CHECK(working.check(u.aliceCase, Action::ExportDocument).ok());
    CHECK_FALSE(working.check(u.aliceCase, Action::DeleteCase).ok());
    REQUIRE(working.audit(AuditAction::Consult, ref.value(), QStringLiteral("case"), u.aliceCase, {}, {}).ok());
    CHECK(AuditLog::readForCase(u.t.db(), u.aliceCase)->last().justification == granted->justification());
    CHECK(only(u.listFor(u.bob)).suspects == QStringLiteral("ROE, John"));
    CHECK(u.countFor(u.bob, QStringLiteral("Roe")) == 1);
    CaseService cases(u.t.db(), u.bob);
    CHECK(cases.loadCase(u.aliceCase).ok());
}

TEST_CASE("a grant ends at sign-out, at lock and 8 hours after it was given", "[access][grants][time]")
{
    Unit u;
    ScopedFakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto grant = [&] { REQUIRE(AccessGrants(u.t.db(), u.bob).grant(u.aliceCase, GrantReason::Supervision, grantText).ok()); };
    auto open = [&] { return CaseAccess(u.t.db(), u.bob).check(u.aliceCase, Action::ViewCase).ok(); };

    SECTION("sign-out")
    {
        grant();
        REQUIRE(open());
        REQUIRE(Authenticator(u.t.db()).signOut(u.bob).ok());
        CHECK_FALSE(open());
        CHECK(only(u.listFor(u.bob)).restricted);
    }
    SECTION("a screen lock, but not someone else's lock or a sign-in back-off")
    {
        grant();
        AuditRecord backOff = AuditLog::recordFor(u.bob, AuditAction::Lock);
        backOff.entityType = QStringLiteral("user");
        REQUIRE(recordSessionEvent(u.t.db(), backOff).ok());
        AuditRecord aliceLocks = AuditLog::recordFor(u.alice, AuditAction::Lock);
        aliceLocks.entityType = QStringLiteral("session");
        REQUIRE(recordSessionEvent(u.t.db(), aliceLocks).ok());
        CHECK(open());
        AuditRecord lock = AuditLog::recordFor(u.bob, AuditAction::Lock);
        lock.entityType = QStringLiteral("session");
        REQUIRE(recordSessionEvent(u.t.db(), lock).ok());
        CHECK_FALSE(open());
    }
    SECTION("the next sign-in, when a crash left the grant open")
    {
        grant();   // the desk then lost power: no sign-out was recorded
        REQUIRE(open());
        REQUIRE(Authenticator(u.t.db(), PasswordHasher(HashCost::minimumForTests()))
                    .signIn(QStringLiteral("bob"), QString::fromLatin1(test::testPassword))
                    .ok());
        CHECK_FALSE(open());
    }
    SECTION("8 hours")
    {
        grant();
        clock.advanceSeconds(8 * 3600 - 1);
        CHECK(open());
        clock.advanceSeconds(1);
        CHECK_FALSE(open());
        CHECK(CaseAccess(u.t.db(), u.bob).accessTo(u.aliceCase) == Decision::NeedsJustification);
    }
    // Each way, the grant stays as the record of who was let in, and a new one can be given.
    auto stored = AccessGrantRepository(u.t.db()).forCase(u.aliceCase);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    grant();
    CHECK(open());
}

TEST_CASE("administrators get no case content, with or without a reason", "[access][grants]")
{
    Unit u;
    auto refused = AccessGrants(u.t.db(), u.admin).grant(u.aliceCase, GrantReason::Other, grantText);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(actionLabel(Action::ViewOthersCase)));
    CHECK(CaseAccess(u.t.db(), u.admin).accessTo(u.aliceCase) == Decision::Denied);
    CHECK_FALSE(CaseAccess(u.t.db(), u.admin).check(u.aliceCase, Action::ViewCase).ok());
    // Putting an administrator in a team gives them no case work either: the list stays masked.
    u.team(QStringLiteral("Response 2"), {u.alice.user.id, u.admin.user.id});
    CHECK(only(u.listFor(u.admin)).restricted);
    CHECK_FALSE(CaseAccess(u.t.db(), u.admin).check(u.aliceCase, Action::ViewCase).ok());
}

TEST_CASE("linked search shows that a match exists and whom to ask, not the other case's people", "[access][linked]")
{
    Unit u;
    const qint64 bobCase = u.makeCase(u.bob, QStringLiteral("45AA0209821"), QStringLiteral("PC 2 Bob"), QStringLiteral("Roe"));
    LinkedSearchService search(u.t.db(), u.bob);
    Person probe;
    probe.caseId = bobCase;
    probe.role = PersonRole::Suspect;
    probe.forenames = QStringLiteral("John");
    probe.surname = QStringLiteral("Roe");
    probe.dateOfBirth = QDate(1980, 3, 12);

    auto found = search.findPersonElsewhere(probe);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->isEmpty());
    for (const LinkedMatch& m : found.value()) {
        CHECK(m.ranked.candidate.person.caseId == u.aliceCase);
        CHECK(m.ranked.candidate.urn == QStringLiteral("45AA0209820"));
        CHECK(m.restricted);
        CHECK(m.officerInCase == QStringLiteral("PC 1 Alice"));
        CHECK(m.ranked.candidate.person.displayName().isEmpty());
        CHECK_FALSE(m.ranked.candidate.person.dateOfBirth.isValid());
        CHECK(m.ranked.matches.isEmpty());
        CHECK(m.otherComplainants.isEmpty());
        CHECK(m.ranked.score > 0);
    }
    // Nobody confirms or dismisses a person they cannot see.
    auto decided = search.recordDecision(0, bobCase, found->first(), LinkDecision::Dismissed, QStringLiteral("n/a"));
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().message.contains(QStringLiteral("45AA0209820")));

    // The search box: a hit in Alice's case names neither person, and says whom to ask.
    auto hits = search.globalSearch(QStringLiteral("John Roe 12/03/1980"));
    REQUIRE(hits.ok());
    bool sawAlices = false;
    for (const GlobalSearchHit& h : hits.value()) {
        if (h.caseId != u.aliceCase) continue;
        sawAlices = true;
        CHECK(h.restricted);
        CHECK_FALSE(h.title.contains(QStringLiteral("ROE"), Qt::CaseInsensitive));
        CHECK_FALSE(h.title.contains(QStringLiteral("Doe"), Qt::CaseInsensitive));
        CHECK_FALSE(h.matched.contains(QStringLiteral("Roe"), Qt::CaseInsensitive));
        CHECK(h.matched.contains(QStringLiteral("PC 1 Alice")));
    }
    CHECK(sawAlices);

    // Once opened with a reason, the match shows the person and can be decided.
    REQUIRE(AccessGrants(u.t.db(), u.bob).grant(u.aliceCase, GrantReason::LinkedEnquiry, grantText).ok());
    auto after = search.findPersonElsewhere(probe);
    REQUIRE(after.ok());
    REQUIRE_FALSE(after->isEmpty());
    CHECK_FALSE(after->first().restricted);
    CHECK(after->first().ranked.candidate.person.surname.compare(QStringLiteral("Roe"), Qt::CaseInsensitive) == 0);
    auto searchId = search.recordSearch(bobCase, LinkedSearchService::describeProbe(probe), int(after->size()));
    REQUIRE(searchId.ok());
    CHECK(search.recordDecision(searchId.value(), bobCase, after->first(), LinkDecision::Confirmed, QString()).ok());
}

TEST_CASE("only an administrator manages teams, and every change is audited", "[access][teams][security]")
{
    Unit u;
    for (const Session* s : {&u.alice, &u.carol}) {
        auto refused = TeamService(u.t.db(), *s).createTeam(QStringLiteral("Mine"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(actionLabel(Action::ManageTeams)));
    }
    TeamService teams(u.t.db(), u.admin);
    auto id = teams.createTeam(QStringLiteral("  Response 2 "));
    REQUIRE(id.ok());
    auto duplicate = teams.createTeam(QStringLiteral("response 2"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("Team name"));
    CHECK(teams.createTeam(QStringLiteral("   ")).error().field == QStringLiteral("Team name"));
    REQUIRE(teams.addMember(id.value(), u.bob.user.id).ok());
    CHECK_FALSE(TeamService(u.t.db(), u.bob).addMember(id.value(), u.alice.user.id).ok());
    REQUIRE(teams.renameTeam(id.value(), QStringLiteral("Response 2 (North)")).ok());
    REQUIRE(teams.removeMember(id.value(), u.bob.user.id).ok());
    REQUIRE(teams.deleteTeam(id.value()).ok());
    CHECK(teams.teams()->isEmpty());

    auto all = AuditLog::readAll(u.t.db());
    REQUIRE(all.ok());
    QStringList trail;
    for (const AuditRecord& r : all.value())
        if (r.entityType.startsWith(QStringLiteral("team")) && r.entityId == QString::number(id.value())) {
            CHECK(r.userName == QStringLiteral("admin"));
            trail << r.entityType + u' ' + auditActionCode(r.action) + u' ' + QString::fromUtf8(r.afterJson);
        }
    CHECK(trail == QStringList{
                       QStringLiteral("team create {\"name\":\"Response 2\"}"),
                       QStringLiteral("team_member create {\"member\":\"bob\",\"team\":\"Response 2\"}"),
                       QStringLiteral("team update {\"name\":\"Response 2 (North)\"}"),
                       QStringLiteral("team_member update {\"member\":\"\"}"),
                       QStringLiteral("team update {\"name\":null}"),   // its members had all left
                   });
    CHECK(AuditLog::verify(u.t.db()).ok);
}

TEST_CASE("a supervisor's review queue holds the submissions of the cases they see in full", "[access][teams][risk]")
{
    Unit u;
    const RiskAssessment submitted = test::submittedDash(u.t.db(), u.alice, u.aliceCase, 12);
    auto queueFor = [&](const Session& supervisor) {
        auto queue = RiskAssessmentService(u.t.db(), supervisor).supervisorQueue();
        REQUIRE(queue.ok());
        QList<qint64> ids;
        for (const QueueEntry& e : queue.value()) ids.append(e.assessment.id);
        return ids;
    };
    // Outside Alice's teams, Carol would be refused at openForReview: the queue does not offer it.
    CHECK(queueFor(u.carol).isEmpty());
    CHECK_FALSE(RiskAssessmentService(u.t.db(), u.carol).openForReview(submitted.id).ok());

    // With a grant (e.g. covering another team's queue), it is there for the grant's life.
    REQUIRE(AccessGrants(u.t.db(), u.carol).grant(u.aliceCase, GrantReason::Supervision, grantText).ok());
    CHECK(queueFor(u.carol) == QList<qint64>{submitted.id});
    REQUIRE(Authenticator(u.t.db()).signOut(u.carol).ok());
    CHECK(queueFor(u.carol).isEmpty());

    // In Alice's team, she sees it as her team's supervisor.
    test::joinTeam(u.t.db(), QStringLiteral("Stalking unit"), {u.alice.user.id, u.carol.user.id});
    CHECK(queueFor(u.carol) == QList<qint64>{submitted.id});
}
