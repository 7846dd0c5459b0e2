#include "store/server/ServerGrants.h"

#include "store/Database.h"
#include "store/server/ServerAuditTrail.h"
#include "store/server/ServerRowSecurity.h"

#include <QCoreApplication>
#include <array>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ServerGrants", text); }

constexpr TablePrivilege I = TablePrivilege::Insert;
constexpr TablePrivilege U = TablePrivilege::Update;
constexpr TablePrivilege D = TablePrivilege::Delete;

struct TableWrite {
    Action action;
    const char* table;
    QList<TablePrivilege> privileges;
};

// The content of a case: what an officer adds, changes and removes while working it.
constexpr std::array caseContentTables = {
    "people", "person_details", "person_search_keys", "incidents", "incidents_fts_pending", "exhibits",
    "exhibit_attachments", "attachment_content", "exhibit_checklist_items", "exhibit_continuity", "exhibit_incidents",
    "checklist_items", "case_actions", "case_flags", "case_measures", "care_records", "enquiry_answers",
    "offence_choices", "offence_guide_facts", "withdrawals", "linked_searches", "linked_search_decisions",
};

// THE table of what each action writes, beside the permission table it follows. Actions absent
// here write nothing but their audit record (every action appends one; see tableWritesOf).
const QList<TableWrite>& tableWrites()
{
    static const QList<TableWrite> writes = [] {
        QList<TableWrite> w = {
            // Opening someone else's case records a justified-access grant, and ends it later.
            {Action::ViewOthersCase, "access_grants", {I, U}},
            {Action::CreateCase, "cases", {I}},
            {Action::EditCase, "cases", {U}},
            {Action::EditCase, "drafts", {I, U, D}},
            {Action::EditCase, "personal_words", {I, U, D}},
            // An MG3 or MG5 is written with the case; its status only through the review function.
            {Action::EditCase, "charging_documents", {I, U}},
            // Erasure (DPA 2018 s47): the case's rows go with it by ON DELETE CASCADE, which runs
            // with the owner's rights, so no other table needs DELETE for it.
            {Action::DeleteCase, "cases", {D}},
            // A draft assessment may be discarded; a submitted or approved one is kept (a trigger says so).
            {Action::CompleteAssessment, "risk_assessments", {I, U, D}},
            // The first signed bundle makes this database's signing key.
            {Action::ExportCaseBundle, "database_identity", {I}},
            {Action::ImportCaseBundle, "cases", {I}},
            {Action::ImportCaseBundle, "risk_assessments", {I}},
            {Action::ImportCaseBundle, "charging_documents", {I}},
            {Action::ImportCaseBundle, "transferred_audit_records", {I}},
            {Action::ImportCaseBundle, "transferred_reviews", {I}},
            {Action::ManageTrustedKeys, "trusted_keys", {I, U, D}},
            {Action::ManageTeams, "teams", {I, U, D}},
            {Action::ManageTeams, "team_members", {I, U, D}},
        };
        for (const char* table : caseContentTables) {
            w.append({Action::EditCase, table, {I, U, D}});
            w.append({Action::ImportCaseBundle, table, {I}});
        }
        return w;
    }();
    return writes;
}

// Tables no desk role writes: the store's identity, and the tables that hold authority whole,
// written only by the owner's functions (accounts and roles, reviews, the unit's policy).
constexpr std::array readOnlyTables = {
    "conduct_meta", "users", "user_roles", "assessment_reviews", "charging_document_reviews", "unit_policy",
};

// The audit trail is appended to by every action and never changed (no UPDATE, no DELETE).
const char* const auditTable = "audit_log";

struct AuthorityColumn {
    const char* table;
    const char* column;
};
// Protocol 3.7: a supervisor approves a risk assessment; MG3 "Approved for referral to CPS".
constexpr std::array authority = {
    AuthorityColumn{"risk_assessments", "status"},
    AuthorityColumn{"charging_documents", "status"},
};

