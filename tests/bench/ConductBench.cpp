// conduct-bench: the measuring instrument for the performance issue. It builds a deterministic
// synthetic caseload through core's bulk-import path, then times the scenarios users feel,
// each next to a baseline measured in the same run. Widget scenarios drive the real widgets
// under the offscreen platform. Start-up and memory are measured in child processes.
//
//   conduct-bench --cases 100000 [--people N] [--incidents N] [--assessments N] [--runs 15] [--seed N]
//                 [--db PATH] [--json]
//   conduct-bench --engine postgresql [--pg postgresql://…] [--rtt-ms 20] [--cases N] [--runs N]
//       the same caseload on a PostgreSQL server, each user action through a latency relay at no
//       added delay and at the round trip given, with its round trips and statements (issue 28);
//       --pg defaults to $CONDUCT_TEST_POSTGRES, as tests/support/with-postgres.sh sets it.

#include "BenchAssessments.h"
#include "BenchGenerator.h"
#include "BenchProbes.h"
#include "MessagesBench.h"
#include "BenchStats.h"
#include "PgBench.h"
#include "RawSqlite.h"

#include "case/CaseListModel.h"
#include "case/CaseWorkspace.h"
#include "shell/MainWindow.h"
#include "export/Export.h"
#include "export/PdfWriter.h"
#include "monitoring/MonitoringService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <cstdio>

using namespace conduct;
using namespace conduct::bench;

