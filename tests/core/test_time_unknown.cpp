// Issue 23: dates whose time is not known. Stored as London midnight with a flag (schema v11 for
// incidents, the JSON of breaches and contact-log entries), carried by merges, breaches and
// bundles, and printed as "31/03/2026, time not known" wherever a time is expected.

#include "TestSupport.h"
#include "bundle_fixture.h"
#include "test_export_support.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "domain/RecordMerge.h"
#include "domain/Validation.h"
#include "export/Builders.h"
#include "export/ChronologyCharts.h"
#include "export/PdfWriter.h"
#include "services/CaseService.h"
#include "services/ChronologyEvents.h"
#include "services/LinkedSearchService.h"
#include "rules/Orders.h"
#include "services/OrdersService.h"
#include "store/CareCodecs.h"
#include "store/IncidentRepository.h"
#include "store/Migrations.h"

#include "care_fixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {
const QDate march31(2026, 3, 31);

QDateTime utc(int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }

Incident dateOnlyIncident(qint64 caseId, QDate day, const QString& description)
{
    Incident i;
    i.caseId = caseId;
    i.startUtc = uktime::startOfDayUtc(day);
    i.startTimeKnown = false;
    i.location = QStringLiteral("Outside her flat");
    i.behaviours = {Behaviour::Loitering};
    i.description = description;
    return i;
}

qint64 newCase(TempDatabase& t, const QString& urn)
{
    Case c;
    c.urn = urn;
    c.officerInCase = QStringLiteral("PC 1234 Test");
    auto created = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

QString chronologyText(const CaseFile& file)
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chronology.pdf"));
    const Status written = writePdf(path, {builders::chronology(file)});
    if (!written.ok()) FAIL(written.error().text().toStdString());
    return pdfText(path).flat();
}
} // namespace

TEST_CASE("schema v11: incidents recorded before it keep a known time", "[time][store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        for (const Migration& step : migrations()) {
            if (step.toVersion > 10) break;
            for (const QString& sql : step.statements(Engine::Sqlite)) REQUIRE(q.exec(sql));
        }
        REQUIRE(q.exec(QStringLiteral("INSERT INTO cases (id, urn, status, officer_in_case, created_utc, updated_utc) "
                                      "VALUES (1, '45AA0209820', 'open_investigation', 'PC 1', '2026-01-01T00:00:00.000Z', "
                                      "'2026-01-01T00:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO incidents (case_id, start_utc, description) "
                                      "VALUES (1, '2026-03-31T22:10:00.000Z', 'before v11')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v10"));

    auto upgraded = Database::openSqlite(path);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value()->schemaVersion() >= 11);
    auto incidents = IncidentRepository(*upgraded.value()).listForCase(1);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 1);
    CHECK(incidents->first().startUtc == utc(2026, 3, 31, 22, 10));
    CHECK(incidents->first().startTimeKnown);
    CHECK(incidents->first().endTimeKnown);
}

TEST_CASE("an incident's unknown times are saved, read back, updated and audited", "[time][store]")
{
    TempDatabase t;
    ScopedFakeClock clock(utc(2026, 4, 10, 12, 0));
    const qint64 caseId = newCase(t, QStringLiteral("45AA0209820"));
    CaseService cases(t.db(), t.session());
    Incident i = dateOnlyIncident(caseId, march31, QStringLiteral("She saw him outside; she does not know when."));
    i.endUtc = uktime::startOfDayUtc(QDate(2026, 4, 2));
    i.endTimeKnown = false;
    auto saved = cases.addIncident(i);
    REQUIRE(saved.ok());

    auto stored = IncidentRepository(t.db()).get(saved->id);
    REQUIRE(stored.ok());
    CHECK(stored->startUtc == uktime::startOfDayUtc(march31));
    CHECK_FALSE(stored->startTimeKnown);
    CHECK_FALSE(stored->endTimeKnown);

    Incident edited = stored.value();
    edited.endUtc = utc(2026, 4, 2, 18, 45);
    edited.endTimeKnown = true;
    REQUIRE(cases.updateIncident(edited).ok());
    auto again = IncidentRepository(t.db()).get(saved->id);
    REQUIRE(again.ok());
    CHECK_FALSE(again->startTimeKnown);
    CHECK(again->endTimeKnown);

    auto audited = t.db().scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE entity_type = 'incident' "
                                                "ORDER BY sequence LIMIT 1"));
    REQUIRE(audited.ok());
    CHECK(audited->toString().contains(QStringLiteral("\"start_time_known\":false")));
}

