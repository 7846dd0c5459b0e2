#pragma once
// Whether the application writes authority through the server (issue 25).
//
// On a store made by `conduct server init`, a desk signs in as the officer's own login role, and
// that role has no UPDATE on the columns that carry authority (a risk assessment's or a charging
// document's status: ServerGrants.cpp). The repositories then hand those steps to the owner's
// functions (ServerFunctions.h), which re-check the rule on the server: submitting is the
// author's or the case's, approving is a supervisor's who is neither. On a database file, or a
// PostgreSQL store set up without `conduct server init`, the application writes them itself.
//
// This is a choice of route, not a permission: a desk that guessed wrong would be refused by the
// server's grants, never let through.

namespace conduct {

class Database;

// True when the store's owner functions exist (asked once per connection, then remembered).
bool writesAuthorityThroughServer(const Database& db);

} // namespace conduct
