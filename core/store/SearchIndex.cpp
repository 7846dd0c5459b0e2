#include "store/SearchIndex.h"

#include "search/NameMatching.h"
#include "search/PersonMatcher.h"
#include "store/Database.h"

#include <QSet>
#include <QSqlQuery>

namespace conduct {
namespace {

// Rough pre-scores, in PersonMatcher points, of what a candidate shares with the probe. Name
// evidence counts once (its strongest form); identifiers and dates of birth add up.
constexpr int nameExactWeight = matchPoints::surnameExact;
constexpr int namePartWeight = matchPoints::surnameVariant;
constexpr int namePhoneticWeight = matchPoints::surnamePhonetic;
constexpr int forenameWeight = matchPoints::forenameExact;
constexpr int forenamePhoneticWeight = matchPoints::forenamePhonetic;

QString placeholders(qsizetype count, const QString& each = QStringLiteral("?"))
{
    QStringList out;
    for (qsizetype i = 0; i < count; ++i) out.append(each);
    return out.join(u',');
}

QStringList keysOfKinds(const QList<SearchKey>& keys, std::initializer_list<QString> kinds)
{
    QStringList out;
    for (const SearchKey& k : keys)
        for (const QString& kind : kinds)
            if (k.kind == kind && !out.contains(k.key)) out.append(k.key);
    return out;
}

// The probe's keys as rows of (kind, key, evidence group, weight) to join with the index.
struct ProbeRow {
    QString kind, key, group;
    int weight;
};

QList<ProbeRow> probeRows(const QList<SearchKey>& keys)
{
    using namespace searchKeyKind;
    QList<ProbeRow> rows;
    const QString name = QStringLiteral("name");
    // A surname recorded on one record may be an alias or a part of a double-barrelled name on another.
    for (const QString& v : keysOfKinds(keys, {surname, alias})) {
        rows.append({surname, v, name, nameExactWeight});
        rows.append({alias, v, name, nameExactWeight});
        rows.append({surnamePart, v, name, namePartWeight});
    }
    for (const QString& v : keysOfKinds(keys, {surnamePart})) {
        rows.append({surname, v, name, namePartWeight});
        rows.append({surnamePart, v, name, namePartWeight});
    }
    for (const QString& v : keysOfKinds(keys, {surnamePhonetic, aliasPhonetic})) {
        rows.append({surnamePhonetic, v, name, namePhoneticWeight});
        rows.append({aliasPhonetic, v, name, namePhoneticWeight});
    }
    const std::pair<QString, int> identifiers[] = {
        {phone, matchPoints::phone}, {email, matchPoints::email}, {handle, matchPoints::handle}, {vehicle, matchPoints::vehicle}};
    for (const auto& [kind, weight] : identifiers)
        for (const QString& v : keysOfKinds(keys, {kind})) rows.append({kind, v, kind, weight});
    return rows;
}

// The same calendar date with day and month swapped, when that is a different valid date.
QDate transposed(const QDate& d)
{
    if (!d.isValid() || d.day() > 12 || d.day() == d.month()) return {};
    return QDate(d.year(), d.day(), d.month());
}

void addKey(QList<SearchKey>& keys, const QString& kind, const QString& key)
{
    if (key.isEmpty()) return;
    const SearchKey k{kind, key};
    if (!keys.contains(k)) keys.append(k);
}
} // namespace

QList<SearchKey> searchKeysFor(const Person& person)
{
    using namespace searchKeyKind;
    const PersonIndexKeys k = indexKeysFor(person);
    QList<SearchKey> keys;
    addKey(keys, surname, k.surname);
    addKey(keys, surnamePhonetic, k.surnamePhonetic);
    addKey(keys, forename, k.forename);
    addKey(keys, forenamePhonetic, k.forenamePhonetic);
    QSet<QString> wholeSurnames{k.surname};
    // Aliases, read as PersonMatcher reads them: "Jonno" is a nickname for the given name;
    // "Jon Smithe" is a given name and a surname.
    for (const QString& a : person.aliases) {
        const QStringList words = a.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) continue;
        const QString given = words.size() == 1 ? words.first() : words.mid(0, words.size() - 1).join(u' ');
        addKey(keys, forename, canonicalForename(given));
        addKey(keys, forenamePhonetic, phoneticKey(given.section(u' ', 0, 0)));
        if (words.size() == 1) continue;
        const QString aliasSurname = normalisedName(words.last());
        wholeSurnames.insert(aliasSurname);
        addKey(keys, alias, aliasSurname);
        addKey(keys, aliasPhonetic, phoneticKey(words.last()));
    }
    // A part equal to a whole surname is already a surname key.
    for (const QString& part : k.surnameParts)
        if (!wholeSurnames.contains(part)) addKey(keys, surnamePart, part);
    for (const QString& v : k.phones) addKey(keys, phone, v);
    for (const QString& v : k.emails) addKey(keys, email, v);
    for (const QString& v : k.handles) addKey(keys, handle, v);
    for (const QString& v : k.vehicles) addKey(keys, vehicle, v);
    // Every surname sound × every given-name key. Two people whose names meet in any way the
    // candidate query scores (surname, alias or part, exactly or by sound) share a surname sound,
    // because phoneticKey() is a function of normalisedName(); if their given names meet too,
    // they share one of these pairs.
    QStringList surnameSounds;
    for (const SearchKey& key : std::as_const(keys))
        if (key.kind == surnamePhonetic || key.kind == aliasPhonetic) surnameSounds.append(key.key);
    for (const QString& part : k.surnameParts) surnameSounds.append(phoneticKey(part));
    QStringList givenNames;
    for (const SearchKey& key : std::as_const(keys)) {
        if (key.kind == forename) givenNames.append(QStringLiteral("f:") + key.key);
        if (key.kind == forenamePhonetic) givenNames.append(QStringLiteral("p:") + key.key);
    }
    for (const QString& sound : std::as_const(surnameSounds))
        for (const QString& given : std::as_const(givenNames))
            if (!sound.isEmpty()) addKey(keys, namePair, sound + u'|' + given);
    return keys;
}

