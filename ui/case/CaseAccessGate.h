#pragma once
// Permission before a dialog of several steps begins, never at its last step (issue 31): an officer
// must not review a whole complainant's log, or fill in a bundle's passphrase twice, only to be
// refused at the final button. The check is core's (CaseAccess and the permission table); this
// only asks it first, and where a justified-access grant would let the officer in (a colleague's
// case outside their teams), offers the grant there and then (OpenCaseDialog) instead of a
// "Reason for access" message that gives nowhere to give a reason.

#include "security/Permissions.h"
#include "security/User.h"

#include <QString>

class QWidget;

namespace conduct {

class Database;

// True when `action` on the case may go ahead, after the grant was given if one was needed. False
// when the officer cancelled the grant, or when they may not: then they were told why, under `title`.
bool mayBeginOnCase(QWidget* parent, Database& db, const Session& session, qint64 caseId, Action action, const QString& title);

// For an action that makes a new case (a bundle import): refused up front, saying why.
bool mayBegin(QWidget* parent, const Session& session, Action action, const QString& title);

} // namespace conduct
