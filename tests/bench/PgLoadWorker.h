#pragma once
// conduct-pg-load's writers (issue 12's load requirement): each thread works the shared store
// through CaseService on a connection of its own, and keeps a record of every write the service
// reported as committed, so that the check afterwards (PgLoadCheck.h) can prove none was lost.

#include "security/User.h"

#include <QList>
#include <QString>
#include <chrono>
#include <latch>
#include <map>

namespace conduct::pgload {

using SteadyClock = std::chrono::steady_clock;

// A case edit the service reported as saved: the value written and the row version it produced.
struct CommittedEdit {
    qint64 caseId = 0;
    qint64 newVersion = 0;
    QString value;
};

// An incident the service reported as saved, with the id it was given.
struct CommittedAdd {
    qint64 caseId = 0;
    qint64 incidentId = 0;
    QString description;
};

// Everything one writer did; only its own thread touches it until the thread has ended.
struct WriterLog {
    QList<CommittedEdit> edits;
    QList<CommittedAdd> adds;
    // Per committed operation, first attempt to commit, retries included; kept apart because only
    // edits conflict, so their tail says something different from the adds'.
    QList<double> editLatenciesMs;
    QList<double> addLatenciesMs;
    qint64 conflictsRefused = 0;      // stale saves refused with the conflict error (expected)
    qint64 editsAbandoned = 0;        // logical edits given up after maxAttempts conflicts
    qint64 deadlocksRetried = 0;      // "deadlock detected" / "could not serialize", retried
    std::map<QString, qint64> unhandled;   // any other failure, by message: these escaped to the caller
    QString openError;                // the writer could not even connect

    qint64 committed() const { return edits.size() + adds.size(); }
    qint64 unhandledCount() const;
};

struct WriterJob {
    int writerId = 0;
    QString address;          // with ?schema=, so every writer sees the same store
    Session session;          // this writer's own account
    QList<qint64> caseIds;    // the few cases every writer picks from, so that writers collide
    quint32 seed = 0;
    std::latch* ready = nullptr;     // counted down once connected; the clock starts when all are
    std::latch* start = nullptr;     // released by the main thread
    const SteadyClock::time_point* deadline = nullptr;   // set before `start` is released
};

// The number of tries for one logical operation (a conflict reloads and tries again).
inline constexpr int maxAttempts = 25;

// Runs on its own thread: connects, waits for the start, and loops until the deadline.
void runWriter(const WriterJob& job, WriterLog& log);

// The value a writer's n-th edit writes into crime_reference: who wrote it, and which one.
QString editValue(int writerId, qint64 counter);

} // namespace conduct::pgload
