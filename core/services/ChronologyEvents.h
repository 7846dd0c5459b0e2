#pragma once
// The dated events of a case other than its incidents, for the chronology's timeline markers
// (protocol 3.2: the pattern, not isolated incidents): risk screenings and their levels, bail,
// orders applied for, breaches, charging decisions and withdrawals of support.

#include "common/Result.h"
#include "domain/RiskAssessment.h"
#include "services/CaseWorkRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct {

struct ChronologyEvent {
    QDateTime whenUtc;
    QString kind;    // "risk", "bail", "order", "breach", "charge", "withdrawal"
    QString label;   // shown beside the marker
    bool timeKnown = true;   // false for a date alone (bail granted on, a breach whose time is not known)
    bool operator==(const ChronologyEvent&) const = default;
};

// Oldest first. Events without a date are left out: a marker needs a place on the axis.
QList<ChronologyEvent> chronologyEvents(const QList<RiskAssessment>& assessments, const CaseWorkRecords& records);

// Loads what chronologyEvents() needs through the services (permission checked).
Result<QList<ChronologyEvent>> loadChronologyEvents(Database& db, const Session& session, qint64 caseId,
                                                    const QString& accessJustification);

} // namespace conduct
