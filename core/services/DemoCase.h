#pragma once
// A clearly fictional, realistic stalking case for new users and screenshots: every name,
// address and number is invented (phone numbers come from Ofcom's drama range, 07700 900xxx).

#include "common/Result.h"
#include "services/CaseService.h"

namespace conduct {

class Database;

CaseImport buildDemoCase(const QDateTime& nowUtc);
// Writes the demo case into `db` unless a case with its URN is already there. Returns its id.
Result<qint64> ensureDemoCase(Database& db, const Session& session);

inline constexpr const char* demoCaseUrn = "99ZZ0012326";

} // namespace conduct
