#pragma once
// The store's search indexes for linked-incident search (protocol 3.8: "interrogate their
// systems to identify whether there are any linked incidents"; 4.6: the suspect's history "in
// relation to this complainant or others"):
//
//  * person_search_keys: one row per (person, kind, key), the keys made in C++ by core/search
//    (indexKeysFor and the name rules), so that "Jon O'Neill" and "JONATHAN ONEILL" meet on an
//    indexed equality. Written by PersonRepository in the same statement sequence (and so the
//    same transaction) as the person; removed with the person by ON DELETE CASCADE. SQL cannot
//    compute these keys, so schema v3 fills them for existing people with a C++ step
//    (Migration::afterStatements → backfillSearchIndexes). When a name rule in core/search
//    changes, a later migration re-runs rebuildPersonKeys() the same way.
//
//  * incidents_fts: SQLite FTS5 over incident descriptions and locations, external content
//    (the text is stored once, in incidents). The connection runs with trusted_schema = OFF,
//    under which SQLite refuses FTS5 inside triggers, so triggers only queue changed incident
//    ids (with the text as last indexed) in incidents_fts_pending, and syncIncidentText() applies
//    the queue with ordinary statements. searchIncidents() syncs first, so results always reflect
//    committed edits and deletions (a read-only database searches the index as last synced).
//
// Everything engine-specific stays in this file and SchemaSearch.cpp; callers see plain values.

#include "common/Result.h"
#include "domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct {

class Database;
enum class Engine;

// The kinds stored in person_search_keys.kind.
namespace searchKeyKind {
inline const QString surname = QStringLiteral("surname");
inline const QString surnamePhonetic = QStringLiteral("surname_phonetic");
inline const QString forename = QStringLiteral("forename");
inline const QString forenamePhonetic = QStringLiteral("forename_phonetic");
inline const QString surnamePart = QStringLiteral("surname_part");
inline const QString alias = QStringLiteral("alias");                   // an alias's surname, normalised
inline const QString aliasPhonetic = QStringLiteral("alias_phonetic");
inline const QString phone = QStringLiteral("phone");
inline const QString email = QStringLiteral("email");
inline const QString handle = QStringLiteral("handle");
inline const QString vehicle = QStringLiteral("vehicle");
// A surname sound (of the surname, an alias or a part) with a given name ("SNAT|f:john",
// "SNAT|p:JAN"): the candidate query's first pass finds people sharing both in one index range.
inline const QString namePair = QStringLiteral("name_pair");
} // namespace searchKeyKind

struct SearchKey {
    QString kind;
    QString key;
    bool operator==(const SearchKey&) const = default;
};

// Every key kept for this person (no empty keys, no duplicates).
QList<SearchKey> searchKeysFor(const Person& person);

// A person worth scoring fully: shares a key with the probe or a date of birth (exact or with
// day and month transposed). `weight` is a rough pre-score (the PersonMatcher points of what
// was shared) used only to keep the best candidates when a common surname has thousands.
struct PersonCandidateHit {
    qint64 personId = 0;
    qint64 caseId = 0;
    int weight = 0;
};

// What the results list needs of a case other than the person matched.
struct CaseBrief {
    qint64 caseId = 0;
    QString urn;
    QList<Person> complainants;   // names only (id, forenames, surname)
};

// One incident found by full-text search. `snippet` is plain text with the matched words
// between snippetMarkStart and snippetMarkEnd, for the UI to emphasise after escaping.
inline constexpr QChar snippetMarkStart = QChar(0x2);
inline constexpr QChar snippetMarkEnd = QChar(0x3);
struct IncidentTextHit {
    qint64 incidentId = 0;
    qint64 caseId = 0;
    QString urn;
    QDateTime startUtc;
    bool startTimeKnown = true;   // false: a date alone (issue 23)
    QString snippet;
    double rank = 0;   // bm25: lower is better
};

class SearchIndex {
public:
    explicit SearchIndex(const Database& db) : m_db(db) {}

    // Replaces the person's keys. Call inside the transaction that writes the person.
    Status writePersonKeys(qint64 personId, const Person& person) const;
    // Recomputes the keys of every person, in batches (schema upgrade, or a name-rule change).
    Status rebuildPersonKeys() const;

    // Best pre-scored candidates first, at most `limit`; people in `excludeCaseId` are left out
    // (0 excludes nothing). Exactly the top `limit` of every person in the database; with a
    // common surname it gets there in two passes (see the .cpp).
    Result<QList<PersonCandidateHit>> personCandidates(const Person& probe, qint64 excludeCaseId, int limit) const;
    Result<QHash<qint64, CaseBrief>> caseBriefs(const QList<qint64>& caseIds) const;
    // Cases whose normalised URN starts with `urnPrefix` (an index range scan, not LIKE).
    Result<QList<CaseBrief>> casesByUrnPrefix(const QString& urnPrefix, int limit) const;

    // Applies queued incident changes to the full-text index. Cheap when nothing is queued; a
    // no-op on a read-only database. Nests inside a caller's transaction (it uses a savepoint).
    Status syncIncidentText() const;
    // Words typed by a user, matched as words; a trailing word that is not a whole word in the
    // index is matched as a prefix ("knif" finds "knife"). FTS5 query syntax in the input is
    // treated as text, never as operators. Best
    // first (bm25) when at most rankedMatchLimit incidents match; beyond that, newest recorded
    // first with rank 0, so a very common word cannot make the search slow.
    static constexpr int rankedMatchLimit = 5000;
    Result<QList<IncidentTextHit>> searchIncidents(const QString& query, int limit) const;
    // On PostgreSQL: the text-search configuration and the expression that the GIN index of
    // schema v3 holds.
    static constexpr const char* postgresTextConfig = "conduct_text";
    static QString postgresTextVector();

    // MEASUREMENT ONLY: the same search as a naive LIKE scan over every incident, to compare.
    Result<QList<IncidentTextHit>> scanIncidentsLike(const QString& query, int limit) const;

private:
    Result<QList<IncidentTextHit>> searchIncidentsPostgres(const QStringList& words, bool lastIsWhole, int limit) const;
    // One pass of personCandidates(): everyone, or (non-empty `onlyNamePairs`) only people who
    // share one of those name pairs, an identifier or a date of birth with the probe.
    Result<QList<PersonCandidateHit>> candidateQuery(const Person& probe, const QList<SearchKey>& keys,
                                                     const QStringList& onlyNamePairs, qint64 excludeCaseId,
                                                     int limit) const;

    const Database& m_db;
};

// The FTS5 expression for user text: each word quoted, the last one also a prefix when
// `lastWordIsPrefix`. Empty when the text holds no word.
enum class LastWord { Whole, Prefix };
QString ftsQueryFor(const QString& userText, LastWord lastWord = LastWord::Prefix);

// Schema v3 (SchemaSearch.cpp) and its C++ step, registered in Migrations.cpp.
QStringList searchSchemaV3(Engine engine);
Status backfillSearchIndexes(Database& db);

} // namespace conduct