TEST_CASE("an end before the start is judged by date when a time is not known", "[time][validation]")
{
    ScopedFakeClock clock(utc(2026, 4, 10, 12, 0));
    Incident i = dateOnlyIncident(1, march31, QStringLiteral("text"));
    // A known end later that day is after the (unknown) start: no refusal, although the stored
    // midnight would also allow it.
    i.endUtc = utc(2026, 3, 31, 9, 0);
    CHECK(validateIncident(i).ok());

    // A start known at 14:00 with an end on the same date whose time is not known: the end's
    // stored midnight is before the start, so the officer is asked for the time.
    i.startUtc = utc(2026, 3, 31, 13, 0);
    i.startTimeKnown = true;
    i.endUtc = uktime::startOfDayUtc(march31);
    i.endTimeKnown = false;
    const Status sameDay = validateIncident(i);
    REQUIRE_FALSE(sameDay.ok());
    CHECK(sameDay.error().field == QStringLiteral("End"));
    CHECK(sameDay.error().message.contains(QStringLiteral("31/03/2026 14:00")));

    // An end a day earlier is refused in the date-only wording.
    i.endUtc = uktime::startOfDayUtc(QDate(2026, 3, 30));
    const Status before = validateIncident(i);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().message
          == QStringLiteral("The end (30/03/2026, time not known) is before the start (31/03/2026 14:00). "
                            "The end must be at or after the start."));
}

TEST_CASE("a breach whose time is not known becomes a date-only incident", "[time][care][orders]")
{
    CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    BailConditions bail;
    bail.caseId = f.caseId;
    bail.suspectId = f.suspectId;
    bail.grantedOn = QDate(2026, 3, 1);
    bail.answerBailOn = QDate(2026, 4, 1);
    bail.conditions = {QStringLiteral("Not to contact Alex Example directly or indirectly")};
    bail.complainantViews = QStringLiteral("Wants him kept away from her work.");
    bail.viewsSoughtOn = QDate(2026, 3, 1);
    auto savedBail = service.saveBail(bail);
    INFO((savedBail.ok() ? QString() : savedBail.error().text()).toStdString());
    REQUIRE(savedBail.ok());

    Breach b;
    b.caseId = f.caseId;
    b.of = BreachOf::Bail;
    b.bailId = savedBail->id;
    b.occurredUtc = uktime::startOfDayUtc(QDate(2026, 3, 18));
    b.timeKnown = false;
    b.location = QStringLiteral("Outside 1 Example Road");
    b.behaviours = {Behaviour::Loitering};
    b.description = QStringLiteral("A neighbour saw him there one evening.");
    b.actionOwner = QStringLiteral("PC 4521 Carter");
    auto saved = service.recordBreach(b);
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());

    auto incident = IncidentRepository(f.t.db()).get(saved->incidentId);
    REQUIRE(incident.ok());
    CHECK_FALSE(incident->startTimeKnown);
    CHECK(incident->startUtc == uktime::startOfDayUtc(QDate(2026, 3, 18)));
    auto loaded = service.load(f.caseId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->breaches.size() == 1);
    CHECK_FALSE(loaded->breaches.first().timeKnown);

    // On the chronology's timeline the breach is a date-only event, as are bail's dates.
    CaseWorkRecords records;
    records.orders = loaded.value();
    const QList<ChronologyEvent> events = chronologyEvents({}, records);
    REQUIRE(events.size() == 2);
    for (const ChronologyEvent& e : events) CHECK_FALSE(e.timeKnown);
}

