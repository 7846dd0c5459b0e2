// Every cell of the permission table, checked against a matrix written out by hand here, so the
// test does not merely restate the table; plus the ownership, justification and four-eyes rules.

#include "TestSupport.h"

#include "security/Permissions.h"

#include <QHash>
#include <QStringList>

using namespace conduct;

namespace {

// What the issue asks for, read across: officer, supervisor, administrator.
// A = allowed, J = needs a recorded justification, D = denied.
const char* const expectedMatrix = R"(
view_case            A A D
view_others_case     J A D
create_case          A A D
edit_case            A A D
delete_case          D A D
complete_assessment  A A D
submit_assessment    A A D
approve_assessment   D A D
return_assessment    D A D
export_document      A A D
print_document       A A D
manage_users         D D A
manage_form_packs    D D A
read_audit_trail     D A D
change_own_password  A A A
view_monitoring_report D A D
export_case_bundle   A A D
import_case_bundle   A A D
)";

Decision fromLetter(const QString& letter)
{
    if (letter == QStringLiteral("A")) return Decision::Allowed;
    if (letter == QStringLiteral("J")) return Decision::NeedsJustification;
    return Decision::Denied;
}

// action code -> decisions for officer, supervisor, administrator
QHash<QString, QList<Decision>> parseExpected()
{
    QHash<QString, QList<Decision>> rows;
    const QStringList lines = QString::fromLatin1(expectedMatrix).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        REQUIRE(cells.size() == 4);
        rows.insert(cells.at(0), {fromLetter(cells.at(1)), fromLetter(cells.at(2)), fromLetter(cells.at(3))});
    }
    return rows;
}

Session sessionFor(qint64 id, QSet<Role> roles)
{
    Session s;
    s.user.id = id;
    s.user.userName = QStringLiteral("user%1").arg(id);
    s.user.roles = std::move(roles);
    return s;
}

} // namespace

TEST_CASE("every cell of the permission table matches the expected matrix", "[security]")
{
    const auto expected = parseExpected();
    REQUIRE(expected.size() == allActions().size());   // no action missing from either side
    const QList<Role> roleColumns{Role::Officer, Role::Supervisor, Role::Administrator};
    int cells = 0;
    for (Action action : allActions()) {
        const QString code = actionCode(action);
        INFO("action " << code.toStdString());
        REQUIRE(expected.contains(code));
        for (int column = 0; column < roleColumns.size(); ++column) {
            const Role role = roleColumns.at(column);
            INFO("role " << roleCode(role).toStdString());
            CHECK(decisionCode(PermissionTable::cell(role, action)) == decisionCode(expected.value(code).at(column)));
            CHECK(PermissionTable::check({role}, action) == expected.value(code).at(column));
            ++cells;
        }
    }
    CHECK(cells == 18 * 3);
}

TEST_CASE("several roles combine to the most permissive cell", "[security]")
{
    const auto expected = parseExpected();
    const QList<QSet<Role>> combinations{
        {Role::Officer, Role::Supervisor}, {Role::Officer, Role::Administrator},
        {Role::Supervisor, Role::Administrator}, {Role::Officer, Role::Supervisor, Role::Administrator}};
    for (Action action : allActions()) {
        for (const QSet<Role>& roles : combinations) {
            Decision best = Decision::Denied;
            for (Role role : roles) {
                const int column = role == Role::Officer ? 0 : role == Role::Supervisor ? 1 : 2;
                best = std::max(best, expected.value(actionCode(action)).at(column));
            }
            INFO("action " << actionCode(action).toStdString());
            CHECK(PermissionTable::check(roles, action) == best);
        }
        CHECK(PermissionTable::check({}, action) == Decision::Denied);
    }
    // The cases the issue names explicitly.
    CHECK(PermissionTable::check({Role::Administrator}, Action::EditCase) == Decision::Denied);
    CHECK(PermissionTable::check({Role::Administrator, Role::Officer}, Action::EditCase) == Decision::Allowed);
    CHECK(PermissionTable::check({Role::Officer, Role::Supervisor}, Action::ViewOthersCase) == Decision::Allowed);
}

