#pragma once
// conduct-bench on PostgreSQL (issue 28): each user action on a force's server, timed with no
// added delay and at a network's round trip, with the statements and round trips it takes,
// counted by the latency relay (tests/support/LatencyRelay.h) that every desk connection goes through.

#include "BenchStats.h"
#include "LatencyRelay.h"

#include "common/Result.h"
#include "domain/Incident.h"
#include "security/User.h"

#include <QList>
#include <QString>

namespace conduct {
class Database;
}

namespace conduct::bench {

struct ActionMeasure {
    explicit ActionMeasure(QString name, double targetAt20 = 0) : action(std::move(name)), targetMs(targetAt20) {}
    QString action;
    double targetMs = 0;   // the target at 20 ms round trip; 0 when it sets none
    // [0]: no delay added; [1]: at the chosen round trip. Counts are of the last run (the steady state).
    QList<double> samples[2];
    testing::RelayCounts counts[2];
};

struct PgBenchSetup {
    QString address;          // postgresql://… of the server itself (the relay goes in front)
    int roundTripMs = 20;
    int runs = 15;
    qint64 workspaceCaseId = 0;
    quint32 seed = 1997;
};

// Adds one case of exactly `incidents` incidents (the 500-incident workspace), unless the
// caseload has one already; returns its id.
Result<qint64> caseWithIncidents(Database& db, const Session& officer, int incidents, quint32 seed);

// Every action at no added delay, then at setup.roundTripMs. The officer is the bench account that
// owns the caseload, whose password is benchPassword().
Result<QList<ActionMeasure>> measureActionsThroughRelay(const PgBenchSetup& setup, const Session& officer);
QString benchPassword();

// The table: per action, median and round trips/statements at both delays, and the target.
QString actionTable(const QList<ActionMeasure>& rows, int roundTripMs);

// The chronology timeline of a case painted offscreen at its size in the window, frame after frame
// while zooming in, panning across and zooming out (the "< 16 ms a frame").
Figure timelinePaintScenario(const QList<Incident>& incidents);

} // namespace conduct::bench
