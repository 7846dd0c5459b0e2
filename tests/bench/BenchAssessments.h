#pragma once
// Risk assessments for conduct-bench's caseload (issue 10: "cases, people, incidents,
// assessments"), written through RiskAssessmentService exactly as officers and supervisors
// write them: start, save, submit, then a second account approves. Also the accounts the
// benchmark signs in as, and the supervisor's queue scenario.

#include "BenchStats.h"

#include "common/Result.h"
#include "domain/RiskAssessment.h"
#include "security/User.h"

namespace conduct {
class Database;
}

namespace conduct::bench {

// The account `userName` (created on first use with these roles) as a signed-in session.
Session benchAccount(Database& db, const QString& userName, const QString& displayName, const QSet<Role>& roles);
// Puts the accounts in one team (made if missing): team-mates see each other's cases in full.
Status putInOneTeam(Database& db, const QString& teamName, const QList<qint64>& userIds);

struct AssessmentLoad {
    int written = 0;
    int approved = 0;
    int awaitingReview = 0;
    int drafts = 0;
};

// About `total` assessments spread over the cases (a case's earlier versions approved, its newest
// mostly approved, some awaiting review, a few still drafts), DASH or S-DASH with answers drawn
// from the seed. Batched inside one outer transaction per 200 cases, which the service's own
// transactions join, so generation is not bound by one fsync per call.
Result<AssessmentLoad> generateAssessments(Database& db, const Session& officer, int total, quint32 seed);

// An officer's draft on `packId`, answered and graded, ready to submit (the PostgreSQL bench times
// the submission on its own). The draft is saved; the returned value carries the grading.
Result<RiskAssessment> readyToSubmit(Database& db, const Session& officer, qint64 caseId, const QString& packId, quint32 seed);
// The supervisor account generateAssessments approves with (made if missing).
Session benchSupervisor(Database& db);

// A supervisor opening the review queue: every submission awaiting review, ranked.
Figure supervisorQueueScenario(Database& db, int runs);

} // namespace conduct::bench
