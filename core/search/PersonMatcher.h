#pragma once
// Ranks people recorded on other cases against one person, for the linked-incident search of
// protocol 3.8 ("interrogate their systems to identify whether there are any linked incidents
// that could indicate a pattern of behaviour") and the history check of 4.6 ("in relation to
// this complainant or others"). A match is a prompt for an officer to look, never an automatic
// link: every score comes with the list of what matched and how strongly, and of what conflicts.
//
// The store narrows the candidates with the index keys (indexKeysFor) and this module ranks them.

#include "domain/Person.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace conduct {

// Strongest first. Weak: an initial, or only the year of birth.
enum class MatchStrength { Exact, Variant, Phonetic, Fuzzy, Weak };
QString strengthCode(MatchStrength strength);   // "exact", "variant", "phonetic", "fuzzy", "weak"

struct AttributeMatch {
    QString attribute;   // "surname", "forename", "dateOfBirth", "phone", "email", "handle", "vehicle"
    MatchStrength strength = MatchStrength::Exact;
    QString detail;      // plain language, e.g. "Jon and John are forms of the same name"
    int points = 0;
};

struct MatchCandidate {
    Person person;   // person.caseId and person.role say where the record sits
    QString urn;     // the URN of that case, for display
};

struct RankedMatch {
    MatchCandidate candidate;
    int score = 0;
    QList<AttributeMatch> matches;   // strongest contribution first
    QStringList conflicts;           // e.g. "Dates of birth differ: 03/04/1980 and 12/11/1975."
};

struct MatchOptions {
    int minimumScore = 25;          // a surname alone scores 30; a shared year of birth alone 4
    bool excludeProbeCase = true;   // people in the probe's own case are not "linked"
    int maximumResults = 50;
};

// Points, so that the UI can explain a score and tests can state the rule. A date of birth that
// differs outweighs an exact full name, so that namesakes rank below true matches.
namespace matchPoints {
constexpr int surnameExact = 30, surnameVariant = 22, surnamePhonetic = 18, surnameFuzzy = 12;
constexpr int forenameExact = 20, forenameVariant = 14, forenamePhonetic = 10, forenameFuzzy = 7,
              forenameWeak = 4;
constexpr int dobExact = 40, dobTransposed = 20, dobSameYear = 4, dobConflict = -35;
constexpr int phone = 35, email = 35, handle = 30, handleOtherPlatform = 15, vehicle = 20;
} // namespace matchPoints

RankedMatch scoreCandidate(const Person& probe, const MatchCandidate& candidate);

// Candidates scoring at least options.minimumScore, best first; ties are broken by URN and
// then by person id, so the order is stable.
QList<RankedMatch> rankCandidates(const Person& probe, const QList<MatchCandidate>& candidates,
                                  const MatchOptions& options = {});

// The keys the store keeps in indexed columns to find candidates for rankCandidates: a
// candidate is worth fetching when any key is shared (or when the date of birth is equal or
// transposed).
struct PersonIndexKeys {
    QString surname;            // normalisedName(surname)
    QString surnamePhonetic;    // phoneticKey(surname)
    QString forename;           // canonicalForename(first given name)
    QString forenamePhonetic;   // phoneticKey(first given name)
    QStringList surnameParts;   // parts of double-barrelled surnames, and alias surnames
    QStringList phones, emails, handles, vehicles;
};
PersonIndexKeys indexKeysFor(const Person& person);

} // namespace conduct