TEST_CASE("a breach's end is compared by date when its time is not known", "[time][care][orders]")
{
    Breach b;
    b.of = BreachOf::Bail;
    b.bailId = 1;
    b.occurredUtc = utc(2026, 3, 18, 12, 0);
    b.endUtc = uktime::startOfDayUtc(QDate(2026, 3, 18));
    b.location = QStringLiteral("Outside");
    b.behaviours = {Behaviour::Loitering};
    b.description = QStringLiteral("text");
    b.actionOwner = QStringLiteral("PC 1");
    ScopedFakeClock clock(utc(2026, 3, 20, 12, 0));
    const Status refused = validateBreach(b);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("Breach ended"));
    b.timeKnown = false;
    b.occurredUtc = uktime::startOfDayUtc(QDate(2026, 3, 18));
    CHECK(validateBreach(b).ok());
}

TEST_CASE("care records keep timeKnown, and records saved before it read as known", "[time][care]")
{
    Breach b;
    b.occurredUtc = uktime::startOfDayUtc(march31);
    b.timeKnown = false;
    Breach back;
    fromRow(toRow(b), back);
    CHECK_FALSE(back.timeKnown);
    CHECK(back.occurredUtc == b.occurredUtc);

    ContactEntry c;
    c.contactUtc = uktime::startOfDayUtc(march31);
    c.timeKnown = false;
    ContactEntry contactBack;
    fromRow(toRow(c), contactBack);
    CHECK_FALSE(contactBack.timeKnown);

    CareRow old = toRow(c);
    old.data.remove(QStringLiteral("timeKnown"));
    ContactEntry fromOld;
    fromOld.timeKnown = false;
    fromRow(old, fromOld);
    CHECK(fromOld.timeKnown);
}

TEST_CASE("merging an incident edit carries whether its times are known", "[time][merge]")
{
    Incident opened;
    opened.startUtc = utc(2026, 3, 31, 13, 0);
    Incident mine = opened;
    mine.startUtc = uktime::startOfDayUtc(march31);
    mine.startTimeKnown = false;
    Incident theirs = opened;
    theirs.description = QStringLiteral("theirs");
    const auto merged = mergeIncidentEdit(opened, mine, theirs);
    CHECK(merged.clashes.isEmpty());
    CHECK_FALSE(merged.merged.startTimeKnown);
    CHECK(merged.merged.startUtc == uktime::startOfDayUtc(march31));
    CHECK(merged.merged.description == QStringLiteral("theirs"));
}

TEST_CASE("the chronology prints a date alone for an unknown time, and BST/GMT in the repeated hour", "[time][export]")
{
    ScopedFakeClock clock(utc(2026, 11, 2, 12, 0));
    CaseFile file;
    file.caseRecord.urn = QStringLiteral("45AA0209820");
    file.incidents = {dateOnlyIncident(1, march31, QStringLiteral("dateonlyincident"))};
    Incident first = dateOnlyIncident(1, QDate(2026, 10, 25), QStringLiteral("firstoccurrence"));
    first.startUtc = utc(2026, 10, 25, 0, 30);   // 01:30 BST
    first.startTimeKnown = true;
    Incident second = first;
    second.description = QStringLiteral("secondoccurrence");
    second.startUtc = utc(2026, 10, 25, 1, 30);   // 01:30 GMT, an hour later
    file.incidents << first << second;
    file.timelineMarkers = {{uktime::startOfDayUtc(QDate(2026, 4, 1)), QStringLiteral("bail"), QStringLiteral("Bail with conditions"), false}};

    const QString text = chronologyText(file);
    // In the summary fields (first incident) and in the incident's row.
    CHECK(text.count(QStringLiteral("31/03/2026, time not known")) >= 2);
    CHECK_FALSE(text.contains(QStringLiteral("31/03/2026 00:00")));
    CHECK_FALSE(text.contains(QStringLiteral("31/03/2026 01:00")));
    CHECK(text.contains(QStringLiteral("01/04/2026, time not known")));   // the bail marker
    CHECK(text.contains(QStringLiteral("25/10/2026 01:30 BST")));
    CHECK(text.contains(QStringLiteral("25/10/2026 01:30 GMT")));
    CHECK(text.indexOf(QStringLiteral("firstoccurrence")) < text.indexOf(QStringLiteral("secondoccurrence")));

    // MG3 and MG5 print this summary of the course of conduct.
    const QString summary = exportsupport::courseOfConductSummary(file, Clock::nowUtc());
    CHECK(summary.contains(QStringLiteral("between 31/03/2026, time not known and 25/10/2026 01:30 GMT")));
}

