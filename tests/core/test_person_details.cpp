// Witness details and the end of a relationship (issue 22): stored, reloaded, updated and cleared
// through CaseService; refused with the field named when wrong; and the domestic abuse
// suggestion of protocol 4.3 for every relationship.

#include "TestSupport.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "domain/Codes.h"
#include "rules/DomesticAbuse.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QSet>

using namespace conduct;

namespace {
qint64 makeCase(CaseService& service)
{
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

Person witness(qint64 caseId)
{
    Person p;
    p.caseId = caseId;
    p.role = PersonRole::Witness;
    p.forenames = QStringLiteral("Grace");
    p.surname = QStringLiteral("Sample");
    p.occupation = QStringLiteral("Pharmacist");
    p.ethnicityCode = QStringLiteral("B2");
    p.over18 = true;
    p.statementDate = QDate(2026, 2, 14);
    return p;
}

Person reloaded(CaseService& service, qint64 caseId, qint64 personId)
{
    auto detail = service.loadCase(caseId);
    REQUIRE(detail.ok());
    for (const Person& p : detail->people)
        if (p.id == personId) return p;
    FAIL("person not found");
    return {};
}
} // namespace

TEST_CASE("person: witness details and the relationship end survive saving, reopening and editing", "[store][person]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const qint64 caseId = makeCase(service);

    auto saved = service.addPerson(witness(caseId));
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());

    Person suspect;
    suspect.caseId = caseId;
    suspect.role = PersonRole::Suspect;
    suspect.surname = QStringLiteral("Placeholder");
    suspect.relationship = Relationship::ExPartner;
    suspect.domesticAbuse = true;
    suspect.relationshipEndedOn = QDate(2025, 11, 30);
    suspect.over18 = false;
    auto savedSuspect = service.addPerson(suspect);
    REQUIRE(savedSuspect.ok());

    t.reopen();
    CaseService reopened(t.db(), t.session());
    Person back = reloaded(reopened, caseId, saved->id);
    CHECK(back.occupation == QStringLiteral("Pharmacist"));
    CHECK(back.ethnicityCode == QStringLiteral("B2"));
    CHECK(back.over18 == std::optional<bool>(true));
    CHECK(back.statementDate == QDate(2026, 2, 14));
    CHECK_FALSE(back.relationshipEndedOn.isValid());

    const Person backSuspect = reloaded(reopened, caseId, savedSuspect->id);
    CHECK(backSuspect.relationshipEndedOn == QDate(2025, 11, 30));
    CHECK(backSuspect.over18 == std::optional<bool>(false));
    CHECK(backSuspect.occupation.isEmpty());
    CHECK_FALSE(backSuspect.statementDate.isValid());

    // Edited, then cleared: "not known" is stored as not known, never as a stand-in value.
    back.occupation = QStringLiteral("Retired pharmacist");
    back.ethnicityCode = QStringLiteral("NS");
    back.over18.reset();
    back.statementDate = QDate(2026, 2, 15);
    REQUIRE(reopened.updatePerson(back).ok());
    Person edited = reloaded(reopened, caseId, back.id);
    CHECK(edited.occupation == QStringLiteral("Retired pharmacist"));
    CHECK(edited.ethnicityCode == QStringLiteral("NS"));
    CHECK_FALSE(edited.over18.has_value());
    CHECK(edited.statementDate == QDate(2026, 2, 15));

    edited.occupation.clear();
    edited.ethnicityCode.clear();
    edited.statementDate = QDate();
    REQUIRE(reopened.updatePerson(edited).ok());
    auto raw = t.db().exec(QStringLiteral("SELECT occupation, ethnicity_code, over_18, statement_date FROM people WHERE id = ?"),
                           {edited.id});
    REQUIRE(raw.ok());
    REQUIRE(raw->next());
    CHECK(raw->value(0).toString().isEmpty());
    CHECK(raw->value(1).toString().isEmpty());
    CHECK(raw->value(2).toString().isEmpty());
    CHECK(raw->value(3).isNull());
}

