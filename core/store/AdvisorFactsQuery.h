#pragma once
// The advisor's one query of its own: the latest completed risk screening of a case with the
// level a supervisor agreed (3.7). Everything else the advisor reads comes through the services.

#include "common/Result.h"
#include "rules/Advisor.h"

namespace conduct {

class Database;

Result<RiskFacts> latestRiskFacts(const Database& db, qint64 caseId);

} // namespace conduct