TEST_CASE("an officer opens someone else's case only with a recorded reason", "[security]")
{
    const Session officer = sessionFor(7, {Role::Officer});
    CHECK(requirePermission(officer, Action::ViewCase, CaseContext{7, {}}).ok());
    CHECK(requirePermission(officer, Action::EditCase, CaseContext{7, {}}).ok());

    const Status noReason = requirePermission(officer, Action::ViewCase, CaseContext{8, QStringLiteral("   ")});
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("Reason for access"));
    CHECK(noReason.error().message.contains(QStringLiteral("audit trail")));

    const CaseContext justified{8, QStringLiteral("Covering for PC Smith on leave; victim called in.")};
    CHECK(requirePermission(officer, Action::ViewCase, justified).ok());
    CHECK(requirePermission(officer, Action::ViewOthersCase, justified).ok());
    CHECK(requirePermission(officer, Action::EditCase, justified).ok());
    CHECK_FALSE(requirePermission(officer, Action::DeleteCase, justified).ok());
    CHECK_FALSE(requirePermission(officer, Action::ApproveAssessment, justified).ok());
}

TEST_CASE("supervisors open any case; administrators alone open none", "[security]")
{
    CHECK(requirePermission(sessionFor(1, {Role::Supervisor}), Action::ViewCase, CaseContext{9, {}}).ok());
    CHECK(requirePermission(sessionFor(1, {Role::Supervisor}), Action::ReadAuditTrail).ok());

    const Session admin = sessionFor(2, {Role::Administrator});
    const Status refused = requirePermission(admin, Action::ViewCase, CaseContext{9, QStringLiteral("curious")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not allowed")));
    CHECK_FALSE(requirePermission(admin, Action::CreateCase).ok());
    CHECK(requirePermission(admin, Action::ManageUsers).ok());
    CHECK(requirePermission(sessionFor(2, {Role::Administrator, Role::Officer}), Action::ViewCase, CaseContext{2, {}}).ok());
}

TEST_CASE("a justification-only cell is refused where there is no case to justify it", "[security]")
{
    CHECK_FALSE(requirePermission(sessionFor(3, {Role::Officer}), Action::ViewOthersCase).ok());
}

TEST_CASE("a deactivated account is refused everything", "[security]")
{
    Session s = sessionFor(4, {Role::Supervisor, Role::Administrator});
    s.user.active = false;
    for (Action action : allActions()) CHECK_FALSE(requirePermission(s, action).ok());
    CHECK_FALSE(requirePermission(s, Action::ViewCase, CaseContext{4, {}}).ok());
}

TEST_CASE("nobody approves or returns their own assessment: one four-eyes rule", "[security]")
{
    const User officer = sessionFor(10, {Role::Officer}).user;
    const User supervisor = sessionFor(11, {Role::Supervisor}).user;
    const User both = sessionFor(12, {Role::Officer, Role::Supervisor}).user;

    for (Action decision : {Action::ApproveAssessment, Action::ReturnAssessment}) {
        INFO(actionCode(decision).toStdString());
        CHECK(canReview(supervisor, officer.id, decision).ok());
        const Status own = canReview(both, both.id, decision);
        REQUIRE_FALSE(own.ok());
        CHECK(own.error().message.contains(QStringLiteral("another supervisor")));
        CHECK_FALSE(canReview(supervisor, supervisor.id, decision).ok());
        CHECK_FALSE(canReview(officer, officer.id, decision).ok());
        CHECK_FALSE(canReview(officer, supervisor.id, decision).ok());   // officers never review
    }
    CHECK(canReview(both, both.id, Action::ApproveAssessment).error().message.contains(QStringLiteral("Nobody approves")));
    CHECK(canReview(both, both.id, Action::ReturnAssessment).error().message.contains(QStringLiteral("Nobody returns")));
    // Only the two review decisions are four-eyes decisions.
    CHECK_FALSE(canReview(supervisor, officer.id, Action::EditCase).ok());
}
