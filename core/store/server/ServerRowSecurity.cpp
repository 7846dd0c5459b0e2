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

// THE rule, on a case's own columns (so that a new case's row can be checked before it is stored):
// the application's fullViewCondition, asked of the caller the server knows, for a role that does
// case work (view_case; an administrator alone does none, as CaseAccess::accessTo says).
QString mayReadCaseRow()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_may_read_case_row(p_case bigint, p_oic bigint, p_supervisor bigint)
RETURNS boolean @DEFINER@ AS $f$
  WITH me AS (SELECT conduct_caller_id() AS id)
  SELECT EXISTS (SELECT 1 FROM me WHERE me.id IS NOT NULL AND %1
     AND (p_oic = me.id OR p_supervisor = me.id
          OR p_oic IN (SELECT theirs.user_id FROM team_members mine
                       JOIN team_members theirs ON theirs.team_id = mine.team_id WHERE mine.user_id = me.id)
          OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = me.id AND g.case_id = p_case
                     AND g.ended_utc IS NULL AND g.expires_utc > %2)))
$f$)")
        .arg(callerHoldsOneOf(rolesWhere(Action::ViewCase, notDenied), "me.id"), utcText("0 seconds"));
}

const char* const mayReadCase = R"(
CREATE OR REPLACE FUNCTION conduct_may_read_case(p_case bigint) RETURNS boolean @DEFINER@ AS $f$
  SELECT coalesce((SELECT conduct_may_read_case_row(c.id, c.oic_user_id, c.supervisor_user_id)
                   FROM cases c WHERE c.id = p_case), false)
$f$)";

// A draft: its author's, and of a case they may read, or of no case yet.
const char* const mayReadOwnRow = R"(
CREATE OR REPLACE FUNCTION conduct_may_read_own_row(p_case bigint, p_author bigint) RETURNS boolean @DEFINER@ AS $f$
  SELECT p_author = conduct_caller_id() AND (p_case IS NULL OR conduct_may_read_case(p_case))
$f$)";

// A grant may be seen by its holder, and by those who may read its case (the record of who was
// let in).
const char* const maySeeGrant = R"(
CREATE OR REPLACE FUNCTION conduct_may_see_grant(p_holder bigint, p_case bigint) RETURNS boolean @DEFINER@ AS $f$
  SELECT p_holder = conduct_caller_id() OR conduct_may_read_case(p_case)
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

// The audit trail: all of it for the roles the table lets read it (read_audit_trail); for
// everyone else the records of cases they may read, and their own records of no case (their
// sign-ins and locks). Another account's records of no case (accounts, policy, sign-ins) stay
// with the roles that read the trail.
QString mayReadAuditRecord()
{
    return QStringLiteral(R"(
CREATE OR REPLACE FUNCTION conduct_may_read_audit_record(p_case bigint, p_actor bigint) RETURNS boolean @DEFINER@ AS $f$
  WITH me AS (SELECT conduct_caller_id() AS id)
  SELECT EXISTS (SELECT 1 FROM me WHERE me.id IS NOT NULL
     AND (%1 OR (p_case <> 0 AND conduct_may_read_case(p_case)) OR (p_case = 0 AND p_actor = me.id)))
$f$)")
        .arg(callerHoldsOneOf(rolesWhere(Action::ReadAuditTrail, allowed), "me.id"));
}

// Every case, its names blanked unless the caller may read it: the columns CaseListQuery's
// masked list reads, and no others.
const char* const caseListView = R"(
CREATE VIEW conduct_case_list WITH (security_barrier = true) AS
SELECT c.id, c.urn, c.status, c.officer_in_case, c.updated_utc, c.incident_count, c.last_incident_utc, c.risk_review_due,
       CASE WHEN seen.readable THEN 1 ELSE 0 END AS full_view,
       CASE WHEN seen.readable THEN c.complainant_names ELSE '' END AS complainant_names,
       CASE WHEN seen.readable THEN c.suspect_names ELSE '' END AS suspect_names,
       CASE WHEN seen.readable THEN c.people_search ELSE '' END AS people_search
  FROM cases c CROSS JOIN LATERAL (SELECT conduct_may_read_case_row(c.id, c.oic_user_id, c.supervisor_user_id) AS readable) seen)";

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
    return {QStringLiteral("conduct_may_read_case_row(bigint, bigint, bigint)"), QStringLiteral("conduct_may_read_case(bigint)"),
            QStringLiteral("conduct_may_read_own_row(bigint, bigint)"), QStringLiteral("conduct_may_see_grant(bigint, bigint)"),
            QStringLiteral("conduct_may_hold_grant(bigint, text, text)"),
            QStringLiteral("conduct_may_read_audit_record(bigint, bigint)")};
}

Result<QStringList> rowSecurityStatements(const Database& db, const ServerNames& names)
{
    auto present = db.tableNames();
    if (!present.ok()) return present.error();
    QStringList sql;
    for (const QString& view : viewNames) sql.append(QStringLiteral("DROP VIEW IF EXISTS %1").arg(view));
    sql.append(filled(mayReadCaseRow(), names));
    for (const char* f : {mayReadCase, mayReadOwnRow, maySeeGrant}) sql.append(filled(QString::fromUtf8(f), names));
    sql.append(filled(mayHoldGrant(), names));
    sql.append(filled(mayReadAuditRecord(), names));

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
            // A case is checked on its own columns: a new one is not stored yet. PostgreSQL also
            // holds a changed row to the reading policy, so a case stays readable by whoever
            // changes it: nobody hands a case out of their own sight with an UPDATE (see README).
            const QString row = QStringLiteral("conduct_may_read_case_row(id, oic_user_id, supervisor_user_id)");
            sql += policiesOn(table, row, row, row);
            continue;
        }
        const QString readable = t.authorColumn
            ? QStringLiteral("conduct_may_read_own_row(%1, %2.%3)").arg(caseExpressionOf(table), table, QLatin1String(t.authorColumn))
            : QStringLiteral("conduct_may_read_case(%1)").arg(caseExpressionOf(table));
        // A row changed or added must belong to a case that may be read: none moves into another.
        sql += policiesOn(table, readable, readable, readable);
    }
    const QString grantRules = QStringLiteral("conduct_may_hold_grant(user_id, reason_text, expires_utc)");
    sql += policiesOn(QStringLiteral("access_grants"), QStringLiteral("conduct_may_see_grant(user_id, case_id)"), grantRules,
                      grantRules);
    // Appending is checked by the actor trigger (ServerFunctions.h), and a record may name a case
    // just erased; no policy lets a record be changed or removed (nor does any grant).
    const QString auditTable = QStringLiteral("audit_log");
    sql += {QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(auditTable),
            QStringLiteral("CREATE POLICY conduct_read ON %1 FOR SELECT USING (conduct_may_read_audit_record(case_id, user_id))")
                .arg(auditTable),
            QStringLiteral("CREATE POLICY conduct_add ON %1 FOR INSERT WITH CHECK (true)").arg(auditTable)};
    for (const char* view : {caseListView, chainEndView}) sql.append(filled(QString::fromUtf8(view), names));
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
