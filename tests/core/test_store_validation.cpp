// Bad input gets a clear message naming the field, and changes nothing (issue: foundation).

#include "TestSupport.h"

#include "common/Clock.h"
#include "domain/Urn.h"
#include "domain/Validation.h"
#include "services/CaseService.h"
#include "store/Database.h"

using namespace conduct;

namespace {
Case validCase()
{
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1");
    return c;
}

Incident validIncident()
{
    Incident i;
    i.caseId = 1;
    i.startUtc = QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC);
    i.location = QStringLiteral("High Street");
    i.behaviours = {Behaviour::Following};
    i.description = QStringLiteral("Followed her.");
    return i;
}

int caseCount(Database& db)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    REQUIRE(r.ok());
    return r->toInt();
}
} // namespace

TEST_CASE("URNs are normalised and checked against the MG form pattern", "[validation][urn]")
{
    CHECK(normaliseUrn(QStringLiteral(" 45 aa/02098-20 ")) == QStringLiteral("45AA0209820"));
    auto ok = parseUrn(QStringLiteral("45aa0209820"));
    REQUIRE(ok.ok());
    CHECK_FALSE(ok->longForm);
    CHECK(ok->boxes() == QStringList{QStringLiteral("45"), QStringLiteral("AA"), QStringLiteral("02098"), QStringLiteral("20")});

    auto longForm = parseUrn(QStringLiteral("45AA020982020"));
    REQUIRE(longForm.ok());
    CHECK(longForm->longForm);
    CHECK_FALSE(longForm->warning.isEmpty());
    CHECK(longForm->boxes().at(2) == QStringLiteral("0209820"));

    for (const char* bad : {"", "45AA020982", "4AAA0209820", "45A10209820", "45AA02098201", "ZZ; DROP TABLE"}) {
        auto r = parseUrn(QString::fromLatin1(bad));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("URN"));
        CHECK(r.error().message.contains(QStringLiteral("45AA0209820")));   // says what would be valid
    }
}

TEST_CASE("an invalid URN is refused by the service and nothing is written", "[validation][urn]")
{
    test::TempDatabase t;
    Case c = validCase();
    c.urn = QStringLiteral("not a urn");
    auto r = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("URN"));
    CHECK(caseCount(t.db()) == 0);
}

TEST_CASE("a case needs its officer in the case", "[validation]")
{
    Case c = validCase();
    c.officerInCase = QStringLiteral("   ");
    auto s = validateCase(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("Officer in the case"));
    CHECK(s.error().message.contains(QStringLiteral("required")));
}

TEST_CASE("incident times must be in order and not in the future", "[validation][incident][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    REQUIRE(validateIncident(validIncident()).ok());

    Incident backwards = validIncident();
    backwards.endUtc = backwards.startUtc.addSecs(-60);
    auto s = validateIncident(backwards);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("End"));
    CHECK(s.error().message.contains(QStringLiteral("before the start")));

    Incident future = validIncident();
    future.startUtc = QDateTime(QDate(2026, 2, 2), QTime(12, 0), Qt::UTC);
    s = validateIncident(future);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("Start"));
    CHECK(s.error().message.contains(QStringLiteral("future")));

    Incident noStart = validIncident();
    noStart.startUtc = {};
    CHECK(validateIncident(noStart).error().field == QStringLiteral("Start"));
}

TEST_CASE("required incident fields are named when empty", "[validation][incident]")
{
    Incident noDescription = validIncident();
    noDescription.description = QStringLiteral("  ");
    CHECK(validateIncident(noDescription).error().field == QStringLiteral("Description"));

    Incident noLocation = validIncident();
    noLocation.location.clear();
    CHECK(validateIncident(noLocation).error().field == QStringLiteral("Location"));

    Incident onlineNoPlatform = validIncident();
    onlineNoPlatform.online = true;
    CHECK(validateIncident(onlineNoPlatform).error().field == QStringLiteral("Platform"));

    Incident noBehaviour = validIncident();
    noBehaviour.behaviours.clear();
    CHECK(validateIncident(noBehaviour).error().field == QStringLiteral("Behaviours"));

    Incident alteredNoHow = validIncident();
    alteredNoHow.alteredBehaviour = Answer::Yes;
    CHECK(validateIncident(alteredNoHow).error().field.contains(QStringLiteral("altered their behaviour")));
}

TEST_CASE("text over a sane length is refused with the limit stated", "[validation]")
{
    Incident huge = validIncident();
    huge.description = QString(limits::longText + 1, u'x');
    auto s = validateIncident(huge);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("Description"));
    CHECK(s.error().message.contains(QStringLiteral("100000")));

    huge.description = QString(limits::longText, u'x');
    CHECK(validateIncident(huge).ok());

    Person p;
    p.surname = QString(limits::shortText + 1, u'a');
    CHECK(validatePerson(p).error().field == QStringLiteral("Surname"));
}

TEST_CASE("a date of birth in the future is refused", "[validation][person][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    Person p;
    p.surname = QStringLiteral("Doe");
    p.dateOfBirth = QDate(2026, 3, 1);
    auto s = validatePerson(p);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("Date of birth"));
    p.dateOfBirth = QDate(1990, 3, 1);
    CHECK(validatePerson(p).ok());
}

TEST_CASE("a person needs some name, and list entries cannot be blank", "[validation][person]")
{
    Person nameless;
    CHECK(validatePerson(nameless).error().field == QStringLiteral("Surname"));
    Person aliasOnly;
    aliasOnly.aliases = {QStringLiteral("Big Dave")};
    CHECK(validatePerson(aliasOnly).ok());
    Person blankPhone;
    blankPhone.surname = QStringLiteral("Doe");
    blankPhone.phones = {QStringLiteral(" ")};
    CHECK(validatePerson(blankPhone).error().field == QStringLiteral("Phone numbers"));
}

TEST_CASE("a refused incident leaves the store unchanged", "[validation][store][time]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    auto c = service.createCase(validCase());
    REQUIRE(c.ok());
    const QDateTime updatedBefore = service.loadCase(c->id).value().caseRecord.updatedUtc;
    Incident bad = validIncident();
    bad.caseId = c->id;
    bad.description.clear();
    REQUIRE_FALSE(service.addIncident(bad).ok());
    auto after = service.loadCase(c->id);
    REQUIRE(after.ok());
    CHECK(after->incidents.isEmpty());
    CHECK(after->caseRecord.updatedUtc == updatedBefore);
}
