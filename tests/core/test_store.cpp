#include "TestSupport.h"

#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/DemoCase.h"
#include "store/CaseListQuery.h"
#include "store/Database.h"
#include "store/DraftStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace conduct;

namespace {
Case sampleCase(const QString& urn = QStringLiteral("45AA0209820"))
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    return c;
}

Incident sampleIncident(qint64 caseId, int daysAgo)
{
    Incident i;
    i.caseId = caseId;
    i.startUtc = Clock::nowUtc().addDays(-daysAgo);
    i.location = QStringLiteral("Outside the complainant's home");
    i.behaviours = {Behaviour::Loitering};
    i.description = QStringLiteral("Seen waiting outside for an hour.");
    return i;
}

int countRows(Database& db, const QString& table)
{
    auto r = db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(r.ok());
    REQUIRE(r->next());
    return r->value(0).toInt();
}
} // namespace

TEST_CASE("a new database is private, in WAL mode, with foreign keys on and the latest schema", "[store][sqlite]")
{
    test::TempDatabase t;
    const QFileDevice::Permissions perms = QFileInfo(t.path()).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK(perms.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    auto mode = t.db().exec(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.ok());
    REQUIRE(mode->next());
    CHECK(mode->value(0).toString() == QStringLiteral("wal"));
    auto fk = t.db().exec(QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(fk.ok());
    REQUIRE(fk->next());
    CHECK(fk->value(0).toInt() == 1);
    auto sync = t.db().exec(QStringLiteral("PRAGMA synchronous"));
    REQUIRE(sync.ok());
    REQUIRE(sync->next());
    CHECK(sync->value(0).toInt() == 2);   // FULL
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("cases, people and incidents survive closing and reopening", "[store][time]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    auto c = service.createCase(sampleCase(QStringLiteral("45 aa 02098-20")));
    INFO((c.ok() ? QString() : c.error().text()).toStdString());
    REQUIRE(c.ok());
    CHECK(c->urn == QStringLiteral("45AA0209820"));

    Person p;
    p.caseId = c->id;
    p.role = PersonRole::Suspect;
    p.forenames = QStringLiteral("John");
    p.surname = QStringLiteral("O'Brien");
    p.aliases = {QStringLiteral("Jonny OB")};
    p.phones = {QStringLiteral("07700 900123")};
    p.addresses = {Address{QStringLiteral("1 Test Street"), QDate(2026, 1, 2), true}};
    p.relationship = Relationship::ExPartner;
    p.domesticAbuse = true;
    auto savedPerson = service.addPerson(p);
    REQUIRE(savedPerson.ok());
    REQUIRE(service.addIncident(sampleIncident(c->id, 10)).ok());
    REQUIRE(service.addIncident(sampleIncident(c->id, 3)).ok());

    t.reopen();
    CaseService reopened(t.db(), t.session());
    auto detail = reopened.loadCase(c->id);
    REQUIRE(detail.ok());
    CHECK(detail->caseRecord.urn == QStringLiteral("45AA0209820"));
    CHECK(detail->caseRecord.offences == QList<Offence>{Offence::Stalking_s2A});
    REQUIRE(detail->people.size() == 1);
    const Person& back = detail->people.first();
    CHECK(back.surname == QStringLiteral("O'Brien"));
    CHECK(back.aliases == QStringList{QStringLiteral("Jonny OB")});
    CHECK(back.phones == QStringList{QStringLiteral("07700 900123")});
    REQUIRE(back.addresses.size() == 1);
    CHECK(back.addresses.first().verifiedOn == QDate(2026, 1, 2));
    CHECK(back.addresses.first().confidential);
    CHECK(back.relationship == Relationship::ExPartner);
    CHECK(back.domesticAbuse);
    REQUIRE(detail->incidents.size() == 2);
    CHECK(detail->incidents[0].startUtc < detail->incidents[1].startUtc);
    CHECK(detail->incidents[0].behaviours == QList<Behaviour>{Behaviour::Loitering});
}

TEST_CASE("updates and removals use row versions and refuse stale edits", "[store]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    auto c = service.createCase(sampleCase());
    REQUIRE(c.ok());
    auto first = service.addIncident(sampleIncident(c->id, 5));
    REQUIRE(first.ok());

    Incident edited = first.value();
    edited.description = QStringLiteral("Updated account.");
    auto saved = service.updateIncident(edited);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == 2);

    auto stale = service.updateIncident(edited);   // still at version 1
    REQUIRE_FALSE(stale.ok());
    // The audit trail names who made the newer version, and when.
    CHECK(stale.error().message.contains(QStringLiteral("This record was changed by PC test.officer at")));
    CHECK(stale.error().message.contains(QStringLiteral("Your edit was not saved")));

    Case staleCase = c.value();
    Case changedCase = staleCase;
    changedCase.crimeReference = QStringLiteral("CR/1/26");   // a save with no changes writes nothing (issue 30)
    auto updatedCase = service.updateCase(changedCase);
    REQUIRE(updatedCase.ok());
    CHECK_FALSE(service.updateCase(staleCase).ok());

    REQUIRE(service.removeIncident(saved.value()).ok());
    CHECK(countRows(t.db(), QStringLiteral("incidents")) == 0);
    REQUIRE(service.deleteCase(c->id).ok());
    CHECK(countRows(t.db(), QStringLiteral("cases")) == 0);
}

TEST_CASE("deleting a case removes its people, details and incidents", "[store]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    auto c = service.createCase(sampleCase());
    REQUIRE(c.ok());
    Person p;
    p.caseId = c->id;
    p.surname = QStringLiteral("Doe");
    p.phones = {QStringLiteral("07700 900001")};
    REQUIRE(service.addPerson(p).ok());
    REQUIRE(service.addIncident(sampleIncident(c->id, 1)).ok());
    REQUIRE(service.deleteCase(c->id).ok());
    CHECK(countRows(t.db(), QStringLiteral("people")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("person_details")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("incidents")) == 0);
}

TEST_CASE("a duplicate URN is refused and changes nothing", "[store][validation]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    REQUIRE(service.createCase(sampleCase()).ok());
    auto dup = service.createCase(sampleCase(QStringLiteral("45/AA/02098/20")));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == QStringLiteral("URN"));
    CHECK(dup.error().message.contains(QStringLiteral("already used")));
    CHECK(countRows(t.db(), QStringLiteral("cases")) == 1);
}

TEST_CASE("a failed import rolls back every case before it", "[store]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    CaseImport good;
    good.caseRecord = sampleCase(QStringLiteral("45AA0000126"));
    good.incidents = {sampleIncident(0, 3)};
    CaseImport bad;
    bad.caseRecord = sampleCase(QStringLiteral("45AA0000226"));
    Incident future = sampleIncident(0, -10);   // in the future
    bad.incidents = {future};
    auto r = service.importCases({good, bad});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("45AA0000226")));
    CHECK(countRows(t.db(), QStringLiteral("cases")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("incidents")) == 0);
}

