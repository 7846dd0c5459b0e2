#pragma once
// Sign-outs and screen locks are part of the record of who could see a case and when. Each is
// written to the audit trail; one that cannot be written is retried and then reported to the
// officer, never dropped in silence (issue 24).

#include "common/Result.h"
#include "security/AuditRecord.h"

namespace conduct {

class Database;

// A sign-out (Logout) or a screen lock (Lock of entity "session") also ends the user's
// justified-access grants (issue 24: a grant ends at sign-out and at lock), in the same
// transaction as the record, so the two are retried and reported together.
//
// Appends `record`, trying three times a moment apart: a file busy with another desk's write, or
// a server back after a blip, usually takes it on the second try. The last error is returned for
// the officer to see. A database opened read-only cannot record anything, and its banner says so:
// that is not an error here.
Status recordSessionEvent(Database& db, const AuditRecord& record);

} // namespace conduct
