#include "store/server/ServerRowSecurity.h"

#include "security/Permissions.h"
#include "store/Database.h"

#include <QHash>
#include <QMutex>

namespace conduct {
namespace {

QList<CaseTable> makeCaseTables()
{
    return {
        {"cases", "id"},
        {"people", "case_id"},
        {"person_details", "person_id", "people"},
        {"person_search_keys", "person_id", "people"},
        {"incidents", "case_id"},
        {"checklist_items", "case_id"},
        {"exhibits", "case_id"},
        {"exhibit_continuity", "exhibit_id", "exhibits"},
        {"exhibit_incidents", "exhibit_id", "exhibits"},
        {"exhibit_checklist_items", "exhibit_id", "exhibits"},
        {"exhibit_attachments", "exhibit_id", "exhibits"},
        {"attachment_content", "attachment_id", "exhibit_attachments"},
        {"enquiry_answers", "case_id"},
        {"case_measures", "case_id"},
        {"offence_guide_facts", "case_id"},
        {"offence_choices", "case_id"},
        {"withdrawals", "case_id"},
        {"care_records", "case_id"},
        {"case_actions", "case_id"},
        {"case_flags", "case_id"},
        {"risk_assessments", "case_id"},
        {"assessment_reviews", "assessment_id", "risk_assessments"},
        {"transferred_reviews", "assessment_id", "risk_assessments"},
        {"charging_documents", "case_id"},
        {"charging_document_reviews", "document_id", "charging_documents"},
        {"transferred_audit_records", "case_id"},
        {"linked_searches", "case_id"},
        {"linked_search_decisions", "case_id"},
        // An unfinished edit is its author's alone; one of a case also needs the case.
        {"drafts", "case_id", nullptr, "user_id"},
    };
}

// Every function's header, as ServerFunctions.cpp's: run as the owner, with a search_path no
// caller can put objects in front of.
const char* const definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp";

// Times as the application stores them (ISO 8601 UTC with milliseconds), so text compares as time.
QString utcText(const char* offset)
{
    return QStringLiteral("to_char((now() + interval '%1') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(QLatin1String(offset));
}

// The roles of the permission table whose cell for `action` passes `passes`, as an SQL list.
QString rolesWhere(Action action, bool (*passes)(Decision))
{
    QStringList roles;
    for (Role role : allRoles())
        if (passes(PermissionTable::cell(role, action))) roles.append(QLatin1Char('\'') + roleCode(role) + QLatin1Char('\''));
    return roles.isEmpty() ? QStringLiteral("NULL") : roles.join(QStringLiteral(", "));
}
bool notDenied(Decision d) { return d != Decision::Denied; }
bool allowed(Decision d) { return d == Decision::Allowed; }

// The caller holds one of `roles` in the application's table and as a member of the group role,
// as conduct_caller_holds checks.
QString callerHoldsOneOf(const QString& roles, const char* me)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = %1 AND r.role IN (%2) "
                          "AND pg_has_role(session_user, '@PREFIX@_' || r.role, 'MEMBER'))")
        .arg(QLatin1String(me), roles);
}

// The application's fullViewCondition (AccessGrantRepository.cpp), asked of the caller the server
// knows, for a role that does case work (view_case; an administrator alone does none, as
// CaseAccess::accessTo says): the case's officer in the case is the caller or a team-mate, the
// caller is its supervisor, or the caller holds a grant for it that has not ended or expired.
// Each part is a set or a value worked out once per statement (uncorrelated subqueries, hashed),
// as the application's own condition is: a function called for every row would cost a query
// and a search_path switch per row. `row` qualifies the case's columns.
QString fullViewOf(const QString& row)
{
    return QStringLiteral("(%1oic_user_id IN (SELECT conduct_colleagues()) OR %1supervisor_user_id = (SELECT conduct_case_worker()) "
                          "OR %1id IN (SELECT conduct_granted_cases()))")
        .arg(row);
}

// The caller's account when their roles do case work; NULL otherwise, which matches nothing.
QString caseWorker()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_case_worker() RETURNS bigint @DEFINER@ AS $f$
  WITH me AS (SELECT conduct_caller_id() AS id)
  SELECT me.id FROM me WHERE %1
$f$)").arg(callerHoldsOneOf(rolesWhere(Action::ViewCase, notDenied), "me.id"));
}