TEST_CASE("a linked-search hit on an incident with a date alone says the time is not known", "[time][search]")
{
    TempDatabase t;
    ScopedFakeClock clock(utc(2026, 4, 10, 12, 0));
    const qint64 caseId = newCase(t, QStringLiteral("45AA0000224"));
    REQUIRE(CaseService(t.db(), t.session()).addIncident(dateOnlyIncident(caseId, march31, QStringLiteral("Whitlock parked his van opposite her work."))).ok());
    auto hits = LinkedSearchService(t.db(), t.session()).globalSearch(QStringLiteral("parked van"));
    REQUIRE(hits.ok());
    QStringList titles;
    for (const GlobalSearchHit& h : hits.value())
        if (h.kind == GlobalSearchHit::Kind::Incident) titles.append(h.title);
    CHECK(titles == QStringList{QStringLiteral("Incident of 31/03/2026, time not known")});
}

TEST_CASE("bundles carry whether incident times are known; version 1 bundles import as known", "[time][bundle]")
{
    CheapKdf cheap;
    BundleSource source;
    const QByteArray file = source.exportBytes();
    const QJsonObject exported = documentOf(file);
    REQUIRE(exported.value(bundle::formatVersionKey).toInt() == bundle::formatVersion);
    const QJsonObject firstIncident = exported.value(QStringLiteral("incidents")).toArray().first().toObject();
    CHECK(firstIncident.value(QStringLiteral("startTimeKnown")) == QJsonValue(true));
    CHECK(firstIncident.value(QStringLiteral("endTimeKnown")) == QJsonValue(true));

    SECTION("a date alone travels as a date alone")
    {
        const QJsonObject changed = withField(exported, QStringLiteral("incidents"), 0, QStringLiteral("startTimeKnown"), false);
        TempDatabase target;
        auto imported = BundleService(target.db(), target.session()).importBytes(withDocument(file, changed), {});
        INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
        REQUIRE(imported.ok());
        auto unknown = target.db().scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE start_time_known = 0"));
        REQUIRE(unknown.ok());
        CHECK(unknown->toInt() == 1);
    }
    SECTION("a version 1 bundle, without the fields, imports with every time known")
    {
        QJsonObject old = exported;
        old.insert(bundle::formatVersionKey, 1);
        QJsonArray incidents = old.value(QStringLiteral("incidents")).toArray();
        for (qsizetype i = 0; i < incidents.size(); ++i) {
            QJsonObject record = incidents.at(i).toObject();
            record.remove(QStringLiteral("startTimeKnown"));
            record.remove(QStringLiteral("endTimeKnown"));
            incidents.replace(i, record);
        }
        old.insert(QStringLiteral("incidents"), incidents);
        TempDatabase target;
        auto imported = BundleService(target.db(), target.session()).importBytes(withDocument(file, old), {});
        INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
        REQUIRE(imported.ok());
        auto known = target.db().scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE start_time_known = 1 AND end_time_known = 1"));
        REQUIRE(known.ok());
        CHECK(known->toInt() == incidents.size());
    }
}