namespace {
QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Options {
    int cases = 2000;
    // Sizes from the command line; -1 when not given (then 3 people, 10 incidents and one risk
    // assessment a case: issue 10's 300,000 people and 1,000,000 incidents at 100,000 cases).
    qint64 people = -1;
    qint64 incidents = -1;
    qint64 assessments = -1;
    int runs = 15;
    quint32 seed = 1997;
    QString dbPath;
    bool json = false;
    QString postgresAddress;   // empty: SQLite at dbPath
    int roundTripMs = 20;
};

Session benchSession(Database& db)
{
    return benchAccount(db, QStringLiteral("bench"), QStringLiteral("PC 0 Bench"), {Role::Officer, Role::Supervisor});
}

void fail(const QString& what)
{
    QTextStream(stderr) << "conduct-bench: " << what << Qt::endl;
    std::exit(1);
}

qint64 countOf(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
}

QString caseloadSummary(Database& db)
{
    return QStringLiteral("%1 cases, %2 people, %3 incidents, %4 risk assessments (%5 awaiting review)")
        .arg(countOf(db, "cases")).arg(countOf(db, "people")).arg(countOf(db, "incidents")).arg(countOf(db, "risk_assessments"))
        .arg(db.scalar(QStringLiteral("SELECT count(*) FROM risk_assessments WHERE status = 'submitted'"))->toLongLong());
}

// Builds (or reuses) the caseload database: the cases with their people and incidents through
// CaseService::importCases, then the risk assessments through RiskAssessmentService.
QList<Figure> generate(Database& db, const Session& session, const Options& o)
{
    Figure f{QStringLiteral("generate caseload (cases/s)"), QStringLiteral("cases/s")};
    if (countOf(db, "cases") >= o.cases) {
        f.note = QStringLiteral("reused an existing database: %1").arg(caseloadSummary(db));
        return {f};
    }
    CaseloadShape shape;
    if (o.people >= 0) shape.peoplePerCase = double(o.people) / o.cases;
    shape.incidentScale = (o.incidents >= 0 ? double(o.incidents) : 10.0 * o.cases) / o.cases / meanIncidentsPerCase;
    QRandomGenerator rng(o.seed);
    CaseService service(db, session);
    const double ms = timeMs([&] {
        for (int first = 0; first < o.cases; first += 500) {
            auto written = service.importCases(caseloadBatch(first, std::min(500, o.cases - first), rng, -1, shape));
            if (!written.ok()) fail(written.error().text());
        }
    });
    f.samples = {o.cases / (ms / 1000.0)};
    Figure a{QStringLiteral("generate risk assessments (assessments/s)"), QStringLiteral("/s")};
    AssessmentLoad load;
    const double assessmentMs = timeMs([&] {
        auto written = generateAssessments(db, session, int(o.assessments >= 0 ? o.assessments : o.cases), o.seed);
        if (!written.ok()) fail(written.error().text());
        load = written.value();
    });
    a.samples = {load.written / (assessmentMs / 1000.0)};
    // Imports queue their incidents for the full-text index; the first search applies the queue.
    // Applied here, so that the scenarios measure a store in its everyday state.
    const double indexMs = timeMs([&] {
        if (Status s = SearchIndex(db).syncIncidentText(); !s.ok()) fail(s.error().text());
    });
    a.note = QStringLiteral("%1 written through start, save, submit and a second account's approval: %2 approved, %3 "
                            "awaiting review, %4 drafts, in %5 s")
                 .arg(load.written).arg(load.approved).arg(load.awaitingReview).arg(load.drafts).arg(assessmentMs / 1000.0, 0, 'f', 1);
    f.note = QStringLiteral("%1; cases, people and incidents in %2 s, their full-text index in %3 s")
                 .arg(caseloadSummary(db)).arg(ms / 1000.0, 0, 'f', 1).arg(indexMs / 1000.0, 0, 'f', 1);
    return {f, a};
}

Figure bulkImport(const Options& o, const QString& folder)
{
    const int incidents = o.cases >= 10000 ? 100000 : 10000;
    Figure f{QStringLiteral("bulk import of %1 incidents").arg(incidents)};
    f.baselineName = QStringLiteral("raw SQLite C API, prepared inserts");
    f.target = QStringLiteral(">= 50% of raw throughput (ratio <= 2.0)");
    for (int run = 0; run < 3; ++run) {
        const QString path = QDir(folder).filePath(QStringLiteral("bulk-%1.sqlite").arg(run));
        auto db = Database::openSqlite(path);
        if (!db.ok()) fail(db.error().text());
        const Session session = benchSession(*db.value());
        QRandomGenerator rng(o.seed + 7);
        const QList<CaseImport> cases = caseloadBatch(0, incidents / 100, rng, 100);
        CaseService service(*db.value(), session);
        f.samples.append(timeMs([&] {
            if (auto r = service.importCases(cases); !r.ok()) fail(r.error().text());
        }));
        QString error;
        const double raw = rawInsertCases(path, cases, &error);
        if (raw < 0) fail(error);
        f.baselineSamples.append(raw);
    }
    f.note = QStringLiteral("Conduct's path also validates, writes people, search keys, full-text rows and one audit record per case");
    return f;
}

int probe(const QString& executable, const QStringList& args, double* value)
{
    QProcess p;
    p.start(executable, args);
    if (!p.waitForFinished(120000)) return -1;
    *value = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble();
    return p.exitCode();
}

// Wall time of a child process from launch to its first screen, like a user starting the app.
QList<double> childRuns(const QString& exe, const QStringList& args, int runs)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        double ignored = 0;
        samples.append(timeMs([&] {
            if (probe(exe, args, &ignored) != 0) fail(QStringLiteral("probe %1 failed").arg(args.join(u' ')));
        }));
    }
    return samples;
}

QList<Figure> processScenarios(const Options& o, const QString& bigDb, const QString& folder)
{
    const QString exe = QCoreApplication::applicationFilePath();
    const QString emptyDb = QDir(folder).filePath(QStringLiteral("empty.sqlite"));
    {
        auto db = Database::openSqlite(emptyDb);
        if (!db.ok()) fail(db.error().text());
        benchSession(*db.value());
    }
    const int runs = std::max(5, o.runs / 2);
    Figure startup{QStringLiteral("start-up with an empty database")};
    startup.baselineName = QStringLiteral("bare QMainWindow start");
    startup.target = QStringLiteral("<= 2 x baseline");
    startup.samples = childRuns(exe, {QStringLiteral("--probe"), QStringLiteral("conduct"), QStringLiteral("--db"), emptyDb}, runs);
    startup.baselineSamples = childRuns(exe, {QStringLiteral("--probe"), QStringLiteral("bare")}, runs);

    Figure first{QStringLiteral("open the database and show the first screen of the case list")};
    first.baselineName = QStringLiteral("bare QMainWindow + raw query of the same page");
    first.target = QStringLiteral("<= 300 ms; <= 3 x baseline");
    first.samples = childRuns(exe, {QStringLiteral("--probe"), QStringLiteral("conduct"), QStringLiteral("--db"), bigDb}, runs);
    first.baselineSamples = childRuns(exe, {QStringLiteral("--probe"), QStringLiteral("bare"), QStringLiteral("--db"), bigDb}, runs);

    Figure memory{QStringLiteral("peak memory, case list scrolled end to end"), QStringLiteral("MB")};
    memory.target = QStringLiteral("<= 200 MB RSS");
    double kb = 0;
    if (probe(exe, {QStringLiteral("--probe"), QStringLiteral("memory"), QStringLiteral("--db"), bigDb}, &kb) != 0)
        fail(QStringLiteral("memory probe failed"));
    memory.samples = {kb / 1024.0};
    return {startup, first, memory};
}

