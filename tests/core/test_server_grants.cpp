// The server's privileges are generated from the permission table (issue 25): every write a desk
// role may make on a server store follows from a cell of tests/data/permissions.tsv, every
// allowed cell's writes are granted, and nothing gives a desk role UPDATE or DELETE on the audit
// trail or a write on the tables that hold authority. No server needed; the same generated
// grants are compared with a live server's in test_server_insider.cpp.

#include "PermissionRows.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/PostgresLocation.h"
#include "store/server/ServerAuditTrail.h"
#include "store/server/ServerGrants.h"
#include "store/server/ServerRoles.h"
#include "store/server/ServerRowSecurity.h"

using namespace conduct;

namespace {
const QList<Role> deskRoles = {Role::Officer, Role::Supervisor, Role::Administrator};

// Whether an allowed row of permissions.tsv for `role` writes `privilege` on `table`.
bool someAllowedActionWrites(const QList<test::PermissionRow>& rows, Role role, const QString& table, TablePrivilege privilege)
{
    for (const test::PermissionRow& row : rows)
        if (row.role == role && row.allowed && tableWritesOf(row.action).value(table).contains(privilege)) return true;
    return false;
}

bool someAllowedActionCalls(const QList<test::PermissionRow>& rows, Role role, const QString& function)
{
    for (const test::PermissionRow& row : rows)
        if (row.role == role && row.allowed && functionsCalledBy(row.action).contains(function)) return true;
    return false;
}
} // namespace

TEST_CASE("Every table of the schema has its place in the server's table of privileges", "[server]")
{
    test::TempDatabase t;
    auto tables = t.db().tableNames();
    REQUIRE(tables.ok());
    REQUIRE(tables->size() > 30);
    const QStringList classified = classifiedTables();
    for (const QString& table : tables.value()) {
        INFO("table " << table.toStdString() << ": add it to core/store/server/ServerGrants.cpp");
        CHECK(classified.contains(table));
    }
}

TEST_CASE("Each desk role's server privileges are exactly the writes of the actions permissions.tsv allows it", "[server]")
{
    const auto rows = test::permissionRows();
    REQUIRE(rows.size() == allActions().size() * deskRoles.size());
    for (Role role : deskRoles) {
        const DeskPrivileges held = deskPrivilegesFor(role);
        // Every allowed cell's writes and function calls are held...
        for (const test::PermissionRow& row : rows) {
            if (row.role != role || !row.allowed) continue;
            const auto writes = tableWritesOf(row.action);
            for (auto it = writes.begin(); it != writes.end(); ++it)
                for (TablePrivilege p : it.value()) {
                    INFO(roleCode(role).toStdString() << " " << actionCode(row.action).toStdString() << " needs "
                                                      << privilegeKeyword(p).toStdString() << " on " << it.key().toStdString());
                    CHECK(held.tables.value(it.key()).contains(p));
                }
            for (const QString& f : functionsCalledBy(row.action)) CHECK(held.functions.contains(f));
        }
        // ...and every write held comes from an allowed cell: nothing else is granted.
        for (auto it = held.tables.begin(); it != held.tables.end(); ++it)
            for (TablePrivilege p : it.value()) {
                if (p == TablePrivilege::Select) continue;
                INFO(roleCode(role).toStdString() << " holds " << privilegeKeyword(p).toStdString() << " on "
                                                  << it.key().toStdString());
                CHECK(someAllowedActionWrites(rows, role, it.key(), p));
            }
        for (const QString& f : held.functions) {
            INFO(roleCode(role).toStdString() << " may execute " << f.toStdString());
            // Row-level security's functions only answer who may read a row, as SELECT does, and
            // every role's queries call them (ServerRowSecurity.h).
            if (rowSecurityFunctions().contains(f)) continue;
            CHECK(someAllowedActionCalls(rows, role, f));
        }
        for (const QString& f : rowSecurityFunctions()) CHECK(held.functions.contains(f));
    }
}

TEST_CASE("No desk role may change the audit trail or write the tables that hold authority", "[server]")
{
    const QSet<TablePrivilege> readAndAppend = {TablePrivilege::Select, TablePrivilege::Insert};
    const QSet<TablePrivilege> readOnly = {TablePrivilege::Select};
    for (Role role : deskRoles) {
        INFO(roleCode(role).toStdString());
        const DeskPrivileges held = deskPrivilegesFor(role);
        CHECK(held.tables.value(QStringLiteral("audit_log")) == readAndAppend);
        for (const char* table : {"users", "user_roles", "assessment_reviews", "charging_document_reviews", "unit_policy",
                                  "conduct_meta"})
            CHECK(held.tables.value(QLatin1String(table)) == readOnly);
    }
    CHECK(authorityColumns(QStringLiteral("risk_assessments")) == QStringList{QStringLiteral("status")});
    CHECK(authorityColumns(QStringLiteral("charging_documents")) == QStringList{QStringLiteral("status")});
}

