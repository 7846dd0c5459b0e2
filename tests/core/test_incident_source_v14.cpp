// Issue 31, provenance: an incident imported from the complainant's log keeps the log's own words
// and its date and time as written (schema v14), beside the officer's reading. They are saved on
// import, kept through merging, upgraded into older databases as "not recorded", printed under the
// incident in the chronology, and carried by a case bundle.

#include "bundle_fixture.h"
#include "export_service_fixture.h"

#include "common/Clock.h"
#include "export/Export.h"
#include "export/PdfWriter.h"
#include "logimport/DelimitedParser.h"
#include "logimport/LogImportService.h"
#include "services/CaseService.h"
#include "store/IncidentRepository.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::logimport;
using namespace conduct::test;

namespace {
const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// Two rows the officer will merge (one evening), and one with a time written the complainant's way.
const QByteArray logBytes("Date,Time,What happened,Where\n"
                          "02/03/2026,7.05pm,he followed me from the station!!,Newtown station\n"
                          "02/03/2026,7.40pm,then he stood at the end of my road,Home\n"
                          "4th March 2026,21:00,outside my house AGAIN,Home\n");

qint64 makeCase(TempDatabase& t)
{
    Case c;
    c.urn = QStringLiteral("45AA0209827");
    c.officerInCase = QStringLiteral("PC 1234 Test");
    c.offences = {Offence::Stalking_s2A};
    auto created = CaseService(t.db(), t.session()).createCase(c);
    REQUIRE(created.ok());
    return created->id;
}

// A version 13 database with one incident typed in by hand.
void writeVersion13(const QString& path)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v13"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        for (const Migration& step : migrations()) {
            if (step.toVersion > 13) break;
            for (const QString& sql : step.statements(Engine::Sqlite)) REQUIRE(q.exec(sql));
        }
        const char* rows[] = {
            "INSERT INTO cases (id, urn, status, officer_in_case, created_utc, updated_utc) VALUES "
            "(7, '45AA0209820', 'open', 'DC Officer', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
            "INSERT INTO incidents (case_id, start_utc, location, behaviours, description) VALUES "
            "(7, '2026-01-02T19:00:00.000Z', 'Home', 'loitering', 'Waited outside the house.')",
            "PRAGMA user_version = 13",
        };
        for (const char* sql : rows) REQUIRE(q.exec(QString::fromLatin1(sql)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v13"));
}

// With CONDUCT_SCREENSHOT_DIR set, keeps a copy of the PDF to look at (pdftoppm -png).
void keepForLooking(const QString& path, const QString& name)
{
    if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR") + u'/' + name);
}
} // namespace

TEST_CASE("an imported incident keeps the complainant's words and time as written, through a merge", "[incidentsource][logimport][time]")
{
    ScopedFakeClock clock(now);
    TempDatabase t;
    const qint64 caseId = makeCase(t);
    const LogTable table = delimitedTable(QStringLiteral("hf-log.csv"), QString::fromUtf8(logBytes), QStringLiteral("UTF-8"));
    auto proposals = buildProposals(table, guessMapping(table), now);
    REQUIRE(proposals.ok());
    QList<ProposedIncident> reviewed = proposals.value();
    REQUIRE(reviewed.size() == 3);
    CHECK(reviewed[2].originalWhenText == QStringLiteral("4th March 2026 21:00"));
    // The officer merges the first two rows into one incident and tidies its description.
    REQUIRE(mergeWithNext(reviewed, 0).ok());
    reviewed[0].description = QStringLiteral("Followed from Newtown station, then stood at the end of her road.");

    auto outcome = LogImportService(t.db(), t.session())
                       .importLog(LogImportRequest{caseId, QStringLiteral("hf-log.csv"), logBytes, QStringLiteral("UTF-8"),
                                                   QStringLiteral("HF/1"), QStringLiteral("H Fictional (complainant)"), reviewed});
    INFO((outcome.ok() ? QString() : outcome.error().text()).toStdString());
    REQUIRE(outcome.ok());
    auto incidents = IncidentRepository(t.db()).listForCase(caseId);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 2);
    const Incident& merged = incidents->at(0);
    CHECK(merged.description == QStringLiteral("Followed from Newtown station, then stood at the end of her road."));
    CHECK(merged.sourceWording == QStringLiteral("he followed me from the station!!\nthen he stood at the end of my road"));
    CHECK(merged.sourceWhenText == QStringLiteral("02/03/2026 7.05pm; 02/03/2026 7.40pm"));
    CHECK(incidents->at(1).sourceWording == QStringLiteral("outside my house AGAIN"));
    CHECK(incidents->at(1).sourceWhenText == QStringLiteral("4th March 2026 21:00"));

    // An incident typed in by the officer has no original: nothing is invented for it.
    Incident typed;
    typed.caseId = caseId;
    typed.startUtc = now.addDays(-1);
    typed.location = QStringLiteral("Home");
    typed.behaviours = {Behaviour::Loitering};
    typed.description = QStringLiteral("Seen outside the house.");
    auto added = CaseService(t.db(), t.session()).addIncident(typed);
    REQUIRE(added.ok());
    auto read = IncidentRepository(t.db()).get(added->id);
    REQUIRE(read.ok());
    CHECK(read->sourceWording.isEmpty());
    CHECK(read->sourceWhenText.isEmpty());
}

