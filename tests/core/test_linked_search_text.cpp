// Full-text search over incidents (FTS5), the Ctrl+K search, and the schema v3 upgrade that
// fills the search indexes for data recorded before it.

#include "TestSupport.h"

#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/LinkedSearchService.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Schema.h"
#include "store/SearchIndex.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace conduct;

namespace {
Case makeCase(const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    return c;
}

Incident makeIncident(qint64 caseId, const QString& description, const QString& location, int daysAgo = 3)
{
    Incident i;
    i.caseId = caseId;
    i.startUtc = Clock::nowUtc().addDays(-daysAgo);
    i.location = location;
    i.behaviours = {Behaviour::Threats};
    i.description = description;
    return i;
}

QList<qint64> idsOf(const Result<QList<IncidentTextHit>>& hits)
{
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const IncidentTextHit& h : hits.value()) ids.append(h.incidentId);
    return ids;
}
} // namespace

TEST_CASE("full-text search finds words in descriptions and locations and follows edits and deletions", "[linked][fts]")
{
    test::TempDatabase t;
    CaseService cases(t.db(), t.session());
    const SearchIndex index(t.db());
    auto c = cases.createCase(makeCase(QStringLiteral("45AA0000124")));
    REQUIRE(c.ok());
    auto knife = cases.addIncident(makeIncident(c->id, QStringLiteral("He stood at the gate holding a kitchen knife."),
                                                QStringLiteral("Church Street, Leeds")));
    auto flowers = cases.addIncident(makeIncident(c->id, QStringLiteral("Flowers left on the doorstep with a note."),
                                                  QStringLiteral("Café Nero, Briggate")));
    REQUIRE(knife.ok());
    REQUIRE(flowers.ok());

    auto hits = index.searchIncidents(QStringLiteral("knife"), 10);
    CHECK(idsOf(hits) == QList<qint64>{knife->id});
    CHECK(hits->first().urn == QStringLiteral("45AA0000124"));
    CHECK(hits->first().caseId == c->id);
    CHECK(hits->first().snippet.contains(QString(snippetMarkStart) + QStringLiteral("knife") + QString(snippetMarkEnd)));
    CHECK(idsOf(index.searchIncidents(QStringLiteral("KITCH"), 10)) == QList<qint64>{knife->id});   // prefix, any case
    // A trailing word the index holds whole is matched whole; one still being typed is a prefix.
    auto kitchens = cases.addIncident(makeIncident(c->id, QStringLiteral("Seen in the kitchens at work."), QStringLiteral("Mill Lane, Leeds")));
    REQUIRE(kitchens.ok());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("kitchen"), 10)) == QList<qint64>{knife->id});
    CHECK(idsOf(index.searchIncidents(QStringLiteral("kitche"), 10)).size() == 2);
    CHECK(idsOf(index.searchIncidents(QStringLiteral("gate kitche"), 10)) == QList<qint64>{knife->id});
    REQUIRE(cases.removeIncident(kitchens.value()).ok());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("cafe"), 10)) == QList<qint64>{flowers->id});   // location, no accent
    CHECK(idsOf(index.searchIncidents(QStringLiteral("gate knife"), 10)) == QList<qint64>{knife->id});
    CHECK(idsOf(index.searchIncidents(QStringLiteral("gate flowers"), 10)).isEmpty());   // every word must be there
    // FTS5 syntax typed by a user is text, never an error or an operator.
    CHECK(index.searchIncidents(QStringLiteral("knife OR \"flowers* NEAR( description:"), 10).ok());
    CHECK(index.searchIncidents(QStringLiteral("\" * ( ) :"), 10)->isEmpty());

    Incident edited = knife.value();
    edited.description = QStringLiteral("He stood at the gate holding a hammer.");
    auto saved = cases.updateIncident(edited);
    REQUIRE(saved.ok());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("knife"), 10)).isEmpty());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("hammer"), 10)) == QList<qint64>{knife->id});
    edited = saved.value();
    edited.description = QStringLiteral("He stood at the gate holding a crowbar.");   // two edits between searches
    REQUIRE(cases.updateIncident(edited).ok());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("crowbar"), 10)) == QList<qint64>{knife->id});

    REQUIRE(cases.removeIncident(flowers.value()).ok());
    CHECK(idsOf(index.searchIncidents(QStringLiteral("flowers"), 10)).isEmpty());
    REQUIRE(cases.deleteCase(c->id).ok());   // incidents go by cascade
    CHECK(idsOf(index.searchIncidents(QStringLiteral("crowbar"), 10)).isEmpty());
    if (t.db().engine() == Engine::Sqlite) {   // FTS5's own check; PostgreSQL's index has no separate copy to drift
        auto integrity = t.db().exec(QStringLiteral("INSERT INTO incidents_fts(incidents_fts, rank) VALUES ('integrity-check', 1)"));
        CHECK(integrity.ok());
    }
}

