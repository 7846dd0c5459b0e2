// Ranking people on other cases against a suspect (protocol 3.8, 4.6): true matches, even when
// spelt differently, must rank above namesakes with a different date of birth.
#include "TestSupport.h"

#include "search/PersonMatcher.h"

using namespace conduct;

namespace {

Person person(qint64 id, qint64 caseId, const char* forenames, const char* surname, QDate dob = {})
{
    Person p;
    p.id = id;
    p.caseId = caseId;
    p.role = PersonRole::Suspect;
    p.forenames = QString::fromUtf8(forenames);
    p.surname = QString::fromUtf8(surname);
    p.dateOfBirth = dob;
    return p;
}

MatchCandidate candidate(const Person& p, const char* urn) { return {p, QString::fromUtf8(urn)}; }

const AttributeMatch* find(const RankedMatch& m, const char* attribute)
{
    for (const AttributeMatch& a : m.matches)
        if (a.attribute == QLatin1String(attribute)) return &a;
    return nullptr;
}

QList<qint64> idsOf(const QList<RankedMatch>& ranked)
{
    QList<qint64> ids;
    for (const RankedMatch& m : ranked) ids.append(m.candidate.person.id);
    return ids;
}

} // namespace

TEST_CASE("true matches rank above similar names with a different date of birth", "[search][time]")
{
    const Person probe = person(1, 100, "John", "Smith", QDate(1980, 3, 12));
    const QList<MatchCandidate> candidates = {
        candidate(person(10, 200, "John", "Smith", QDate(1975, 11, 1)), "45AA0000124"),    // namesake
        candidate(person(11, 201, "Jon", "Smith", QDate(1980, 3, 12)), "45AA0000224"),     // true, variant
        candidate(person(12, 202, "Jonathan", "Smyth", QDate(1980, 12, 3)), "45AA0000324"),// transposed DOB
        candidate(person(13, 203, "John", "Smith", QDate(1980, 3, 12)), "45AA0000424"),    // exact
        candidate(person(14, 204, "Jon", "Smith", QDate(1981, 3, 12)), "45AA0000524"),     // near namesake
        candidate(person(15, 205, "Peter", "Brown", QDate(1990, 1, 1)), "45AA0000624"),    // unrelated
    };
    const QList<RankedMatch> ranked = rankCandidates(probe, candidates);
    REQUIRE(ranked.size() >= 3);
    CHECK(idsOf(ranked).mid(0, 3) == QList<qint64>{13, 11, 12});
    CHECK_FALSE(idsOf(ranked).contains(15));
    // Whatever else is shown, namesakes come after every true match.
    for (qint64 namesake : {qint64(10), qint64(14)}) {
        const qsizetype at = idsOf(ranked).indexOf(namesake);
        if (at >= 0) CHECK(at > idsOf(ranked).indexOf(12));
    }
    const RankedMatch& exact = ranked.first();
    CHECK(exact.score == matchPoints::surnameExact + matchPoints::forenameExact + matchPoints::dobExact);
    CHECK(exact.conflicts.isEmpty());
    CHECK(exact.candidate.urn == QStringLiteral("45AA0000424"));
}

TEST_CASE("each match says which attributes matched and how strongly", "[search][time]")
{
    const Person probe = person(1, 100, "Jon", "O'Neill", QDate(1980, 3, 12));
    const RankedMatch m = scoreCandidate(probe, candidate(person(2, 200, "Johnny", "ONeill", QDate(1980, 12, 3)), "U"));
    REQUIRE(find(m, "surname"));
    CHECK(find(m, "surname")->strength == MatchStrength::Exact);
    REQUIRE(find(m, "forename"));
    CHECK(find(m, "forename")->strength == MatchStrength::Variant);
    CHECK(find(m, "forename")->detail.contains(QStringLiteral("Johnny")));
    REQUIRE(find(m, "dateOfBirth"));
    CHECK(find(m, "dateOfBirth")->strength == MatchStrength::Variant);
    CHECK(find(m, "dateOfBirth")->detail.contains(QStringLiteral("transposed")));
    CHECK(strengthCode(MatchStrength::Phonetic) == QStringLiteral("phonetic"));

    const RankedMatch phonetic = scoreCandidate(person(1, 1, "", "Phillips"), candidate(person(3, 2, "", "Fillips"), "U"));
    REQUIRE(find(phonetic, "surname"));
    CHECK(find(phonetic, "surname")->strength == MatchStrength::Phonetic);

    const RankedMatch fuzzy = scoreCandidate(person(1, 1, "", "Smith"), candidate(person(3, 2, "", "Smtih"), "U"));
    REQUIRE(find(fuzzy, "surname"));
    CHECK(find(fuzzy, "surname")->strength == MatchStrength::Fuzzy);
}

TEST_CASE("a different date of birth is reported as a conflict and lowers the score", "[search][time]")
{
    const Person probe = person(1, 100, "John", "Smith", QDate(1980, 3, 12));
    const RankedMatch m = scoreCandidate(probe, candidate(person(2, 200, "John", "Smith", QDate(1975, 11, 1)), "U"));
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts.first().contains(QStringLiteral("12/03/1980")));
    CHECK(m.conflicts.first().contains(QStringLiteral("01/11/1975")));
    CHECK(m.score == matchPoints::surnameExact + matchPoints::forenameExact + matchPoints::dobConflict);
}