Status SearchIndex::writePersonKeys(qint64 personId, const Person& person) const
{
    if (auto d = m_db.write(QStringLiteral("DELETE FROM person_search_keys WHERE person_id = ?"), {personId}); !d.ok())
        return d.error();
    const QString insert = QStringLiteral("INSERT INTO person_search_keys (person_id, kind, key) VALUES (?,?,?) ON CONFLICT DO NOTHING");
    for (const SearchKey& k : searchKeysFor(person))
        if (auto r = m_db.write(insert, {personId, k.kind, k.key}); !r.ok()) return r.error();
    return {};
}

Status SearchIndex::rebuildPersonKeys() const
{
    // Reads only what the keys are made of, with columns that exist since schema v1: this runs
    // inside the v3 upgrade, before later steps, so it must not use PersonRepository's current
    // column list (which may name columns a later version adds).
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM person_search_keys")); !d.ok()) return d.error();
    constexpr int batchSize = 2000;
    qint64 lastId = 0;
    for (;;) {
        auto rows = m_db.exec(QStringLiteral("SELECT id, forenames, surname FROM people WHERE id > ? ORDER BY id LIMIT ?"),
                              {lastId, batchSize});
        if (!rows.ok()) return rows.error();
        QList<Person> batch;
        QHash<qint64, qsizetype> indexOf;
        while (rows->next()) {
            Person p;
            p.id = rows->value(0).toLongLong();
            p.forenames = rows->value(1).toString();
            p.surname = rows->value(2).toString();
            indexOf.insert(p.id, batch.size());
            batch.append(p);
        }
        if (batch.isEmpty()) return {};
        auto details = m_db.exec(QStringLiteral("SELECT person_id, kind, value FROM person_details WHERE person_id > ? AND "
                                                "person_id <= ? ORDER BY person_id, kind, position"),
                                 {lastId, batch.last().id});
        if (!details.ok()) return details.error();
        while (details->next()) {
            const auto it = indexOf.constFind(details->value(0).toLongLong());
            if (it == indexOf.cend()) continue;
            Person& p = batch[*it];
            const QString kind = details->value(1).toString(), value = details->value(2).toString();
            if (kind == QLatin1String("alias")) p.aliases.append(value);
            else if (kind == QLatin1String("phone")) p.phones.append(value);
            else if (kind == QLatin1String("email")) p.emails.append(value);
            else if (kind == QLatin1String("handle")) p.onlineHandles.append(value);
            else if (kind == QLatin1String("vehicle")) p.vehicles.append(value);
        }
        for (const Person& p : batch)
            if (Status s = writePersonKeys(p.id, p); !s.ok()) return s;
        lastId = batch.last().id;
    }
}