struct FunctionCall {
    Action action;
    const char* signature;
};
// The owner's SECURITY DEFINER functions (ServerFunctions.cpp) and the action each carries out.
constexpr std::array functionCalls = {
    FunctionCall{Action::SubmitAssessment, "conduct_submit_assessment(bigint)"},
    FunctionCall{Action::ApproveAssessment, "conduct_review_assessment(bigint, text, text, text)"},
    FunctionCall{Action::ReturnAssessment, "conduct_review_assessment(bigint, text, text, text)"},
    FunctionCall{Action::EditCase, "conduct_submit_charging_document(bigint)"},
    FunctionCall{Action::ApproveChargingFile, "conduct_review_charging_document(bigint, text, text, text)"},
    FunctionCall{Action::ManageUsers, "conduct_create_login(text, text, text[], text)"},
    FunctionCall{Action::ManageUsers, "conduct_set_login_roles(text, text[])"},
    FunctionCall{Action::ManageUsers, "conduct_disable_login(text)"},
    FunctionCall{Action::ManageUnitPolicy, "conduct_set_unit_policy(text, text)"},
};

const std::array<Role, 3> deskRoles = {Role::Officer, Role::Supervisor, Role::Administrator};

struct TableRead {
    Action action;
    const char* table;
};
// Tables not every desk reads: SELECT goes only to the roles allowed one of these actions. The
// server-kept audit trail (ServerAuditTrail.h): supervisors read the audit trail; administrators
// sign checkpoints of it with the checkpoint keys they trust. Officers' reading of the rows of
// cases they may read comes with row-level security (issue 25, third slice).
const std::array restrictedReads = {
    TableRead{Action::ReadAuditTrail, serverTrailTable},
    TableRead{Action::ManageTrustedKeys, serverTrailTable},
};
} // namespace

QStringList tablesReadBy(Action action)
{
    QStringList tables;
    for (const TableRead& r : restrictedReads)
        if (r.action == action) tables.append(QLatin1String(r.table));
    return tables;
}

bool everyDeskReads(const QString& table)
{
    for (const TableRead& r : restrictedReads)
        if (table == QLatin1String(r.table)) return false;
    return true;
}

QString privilegeKeyword(TablePrivilege privilege)
{
    switch (privilege) {
    case TablePrivilege::Select: return QStringLiteral("SELECT");
    case TablePrivilege::Insert: return QStringLiteral("INSERT");
    case TablePrivilege::Update: return QStringLiteral("UPDATE");
    case TablePrivilege::Delete: return QStringLiteral("DELETE");
    }
    return {};
}

QMap<QString, QSet<TablePrivilege>> tableWritesOf(Action action)
{
    QMap<QString, QSet<TablePrivilege>> writes;
    writes[QLatin1String(auditTable)].insert(TablePrivilege::Insert);
    for (const TableWrite& w : tableWrites())
        if (w.action == action)
            for (TablePrivilege p : w.privileges) writes[QLatin1String(w.table)].insert(p);
    return writes;
}

QStringList functionsCalledBy(Action action)
{
    QStringList called;
    for (const FunctionCall& f : functionCalls)
        if (f.action == action) called.append(QLatin1String(f.signature));
    return called;
}

DeskPrivileges deskPrivilegesFor(Role role)
{
    DeskPrivileges held;
    for (const QString& table : classifiedTables())
        if (everyDeskReads(table)) held.tables[table].insert(TablePrivilege::Select);
    for (Action action : allActions()) {
        if (PermissionTable::cell(role, action) == Decision::Denied) continue;
        const auto writes = tableWritesOf(action);
        for (auto it = writes.begin(); it != writes.end(); ++it) held.tables[it.key()].unite(it.value());
        for (const QString& f : functionsCalledBy(action))
            if (!held.functions.contains(f)) held.functions.append(f);
        for (const QString& table : tablesReadBy(action)) held.tables[table].insert(TablePrivilege::Select);
    }
    // Row-level security's policies and views call these as the querying role, whatever it does.
    for (const QString& f : rowSecurityFunctions()) held.functions.append(f);
    return held;
}

