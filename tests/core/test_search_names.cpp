// Name keys for linked-incident search (protocol 3.8): the same person spelt differently by
// different officers must meet on the same key.
#include "TestSupport.h"

#include "search/NameMatching.h"

using namespace conduct;

TEST_CASE("foldedName removes case, diacritics, punctuation and spaces", "[search]")
{
    CHECK(foldedName(QStringLiteral("José")) == QStringLiteral("jose"));
    CHECK(foldedName(QStringLiteral("JOSE")) == foldedName(QStringLiteral("José")));
    CHECK(foldedName(QStringLiteral("Zoë Brontë")) == QStringLiteral("zoebronte"));
    CHECK(foldedName(QStringLiteral("O'Neill")) == QStringLiteral("oneill"));
    CHECK(foldedName(QStringLiteral("O\u2019Neill")) == foldedName(QStringLiteral("ONeill")));
    CHECK(foldedName(QStringLiteral("Smith-Jones")) == QStringLiteral("smithjones"));
    CHECK(foldedName(QStringLiteral("Smith Jones")) == foldedName(QStringLiteral("Smith-Jones")));
    CHECK(foldedName(QStringLiteral("Strauß")) == QStringLiteral("strauss"));
    CHECK(foldedName(QStringLiteral("Łukasz Søren")) == QStringLiteral("lukaszsoren"));
    CHECK(foldedName(QStringLiteral("  -'. ")).isEmpty());
}

TEST_CASE("normalisedName unifies Mac and Mc", "[search]")
{
    const QString key = normalisedName(QStringLiteral("McDonald"));
    CHECK(key == QStringLiteral("mcdonald"));
    CHECK(normalisedName(QStringLiteral("MacDonald")) == key);
    CHECK(normalisedName(QStringLiteral("Mac Donald")) == key);
    CHECK(normalisedName(QStringLiteral("MACDONALD")) == key);
    CHECK(normalisedName(QStringLiteral("Mac")) == QStringLiteral("mac"));   // the name alone is not a prefix
    CHECK(normalisedName(QStringLiteral("O'Neill")) == normalisedName(QStringLiteral("ONeill")));
}

TEST_CASE("canonicalForename maps common UK variants to one key", "[search]")
{
    struct Row { const char* variant; const char* canonical; };
    // At least 40 groups, one variant each, checked against the group's key.
    const Row rows[] = {
        {"Jon", "john"}, {"Johnny", "john"}, {"Jonathan", "john"}, {"Steve", "stephen"},
        {"Steven", "stephen"}, {"Mike", "michael"}, {"Kate", "catherine"}, {"Katie", "catherine"},
        {"Kathryn", "catherine"}, {"Liz", "elizabeth"}, {"Beth", "elizabeth"}, {"Bob", "robert"},
        {"Rob", "robert"}, {"Bill", "william"}, {"Will", "william"}, {"Liam", "william"},
        {"Dave", "david"}, {"Christopher", "chris"}, {"Christine", "chris"}, {"Alexandra", "alex"},
        {"Alexander", "alex"}, {"Samantha", "sam"}, {"Samuel", "sam"}, {"Tom", "thomas"},
        {"Jim", "james"}, {"Jamie", "james"}, {"Dan", "daniel"}, {"Matt", "matthew"},
        {"Nick", "nicholas"}, {"Tony", "anthony"}, {"Andy", "andrew"}, {"Pete", "peter"},
        {"Sue", "susan"}, {"Jenny", "jennifer"}, {"Maggie", "margaret"}, {"Peggy", "margaret"},
        {"Becky", "rebecca"}, {"Dick", "richard"}, {"Ted", "edward"}, {"Joe", "joseph"},
        {"Ben", "benjamin"}, {"Paddy", "pat"}, {"Charlie", "charlie"}, {"Freddie", "frederick"},
        {"Harry", "henry"}, {"Gerry", "gerald"}, {"Len", "leonard"}, {"Ron", "ronald"},
        {"Ken", "kenneth"}, {"Tim", "timothy"}, {"Phil", "philip"}, {"Greg", "gregory"},
        {"Stu", "stuart"}, {"Terry", "terence"}, {"Vicky", "victoria"}, {"Debbie", "deborah"},
        {"Mandy", "amanda"}, {"Shaun", "sean"}, {"Iain", "ian"}, {"Niall", "neil"},
        {"Geoff", "geoffrey"}, {"Larry", "lawrence"}, {"Muhammad", "mohammed"}, {"Izzy", "isabel"},
    };
    QStringList keys;
    for (const Row& row : rows) {
        INFO(row.variant);
        CHECK(canonicalForename(QString::fromUtf8(row.variant)) == QString::fromUtf8(row.canonical));
        if (!keys.contains(QString::fromUtf8(row.canonical))) keys.append(QString::fromUtf8(row.canonical));
    }
    CHECK(keys.size() >= 40);
}