// The case worker and every member of their teams (supervisors see their teams through membership).
const char* const colleagues = R"(
CREATE OR REPLACE FUNCTION conduct_colleagues() RETURNS SETOF bigint @DEFINER@ AS $f$
  SELECT conduct_case_worker() WHERE conduct_case_worker() IS NOT NULL
  UNION
  SELECT theirs.user_id FROM team_members mine JOIN team_members theirs ON theirs.team_id = mine.team_id
   WHERE mine.user_id = conduct_case_worker()
$f$)";

QString grantedCases()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_granted_cases() RETURNS SETOF bigint @DEFINER@ AS $f$
  SELECT g.case_id FROM access_grants g WHERE g.user_id = conduct_case_worker() AND g.ended_utc IS NULL AND g.expires_utc > %1
$f$)").arg(utcText("0 seconds"));
}

// The same rule for one case, for the review functions (ServerFunctions.cpp), which run as the
// owner and so are not filtered.
QString mayReadCase()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_may_read_case(p_case bigint) RETURNS boolean @DEFINER@ AS $f$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case AND %1)
$f$)").arg(fullViewOf(QStringLiteral("c.")));
}

// The caller's own account id (their drafts, their grants, their records of no case).
const char* const myAccount = R"(
CREATE OR REPLACE FUNCTION conduct_my_account() RETURNS bigint @DEFINER@ AS $f$
  SELECT conduct_caller_id()
$f$)";

// A grant may be taken only by its holder, in a role the table lets open others' cases
// (view_others_case), with the reason's text the application asks for (AccessGrants.h: 15
// characters) and an end no later than 8 hours from now (5 minutes' allowance for a desk's clock).
QString mayHoldGrant()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_may_hold_grant(p_holder bigint, p_reason_text text, p_expires text)
RETURNS boolean @DEFINER@ AS $f$
  WITH me AS (SELECT conduct_caller_id() AS id)
  SELECT EXISTS (SELECT 1 FROM me WHERE me.id IS NOT NULL AND p_holder = me.id AND %1
     AND length(btrim(coalesce(p_reason_text, ''))) >= 15 AND p_expires <= %2)
$f$)")
        .arg(callerHoldsOneOf(rolesWhere(Action::ViewOthersCase, notDenied), "me.id"), utcText("8 hours 5 minutes"));
}

// Whether the caller reads the whole audit trail: the roles the table lets read it (read_audit_trail).
QString readsWholeAuditTrail()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_reads_whole_audit_trail() RETURNS boolean @DEFINER@ AS $f$
  WITH me AS (SELECT conduct_caller_id() AS id)
  SELECT EXISTS (SELECT 1 FROM me WHERE me.id IS NOT NULL AND %1)
$f$)")
        .arg(callerHoldsOneOf(rolesWhere(Action::ReadAuditTrail, allowed), "me.id"));
}

// The rule asked of the case a row names: one look-up of the case by its key, then the sets above.
QString caseReadable(const QString& caseOfRow)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cases c WHERE c.id = %1 AND %2)").arg(caseOfRow, fullViewOf(QStringLiteral("c.")));
}
// The caller's account, worked out once per statement.
const QString mine = QStringLiteral("(SELECT conduct_my_account())");

// Every case, its names blanked unless the caller may read it: the columns CaseListQuery's
// masked list reads, and no others.
const char* const caseListView = R"(
CREATE VIEW conduct_case_list WITH (security_barrier = true) AS
SELECT c.id, c.urn, c.status, c.officer_in_case, c.updated_utc, c.incident_count, c.last_incident_utc, c.risk_review_due,
       CASE WHEN seen.readable THEN 1 ELSE 0 END AS full_view,
       CASE WHEN seen.readable THEN c.complainant_names ELSE '' END AS complainant_names,
       CASE WHEN seen.readable THEN c.suspect_names ELSE '' END AS suspect_names,
       CASE WHEN seen.readable THEN c.people_search ELSE '' END AS people_search
  FROM cases c CROSS JOIN LATERAL (SELECT @FULL_VIEW@ AS readable) seen)";

