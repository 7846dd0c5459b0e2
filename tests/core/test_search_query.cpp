// The Ctrl+K search box: classifying what was typed, and surviving anything that is typed.
#include "TestSupport.h"

#include "search/SearchQuery.h"

#include <random>

using namespace conduct;

namespace {

QStringList kindsOf(const ParsedQuery& q)
{
    QStringList kinds;
    for (const QueryTerm& t : q.terms) kinds.append(termKindCode(t.kind));
    return kinds;
}

QStringList keysOf(const ParsedQuery& q)
{
    QStringList keys;
    for (const QueryTerm& t : q.terms) keys.append(t.key);
    return keys;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items) out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

TEST_CASE("parseSearchQuery classifies single terms", "[search][time]")
{
    struct Row { const char* input; const char* kind; const char* key; };
    const Row rows[] = {
        {"O'Neill", "name", "oneill"},
        {"José", "name", "jose"},
        {"07700900123", "phone", "+447700900123"},
        {"+447700900123", "phone", "+447700900123"},
        {"Jo.Smith@Example.org", "email", "jo.smith@example.org"},
        {"12/03/1980", "dob", "1980-03-12"},
        {"1/3/1980", "dob", "1980-03-01"},
        {"12.03.1980", "dob", "1980-03-12"},
        {"1980-03-12", "dob", "1980-03-12"},
        {"31/02/1980", "text", "31/02/1980"},   // no such day
        {"AB12CDE", "vehicle", "AB12CDE"},
        {"ab12cde", "vehicle", "AB12CDE"},
        {"A123BCD", "vehicle", "A123BCD"},
        {"@JSmith80", "handle", "jsmith80"},
        {"45AA0209820", "urn", "45AA0209820"},
        {"45/AA/02098/20", "urn", "45AA0209820"},
        {"#harassment", "text", "#harassment"},
        {"1234", "text", "1234"},
    };
    for (const Row& row : rows) {
        INFO(row.input);
        const ParsedQuery q = parseSearchQuery(QString::fromUtf8(row.input));
        REQUIRE(q.terms.size() == 1);
        CHECK(termKindCode(q.terms.first().kind) == QString::fromUtf8(row.kind));
        CHECK(q.terms.first().key == QString::fromUtf8(row.key));
    }
}

TEST_CASE("parseSearchQuery joins phone numbers, registrations and URNs typed with spaces", "[search]")
{
    CHECK(keysOf(parseSearchQuery(QStringLiteral("07700 900123"))) == list({"+447700900123"}));
    CHECK(keysOf(parseSearchQuery(QStringLiteral("+44 7700 900123"))) == list({"+447700900123"}));
    CHECK(keysOf(parseSearchQuery(QStringLiteral("+44 (0) 7700 900 123"))) == list({"+447700900123"}));
    CHECK(keysOf(parseSearchQuery(QStringLiteral("(01632) 960 001"))) == list({"+441632960001"}));
    CHECK(keysOf(parseSearchQuery(QStringLiteral("AB12 CDE"))) == list({"AB12CDE"}));
    CHECK(keysOf(parseSearchQuery(QStringLiteral("45 AA 02098 20"))) == list({"45AA0209820"}));

    const ParsedQuery two = parseSearchQuery(QStringLiteral("07700 900123 01632 960001"));
    CHECK(kindsOf(two) == list({"phone", "phone"}));
    CHECK(keysOf(two) == list({"+447700900123", "+441632960001"}));
}

TEST_CASE("parseSearchQuery classifies a mixed query and builds a probe person", "[search][time]")
{
    const ParsedQuery q = parseSearchQuery(
        QStringLiteral("SMITH, Jon 12/03/1980 07700 900123 jo@example.org @jsmith AB12 CDE M25"));
    CHECK(kindsOf(q) == list({"name", "name", "dob", "phone", "email", "handle", "vehicle", "text"}));
    CHECK(q.surnameFirst);
    CHECK(q.ofKind(QueryTermKind::Name).size() == 2);
    const Person probe = probeFromQuery(q);
    CHECK(probe.surname == QStringLiteral("SMITH"));
    CHECK(probe.forenames == QStringLiteral("Jon"));
    CHECK(probe.dateOfBirth == QDate(1980, 3, 12));
    CHECK(probe.phones == QStringList{QStringLiteral("07700 900123")});
    CHECK(probe.emails == QStringList{QStringLiteral("jo@example.org")});
    CHECK(probe.onlineHandles == QStringList{QStringLiteral("@jsmith")});
    CHECK(probe.vehicles == QStringList{QStringLiteral("AB12 CDE")});

    const Person natural = probeFromQuery(parseSearchQuery(QStringLiteral("Mary Ann O'Neill")));
    CHECK(natural.forenames == QStringLiteral("Mary Ann"));
    CHECK(natural.surname == QStringLiteral("O'Neill"));
    CHECK(probeFromQuery(parseSearchQuery(QStringLiteral("Smith-Jones"))).surname == QStringLiteral("Smith-Jones"));
}

TEST_CASE("parseSearchQuery strips quotes and trailing punctuation but keeps apostrophes", "[search]")
{
    const ParsedQuery q = parseSearchQuery(QStringLiteral("\"O'Neill\", jo@example.org. 'Jon'"));
    CHECK(kindsOf(q) == list({"name", "email", "name"}));
    CHECK(keysOf(q) == list({"oneill", "jo@example.org", "jon"}));
}

TEST_CASE("parseSearchQuery never fails on hostile input", "[search]")
{
    CHECK(parseSearchQuery(QString()).isEmpty());
    CHECK(parseSearchQuery(QStringLiteral(" \t\n,,, ")).isEmpty());
    CHECK(parseSearchQuery(QString(100000, u'7')).terms.size() == 1);
    CHECK(parseSearchQuery(QString(100000, u' ') + QStringLiteral("Smith")).isEmpty());   // cut at the limit
    const QString lone = QString(QChar(0xD800)) + QStringLiteral(" ") + QString(QChar(0xDFFF));
    CHECK(parseSearchQuery(lone).terms.size() == 2);

    // Random text drawn from characters that exercise every branch of the classifier.
    const QString alphabet = QStringLiteral("0123456789+()-./@:,'\" \tabcXYZéß\u2019\u0301\U0001F600");
    std::mt19937 random(20240312);
    std::uniform_int_distribution<qsizetype> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 80);
    for (int run = 0; run < 3000; ++run) {
        QString input;
        for (int n = length(random); n > 0; --n) input.append(alphabet.at(pick(random)));
        const ParsedQuery q = parseSearchQuery(input);
        for (const QueryTerm& t : q.terms) {
            INFO(input.toStdString());
            CHECK_FALSE(t.text.isEmpty());
            if (t.kind == QueryTermKind::DateOfBirth) CHECK(t.date.isValid());
            if (t.kind == QueryTermKind::Phone) CHECK(t.key.startsWith(u'+'));
        }
        (void)probeFromQuery(q);
    }
}