QList<Figure> widgetScenarios(Database& db, const Session& session, const Options& o)
{
    QList<Figure> figures;
    // The window owns its own connection, as in the application.
    auto windowDb = Database::openSqlite(db.path());
    if (!windowDb.ok()) fail(windowDb.error().text());
    auto window = std::make_unique<MainWindow>(std::move(windowDb).value(), session);
    window->show();
    QCoreApplication::processEvents();

    Figure filter{QStringLiteral("case-list filter: one keystroke to the updated view")};
    filter.target = QStringLiteral("<= 50 ms median");
    filter.baselineName = QStringLiteral("naive LIKE scan over people joined to cases");
    for (int round = 0; round < std::max(1, o.runs / 5); ++round) {
        for (const QString& word : {QStringLiteral("smit"), QStringLiteral("jone"), QStringLiteral("46AA"), QStringLiteral("charg")}) {
            window->filterEdit()->clear();
            for (QChar c : word) {
                filter.samples.append(timeMs([&] {
                    QTest::keyClick(window->filterEdit(), c.toLatin1());
                    QCoreApplication::processEvents();
                }));
            }
        }
    }
    for (int i = 0; i < 3; ++i)
        filter.baselineSamples.append(timeMs([&] {
            auto r = db.exec(QStringLiteral("SELECT DISTINCT c.id FROM cases c JOIN people p ON p.case_id = c.id "
                                            "WHERE p.surname LIKE '%smit%' OR p.forenames LIKE '%smit%' OR c.urn LIKE '%smit%' "
                                            "ORDER BY c.updated_utc DESC LIMIT 200"));
            while (r.ok() && r->next()) {}
        }));
    window->filterEdit()->clear();
    figures.append(filter);

    // The advisor's "needs attention" column is worked out once the list settles (after a
    // keystroke, CaseListModel::attentionDelayMs later): the cost of one screen of it.
    Figure attention{QStringLiteral("case list: advisor column for one screen, after typing pauses")};
    for (int i = 0; i < std::max(3, o.runs / 3); ++i) {
        window->caseListModel()->refresh();
        QCoreApplication::processEvents();   // the view asks for the rows it paints
        attention.samples.append(timeMs([&] { window->caseListModel()->fillAttention(); }));
    }
    figures.append(attention);

    Figure sort{QStringLiteral("sort the case list by another column")};
    sort.target = QStringLiteral("<= 150 ms");
    for (int round = 0; round < std::max(1, o.runs / 8); ++round)
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                sort.samples.append(timeMs([&] {
                    window->caseListView()->sortByColumn(column, order);
                    QCoreApplication::processEvents();
                }));
    figures.append(sort);

    const qint64 biggest = db.scalar(QStringLiteral("SELECT id FROM cases ORDER BY incident_count DESC LIMIT 1"))->toLongLong();
    const int biggestCount = db.scalar(QStringLiteral("SELECT max(incident_count) FROM cases"))->toInt();
    Figure open{QStringLiteral("open a case workspace with %1 incidents").arg(biggestCount)};
    open.target = QStringLiteral("<= 200 ms (for 500 incidents)");
    for (int i = 0; i < std::max(3, o.runs / 3); ++i) {
        open.samples.append(timeMs([&] {
            window->openCase(biggest);
            QCoreApplication::processEvents();
        }));
        window->closeCurrentCase();
        QCoreApplication::processEvents();
    }
    figures.append(open);

    // The export of that case's MG3.
    CaseService service(db, session);
    auto detail = service.loadCase(biggest);
    if (detail.ok()) {
        CaseFile file;
        file.caseRecord = detail->caseRecord;
        file.people = detail->people;
        file.incidents = detail->incidents;
        QTemporaryDir dir;
        Figure mg3{QStringLiteral("MG3 PDF for a %1-incident case").arg(biggestCount)};
        mg3.target = QStringLiteral("<= 1 s (for 500 incidents)");
        for (int i = 0; i < std::max(3, o.runs / 5); ++i)
            mg3.samples.append(timeMs([&] {
                if (Status s = writePdf(dir.filePath(QStringLiteral("mg3.pdf")), buildDocuments(file, DocumentKind::Mg3)); !s.ok())
                    fail(s.error().text());
            }));
        figures.append(mg3);
        Figure bundle{QStringLiteral("charging file bundle PDF for the same case")};
        bundle.target = QStringLiteral("<= 3 s");
        for (int i = 0; i < 3; ++i)
            bundle.samples.append(timeMs([&] {
                if (Status s = writePdf(dir.filePath(QStringLiteral("bundle.pdf")), buildChargingFile(file)); !s.ok())
                    fail(s.error().text());
            }));
        figures.append(bundle);
        figures.append(timelinePaintScenario(detail->incidents));
    }
    return figures;
}