TEST_CASE("upgrading to v14 keeps every incident and records no original wording for those typed before", "[incidentsource][store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeVersion13(path);
    auto db = Database::openSqlite(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() >= 14);   // and any step after
    auto incidents = IncidentRepository(*db.value()).listForCase(7);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 1);
    CHECK(incidents->at(0).description == QStringLiteral("Waited outside the house."));
    CHECK(incidents->at(0).sourceWording.isEmpty());
    CHECK(incidents->at(0).sourceWhenText.isEmpty());
    // The new columns take values from now on.
    Incident i = incidents->at(0);
    i.sourceWording = QStringLiteral("he was outside again");
    i.sourceWhenText = QStringLiteral("Fri 2 Jan about 7");
    REQUIRE(IncidentRepository(*db.value()).update(i).ok());
    auto again = IncidentRepository(*db.value()).get(i.id);
    REQUIRE(again.ok());
    CHECK(again->sourceWording == QStringLiteral("he was outside again"));
    CHECK(again->sourceWhenText == QStringLiteral("Fri 2 Jan about 7"));
}

TEST_CASE("the chronology prints the complainant's words and time as written under the incident", "[incidentsource][time]")
{
    CaseFile file = fullCaseFile();
    REQUIRE(file.incidents.size() >= 2);
    for (Incident& i : file.incidents) {
        i.provenance.clear();
        i.sourceWording.clear();
        i.sourceWhenText.clear();
    }
    Incident& imported = file.incidents[0];
    REQUIRE(imported.description.contains(QStringLiteral("summerincident")));
    imported.provenance = QStringLiteral("From complainant's log: diary.csv row 12 (exhibit HL/3)");
    imported.sourceWording = QStringLiteral("he was at the bus stop again staring");
    imported.sourceWhenText = QStringLiteral("sat 4th jul, 6ish");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chronology.pdf"));
    REQUIRE(writePdf(path, buildDocuments(file, DocumentKind::Chronology)).ok());
    keepForLooking(path, QStringLiteral("chronology-original-wording.pdf"));
    const QString flat = pdfText(path).flat();
    const QString when = QStringLiteral("Date and time as written in the log: sat 4th jul, 6ish");
    const QString words = QStringLiteral("Complainant's words: \u201che was at the bus stop again staring\u201d");
    CHECK(flat.contains(when));
    CHECK(flat.contains(words));
    CHECK(flat.count(QStringLiteral("Complainant's words:")) == 1);   // the others have none
    // Under its own entry: after the officer's description and the source line.
    CHECK(flat.indexOf(words) > flat.indexOf(QStringLiteral("summerincident")));
    CHECK(flat.indexOf(when) > flat.indexOf(QStringLiteral("Source: From complainant's log")));
}

TEST_CASE("bundle: the complainant's original wording and time travel with the incident", "[incidentsource][bundle]")
{
    BundleSource source;
    auto written = source.t.db().exec(QStringLiteral("UPDATE incidents SET source_wording = ?, source_when_text = ? "
                                                     "WHERE id = (SELECT min(id) FROM incidents WHERE case_id = ?)"),
                                      {QStringLiteral("he texted me 31 times!!"), QStringLiteral("Tues nite late"), source.caseId});
    REQUIRE(written.ok());
    const QByteArray file = source.exportBytes();
    const QJsonObject first = documentOf(file).value(QStringLiteral("incidents")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("sourceWording")).toString() == QStringLiteral("he texted me 31 times!!"));
    CHECK(first.value(QStringLiteral("sourceWhenText")).toString() == QStringLiteral("Tues nite late"));

    TempDatabase target;
    const Session importer = sessionFor(target.db(), QStringLiteral("dc.patel"), {Role::Officer});
    auto imported = BundleService(target.db(), importer).importBytes(file, {});
    INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
    REQUIRE(imported.ok());
    auto incidents = IncidentRepository(target.db()).listForCase(imported->caseId);
    REQUIRE(incidents.ok());
    int carried = 0;
    for (const Incident& i : incidents.value())
        if (i.sourceWording == QStringLiteral("he texted me 31 times!!") && i.sourceWhenText == QStringLiteral("Tues nite late"))
            ++carried;
    CHECK(carried == 1);

    // A bundle from before these fields imports its incidents as not recorded.
    QJsonObject older = documentOf(file);
    older = withField(older, QStringLiteral("incidents"), 0, QStringLiteral("sourceWording"), {}, true);
    older = withField(older, QStringLiteral("incidents"), 0, QStringLiteral("sourceWhenText"), {}, true);
    TempDatabase elsewhere;
    const Session other = sessionFor(elsewhere.db(), QStringLiteral("dc.khan"), {Role::Officer});
    auto olderImported = BundleService(elsewhere.db(), other).importBytes(withDocument(file, older), {});
    INFO((olderImported.ok() ? QString() : olderImported.error().text()).toStdString());
    REQUIRE(olderImported.ok());
    auto olderIncidents = IncidentRepository(elsewhere.db()).listForCase(olderImported->caseId);
    REQUIRE(olderIncidents.ok());
    for (const Incident& i : olderIncidents.value()) CHECK(i.sourceWording.isEmpty());
}
