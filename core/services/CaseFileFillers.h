#pragma once
// One filler per optional section of the CaseFile, each reading through the service of the issue
// that owns the data. Each is separate so a section can be added, or fixed, without touching the
// others. A filler leaves its section empty when nothing is recorded; it fails only when the
// store cannot be read or the user may not read the case.

#include "common/Result.h"
#include "export/CaseFile.h"
#include "security/User.h"

namespace conduct {

class Database;

struct FillerContext {
    Database& db;
    const Session& session;
    QString accessJustification;
    int pinnedMg3Version = 0;   // 0: the newest version; otherwise that version (an approved earlier one)
    int pinnedMg5Version = 0;
};

// Schema v4: submitted and approved risk screenings, with their questions as on the form version
// they were answered on, and the supervisor's sign-off (protocol 3.7, 4.5).
Status fillRiskAssessments(const FillerContext& context, qint64 caseId, CaseFile& file);

// Schema v5: evidence checklist status (protocol 3.1) and the exhibit register.
Status fillEvidence(const FillerContext& context, qint64 caseId, CaseFile& file);

// Schema v6: withdrawal statement and officer's report (protocol 5.3, 5.4), special measures
// (MG2), charging, action plan and draft restraining order (4.7, 4.10, 9.2).
Status fillCareSections(const FillerContext& context, qint64 caseId, CaseFile& file);

// Schema v12 (issue 22): the written MG3 and MG5 (the newest version, or the pinned one), the
// officer's profile, the facts the case carries (offences as charges, bail, 4.3, approved risk,
// breaches, time limit), the MG2's age and assessing officer, and the MG11 taker's profile when the
// officer in the case took the statement. Runs after the other fillers.
Status fillChargingFile(const FillerContext& context, qint64 caseId, CaseFile& file);

// The chronology's timeline markers: risk screenings, bail, orders, breaches, charging decisions
// and withdrawals (ChronologyEvents.h), oldest first.
Status fillCaseFileEvents(const FillerContext& context, qint64 caseId, CaseFile& file);

} // namespace conduct
