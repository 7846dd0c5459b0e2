#pragma once
// Linked-incident search (protocol 3.8: "interrogate their systems to identify whether there are
// any linked incidents that could indicate a pattern of behaviour"; 4.6: the suspect's history
// "in relation to this complainant or others") and the free search box (Ctrl+K).
//
// Candidates come from the store's key index (SearchIndex) and dates of birth (exact and with
// day and month transposed), so a search touches only people who share something with the
// probe, however many people the database holds; core/search's PersonMatcher then ranks them
// and says what matched and how strongly. A match is a prompt for the officer to look, never
// an automatic link: the officer confirms or dismisses it, and both the search and the
// decisions are recorded on the case as evidence that the search was made.
//
// Need to know (issue 24): a match in a case the user does not see in full (services/CaseAccess)
// still shows that a match exists, how strong it is, the case's URN and who to ask (the officer
// in the case), never the other person's name, details or what matched, until the user opens
// that case with a justification (services/AccessGrants). Such a match cannot be confirmed or
// dismissed before then: nobody can judge two people they cannot see.
//
// Limitation, by design: a name that is only a fuzzy match (a typing slip the phonetic key does
// not absorb) is found when something else is shared too (date of birth, phone, e-mail,
// handle, vehicle); it is not found from the name alone.

#include "common/Result.h"
#include "domain/Person.h"
#include "search/PersonMatcher.h"
#include "security/AuditRecord.h"
#include "security/User.h"
#include "store/LinkedSearchLog.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace conduct {

class Database;

struct LinkedMatch {
    RankedMatch ranked;               // the person (role, case), the URN, score, what matched, conflicts
    QStringList otherComplainants;    // complainants in that case other than this person ("SMITH, Jo")
    // The case is not seen in full: the person keeps only its id, case and role, and nothing matched
    // or conflicting is listed; officerInCase says whom to ask.
    bool restricted = false;
    QString officerInCase;
};

// Plain-language strength of a score: "Strong" (70+: e.g. full name and date of birth),
// "Possible" (45+), "Weak" below.
QString matchBand(int score);
// "Surname Smith matches; Date of birth 12/03/1980 matches": what matched, strongest first.
QString describeMatches(const RankedMatch& match);

struct LinkedSearchOutcome {
    qint64 searchId = 0;              // the linked_searches row recording this search
    QList<LinkedMatch> matches;
};

struct GlobalSearchHit {
    enum class Kind { Case, Person, Incident };
    Kind kind = Kind::Case;
    qint64 caseId = 0;
    QString urn;
    qint64 recordId = 0;   // person or incident id; the case id for a Case hit
    QString title;         // "SMITH, John — suspect" / "Incident of 12/03/2024 14:05" / the URN
    QString matched;       // what matched (incidents: the snippet, with snippetMarkStart/End)
    QString strength;      // matchBand for people, "URN" / "Text" otherwise
    int score = 0;
    bool restricted = false;   // a case not seen in full: title and matched name no person and quote no text
    QString officerInCase;     // who to ask about a restricted hit
};

class LinkedSearchService {
public:
    // Searches and decisions are recorded as made by session.user (and audited).
    LinkedSearchService(Database& db, const Session& session) : m_db(db), m_session(session) {}

    // People recorded on other cases (the probe's own case, probe.caseId, is left out), best first.
    Result<QList<LinkedMatch>> findPersonElsewhere(const Person& probe, int limit = 20) const;
    // findPersonElsewhere, then recordSearch on probe.caseId (protocol 3.8 evidence).
    Result<LinkedSearchOutcome> searchAndRecord(const Person& probe, int limit = 20);

    // Ctrl+K: URNs, people (parseSearchQuery → probeFromQuery) and incident text (FTS), in that order.
    Result<QList<GlobalSearchHit>> globalSearch(const QString& text, int limit = 30) const;

    Result<qint64> recordSearch(qint64 caseId, const QString& querySummary, int resultCount);
    Result<qint64> recordDecision(qint64 searchId, qint64 caseId, const LinkedMatch& match, LinkDecision decision,
                                  const QString& note);
    Result<QList<LinkedSearchRecord>> searchesForCase(qint64 caseId) const;
    Result<QList<LinkedSearchDecision>> decisionsForCase(qint64 caseId) const;

    // "Suspect SMITH, John, born 12/03/1980; 1 phone number": what was searched for, for the record.
    static QString describeProbe(const Person& probe);

private:
    Status audit(qint64 caseId, AuditAction action, const QString& entityType, qint64 entityId, const QString& summary);
    // Of these cases, those the user sees in full now (grants included).
    Result<QSet<qint64>> visibleCases(const QList<qint64>& caseIds) const;
    // Who to ask about a case the user may not see: its officer in the case.
    Result<QString> officerInCase(qint64 caseId) const;
    QString actorName() const;

    Database& m_db;
    Session m_session;
};

} // namespace conduct
