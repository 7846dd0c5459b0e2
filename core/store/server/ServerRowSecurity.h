#pragma once
// Row-level security on a server store (issue 25, third slice): the server itself filters the rows
// of every case table by the application's need-to-know rule (AccessGrantRepository.h), so that
// an officer with psql and their own credentials reads and changes only what the desk would let
// them.
//
// One rule, written once in the owner's functions, says who may read a case: a caller whose
// roles do case work (the permission table's view_case: officers and supervisors, not an
// administrator alone) who is its officer in the case or its supervisor, shares a team with its
// officer in the case, or holds a justified-access grant for it (officer, case, reason, expiry
// after now) that has not been ended. The rule is asked of each row's case through three owner
// functions worked out once per statement (the caller's colleagues, the caller, their granted
// cases), as the application's own condition is. Every case table, listed once in caseTables(),
// gets the same four policies built on it. Writing follows reading, as CaseAccess::check does: a
// case that may be read may be changed by the roles the grants allow.
//
// Row-level security filters rows, not columns, so what the desk shows masked comes through views
// owned by the owner (security_barrier): conduct_case_list (every case, names blanked unless it
// may be read) and conduct_audit_chain_end (the newest audit record's sequence and hash, which
// every desk needs to append to the chain but which may belong to a case it cannot read).
//
// The owner is not filtered (no FORCE): its SECURITY DEFINER functions and the views must see
// every row, it can never sign in, and only a superuser, who bypasses every policy anyway, can
// become it.

#include "common/Result.h"
#include "store/server/ServerRoles.h"

#include <QStringList>

namespace conduct {

class Database;

// A table of case data and how one of its rows leads to its case.
struct CaseTable {
    const char* table;
    // The column holding the case's id ("case_id", "id" for cases), or, with `parent`, the column
    // holding the parent row's id.
    const char* key;
    const char* parent = nullptr;   // a case table the row belongs to, e.g. person_details → people
    // A row that also belongs to one account (drafts: their author's own): only that account reads it.
    const char* authorColumn = nullptr;
};

// THE list of case tables: cases, every table with a case_id, and the tables reached through them.
const QList<CaseTable>& caseTables();
QStringList caseTableNames();
// Tables with a case_id that follow their own rule instead: access_grants (an officer's own
// grants, and the grants of cases they may read; a new grant must carry a reason and end within
// 8 hours) and audit_log (ReadAuditTrail's roles all of it; others the records of cases they may
// read and their own records of no case).
QStringList separatelyGovernedTables();

// The SQL expression giving the case id of a row of `table` (qualified by the table's name, for a
// policy on it). Empty for a table not in caseTables().
QString caseExpressionOf(const QString& table);

// Run as the owner, before the grants (ServerGrants.h): the functions, the policies (every policy
// on a case table dropped and made again from the list) and the views.
Result<QStringList> rowSecurityStatements(const Database& db, const ServerNames& names);
// Run after the grants, which start by revoking everything in the schema: SELECT on the views.
QStringList rowSecurityViewGrants(const ServerNames& names);
// The functions the policies and views call, which every group role must be able to execute.
QStringList rowSecurityFunctions();

// Whether this store filters rows on the server, so the masked case list and the audit chain's end
// must be read through the owner's views: true for a PostgreSQL store that server init set up
// (asked once per connection), false for a file or an application-managed PostgreSQL store.
bool readsThroughServerViews(const Database& db);

} // namespace conduct
