#include "search/PersonMatcher.h"

#include "common/UkTime.h"
#include "search/Identifiers.h"
#include "search/NameMatching.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace conduct {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("conduct::PersonMatcher", text); }

QString ukDate(const QDate& d) { return uktime::formatDate(d); }

// One way a person's name was recorded: their name itself, or one of their aliases.
struct NameForm {
    QString forenames;
    QString surname;
    QString alias;   // the alias as recorded, when this form came from one
};

QList<NameForm> nameForms(const Person& p)
{
    QList<NameForm> forms{{p.forenames, p.surname, {}}};
    for (const QString& alias : p.aliases) {
        const QStringList words = alias.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) continue;
        if (words.size() == 1)   // a nickname in place of the given name: "Jonno"
            forms.append({words.first(), p.surname, alias});
        else
            forms.append({words.mid(0, words.size() - 1).join(u' '), words.last(), alias});
    }
    return forms;
}

std::optional<AttributeMatch> compareSurnames(const QString& a, const QString& b)
{
    using namespace matchPoints;
    const QString na = normalisedName(a), nb = normalisedName(b);
    if (na.isEmpty() || nb.isEmpty()) return std::nullopt;
    const QString attribute = QStringLiteral("surname");
    if (na == nb)
        return AttributeMatch{attribute, MatchStrength::Exact, tr("Surname %1 matches").arg(b), surnameExact};
    const QStringList partsA = surnameParts(a), partsB = surnameParts(b);
    for (const QString& part : partsA)
        if ((partsA.size() > 1 || partsB.size() > 1) && partsB.contains(part))
            return AttributeMatch{attribute, MatchStrength::Variant,
                                  tr("%1 and %2 share part of a double-barrelled surname").arg(a, b),
                                  surnameVariant};
    const QString pa = phoneticKey(a);
    if (!pa.isEmpty() && pa == phoneticKey(b))
        return AttributeMatch{attribute, MatchStrength::Phonetic,
                              tr("%1 and %2 sound alike").arg(a, b), surnamePhonetic};
    const int distance = damerauLevenshtein(na, nb);
    if (distance <= fuzzyNameTolerance(std::min(na.size(), nb.size())))
        return AttributeMatch{attribute, MatchStrength::Fuzzy,
                              tr("%1 and %2 differ by %3 letter(s)").arg(a, b).arg(distance), surnameFuzzy};
    return std::nullopt;
}

std::optional<AttributeMatch> compareForenames(const QString& a, const QString& b)
{
    using namespace matchPoints;
    const QStringList givenA = a.simplified().split(u' ', Qt::SkipEmptyParts);
    const QStringList givenB = b.simplified().split(u' ', Qt::SkipEmptyParts);
    if (givenA.isEmpty() || givenB.isEmpty()) return std::nullopt;
    const QString firstA = givenA.first(), firstB = givenB.first();
    const QString na = normalisedName(firstA), nb = normalisedName(firstB);
    if (na.isEmpty() || nb.isEmpty()) return std::nullopt;
    const QString attribute = QStringLiteral("forename");
    if (na == nb)
        return AttributeMatch{attribute, MatchStrength::Exact, tr("Forename %1 matches").arg(firstB), forenameExact};
    if (na.size() > 1 && nb.size() > 1 && canonicalForename(na) == canonicalForename(nb))
        return AttributeMatch{attribute, MatchStrength::Variant,
                              tr("%1 and %2 are forms of the same name").arg(firstA, firstB), forenameVariant};
    if (na.size() > 1 && nb.size() > 1) {
        const QString pa = phoneticKey(na);
        if (!pa.isEmpty() && pa == phoneticKey(nb))
            return AttributeMatch{attribute, MatchStrength::Phonetic,
                                  tr("%1 and %2 sound alike").arg(firstA, firstB), forenamePhonetic};
        const int distance = damerauLevenshtein(na, nb);
        if (distance <= fuzzyNameTolerance(std::min(na.size(), nb.size())))
            return AttributeMatch{attribute, MatchStrength::Fuzzy,
                                  tr("%1 and %2 differ by %3 letter(s)").arg(firstA, firstB).arg(distance),
                                  forenameFuzzy};
    }
    if ((na.size() == 1 || nb.size() == 1) && na.front() == nb.front())
        return AttributeMatch{attribute, MatchStrength::Weak,
                              tr("Initial %1 fits %2").arg(na.size() == 1 ? firstA : firstB,
                                                           na.size() == 1 ? firstB : firstA),
                              forenameWeak};
    // A middle name used as the given name: "John Paul Smith" known as "Paul Smith".
    const QStringList keysA = canonicalForenames(a), keysB = canonicalForenames(b);
    for (const QString& key : keysA)
        if (key.size() > 1 && keysB.contains(key))
            return AttributeMatch{attribute, MatchStrength::Weak,
                                  tr("%1 and %2 share a given name").arg(a, b), forenameWeak};
    return std::nullopt;
}