TEST_CASE("a transaction rolls back when not committed, and an inner failure poisons the outer", "[store]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    REQUIRE(service.createCase(sampleCase()).ok());
    {
        Transaction tx(t.db());
        REQUIRE(tx.status().ok());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE cases SET officer_in_case = ?"), {QStringLiteral("X")}).ok());
    }
    auto r = t.db().exec(QStringLiteral("SELECT officer_in_case FROM cases"));
    REQUIRE(r.ok());
    REQUIRE(r->next());
    CHECK(r->value(0).toString() == QStringLiteral("PC 1234 Test"));
    {
        Transaction outer(t.db());
        REQUIRE(t.db().exec(QStringLiteral("UPDATE cases SET officer_in_case = ?"), {QStringLiteral("Y")}).ok());
        { Transaction inner(t.db()); }   // abandoned
        CHECK_FALSE(outer.commit().ok());
    }
    auto after = t.db().exec(QStringLiteral("SELECT officer_in_case FROM cases"));
    REQUIRE(after.ok());
    REQUIRE(after->next());
    CHECK(after->value(0).toString() == QStringLiteral("PC 1234 Test"));
}

TEST_CASE("the case list filters, sorts and pages in SQL", "[store][caselist]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    for (int n = 0; n < 30; ++n) {
        auto c = service.createCase(sampleCase(QStringLiteral("45AA%1%2").arg(n, 5, 10, QLatin1Char('0')).arg(26)));
        REQUIRE(c.ok());
        Person p;
        p.caseId = c->id;
        p.role = n % 2 ? PersonRole::Suspect : PersonRole::Complainant;
        p.forenames = QStringLiteral("Person%1").arg(n);
        p.surname = n == 7 ? QStringLiteral("O'Hara_100%") : QStringLiteral("Smith");
        REQUIRE(service.addPerson(p).ok());
    }
    CaseListQuery list(t.db(), t.session().user);
    CaseListRequest all;
    all.sortColumn = CaseListColumn::Urn;
    all.order = Qt::AscendingOrder;
    REQUIRE(list.count(all).value() == 30);
    auto page = list.page(all, 10, 5);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 5);
    CHECK(page->first().urn == QStringLiteral("45AA0001026"));

    CaseListRequest byName = all;
    byName.filter = QStringLiteral("o'hara_100%");   // quotes and LIKE wildcards are literal
    CHECK(list.count(byName).value() == 1);
    auto hit = list.page(byName, 0, 10);
    REQUIRE(hit.ok());
    REQUIRE(hit->size() == 1);
    CHECK(hit->first().suspects == QStringLiteral("O'HARA_100%, Person7"));

    CaseListRequest wildcard = all;
    wildcard.filter = QStringLiteral("%");
    CHECK(list.count(wildcard).value() == 1);   // only the name with a literal %, not all 30

    CaseListRequest byStatus = all;
    byStatus.filter = QStringLiteral("open invest");
    CHECK(list.count(byStatus).value() == 30);

    CaseListRequest injection = all;
    injection.filter = QStringLiteral("'; DROP TABLE cases; --");
    CHECK(list.count(injection).value() == 0);
    CHECK(countRows(t.db(), QStringLiteral("cases")) == 30);
}

