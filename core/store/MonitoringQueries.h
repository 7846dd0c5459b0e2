#pragma once
// The store's side of the monitoring report (protocol 4.1, 10.1): the facts each figure is counted
// from, read in a few set-based queries so that a year of a force's caseload reads in well under
// half a second. Counting, medians and period rules live in monitoring/MonitoringReport.cpp.

#include "common/Result.h"
#include "rules/Charging.h"
#include "rules/Orders.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct {

class Database;

// The cases a report covers: opened between two instants, optionally one officer's (0: all).
struct MonitoringCaseFilter {
    QDateTime fromUtc;        // inclusive
    QDateTime untilUtc;       // exclusive
    qint64 officerUserId = 0;
};

// One case opened in the period, with what the case-based figures need.
struct OpenedCaseFacts {
    qint64 caseId = 0;
    QStringList offenceCodes;           // "s2", "s2A" ... (Codes.h)
    bool whyNotStalkingRecorded = false;
    QString latestRiskLevel;            // the level in force at the latest submitted/approved assessment; empty: none
    QDateTime firstIncidentUtc;         // invalid: no incident recorded
    QDateTime firstScreeningUtc;        // first submitted screening; invalid: none
};

struct WithdrawalEventFacts {
    qint64 caseId = 0;
    QDateTime statementTakenUtc;
    QString decisionCode;
};

// Event records of any case the officer filter allows; the period is applied to their own dates.
struct CaseWorkFacts {
    QList<ChargingRequest> chargingRequests;
    QList<PleaOffer> pleaOffers;
    QList<CourtOrder> restrainingOrders;
    QList<Breach> breaches;
    QList<WithdrawalEventFacts> withdrawals;
};

struct OfficerChoice {
    qint64 userId = 0;
    QString displayName;
};

struct CaseRowFacts {
    qint64 caseId = 0;
    QString urn;
    QString officerInCase;
    QString statusCode;
    QDateTime createdUtc;
};

class MonitoringQueries {
public:
    explicit MonitoringQueries(const Database& db) : m_db(db) {}

    Result<QList<OpenedCaseFacts>> openedCases(const MonitoringCaseFilter& filter) const;
    // Open cases (not NFA or closed) whose risk review date is before `asOf`.
    Result<QList<qint64>> overdueReviews(const QDate& asOf, qint64 officerUserId) const;
    Result<CaseWorkFacts> caseWork(qint64 officerUserId) const;
    // Cases still open (not NFA or closed), for the advisor figures.
    Result<QList<qint64>> openCases(qint64 officerUserId) const;
    // Accounts that are the officer in at least one case.
    Result<QList<OfficerChoice>> officers() const;
    Result<QList<CaseRowFacts>> caseRows(const QList<qint64>& caseIds) const;

private:
    const Database& m_db;
};

} // namespace conduct