// The best-scoring pairing of the two people's names and aliases.
QList<AttributeMatch> bestNameMatches(const Person& probe, const Person& candidate)
{
    QList<AttributeMatch> best;
    int bestPoints = 0;
    for (const NameForm& p : nameForms(probe)) {
        for (const NameForm& c : nameForms(candidate)) {
            QList<AttributeMatch> found;
            if (auto s = compareSurnames(p.surname, c.surname)) found.append(*s);
            if (auto f = compareForenames(p.forenames, c.forenames)) found.append(*f);
            int points = 0;
            for (const AttributeMatch& m : found) points += m.points;
            if (points <= bestPoints) continue;
            const QString via = !c.alias.isEmpty() ? c.alias : p.alias;
            if (!via.isEmpty())
                for (AttributeMatch& m : found) m.detail += tr(" (through the alias \"%1\")").arg(via);
            best = found;
            bestPoints = points;
        }
    }
    return best;
}

void matchDatesOfBirth(const Person& probe, const Person& candidate, RankedMatch& out)
{
    using namespace matchPoints;
    const QString attribute = QStringLiteral("dateOfBirth");
    const QDate a = probe.dateOfBirth, b = candidate.dateOfBirth;
    switch (compareDatesOfBirth(a, b)) {
    case DobMatch::Unknown: return;
    case DobMatch::Exact:
        out.matches.append({attribute, MatchStrength::Exact, tr("Date of birth %1 matches").arg(ukDate(b)), dobExact});
        return;
    case DobMatch::Transposed:
        out.matches.append({attribute, MatchStrength::Variant,
                            tr("Dates of birth %1 and %2 have day and month transposed").arg(ukDate(a), ukDate(b)),
                            dobTransposed});
        return;
    case DobMatch::SameYearOnly:
        out.matches.append({attribute, MatchStrength::Weak,
                            tr("Born in the same year (%1 and %2)").arg(ukDate(a), ukDate(b)), dobSameYear});
        return;
    case DobMatch::Different:
        out.conflicts.append(tr("Dates of birth differ: %1 and %2.").arg(ukDate(a), ukDate(b)));
        out.score += dobConflict;
        return;
    }
}

// Adds one match per shared key of an identifier list (phones, e-mails, vehicles).
void matchKeys(const QStringList& probeValues, const QStringList& candidateValues, QString (*key)(const QString&),
               const QString& attribute, const char* detail, int points, RankedMatch& out)
{
    QSet<QString> probeKeys;
    for (const QString& v : probeValues)
        if (const QString k = key(v); !k.isEmpty()) probeKeys.insert(k);
    QSet<QString> seen;
    for (const QString& v : candidateValues) {
        const QString k = key(v);
        if (k.isEmpty() || !probeKeys.contains(k) || seen.contains(k)) continue;
        seen.insert(k);
        out.matches.append({attribute, MatchStrength::Exact, tr(detail).arg(v.trimmed()), points});
    }
}

