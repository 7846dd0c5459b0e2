// Every cell of the permission table, checked against tests/data/permissions.tsv: who may do what
// as the README, the user guide and the design notes word it, one (role, action) a line with the
// sentence it comes from, so the test never restates the code's table. Plus the ownership,
// justification and four-eyes rules.

#include "TestSupport.h"

#include "security/Permissions.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <map>
#include <optional>
#include <utility>

using namespace conduct;

namespace {

struct RuleRow {
    int line = 0;
    QString role;
    QString action;
    QString decision;
    QString source;
};

// Every row of the fixture as written, so that the checks below can name a bad line.
QList<RuleRow> readRuleRows()
{
    QFile file(test::sourcePath(QStringLiteral("tests/data/permissions.tsv")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<RuleRow> rows;
    int lineNumber = 0;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        INFO("permissions.tsv line " << lineNumber << ": " << line.toStdString());
        REQUIRE(cells.size() == 4);
        rows.append({lineNumber, cells.at(0), cells.at(1), cells.at(2), cells.at(3).trimmed()});
    }
    return rows;
}

std::optional<Decision> decisionFromWord(const QString& word)
{
    if (word == QStringLiteral("allowed")) return Decision::Allowed;
    if (word == QStringLiteral("reason")) return Decision::NeedsJustification;
    if (word == QStringLiteral("denied")) return Decision::Denied;
    return std::nullopt;
}

std::optional<Action> actionFromCode(const QString& code)
{
    for (Action action : allActions())
        if (actionCode(action) == code) return action;
    return std::nullopt;
}

using Cell = std::pair<Role, Action>;

// The fixture as (role, action) -> decision. Fails on a row naming an unknown role, action or
// decision, a row without its source sentence, and a pair written twice.
std::map<Cell, Decision> expectedCells()
{
    std::map<Cell, Decision> cells;
    for (const RuleRow& row : readRuleRows()) {
        INFO("permissions.tsv line " << row.line << ": " << row.role.toStdString() << " " << row.action.toStdString());
        const std::optional<Role> role = roleFromCode(row.role);
        const std::optional<Action> action = actionFromCode(row.action);
        const std::optional<Decision> decision = decisionFromWord(row.decision);
        REQUIRE(role.has_value());
        REQUIRE(action.has_value());
        REQUIRE(decision.has_value());
        CHECK_FALSE(row.source.isEmpty());
        CHECK(cells.emplace(Cell{*role, *action}, *decision).second);
    }
    return cells;
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

TEST_CASE("the rules fixture covers every role and action of the permission table", "[security]")
{
    const auto expected = expectedCells();
    int uncovered = 0;
    for (Role role : allRoles()) {
        for (Action action : allActions()) {
            INFO("no row in tests/data/permissions.tsv for " << roleCode(role).toStdString() << " "
                                                             << actionCode(action).toStdString());
            const bool covered = expected.count(Cell{role, action}) == 1;
            CHECK(covered);
            if (!covered) ++uncovered;
        }
    }
    CHECK(uncovered == 0);
    CHECK(expected.size() == size_t(allRoles().size() * allActions().size()));
}

TEST_CASE("every cell of the permission table says what the rules' own words say", "[security]")
{
    const auto expected = expectedCells();
    int cells = 0;
    for (const auto& [cell, decision] : expected) {
        const auto& [role, action] = cell;
        INFO(roleCode(role).toStdString() << " " << actionCode(action).toStdString());
        CHECK(decisionCode(PermissionTable::cell(role, action)) == decisionCode(decision));
        CHECK(PermissionTable::check({role}, action) == decision);
        ++cells;
    }
    CHECK(cells == allRoles().size() * allActions().size());
}

TEST_CASE("several roles combine to the most permissive cell", "[security]")
{
    const auto expected = expectedCells();
    const QList<QSet<Role>> combinations{
        {Role::Officer, Role::Supervisor}, {Role::Officer, Role::Administrator},
        {Role::Supervisor, Role::Administrator}, {Role::Officer, Role::Supervisor, Role::Administrator}};
    for (Action action : allActions()) {
        for (const QSet<Role>& roles : combinations) {
            Decision best = Decision::Denied;
            for (Role role : roles) {
                const auto found = expected.find(Cell{role, action});
                REQUIRE(found != expected.end());
                best = std::max(best, found->second);
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