// The chain's end, which every append builds on (AuditLogStore::chainEnd): a hash says nothing.
const char* const chainEndView = R"(
CREATE VIEW conduct_audit_chain_end WITH (security_barrier = true) AS
SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1)";

const QStringList viewNames = {QStringLiteral("conduct_case_list"), QStringLiteral("conduct_audit_chain_end")};

QString filled(QString sql, const ServerNames& names)
{
    sql = sql.trimmed();
    sql.replace(QStringLiteral("@DEFINER@"), QString::fromLatin1(definer));
    // ServerNames accepted only [a-z0-9_], so neither needs quoting inside the statements.
    sql.replace(QStringLiteral("@SCHEMA@"), names.schema());
    sql.replace(QStringLiteral("@PREFIX@"), names.prefix());
    return sql;
}

const CaseTable* findCaseTable(const QString& table)
{
    for (const CaseTable& t : caseTables())
        if (table == QLatin1String(t.table)) return &t;
    return nullptr;
}

// One table's policies: one condition for reading, changing and removing a row, one for what a
// changed row must meet, and one for adding a row.
QStringList policiesOn(const QString& table, const QString& readable, const QString& changed, const QString& addable)
{
    const QString t = quotedIdentifier(table);
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t),
        QStringLiteral("CREATE POLICY conduct_read ON %1 FOR SELECT USING (%2)").arg(t, readable),
        QStringLiteral("CREATE POLICY conduct_change ON %1 FOR UPDATE USING (%2) WITH CHECK (%3)").arg(t, readable, changed),
        QStringLiteral("CREATE POLICY conduct_remove ON %1 FOR DELETE USING (%2)").arg(t, readable),
        QStringLiteral("CREATE POLICY conduct_add ON %1 FOR INSERT WITH CHECK (%2)").arg(t, addable),
    };
}
} // namespace

const QList<CaseTable>& caseTables()
{
    static const QList<CaseTable> tables = makeCaseTables();
    return tables;
}

QStringList caseTableNames()
{
    QStringList names;
    for (const CaseTable& t : caseTables()) names.append(QLatin1String(t.table));
    return names;
}

QStringList separatelyGovernedTables() { return {QStringLiteral("access_grants"), QStringLiteral("audit_log")}; }

QString caseExpressionOf(const QString& table)
{
    const CaseTable* t = findCaseTable(table);
    if (!t) return {};
    const QString column = QLatin1String(t->table) + QLatin1Char('.') + QLatin1String(t->key);
    if (!t->parent) return column;
    // The parent's own expression, read from the parent's row this one names.
    const QString parent = QLatin1String(t->parent);
    return QStringLiteral("(SELECT %1 FROM %2 WHERE %2.id = %3)").arg(caseExpressionOf(parent), parent, column);
}

QStringList rowSecurityFunctions()
{
    return {QStringLiteral("conduct_case_worker()"), QStringLiteral("conduct_colleagues()"), QStringLiteral("conduct_granted_cases()"),
            QStringLiteral("conduct_may_read_case(bigint)"),
            QStringLiteral("conduct_my_account()"), QStringLiteral("conduct_may_hold_grant(bigint, text, text)"),
            QStringLiteral("conduct_reads_whole_audit_trail()")};
}