TEST_CASE("double-barrelled surnames, Mac/Mc, diacritics and aliases match", "[search]")
{
    const RankedMatch barrel = scoreCandidate(person(1, 1, "Ann", "Smith"), candidate(person(2, 2, "Ann", "Smith-Jones"), "U"));
    REQUIRE(find(barrel, "surname"));
    CHECK(find(barrel, "surname")->strength == MatchStrength::Variant);

    const RankedMatch mac = scoreCandidate(person(1, 1, "Iain", "MacDonald"), candidate(person(2, 2, "Ian", "McDonald"), "U"));
    REQUIRE(find(mac, "surname"));
    CHECK(find(mac, "surname")->strength == MatchStrength::Exact);
    CHECK(find(mac, "forename")->strength == MatchStrength::Variant);

    const RankedMatch accent = scoreCandidate(person(1, 1, "José", "Núñez"), candidate(person(2, 2, "Jose", "Nunez"), "U"));
    CHECK(accent.score == matchPoints::surnameExact + matchPoints::forenameExact);

    Person aliased = person(2, 2, "Robert", "Doe");
    aliased.aliases = {QStringLiteral("Johnny Smith")};
    const RankedMatch alias = scoreCandidate(person(1, 1, "John", "Smith"), candidate(aliased, "U"));
    REQUIRE(find(alias, "surname"));
    CHECK(find(alias, "surname")->strength == MatchStrength::Exact);
    CHECK(find(alias, "surname")->detail.contains(QStringLiteral("Johnny Smith")));
}

TEST_CASE("shared phone, e-mail, handle or vehicle links people whatever their names", "[search]")
{
    Person probe = person(1, 1, "John", "Smith");
    probe.phones = {QStringLiteral("07700 900123")};
    probe.emails = {QStringLiteral("J.Smith@Example.org")};
    probe.onlineHandles = {QStringLiteral("Instagram: @jsmith80")};
    probe.vehicles = {QStringLiteral("AB12 CDE")};
    Person other = person(2, 2, "Mary", "Jones");
    other.phones = {QStringLiteral("+44 7700 900123"), QStringLiteral("447700900123")};
    other.emails = {QStringLiteral("j.smith@example.org")};
    other.onlineHandles = {QStringLiteral("TikTok: @JSmith80")};
    other.vehicles = {QStringLiteral("ab12cde")};
    const RankedMatch m = scoreCandidate(probe, candidate(other, "U"));
    CHECK(find(m, "surname") == nullptr);
    REQUIRE(find(m, "phone"));
    REQUIRE(find(m, "email"));
    REQUIRE(find(m, "handle"));
    CHECK(find(m, "handle")->strength == MatchStrength::Variant);   // same handle, other platform
    REQUIRE(find(m, "vehicle"));
    CHECK(m.score == matchPoints::phone + matchPoints::email + matchPoints::handleOtherPlatform + matchPoints::vehicle);
    CHECK(m.matches.first().points >= m.matches.last().points);
}

TEST_CASE("rankCandidates leaves out the probe's own case, weak matches and extra results", "[search][time]")
{
    const Person probe = person(1, 100, "John", "Smith", QDate(1980, 3, 12));
    const QList<MatchCandidate> candidates = {
        candidate(person(2, 100, "John", "Smith", QDate(1980, 3, 12)), "OWN"),
        candidate(person(3, 300, "Zed", "Quinn", QDate(1980, 6, 6)), "WEAK"),   // only the year
        candidate(person(4, 301, "John", "Smith", QDate(1980, 3, 12)), "B"),
        candidate(person(5, 302, "John", "Smith", QDate(1980, 3, 12)), "A"),
    };
    const QList<RankedMatch> ranked = rankCandidates(probe, candidates);
    CHECK(idsOf(ranked) == QList<qint64>{5, 4});   // equal scores: by URN
    MatchOptions one;
    one.maximumResults = 1;
    CHECK(rankCandidates(probe, candidates, one).size() == 1);
    MatchOptions all;
    all.excludeProbeCase = false;
    CHECK(idsOf(rankCandidates(probe, candidates, all)).contains(2));
    CHECK(rankCandidates(probe, {}).isEmpty());
}

TEST_CASE("indexKeysFor gives the keys the store indexes", "[search]")
{
    Person p = person(1, 1, "Jonathan Paul", "Mac Donald-Smith");
    p.aliases = {QStringLiteral("Jack O'Neill")};
    p.phones = {QStringLiteral("07700 900123"), QStringLiteral("+44 7700 900123")};
    p.emails = {QStringLiteral(" Jo@Example.org ")};
    p.onlineHandles = {QStringLiteral("X: @JMac")};
    p.vehicles = {QStringLiteral("ab12 cde")};
    const PersonIndexKeys keys = indexKeysFor(p);
    CHECK(keys.surname == QStringLiteral("mcdonaldsmith"));
    CHECK(keys.forename == QStringLiteral("john"));
    CHECK(keys.forenamePhonetic == QStringLiteral("JANATAN"));
    CHECK_FALSE(keys.surnamePhonetic.isEmpty());
    CHECK(keys.surnameParts == QStringList{QStringLiteral("mcdonald"), QStringLiteral("smith"), QStringLiteral("oneill")});
    CHECK(keys.phones == QStringList{QStringLiteral("+447700900123")});
    CHECK(keys.emails == QStringList{QStringLiteral("jo@example.org")});
    CHECK(keys.handles == QStringList{QStringLiteral("jmac")});
    CHECK(keys.vehicles == QStringList{QStringLiteral("AB12CDE")});
}
