// The linked-person candidate query's first pass (people sharing a surname sound and a given
// name, an identifier or a date of birth) must give exactly the answer of the full query
// whenever it is used: the same people, the same pre-scores, the same order.

#include "TestSupport.h"

#include "search/NameMatching.h"
#include "search/PersonMatcher.h"
#include "services/CaseService.h"
#include "store/Database.h"
#include "store/SearchIndex.h"

using namespace conduct;

namespace {
const QStringList surnames = {QStringLiteral("Smith"), QStringLiteral("Smyth"), QStringLiteral("Smith-Jones"),
                              QStringLiteral("Smithe"), QStringLiteral("Jones"), QStringLiteral("Schmidt")};
const QStringList forenames = {QStringLiteral("John"), QStringLiteral("Jon"), QStringLiteral("Jonathan"), QStringLiteral("Joan"),
                               QStringLiteral("James"), QStringLiteral("Mary"), QStringLiteral("Jack")};

Person person(qint64 caseId, int n)
{
    Person p;
    p.caseId = caseId;
    p.role = n % 3 == 0 ? PersonRole::Suspect : PersonRole::Witness;
    p.surname = surnames[n % surnames.size()];
    p.forenames = forenames[(n / surnames.size()) % forenames.size()];
    if (n % 4 == 0) p.dateOfBirth = QDate(1970 + n % 9, 1 + n % 12, 1 + n % 28);
    if (n % 11 == 0) p.aliases = {QStringLiteral("Johnny Smith")};
    if (n % 13 == 0) p.phones = {QStringLiteral("07700 900%1").arg(100 + n % 7)};
    return p;
}

QString describe(const QList<PersonCandidateHit>& hits)
{
    QStringList out;
    for (const PersonCandidateHit& h : hits) out << QStringLiteral("%1:%2").arg(h.personId).arg(h.weight);
    return out.join(u' ');
}
} // namespace

TEST_CASE("the linked-search first pass gives exactly the full query's top candidates", "[linked][time]")
{
    test::TempDatabase t;
    CaseService cases(t.db(), t.session());
    int n = 0;
    for (int c = 0; c < 40; ++c) {
        Case record;
        record.urn = QStringLiteral("45AA%1%2").arg(c, 5, 10, QLatin1Char('0')).arg(24);
        record.officerInCase = QStringLiteral("PC 1234 Test");
        auto made = cases.createCase(record);
        REQUIRE(made.ok());
        for (int k = 0; k < 9; ++k) REQUIRE(cases.addPerson(person(made->id, n++)).ok());
    }

    QList<Person> probes;
    Person john;
    john.forenames = QStringLiteral("John");
    john.surname = QStringLiteral("Smith");
    john.dateOfBirth = QDate(1974, 5, 5);
    probes << john;
    Person jon;
    jon.forenames = QStringLiteral("Jon");
    jon.surname = QStringLiteral("SMYTHE");
    probes << jon;
    Person mary;
    mary.forenames = QStringLiteral("Mary");
    mary.surname = QStringLiteral("Jones-Smith");
    mary.phones = {QStringLiteral("+44 7700 900103")};
    probes << mary;
    Person alias;
    alias.forenames = QStringLiteral("Jack");
    alias.surname = QStringLiteral("Brown");
    alias.aliases = {QStringLiteral("Jack Smith")};
    probes << alias;

    SearchIndex index(t.db());
    const int limit = 20;
    QList<QList<PersonCandidateHit>> twoPass;
    for (const Person& probe : probes) {
        auto hits = index.personCandidates(probe, 0, limit);
        REQUIRE(hits.ok());
        twoPass << hits.value();
    }
    // The John Smith probe is decided by the first pass alone: a full list, every one of it
    // stronger than any name-only match could be.
    REQUIRE(twoPass.first().size() == limit);
    CHECK(twoPass.first().last().weight > matchPoints::surnameExact);

    // Without the pairs the first pass proves nothing, and the full query answers.
    REQUIRE(t.db().exec(QStringLiteral("DELETE FROM person_search_keys WHERE kind = ?"), {searchKeyKind::namePair}).ok());
    for (qsizetype i = 0; i < probes.size(); ++i) {
        auto full = index.personCandidates(probes[i], 0, limit);
        REQUIRE(full.ok());
        INFO("probe " << probes[i].forenames.toStdString() << ' ' << probes[i].surname.toStdString());
        CHECK(describe(twoPass[i]) == describe(full.value()));
    }
}

TEST_CASE("name pairs pair every surname sound with every given-name key", "[linked]")
{
    Person p;
    p.forenames = QStringLiteral("Jon");
    p.surname = QStringLiteral("Smith-Jones");
    p.aliases = {QStringLiteral("Johnny Brown")};
    QStringList pairs;
    for (const SearchKey& k : searchKeysFor(p))
        if (k.kind == searchKeyKind::namePair) pairs << k.key;
    const QString smith = phoneticKey(QStringLiteral("smith")), brown = phoneticKey(QStringLiteral("Brown"));
    CHECK(pairs.contains(smith + QStringLiteral("|f:") + canonicalForename(QStringLiteral("Jon"))));
    CHECK(pairs.contains(smith + QStringLiteral("|p:") + phoneticKey(QStringLiteral("Jon"))));
    CHECK(pairs.contains(brown + QStringLiteral("|p:") + phoneticKey(QStringLiteral("Johnny"))));
    CHECK(pairs.contains(phoneticKey(QStringLiteral("Smith-Jones")) + QStringLiteral("|f:") + canonicalForename(QStringLiteral("Jon"))));
    CHECK_FALSE(pairs.contains(QString()));
}