TEST_CASE("person: a wrong ethnicity code, a future statement or relationship end is refused naming the field",
          "[store][person][validation]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    const qint64 caseId = makeCase(service);
    const QDate tomorrow = uktime::today().addDays(1);

    struct Case {
        const char* what;
        void (*change)(Person&, QDate tomorrow);
        const char* field;
    };
    const Case cases[] = {
        {"unknown ethnicity code", [](Person& p, QDate) { p.ethnicityCode = QStringLiteral("Z7"); }, "Ethnicity"},
        {"statement tomorrow", [](Person& p, QDate d) { p.statementDate = d; }, "Date of original statement"},
        {"relationship ends tomorrow", [](Person& p, QDate d) { p.relationshipEndedOn = d; }, "Relationship ended on"},
        {"occupation too long", [](Person& p, QDate) { p.occupation = QString(201, u'x'); }, "Occupation"},
        {"statement before birth",
         [](Person& p, QDate) {
             p.dateOfBirth = QDate(2000, 5, 1);
             p.statementDate = QDate(1999, 5, 1);
         },
         "Date of original statement"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Person p = witness(caseId);
        c.change(p, tomorrow);
        auto refused = service.addPerson(p);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QString::fromUtf8(c.field));
    }
    auto detail = service.loadCase(caseId);
    REQUIRE(detail.ok());
    CHECK(detail->people.isEmpty());
}

TEST_CASE("ethnicity: the 16+1 codes, each with a label", "[person]")
{
    const QStringList expected{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A9"),
                               QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B9"), QStringLiteral("M1"),
                               QStringLiteral("M2"), QStringLiteral("M3"), QStringLiteral("M9"), QStringLiteral("O1"),
                               QStringLiteral("O9"), QStringLiteral("W1"), QStringLiteral("W2"), QStringLiteral("W9"),
                               QStringLiteral("NS")};
    QStringList codes;
    for (const EthnicityCode& e : ethnicityCodeTable()) codes.append(QString::fromLatin1(e.code));
    CHECK(codes == expected);
    for (const QString& code : expected) {
        CHECK(isEthnicityCode(code));
        CHECK(ethnicityLabel(code).startsWith(code + u' '));
    }
    CHECK(ethnicityLabel(QStringLiteral("W1")) == QStringLiteral("W1 White – British"));
    CHECK(ethnicityLabel(QStringLiteral("NS")) == QStringLiteral("NS Not stated"));
    CHECK_FALSE(isEthnicityCode(QString()));
    CHECK_FALSE(isEthnicityCode(QStringLiteral("w1")));
    CHECK(ethnicityLabel(QStringLiteral("X1")).isEmpty());
}

TEST_CASE("protocol 4.3: domestic abuse is suggested for partners, former partners and family only", "[person][rules]")
{
    const QSet<Relationship> suggesting{Relationship::CurrentPartner, Relationship::ExPartner, Relationship::Family};
    for (Relationship r : allValues<Relationship>()) {
        INFO(toCode(r).toStdString());
        const std::optional<QString> reason = domesticAbuseSuggestion(r);
        CHECK(reason.has_value() == suggesting.contains(r));
        CHECK(relationshipCanEnd(r) == suggesting.contains(r));
        if (!reason) continue;
        CHECK(reason->contains(QStringLiteral("Domestic Abuse Act 2021 s1–2")));
        CHECK(reason->contains(QStringLiteral("protocol 4.3")));
    }
    CHECK(domesticAbuseSuggestion(Relationship::ExPartner)->startsWith(QStringLiteral("Current or former partner")));
    CHECK(domesticAbuseSuggestion(Relationship::Family)->startsWith(QStringLiteral("Family member")));
    // Every relationship was looked at: the table is checked against the whole vocabulary.
    CHECK(allValues<Relationship>().size() == 9);
}
