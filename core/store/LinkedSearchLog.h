#pragma once
// The record of linked-incident searches on a case (protocol 3.8: "interrogate their systems to
// identify whether there are any linked incidents"): that a search was done, when, by whom, for
// what and with how many results, and what the officer decided about each possible match. This
// record is evidence that the search was made, so rows are only ever added.

#include "common/Result.h"
#include "domain/Codes.h"   // LinkDecision

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct {

class Database;

struct LinkedSearchRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime searchedUtc;
    QString searchedBy;
    QString querySummary;   // e.g. "Suspect SMITH, John, born 12/03/1980; 2 phone number(s)"
    int resultCount = 0;
};

struct LinkedSearchDecision {
    qint64 id = 0;
    qint64 searchId = 0;    // the search that showed the match; 0 when none was recorded
    qint64 caseId = 0;      // the case the search was made for
    qint64 matchedCaseId = 0;
    QString matchedUrn;
    qint64 matchedPersonId = 0;
    QString matchedPersonName;
    int score = 0;
    LinkDecision decision = LinkDecision::Dismissed;
    QString note;
    QDateTime decidedUtc;
    QString decidedBy;
};

class LinkedSearchLog {
public:
    explicit LinkedSearchLog(const Database& db) : m_db(db) {}

    Result<qint64> addSearch(const LinkedSearchRecord& record) const;
    Result<qint64> addDecision(const LinkedSearchDecision& decision) const;
    Result<QList<LinkedSearchRecord>> searchesForCase(qint64 caseId) const;          // oldest first
    Result<QList<LinkedSearchDecision>> decisionsForCase(qint64 caseId) const;      // oldest first

private:
    const Database& m_db;
};

} // namespace conduct