// The candidate query. A common surname ("Smith": about 1 in 90 people) makes thousands of
// name matches, each scored with a correlated given-name lookup, then sorted: tens of
// milliseconds. So it runs in two passes when it can:
//  1. Only people who share a surname sound and a given name with the probe (the name_pair keys),
//     an identifier, or a date of birth; each scored exactly as in pass 2.
//  2. Everyone, when pass 1 cannot prove its answer.
// Anyone pass 1 leaves out matched on a name alone, without a given name, an identifier or a date
// of birth, and so scores at most the strongest name weight. When pass 1's `limit`-th best scores
// more than that, nobody left out can reach the list, and pass 1's list is the exact answer.
Result<QList<PersonCandidateHit>> SearchIndex::personCandidates(const Person& probe, qint64 excludeCaseId, int limit) const
{
    const QList<SearchKey> keys = searchKeysFor(probe);
    const QStringList pairs = keysOfKinds(keys, {searchKeyKind::namePair});
    if (!pairs.isEmpty()) {
        auto firstPass = candidateQuery(probe, keys, pairs, excludeCaseId, limit);
        if (!firstPass.ok()) return firstPass.error();
        constexpr int strongestNameOnly = nameExactWeight;
        if (firstPass->size() == limit && firstPass->last().weight > strongestNameOnly) return firstPass;
    }
    return candidateQuery(probe, keys, {}, excludeCaseId, limit);
}

Result<QList<PersonCandidateHit>> SearchIndex::candidateQuery(const Person& probe, const QList<SearchKey>& keys,
                                                              const QStringList& onlyNamePairs, qint64 excludeCaseId,
                                                              int limit) const
{
    const QList<ProbeRow> rows = probeRows(keys);
    const QDate dob = probe.dateOfBirth.isValid() ? probe.dateOfBirth : QDate();
    if (rows.isEmpty() && !dob.isValid()) return QList<PersonCandidateHit>{};
    const QDate swapped = transposed(dob);
    const auto dobParams = [&] { return QVariantList{toDbDate(dob), swapped.isValid() ? toDbDate(swapped) : toDbDate(dob)}; };

    QVariantList params;
    QString ctes;
    if (!rows.isEmpty()) {
        // The weight's type is stated: PostgreSQL types a VALUES list of parameters as text.
        ctes += QStringLiteral("probe(kind, key, grp, weight) AS (VALUES %1), ")
                    .arg(placeholders(rows.size(), QStringLiteral("(?,?,?,CAST(? AS INTEGER))")));
        for (const ProbeRow& r : rows) params << r.kind << r.key << r.group << r.weight;
    }
    // Pass 1's people: a name pair, an identifier or a date of birth in common.
    QString keySource = QStringLiteral("probe p JOIN person_search_keys k ON k.kind = p.kind AND k.key = p.key");
    if (!onlyNamePairs.isEmpty()) {
        QStringList shortlist{QStringLiteral("SELECT person_id FROM person_search_keys WHERE kind = ? AND key IN (%1)")
                                  .arg(placeholders(onlyNamePairs.size()))};
        params << searchKeyKind::namePair;
        for (const QString& pair : onlyNamePairs) params << pair;
        if (!rows.isEmpty())
            shortlist << QStringLiteral("SELECT k.person_id FROM probe p JOIN person_search_keys k ON k.kind = p.kind AND k.key = p.key "
                                        "WHERE p.grp <> 'name'");
        if (dob.isValid()) {
            shortlist << QStringLiteral("SELECT id FROM people WHERE date_of_birth IN (?, ?)");
            params << dobParams();
        }
        ctes += QStringLiteral("shortlist(person_id) AS (%1), ").arg(shortlist.join(QStringLiteral(" UNION ")));
        // Read the shortlisted people's own keys (a few each) rather than every holder of the
        // probe's surname keys (tens of thousands for "Smith" in a million people).
        keySource = QStringLiteral("shortlist c JOIN person_search_keys k ON k.person_id = c.person_id "
                                   "JOIN probe p ON p.kind = k.kind AND p.key = k.key");
    }

    QStringList parts;
    if (!rows.isEmpty()) {
        // Per person, the strongest weight of each evidence group.
        parts << QStringLiteral("SELECT k.person_id AS person_id, p.grp AS grp, max(p.weight) AS w FROM %1 "
                                "GROUP BY k.person_id, p.grp").arg(keySource);
    }
    if (dob.isValid()) {
        parts << QStringLiteral("SELECT id AS person_id, 'dob' AS grp, CASE WHEN date_of_birth = ? THEN %1 ELSE %2 END AS w FROM people "
                                "WHERE date_of_birth IN (?, ?)").arg(matchPoints::dobExact).arg(matchPoints::dobTransposed);
        params << toDbDate(dob) << dobParams();
    }
    const QStringList forenames = keysOfKinds(keys, {searchKeyKind::forename});
    const QStringList forenamePhonetics = keysOfKinds(keys, {searchKeyKind::forenamePhonetic});
    QString bonus = QStringLiteral("0");
    if (!forenames.isEmpty() || !forenamePhonetics.isEmpty()) {
        // Among people sharing a surname, those sharing the given name too come first.
        bonus = QStringLiteral("COALESCE((SELECT max(CASE f.kind WHEN 'forename' THEN %1 ELSE %2 END) "
                               "FROM person_search_keys f WHERE f.person_id = s.person_id AND "
                               "((f.kind = 'forename' AND f.key IN (%3)) OR (f.kind = 'forename_phonetic' AND f.key IN (%4)))), 0)")
                    .arg(forenameWeight).arg(forenamePhoneticWeight)
                    .arg(forenames.isEmpty() ? QStringLiteral("NULL") : placeholders(forenames.size()),
                         forenamePhonetics.isEmpty() ? QStringLiteral("NULL") : placeholders(forenamePhonetics.size()));
        for (const QString& f : forenames) params << f;
        for (const QString& f : forenamePhonetics) params << f;
    }
    params << excludeCaseId << limit;
    const QString sql = QStringLiteral(
        "WITH %1scored AS (SELECT person_id, sum(w) AS w FROM (%2) AS evidence GROUP BY person_id) "
        "SELECT s.person_id, pe.case_id, s.w + %3 AS total FROM scored s JOIN people pe ON pe.id = s.person_id "
        "WHERE pe.case_id <> ? ORDER BY total DESC, s.person_id LIMIT ?")
        .arg(ctes, parts.join(QStringLiteral(" UNION ALL ")), bonus);
    auto q = m_db.exec(sql, params);
    if (!q.ok()) return q.error();
    QList<PersonCandidateHit> hits;
    while (q->next()) hits.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt()});
    return hits;
}