Result<QStringList> rowSecurityStatements(const Database& db, const ServerNames& names)
{
    auto present = db.tableNames();
    if (!present.ok()) return present.error();
    QStringList sql;
    for (const QString& view : viewNames) sql.append(QStringLiteral("DROP VIEW IF EXISTS %1").arg(view));
    for (const QString& f : {caseWorker(), QString::fromUtf8(colleagues), grantedCases(), mayReadCase(),
                             QString::fromUtf8(myAccount), mayHoldGrant(), readsWholeAuditTrail()})
        sql.append(filled(f, names));

    // Every policy of the schema goes, so that one no longer generated cannot linger.
    auto old = db.exec(QStringLiteral("SELECT quote_ident(policyname), quote_ident(tablename) FROM pg_policies "
                                      "WHERE schemaname = current_schema()"));
    if (!old.ok()) return old.error();
    while (old->next())
        sql.append(QStringLiteral("DROP POLICY %1 ON %2").arg(old->value(0).toString(), old->value(1).toString()));

    for (const CaseTable& t : caseTables()) {
        const QString table = QLatin1String(t.table);
        if (!present->contains(table)) continue;   // SQLite's own
        if (table == QLatin1String("cases")) {
            // Asked of the row's own columns, so a new case is checked before it is stored. A
            // changed case must still meet the rule for whoever changes it (PostgreSQL also holds an
            // UPDATE's new row to the reading policy): a case is handed over within the team.
            const QString ownColumns = fullViewOf(QString());
            sql += policiesOn(table, ownColumns, ownColumns, ownColumns);
            continue;
        }
        const QString caseOfRow = caseExpressionOf(table);
        // A draft is also its author's alone; one of no case yet is theirs whatever the case list.
        // A changed row must still belong to a case that may be read: none moves into another.
        const QString readableRow = t.authorColumn
            ? QStringLiteral("%1.%2 = %3 AND (%4 IS NULL OR %5)")
                  .arg(table, QLatin1String(t.authorColumn), mine, caseOfRow, caseReadable(caseOfRow))
            : caseReadable(caseOfRow);
        sql += policiesOn(table, readableRow, readableRow, readableRow);
    }
    // An officer's own grants, and the grants of cases they may read (who was let in).
    const QString grantRules = QStringLiteral("conduct_may_hold_grant(user_id, reason_text, expires_utc)");
    sql += policiesOn(QStringLiteral("access_grants"),
                      QStringLiteral("user_id = %1 OR %2").arg(mine, caseReadable(QStringLiteral("access_grants.case_id"))),
                      grantRules, grantRules);
    // Appending is checked by the actor trigger (ServerFunctions.h), and a record may name a case
    // just erased; no policy lets a record be changed or removed (nor does any grant).
    const QString auditTable = QStringLiteral("audit_log");
    sql += {QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(auditTable),
            // The whole trail for the roles that read it; otherwise the records of cases that may be
            // read, and the caller's own records of no case (sign-ins, locks).
            QStringLiteral("CREATE POLICY conduct_read ON %1 FOR SELECT USING ((SELECT conduct_reads_whole_audit_trail()) "
                           "OR (case_id <> 0 AND %2) OR (case_id = 0 AND user_id = %3))")
                .arg(auditTable, caseReadable(QStringLiteral("audit_log.case_id")), mine),
            QStringLiteral("CREATE POLICY conduct_add ON %1 FOR INSERT WITH CHECK (true)").arg(auditTable)};
    sql.append(filled(QString::fromUtf8(caseListView).replace(QStringLiteral("@FULL_VIEW@"), fullViewOf(QStringLiteral("c."))), names));
    sql.append(filled(QString::fromUtf8(chainEndView), names));
    return sql;
}

QStringList rowSecurityViewGrants(const ServerNames& names)
{
    QStringList groups;
    for (Role role : allRoles()) groups.append(quotedIdentifier(names.groupRole(role)));
    QStringList sql;
    for (const QString& view : viewNames) sql.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(view, groups.join(QStringLiteral(", "))));
    return sql;
}

bool readsThroughServerViews(const Database& db)
{
    if (db.engine() != Engine::Postgres) return false;
    // Connection names are unique per opened store, so an answer never reaches another store.
    static QMutex guard;
    static QHash<QString, bool> answered;
    {
        QMutexLocker lock(&guard);
        if (auto it = answered.constFind(db.connectionName()); it != answered.constEnd()) return *it;
    }
    auto found = db.scalar(QStringLiteral("SELECT to_regclass('conduct_case_list') IS NOT NULL"));
    const bool views = found.ok() && found->toBool();
    if (found.ok()) {
        QMutexLocker lock(&guard);
        answered.insert(db.connectionName(), views);
    }
    return views;
}

} // namespace conduct