TEST_CASE("the Ctrl+K search finds URNs, people and incident text", "[linked][fts][time]")
{
    test::TempDatabase t;
    CaseService cases(t.db(), t.session());
    auto c = cases.createCase(makeCase(QStringLiteral("45AA0000224")));
    REQUIRE(c.ok());
    Person p;
    p.caseId = c->id;
    p.role = PersonRole::Suspect;
    p.forenames = QStringLiteral("Marcus");
    p.surname = QStringLiteral("Whitlock");
    p.dateOfBirth = QDate(1975, 11, 2);
    p.phones = {QStringLiteral("07700 900456")};
    REQUIRE(cases.addPerson(p).ok());
    REQUIRE(cases.addIncident(makeIncident(c->id, QStringLiteral("Whitlock parked his van opposite her work."),
                                           QStringLiteral("Wellington Road"))).ok());
    LinkedSearchService search(t.db(), t.session());

    auto byUrn = search.globalSearch(QStringLiteral("45AA0000224"));
    REQUIRE(byUrn.ok());
    REQUIRE_FALSE(byUrn->isEmpty());
    CHECK(byUrn->first().kind == GlobalSearchHit::Kind::Case);
    CHECK(byUrn->first().caseId == c->id);

    auto byName = search.globalSearch(QStringLiteral("WHITLOCK, Mark 02/11/1975"));
    REQUIRE(byName.ok());
    REQUIRE_FALSE(byName->isEmpty());
    CHECK(byName->at(0).kind == GlobalSearchHit::Kind::Person);
    CHECK(byName->at(0).strength == QStringLiteral("Strong"));
    CHECK(byName->at(0).matched.contains(QStringLiteral("Whitlock")));
    bool incidentFound = false;
    for (const GlobalSearchHit& h : byName.value())
        incidentFound = incidentFound || (h.kind == GlobalSearchHit::Kind::Incident && h.caseId == c->id);
    CHECK_FALSE(incidentFound);   // "Mark" is not in the text: every word must match

    auto byPhone = search.globalSearch(QStringLiteral("+447700900456"));
    REQUIRE(byPhone.ok());
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->first().matched.contains(QStringLiteral("07700 900456")));

    auto byText = search.globalSearch(QStringLiteral("parked van"));
    REQUIRE(byText.ok());
    REQUIRE_FALSE(byText->isEmpty());
    CHECK(byText->last().kind == GlobalSearchHit::Kind::Incident);
}

TEST_CASE("upgrading to schema v3 indexes the people and incidents already recorded", "[linked][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        for (const QString& sql : schemaV1(Engine::Sqlite)) REQUIRE(q.exec(sql));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO cases (id, urn, status, officer_in_case, created_utc, updated_utc) "
                                      "VALUES (1, '45AA0000324', 'open', 'PC 1', '2024-01-01', '2024-01-01'), "
                                      "(2, '45AA0000424', 'open', 'PC 1', '2024-01-01', '2024-01-01')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO people (id, case_id, role, forenames, surname, date_of_birth) "
                                      "VALUES (1, 1, 'suspect', 'Zach', 'Quigley', '1988-04-05')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO person_details (person_id, kind, position, value) "
                                      "VALUES (1, 'phone', 0, '07700 900789')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO incidents (case_id, start_utc, description) "
                                      "VALUES (1, '2024-01-02T10:00:00.000Z', 'Left a dead bird on the car bonnet.')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto db = Database::openSqlite(path);
    INFO((db.ok() ? QString() : db.error().text()).toStdString());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
    Person probe;
    probe.caseId = 2;
    probe.forenames = QStringLiteral("Zac");
    probe.surname = QStringLiteral("QUIGLEY");
    const Session session = test::sessionFor(*db.value(), QStringLiteral("upgrade.officer"), {Role::Officer});
    LinkedSearchService search(*db.value(), session);
    auto found = search.findPersonElsewhere(probe);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().ranked.candidate.urn == QStringLiteral("45AA0000324"));
    Person byPhone;
    byPhone.caseId = 2;
    byPhone.phones = {QStringLiteral("+447700900789")};
    CHECK(search.findPersonElsewhere(byPhone)->size() == 1);
    auto hits = SearchIndex(*db.value()).searchIncidents(QStringLiteral("bird"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
}
