#pragma once
// Turns what the Withdrawal, Victim care, Bail & orders and Charging tabs record into the facts
// the advisor's rules for protocol 4.5–9.2 read. A pure function: no store, no session.
// Where nothing is recorded yet and the rule has another source (the checklist's VPS item, the
// case status), the fact stays absent so that rule falls back to it.

#include "rules/Advisor.h"
#include "services/CaseWorkRecords.h"

namespace conduct {

void fillCaseWorkFacts(const CaseWorkRecords& records, AdvisorInput& in);

} // namespace conduct