TEST_CASE("canonicalForename is case- and accent-insensitive and uses the first given name", "[search]")
{
    CHECK(canonicalForename(QStringLiteral("JON")) == QStringLiteral("john"));
    CHECK(canonicalForename(QStringLiteral("  jonathan  ")) == QStringLiteral("john"));
    CHECK(canonicalForename(QStringLiteral("Jon Paul")) == QStringLiteral("john"));
    CHECK(canonicalForename(QStringLiteral("Xanthe")) == QStringLiteral("xanthe"));   // not in the table
    CHECK(canonicalForename(QStringLiteral("Zoë")) == QStringLiteral("zoe"));
    CHECK(canonicalForename(QString()).isEmpty());
    CHECK(canonicalForenames(QStringLiteral("Jon Bill Jon")) == QStringList{QStringLiteral("john"), QStringLiteral("william")});
}

TEST_CASE("phoneticKey (NYSIIS) brings together surnames that sound alike", "[search]")
{
    CHECK(phoneticKey(QStringLiteral("Phillips")) == phoneticKey(QStringLiteral("Fillips")));
    CHECK(phoneticKey(QStringLiteral("Reid")) == phoneticKey(QStringLiteral("Reed")));
    CHECK(phoneticKey(QStringLiteral("Knight")) == phoneticKey(QStringLiteral("Night")));
    CHECK(phoneticKey(QStringLiteral("MacDonald")) == phoneticKey(QStringLiteral("McDonald")));
    CHECK(phoneticKey(QStringLiteral("Stephenson")) == phoneticKey(QStringLiteral("Stevenson")));
    CHECK(phoneticKey(QStringLiteral("O'Neill")) == phoneticKey(QStringLiteral("ONeil")));
    CHECK(phoneticKey(QStringLiteral("Brown")) == QStringLiteral("BRAN"));
    CHECK(phoneticKey(QStringLiteral("Smith")) != phoneticKey(QStringLiteral("Jones")));
    CHECK(phoneticKey(QStringLiteral("Richards")) != phoneticKey(QStringLiteral("Richardson")));
    CHECK(phoneticKey(QString()).isEmpty());
    CHECK(phoneticKey(QStringLiteral("123 -")).isEmpty());
}

TEST_CASE("damerauLevenshtein counts transpositions as one edit", "[search]")
{
    CHECK(damerauLevenshtein(QStringLiteral("smith"), QStringLiteral("smith")) == 0);
    CHECK(damerauLevenshtein(QStringLiteral("smith"), QStringLiteral("smtih")) == 1);
    CHECK(damerauLevenshtein(QStringLiteral("jon"), QStringLiteral("john")) == 1);
    CHECK(damerauLevenshtein(QStringLiteral("smith"), QStringLiteral("smyth")) == 1);
    CHECK(damerauLevenshtein(QString(), QStringLiteral("abc")) == 3);
    CHECK(damerauLevenshtein(QStringLiteral("abc"), QString()) == 3);
    // Unrestricted Damerau–Levenshtein: "ca" → "ac" → "abc" is 2 (the restricted form says 3).
    CHECK(damerauLevenshtein(QStringLiteral("ca"), QStringLiteral("abc")) == 2);
    CHECK(damerauLevenshtein(QStringLiteral("kitten"), QStringLiteral("sitting")) == 3);
    CHECK(fuzzyNameTolerance(2) == 0);
    CHECK(fuzzyNameTolerance(5) == 1);
    CHECK(fuzzyNameTolerance(9) == 2);
}

TEST_CASE("surnameParts splits double-barrelled names but keeps particles with their name", "[search]")
{
    CHECK(surnameParts(QStringLiteral("Smith-Jones")) == QStringList{QStringLiteral("smith"), QStringLiteral("jones")});
    CHECK(surnameParts(QStringLiteral("Smith Jones")) == surnameParts(QStringLiteral("Smith-Jones")));
    CHECK(surnameParts(QStringLiteral("Mac Donald")) == QStringList{QStringLiteral("mcdonald")});
    CHECK(surnameParts(QStringLiteral("De Souza")) == QStringList{QStringLiteral("desouza")});
    CHECK(surnameParts(QStringLiteral("O'Neill")) == QStringList{QStringLiteral("oneill")});
    CHECK(surnameParts(QStringLiteral(" - ")).isEmpty());
}