TEST_CASE("Who reads the server-kept audit trail follows permissions.tsv, and no desk role writes it", "[server]")
{
    const auto rows = test::permissionRows();
    const QString trail = QLatin1String(serverTrailTable);
    CHECK(classifiedTables().contains(trail));
    CHECK_FALSE(everyDeskReads(trail));
    for (Role role : deskRoles) {
        bool someAllowedActionReads = false;
        for (const test::PermissionRow& row : rows)
            if (row.role == role && row.allowed && tablesReadBy(row.action).contains(trail)) someAllowedActionReads = true;
        const QSet<TablePrivilege> held = deskPrivilegesFor(role).tables.value(trail);
        INFO(roleCode(role).toStdString());
        CHECK(held == (someAllowedActionReads ? QSet<TablePrivilege>{TablePrivilege::Select} : QSet<TablePrivilege>{}));
    }
    // Supervisors read the audit trail; administrators sign its checkpoints; officers wait for
    // row-level security (issue 25, third slice).
    CHECK(deskPrivilegesFor(Role::Officer).tables.value(trail).isEmpty());
    CHECK(deskPrivilegesFor(Role::Supervisor).tables.value(trail) == QSet<TablePrivilege>{TablePrivilege::Select});
    CHECK(deskPrivilegesFor(Role::Administrator).tables.value(trail) == QSet<TablePrivilege>{TablePrivilege::Select});
}

TEST_CASE("The server-kept trail leaves out only derived tables, and records the rest of the schema", "[server]")
{
    test::TempDatabase t;
    auto tables = t.db().tableNames();
    REQUIRE(tables.ok());
    for (const UnrecordedTable& left : tablesLeftOutOfServerTrail()) {
        INFO(left.table << ": " << left.why);
        CHECK(QString::fromLatin1(left.why).size() > 20);
    }
    for (const DigestedColumn& d : digestedColumns()) {
        INFO(d.table << "." << d.column);
        CHECK(tables->contains(QLatin1String(d.table)));
    }
}

TEST_CASE("Who may delete a case, review an assessment and manage accounts on the server", "[server]")
{
    const DeskPrivileges officer = deskPrivilegesFor(Role::Officer);
    const DeskPrivileges supervisor = deskPrivilegesFor(Role::Supervisor);
    const DeskPrivileges administrator = deskPrivilegesFor(Role::Administrator);
    const QString cases = QStringLiteral("cases");
    const QString review = QStringLiteral("conduct_review_assessment(bigint, text, text, text)");
    const QString createLogin = QStringLiteral("conduct_create_login(text, text, text[], text)");
    CHECK_FALSE(officer.tables.value(cases).contains(TablePrivilege::Delete));
    CHECK(supervisor.tables.value(cases).contains(TablePrivilege::Delete));
    CHECK_FALSE(administrator.tables.value(cases).contains(TablePrivilege::Update));
    CHECK_FALSE(officer.functions.contains(review));
    CHECK(supervisor.functions.contains(review));
    CHECK(administrator.functions.contains(createLogin));
    CHECK_FALSE(supervisor.functions.contains(createLogin));
    CHECK(officer.functions.contains(QStringLiteral("conduct_submit_assessment(bigint)")));
}

TEST_CASE("A server store's prefix names its roles and schema, and is checked", "[server]")
{
    auto names = ServerNames::forPrefix(QStringLiteral("sht_north"));
    REQUIRE(names.ok());
    CHECK(names->ownerRole() == QStringLiteral("sht_north_owner"));
    CHECK(names->groupRole(Role::Supervisor) == QStringLiteral("sht_north_supervisor"));
    CHECK(names->loginRole(QStringLiteral("PC.Jones")) == QStringLiteral("sht_north_PC.Jones"));
    CHECK(names->schema() == QStringLiteral("sht_north"));
    for (const char* bad : {"", "North", "1unit", "unit-north", "a_prefix_longer_than_20"}) {
        auto refused = ServerNames::forPrefix(QLatin1String(bad));
        INFO(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("--prefix"));
    }
    CHECK(checkServerUserName(QStringLiteral("pc.jones-2")).ok());
    CHECK_FALSE(checkServerUserName(QStringLiteral("o'brien")).ok());
    CHECK_FALSE(checkServerUserName(QStringLiteral("a b")).ok());
    CHECK(quotedIdentifier(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(quotedLiteral(QStringLiteral("it's")) == QStringLiteral("'it''s'"));
}

TEST_CASE("A server address may name the role to become, which init and upgrade use to run as the owner", "[server]")
{
    auto where = parsePostgresAddress(QStringLiteral("postgresql://postgres@db.example:5432/conduct?schema=sht_north&role=sht_north_owner"));
    REQUIRE(where.ok());
    CHECK(where->role == QStringLiteral("sht_north_owner"));
    CHECK(where->displayText() == QStringLiteral("postgresql://postgres@db.example:5432/conduct?schema=sht_north&role=sht_north_owner"));
    auto refused = parsePostgresAddress(QStringLiteral("postgresql://postgres@db.example/conduct?role=Sht_Owner"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("role name")));
}
