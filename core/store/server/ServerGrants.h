#pragma once
// What each desk role may do on a server store, generated from the permission table of
// core/security/Permissions (issue 25), so that the server and the application cannot drift.
//
// One declarative table says which tables each Action writes (and how); another says which
// server functions each Action calls. A group role's grants are the union over the actions the
// permission table allows that role (a "needs a reason" cell counts: the reason is the
// application's to ask, and, in a later slice, row-level security's to check). Every group reads
// every table; row-level security narrows that later.
//
// Nothing here gives a desk role DDL, TRIGGER, TRUNCATE, REFERENCES or ownership, nor UPDATE or
// DELETE on the audit trail. Columns that carry authority (a risk assessment's or an MG3/MG5's
// status) are never granted: the owner's SECURITY DEFINER functions (ServerFunctions.h) set them
// after checking the rule on the server. Tables that hold authority whole (accounts, roles,
// reviews, unit policy) take no desk writes at all.

#include "common/Result.h"
#include "security/Permissions.h"
#include "store/server/ServerRoles.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace conduct {

class Database;

enum class TablePrivilege { Select, Insert, Update, Delete };
// Qt 6.4 has no qHash for scoped enums: QSet<TablePrivilege> needs this one (found by ADL).
inline size_t qHash(TablePrivilege privilege, size_t seed = 0) noexcept { return ::qHash(static_cast<int>(privilege), seed); }
QString privilegeKeyword(TablePrivilege privilege);   // "SELECT", as in GRANT and has_table_privilege

// What one group role holds, before the live schema's columns are known.
struct DeskPrivileges {
    QMap<QString, QSet<TablePrivilege>> tables;   // table -> privileges (INSERT/UPDATE exclude authority columns)
    QStringList functions;                         // signatures, e.g. "conduct_review_assessment(bigint, text, text, text)"
};

// The union over the actions that the permission table allows `role`.
DeskPrivileges deskPrivilegesFor(Role role);

// The writes and function calls one action makes, from the declarative table.
QMap<QString, QSet<TablePrivilege>> tableWritesOf(Action action);
QStringList functionsCalledBy(Action action);

// Every table the declarative tables know: written by some action, or read-only to desks.
// A table of the schema missing here gets no grant; the [server] tests fail until it is placed.
QStringList classifiedTables();
// Tables every desk role reads (false for the server-kept audit trail), and the tables an action
// reads that not every desk role does: those get SELECT only through an allowed action.
bool everyDeskReads(const QString& table);
QStringList tablesReadBy(Action action);
// Columns never granted INSERT or UPDATE to a desk role: written only by the server functions.
QStringList authorityColumns(const QString& table);

// The statements, run as the owner in the store's schema, that bring the three group roles'
// privileges to exactly the generated ones: everything revoked first, then granted. Column
// grants name the table's live columns minus its authority columns.
Result<QStringList> grantStatements(const Database& db, const ServerNames& names);

} // namespace conduct