void matchHandles(const Person& probe, const Person& candidate, RankedMatch& out)
{
    QSet<QString> seen;
    for (const QString& c : candidate.onlineHandles) {
        const QString key = handleKey(c);
        if (key.isEmpty() || seen.contains(key)) continue;
        for (const QString& p : probe.onlineHandles) {
            if (handleKey(p) != key) continue;
            const QString platformA = handlePlatform(p), platformB = handlePlatform(c);
            const bool otherPlatform = !platformA.isEmpty() && !platformB.isEmpty() && platformA != platformB;
            seen.insert(key);
            if (otherPlatform)
                out.matches.append({QStringLiteral("handle"), MatchStrength::Variant,
                                    tr("Handle %1 is recorded on %2 and on %3").arg(key, platformA, platformB),
                                    matchPoints::handleOtherPlatform});
            else
                out.matches.append({QStringLiteral("handle"), MatchStrength::Exact,
                                    tr("Online handle %1 matches").arg(c.trimmed()), matchPoints::handle});
            break;
        }
    }
}

} // namespace

QString strengthCode(MatchStrength strength)
{
    switch (strength) {
    case MatchStrength::Exact: return QStringLiteral("exact");
    case MatchStrength::Variant: return QStringLiteral("variant");
    case MatchStrength::Phonetic: return QStringLiteral("phonetic");
    case MatchStrength::Fuzzy: return QStringLiteral("fuzzy");
    case MatchStrength::Weak: return QStringLiteral("weak");
    }
    return {};
}

RankedMatch scoreCandidate(const Person& probe, const MatchCandidate& candidate)
{
    RankedMatch out;
    out.candidate = candidate;
    const Person& other = candidate.person;
    out.matches = bestNameMatches(probe, other);
    matchDatesOfBirth(probe, other, out);
    matchKeys(probe.phones, other.phones, &phoneKey, QStringLiteral("phone"), QT_TRANSLATE_NOOP("conduct::PersonMatcher", "Phone number %1 matches"),
              matchPoints::phone, out);
    matchKeys(probe.emails, other.emails, &emailKey, QStringLiteral("email"), QT_TRANSLATE_NOOP("conduct::PersonMatcher", "E-mail address %1 matches"),
              matchPoints::email, out);
    matchKeys(probe.vehicles, other.vehicles, &vehicleKey, QStringLiteral("vehicle"), QT_TRANSLATE_NOOP("conduct::PersonMatcher", "Vehicle %1 matches"),
              matchPoints::vehicle, out);
    matchHandles(probe, other, out);
    for (const AttributeMatch& m : out.matches) out.score += m.points;
    std::stable_sort(out.matches.begin(), out.matches.end(),
                     [](const AttributeMatch& a, const AttributeMatch& b) { return a.points > b.points; });
    return out;
}

QList<RankedMatch> rankCandidates(const Person& probe, const QList<MatchCandidate>& candidates,
                                  const MatchOptions& options)
{
    QList<RankedMatch> ranked;
    for (const MatchCandidate& candidate : candidates) {
        if (options.excludeProbeCase && probe.caseId != 0 && candidate.person.caseId == probe.caseId) continue;
        RankedMatch match = scoreCandidate(probe, candidate);
        if (!match.matches.isEmpty() && match.score >= options.minimumScore) ranked.append(std::move(match));
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedMatch& a, const RankedMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.candidate.urn != b.candidate.urn) return a.candidate.urn < b.candidate.urn;
        return a.candidate.person.id < b.candidate.person.id;
    });
    if (options.maximumResults >= 0 && ranked.size() > options.maximumResults)
        ranked.resize(options.maximumResults);
    return ranked;
}

PersonIndexKeys indexKeysFor(const Person& person)
{
    PersonIndexKeys keys;
    keys.surname = normalisedName(person.surname);
    keys.surnamePhonetic = phoneticKey(person.surname);
    keys.forename = canonicalForename(person.forenames);
    keys.forenamePhonetic = phoneticKey(person.forenames.simplified().section(u' ', 0, 0));
    auto addUnique = [](QStringList& list, const QString& value) {
        if (!value.isEmpty() && !list.contains(value)) list.append(value);
    };
    for (const NameForm& form : nameForms(person))
        for (const QString& part : surnameParts(form.surname)) addUnique(keys.surnameParts, part);
    for (const QString& v : person.phones) addUnique(keys.phones, phoneKey(v));
    for (const QString& v : person.emails) addUnique(keys.emails, emailKey(v));
    for (const QString& v : person.onlineHandles) addUnique(keys.handles, handleKey(v));
    for (const QString& v : person.vehicles) addUnique(keys.vehicles, vehicleKey(v));
    return keys;
}

} // namespace conduct