TEST_CASE("the case list summary columns follow people and incidents", "[store][caselist][time]")
{
    test::TempDatabase t;
    CaseService service(t.db(), t.session());
    auto c = service.createCase(sampleCase());
    REQUIRE(c.ok());
    auto i1 = service.addIncident(sampleIncident(c->id, 20));
    auto i2 = service.addIncident(sampleIncident(c->id, 2));
    REQUIRE(i1.ok());
    REQUIRE(i2.ok());
    CaseListQuery list(t.db(), t.session().user);
    auto rows = list.page({}, 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().incidentCount == 2);
    CHECK(qAbs(rows->first().lastIncidentUtc.secsTo(i2->startUtc)) < 1);
    REQUIRE(service.removeIncident(i2.value()).ok());
    rows = list.page({}, 0, 10);
    CHECK(rows->first().incidentCount == 1);
    CHECK(qAbs(rows->first().lastIncidentUtc.secsTo(i1->startUtc)) < 1);
}

TEST_CASE("drafts are kept until discarded", "[store][drafts]")
{
    test::TempDatabase t;
    DraftStore drafts(t.db(), t.session().user.id);
    Draft d;
    d.key = QStringLiteral("incident:new");
    d.title = QStringLiteral("New incident");
    d.payload = QJsonObject{{QStringLiteral("description"), QStringLiteral("half-typed")}};
    REQUIRE(drafts.save(d).ok());
    t.reopen();
    DraftStore again(t.db(), t.session().user.id);
    auto loaded = again.load(d.key);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded.value()).payload.value(QStringLiteral("description")).toString() == QStringLiteral("half-typed"));
    REQUIRE(again.discard(d.key).ok());
    CHECK_FALSE(again.load(d.key).value().has_value());
}

TEST_CASE("the demo case is a realistic escalating course of conduct", "[store][demo][time]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    CHECK(ensureDemoCase(t.db(), t.session()).value() == id.value());   // idempotent
    auto detail = CaseService(t.db(), t.session()).loadCase(id.value());
    REQUIRE(detail.ok());
    const auto& incidents = detail->incidents;
    REQUIRE(incidents.size() >= 8);
    CHECK(incidents.first().startUtc.daysTo(incidents.last().startUtc) >= 84);
    CHECK(incidents.first().has(Behaviour::Contacting));
    CHECK(incidents.last().startUtc <= Clock::nowUtc());
    bool loitering = false, following = false;
    for (const Incident& i : incidents) {
        loitering |= i.has(Behaviour::Loitering);
        following |= i.has(Behaviour::Following);
    }
    CHECK(loitering);
    CHECK(following);
}
