#pragma once
// A clearly fictional, realistic stalking case for new users and screenshots: every name,
// address and number is invented (phone numbers come from Ofcom's drama range, 07700 900xxx).

#include "common/Result.h"
#include "services/CaseService.h"

namespace conduct {

class Database;

CaseImport buildDemoCase(const QDateTime& nowUtc);
// Writes the demo case into `db` unless a case with its URN is already there. Returns its id.
// `reviewer`, when given and a different account, approves the demo DASH (four-eyes review);
// without one it is left awaiting review.
Result<qint64> ensureDemoCase(Database& db, const Session& session, const Session* reviewer = nullptr);

// The demo case's evidence: a part-complete checklist, four exhibits and some lines of enquiry,
// so the Evidence, Exhibits and advisor views show a realistic mix (services/DemoEvidence.cpp).
Status addDemoEvidence(Database& db, const Session& session, qint64 caseId);
// The demo's withdrawal of support (5.3–5.6) and draft restraining order with verified addresses (9.2).
Status addDemoCare(Database& db, const Session& session, qint64 caseId);
// The demo's risk screening (services/DemoRisk.cpp): a DASH graded high and referred to MARAC,
// approved by `reviewer` when there is one, and an S-DASH awaiting review (protocol 3.7).
Status addDemoRiskAssessments(Database& db, qint64 caseId, const Session& officer, const Session* reviewer);

// The demo's charging file (services/DemoChargingFile.cpp): an MG3 and MG5 written and submitted by
// `officer`, approved by `reviewer` when there is one (issue 22).
Status addDemoChargingFile(Database& db, qint64 caseId, const Session& officer, const Session* reviewer);

inline constexpr const char* demoCaseUrn = "99ZZ0012326";

} // namespace conduct
