#pragma once
// The owner role's SECURITY DEFINER functions on a server store (issue 25): every write that
// carries authority goes through one of them, and each checks its rule on the server, whatever
// the desk sent. Each identifies its caller from session_user (the login role PREFIX_<user name>,
// the prefix written into the function as a literal: never a setting a client could change),
// sets its own search_path (schema, then pg_temp, so a caller's objects can never be found
// first), and is executable only by the group roles ServerGrants.cpp gives it to.
//
//   conduct_submit_assessment(id)                        the author sends a draft for review
//   conduct_review_assessment(id, decision, level, text) a supervisor who is not the author
//                                                        approves or returns it (protocol 3.7)
//   conduct_submit_charging_document(id)                 case work sends an MG3/MG5 for approval
//   conduct_review_charging_document(id, decision, reasons, supervisor part)
//                                                        the same four-eyes rule for an MG3/MG5
//   conduct_set_unit_policy(name, value)                 administrators
//   conduct_create_login(user, display, roles, verifier) administrators: a login role, its
//   conduct_set_login_roles(user, roles)                 groups and its account row; SCRAM
//   conduct_disable_login(user)                          verifiers only, never a password
//
// Internal helpers (conduct_caller_id, conduct_caller_holds, conduct_make_login) are executable
// by nobody but the owner; server init calls conduct_make_login once, as the database
// administrator, for the first administrator.

#include "store/server/ServerRoles.h"

#include <QStringList>

namespace conduct {

// CREATE OR REPLACE statements, run as the owner with the store's schema first in search_path.
QStringList serverFunctionStatements(const ServerNames& names);

// The audit trail's actor on a server store is the caller: a trigger refuses an audit record
// that names another account when a Conduct login role appends it.
QStringList serverTriggerStatements();

} // namespace conduct