Result<QHash<qint64, CaseBrief>> SearchIndex::caseBriefs(const QList<qint64>& caseIds) const
{
    QHash<qint64, CaseBrief> out;
    if (caseIds.isEmpty()) return out;
    QVariantList ids;
    for (qint64 id : caseIds) ids << id;
    const QString in = placeholders(ids.size());
    auto cases = m_db.exec(QStringLiteral("SELECT id, urn FROM cases WHERE id IN (%1)").arg(in), ids);
    if (!cases.ok()) return cases.error();
    while (cases->next()) out.insert(cases->value(0).toLongLong(), {cases->value(0).toLongLong(), cases->value(1).toString(), {}});
    auto people = m_db.exec(QStringLiteral("SELECT case_id, id, forenames, surname FROM people WHERE case_id IN (%1) "
                                           "AND role = 'complainant' ORDER BY id").arg(in), ids);
    if (!people.ok()) return people.error();
    while (people->next()) {
        Person p;
        p.caseId = people->value(0).toLongLong();
        p.id = people->value(1).toLongLong();
        p.forenames = people->value(2).toString();
        p.surname = people->value(3).toString();
        if (auto it = out.find(p.caseId); it != out.end()) it->complainants.append(p);
    }
    return out;
}

Result<QList<CaseBrief>> SearchIndex::casesByUrnPrefix(const QString& urnPrefix, int limit) const
{
    QList<CaseBrief> out;
    if (urnPrefix.isEmpty()) return out;
    auto q = m_db.exec(QStringLiteral("SELECT id, urn FROM cases WHERE urn >= ? AND urn < ? ORDER BY urn LIMIT ?"),
                       {urnPrefix, urnPrefix + QChar(0xFFFF), limit});
    if (!q.ok()) return q.error();
    while (q->next()) out.append({q->value(0).toLongLong(), q->value(1).toString(), {}});
    return out;
}

} // namespace conduct