QList<Figure> searchScenarios(Database& db, const Session& session)
{
    auto measured = measureLinkedSearch(db, session, 60, 5);
    if (!measured.ok()) fail(measured.error().text());
    const LinkedSearchFigures& m = measured.value();
    Figure person{QStringLiteral("linked-person search, top 20 ranked")};
    person.target = QStringLiteral("<= 20 ms median");
    person.baselineName = QStringLiteral("naive LIKE scan of surname or date of birth");
    Figure text{QStringLiteral("full-text search over incident descriptions")};
    text.target = QStringLiteral("<= 50 ms median");
    text.baselineName = QStringLiteral("naive LIKE scan of every description and location");
    // measureLinkedSearch reports summaries; carry them as single samples of each statistic.
    person.samples = {m.personSearch.medianMs};
    person.baselineSamples = {m.personNaive.medianMs};
    person.note = QStringLiteral("%1 probes over %2 people, each searched twice; p90 %3 ms; the first pass (cache filling): median %4 ms, p90 %5 ms")
                      .arg(m.personSearch.runs).arg(m.people).arg(m.personSearch.p90Ms, 0, 'f', 2)
                      .arg(m.personSearchFirst.medianMs, 0, 'f', 2).arg(m.personSearchFirst.p90Ms, 0, 'f', 2);
    text.samples = {m.textSearch.medianMs};
    text.baselineSamples = {m.textNaive.medianMs};
    text.note = QStringLiteral("%1 queries over %2 incidents; p90 %3 ms").arg(m.textSearch.runs).arg(m.incidents).arg(m.textSearch.p90Ms, 0, 'f', 2);
    return {person, text};
}

// Issue 13: the monitoring dashboard for the last 12 months (London dates), the advisor excepted
// (it consults every open case and runs on request). Baseline: a raw count of the cases table.
Figure monitoringScenario(Database& db, const Session& session, const Options& o)
{
    Figure f{QStringLiteral("monitoring dashboard, 12-month period, whole unit")};
    f.target = QStringLiteral("<= 500 ms median (at 100,000 cases)");
    f.baselineName = QStringLiteral("raw SELECT count(*) FROM cases");
    const QDate today = londonDateOf(Clock::nowUtc());
    const MonitoringScope scope{today.addMonths(-12).addDays(1), today, 0, {}};
    MonitoringService service(db, session);
    int counted = 0;
    f.samples = repeat(o.runs, [&] {
        auto report = service.compute(scope);
        if (!report.ok()) fail(report.error().text());
        counted = report->figure(QStringLiteral("opened.all"))->count;
    });
    f.baselineSamples = repeat(o.runs, [&] {
        if (!db.scalar(QStringLiteral("SELECT count(*) FROM cases")).ok()) fail(QStringLiteral("baseline count failed"));
    });
    f.note = QStringLiteral("%1 cases opened in the period").arg(counted);
    return f;
}