QStringList classifiedTables()
{
    QStringList tables{QLatin1String(auditTable)};
    for (const char* t : readOnlyTables) tables.append(QLatin1String(t));
    for (const TableRead& r : restrictedReads)
        if (!tables.contains(QLatin1String(r.table))) tables.append(QLatin1String(r.table));
    for (const TableWrite& w : tableWrites())
        if (!tables.contains(QLatin1String(w.table))) tables.append(QLatin1String(w.table));
    tables.sort();
    return tables;
}

QStringList authorityColumns(const QString& table)
{
    QStringList columns;
    for (const AuthorityColumn& a : authority)
        if (table == QLatin1String(a.table)) columns.append(QLatin1String(a.column));
    return columns;
}

Result<QStringList> grantStatements(const Database& db, const ServerNames& names)
{
    auto present = db.tableNames();
    if (!present.ok()) return present.error();
    QStringList liveTables = present.value();
    // tableNames() leaves out the store's identity and the server-kept trail (DatabaseCatalogue.cpp).
    liveTables.append(QStringLiteral("conduct_meta"));
    auto trail = db.scalar(QStringLiteral("SELECT to_regclass(CAST(? AS TEXT)) IS NOT NULL"), {QLatin1String(serverTrailTable)});
    if (!trail.ok()) return trail.error();
    if (trail->toBool()) liveTables.append(QLatin1String(serverTrailTable));
    const QStringList classified = classifiedTables();
    for (const QString& table : liveTables)
        if (!classified.contains(table))
            return Error{tr("Server grants"), tr("The table %1 is not in the server's table of privileges "
                                                 "(core/store/server/ServerGrants.cpp), so no desk could use it. Add it "
                                                 "there before running server init or upgrade.").arg(table)};

    QStringList groups;
    for (Role role : deskRoles) groups.append(quotedIdentifier(names.groupRole(role)));
    const QString schema = quotedIdentifier(names.schema());
    const QString grantees = groups.join(QStringLiteral(", "));
    QStringList sql = {
        // Revoking a table's privileges revokes its columns' too, so this starts from nothing.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, grantees),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, grantees),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, grantees),
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC, %2").arg(schema, grantees),
        // Functions made later (a future upgrade) start with no EXECUTE for anyone either.
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
            .arg(quotedIdentifier(names.ownerRole()), schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, grantees),
    };
    for (Role role : deskRoles) {
        const QString group = quotedIdentifier(names.groupRole(role));
        const DeskPrivileges held = deskPrivilegesFor(role);
        for (auto it = held.tables.begin(); it != held.tables.end(); ++it) {
            if (!liveTables.contains(it.key())) continue;   // SQLite's own (the full-text index's queue)
            const QString table = quotedIdentifier(it.key());
            const QStringList withheld = authorityColumns(it.key());
            QStringList columns;
            if (!withheld.isEmpty()) {
                auto q = db.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                                "current_schema() AND table_name = ? ORDER BY ordinal_position"),
                                 {it.key()});
                if (!q.ok()) return q.error();
                while (q->next())
                    if (!withheld.contains(q->value(0).toString())) columns.append(quotedIdentifier(q->value(0).toString()));
            }
            for (TablePrivilege p : {TablePrivilege::Select, TablePrivilege::Insert, TablePrivilege::Update, TablePrivilege::Delete}) {
                if (!it.value().contains(p)) continue;
                const bool byColumn = !withheld.isEmpty() && (p == TablePrivilege::Insert || p == TablePrivilege::Update);
                sql.append(byColumn ? QStringLiteral("GRANT %1 (%2) ON %3 TO %4")
                                          .arg(privilegeKeyword(p), columns.join(QStringLiteral(", ")), table, group)
                                    : QStringLiteral("GRANT %1 ON %2 TO %3").arg(privilegeKeyword(p), table, group));
            }
        }
        for (const QString& function : held.functions)
            sql.append(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, group));
    }
    return sql;
}

} // namespace conduct