void print(const QList<Figure>& figures, const Options& o)
{
    if (o.json) {
        QJsonArray array;
        for (const Figure& f : figures) array.append(f.toJson());
        out() << QJsonDocument(QJsonObject{{QStringLiteral("cases"), o.cases}, {QStringLiteral("figures"), array}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("scenario"), -62).arg(QStringLiteral("median"), 10).arg(QStringLiteral("p95"), 10)
                 .arg(QStringLiteral("baseline"), 10).arg(QStringLiteral("ratio"), 7).arg(QStringLiteral("target"));
    for (const Figure& f : figures) {
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                     .arg(f.scenario.left(62), -62)
                     .arg(f.samples.isEmpty() ? QStringLiteral("-")
                                              : QStringLiteral("%1 %2").arg(f.median(), 0, 'f', f.median() < 10 ? 2 : 1).arg(f.unit), 10)
                     .arg(f.samples.isEmpty() ? QStringLiteral("-") : QString::number(f.p95(), 'f', 1), 10)
                     .arg(f.baselineSamples.isEmpty() ? QStringLiteral("-") : QString::number(f.baselineMedian(), 'f', 1), 10)
                     .arg(f.baselineSamples.isEmpty() ? QStringLiteral("-") : QString::number(f.ratio(), 'f', 2), 7)
                     .arg(f.target);
        if (!f.note.isEmpty()) out() << "    " << f.note << '\n';
        if (!f.baselineName.isEmpty()) out() << "    baseline: " << f.baselineName << '\n';
    }
    out().flush();
}
// The same caseload on a server: generated over a direct connection (generation is not what is
// measured), then every user action through the latency relay, at no added delay and at the round
// trip asked for, with the timeline paint and the supervisor's queue beside them.
int runOnPostgres(const Options& o)
{
    auto opened = Database::openPostgres(o.postgresAddress);
    if (!opened.ok()) fail(opened.error().text());
    std::unique_ptr<Database> db = std::move(opened).value();
    const Session session = benchSession(*db);
    QList<Figure> figures = generate(*db, session, o);
    auto workspaceCase = caseWithIncidents(*db, session, 500, o.seed);
    if (!workspaceCase.ok()) fail(workspaceCase.error().text());
    out() << "Caseload: " << caseloadSummary(*db) << Qt::endl;
    PgBenchSetup setup{o.postgresAddress, o.roundTripMs, o.runs, workspaceCase.value(), o.seed};
    auto actions = measureActionsThroughRelay(setup, session);
    if (!actions.ok()) fail(actions.error().text());
    auto detail = CaseService(*db, session).loadCase(workspaceCase.value());
    if (!detail.ok()) fail(detail.error().text());
    figures.append(timelinePaintScenario(detail->incidents));
    out() << actionTable(actions.value(), o.roundTripMs) << Qt::endl;
    print(figures, o);
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--probe") == 0) return runProbe(argc, argv);
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--messages") == 0) return conduct::bench::runMessagesBench(argc, argv);   // no caseload needed
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("conduct-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Conduct's benchmark: synthetic caseload, timed scenarios, baselines."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases to generate (default 2000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("people"), QStringLiteral("People across the cases (default 3 a case)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("incidents"), QStringLiteral("Incidents across the cases, about (default about 10 a case)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("assessments"), QStringLiteral("Risk assessments across the cases, about (default 1 a case)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per scenario (default 15)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for the synthetic data."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Keep the caseload database here and reuse it."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the figures as JSON.")});
    parser.addOption({QStringLiteral("messages"),
                      QStringLiteral("Only the messages scenario (issue 29): read and group a fictional WhatsApp export of n "
                                     "messages beside a line count of it; no caseload is made."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("engine"), QStringLiteral("sqlite (default) or postgresql."), QStringLiteral("engine")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("The PostgreSQL server (default $CONDUCT_TEST_POSTGRES)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("rtt-ms"), QStringLiteral("Round trip the relay adds on PostgreSQL (default 20)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run only these scenario groups, comma-separated: import, process, widgets, search, "
                                     "monitoring, review (default all). Generation always runs when the caseload is missing."),
                      QStringLiteral("groups")});
    parser.process(app);
    Options o;
    o.cases = parser.value(QStringLiteral("cases")).isEmpty() ? 2000 : parser.value(QStringLiteral("cases")).toInt();
    o.runs = parser.value(QStringLiteral("runs")).isEmpty() ? 15 : parser.value(QStringLiteral("runs")).toInt();
    if (!parser.value(QStringLiteral("seed")).isEmpty()) o.seed = parser.value(QStringLiteral("seed")).toUInt();
    o.json = parser.isSet(QStringLiteral("json"));
    if (o.cases < 10 || o.runs < 1) fail(QStringLiteral("--cases must be at least 10 and --runs at least 1"));
    // A size given must be a whole number within its range per case, or the run stops here.
    const auto size = [&](const char* name, qint64 perCaseMin, qint64 perCaseMax, const char* why) -> qint64 {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option)) return -1;
        bool number = false;
        const qint64 value = parser.value(option).toLongLong(&number);
        if (!number || value < perCaseMin * o.cases || value > perCaseMax * o.cases)
            fail(QStringLiteral("--%1 must be a whole number from %2 to %3 (%4 to %5 a case%6)")
                     .arg(option).arg(perCaseMin * o.cases).arg(perCaseMax * o.cases).arg(perCaseMin).arg(perCaseMax)
                     .arg(QLatin1String(why)));
        return value;
    };
    o.people = size("people", 2, 50, ": a complainant and at least one suspect");
    o.incidents = size("incidents", 1, 1000, "");
    o.assessments = size("assessments", 0, 20, "");

    o.roundTripMs = parser.value(QStringLiteral("rtt-ms")).isEmpty() ? 20 : parser.value(QStringLiteral("rtt-ms")).toInt();
    const QString engine = parser.value(QStringLiteral("engine")).isEmpty() ? QStringLiteral("sqlite") : parser.value(QStringLiteral("engine"));
    if (engine == QLatin1String("postgresql")) {
        o.postgresAddress = parser.value(QStringLiteral("pg")).isEmpty() ? qEnvironmentVariable("CONDUCT_TEST_POSTGRES")
                                                                         : parser.value(QStringLiteral("pg"));
        if (o.postgresAddress.isEmpty())
            fail(QStringLiteral("--engine postgresql needs --pg postgresql://user@host:port/database (or CONDUCT_TEST_POSTGRES)"));
        if (o.roundTripMs < 0 || o.roundTripMs > 1000) fail(QStringLiteral("--rtt-ms must be from 0 to 1000"));
        return runOnPostgres(o);
    }
    if (engine != QLatin1String("sqlite")) fail(QStringLiteral("--engine must be sqlite or postgresql, not '%1'").arg(engine));

    QTemporaryDir scratch;
    o.dbPath = parser.value(QStringLiteral("db")).isEmpty() ? scratch.filePath(QStringLiteral("caseload.sqlite"))
                                                              : parser.value(QStringLiteral("db"));
    auto opened = Database::openSqlite(o.dbPath);
    if (!opened.ok()) fail(opened.error().text());
    std::unique_ptr<Database> db = std::move(opened).value();
    const Session session = benchSession(*db);

    const QStringList groups = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    const QStringList known{QStringLiteral("import"), QStringLiteral("process"), QStringLiteral("widgets"),
                            QStringLiteral("search"), QStringLiteral("monitoring"), QStringLiteral("review")};
    for (const QString& g : groups)
        if (!known.contains(g)) fail(QStringLiteral("--only: unknown group '%1' (use %2)").arg(g, known.join(u',')));
    const auto wanted = [&groups](const char* group) { return groups.isEmpty() || groups.contains(QLatin1String(group)); };

    QList<Figure> figures;
    figures.append(generate(*db, session, o));
    if (wanted("import")) figures.append(bulkImport(o, scratch.path()));
    if (wanted("process")) figures.append(processScenarios(o, o.dbPath, scratch.path()));
    if (wanted("widgets")) figures.append(widgetScenarios(*db, session, o));
    if (wanted("search")) figures.append(searchScenarios(*db, session));
    if (wanted("monitoring")) figures.append(monitoringScenario(*db, session, o));
    if (wanted("review")) figures.append(supervisorQueueScenario(*db, o.runs));
    print(figures, o);
    return 0;
}
