#include "PgBench.h"

#include "BenchAssessments.h"
#include "BenchGenerator.h"

#include "case/CaseListModel.h"
#include "chronology/TimelineWidget.h"
#include "common/PrivateFiles.h"
#include "export/Export.h"
#include "export/PdfWriter.h"
#include "security/Authenticator.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace conduct::bench {
namespace {

// libpq finds the password in the pgpass file by host and port, and through the relay the port is
// the relay's: a private copy of the file gains the same entries for the relay's port.
Status passwordsForRelay(const PostgresLocation& server, quint16 relayPort, const QString& folder)
{
    const QString original = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                      : QDir::home().filePath(QStringLiteral(".pgpass"));
    QFile in(original);
    QByteArray lines;
    if (in.open(QIODevice::ReadOnly)) lines = in.readAll();
    QByteArray added;
    for (const QByteArray& line : lines.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() >= 5 && (fields[1] == "*" || fields[1].toInt() == server.port))
            added += "127.0.0.1:" + QByteArray::number(relayPort) + ':' + fields.mid(2).join(':') + '\n';
    }
    QSaveFile copy(QDir(folder).filePath(QStringLiteral("pgpass")));
    if (Status opened = openPrivately(copy, QStringLiteral("Password file")); !opened.ok()) return opened;
    copy.write(lines.endsWith('\n') || lines.isEmpty() ? lines : lines + '\n');
    copy.write(added);
    if (!copy.commit()) return Error{QStringLiteral("Password file"), copy.errorString()};
    qputenv("PGPASSFILE", copy.fileName().toLocal8Bit());
    return {};
}

QString throughRelay(const QString& address, quint16 relayPort)
{
    QUrl url(address);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(relayPort);
    return url.toString();
}

// Runs and times one action, counting what the relay saw while it ran.
void measure(ActionMeasure& m, int phase, testing::LatencyRelay& relay, const std::function<void()>& action)
{
    relay.resetCounts();
    if (qEnvironmentVariableIntValue("CONDUCT_RELAY_TRACE") == 1)   // the relay's statement trace, by action
        QTextStream(stderr) << "== " << m.action << Qt::endl;
    m.samples[phase].append(timeMs(action));
    m.counts[phase] = relay.counts();
}

// Runs the event loop until no byte has crossed the relay for 300 ms (or ten seconds have passed).
void untilQuiet(const testing::LatencyRelay& relay)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer quiet;
    quiet.start();
    qint64 seen = -1;
    while (quiet.elapsed() < 300 && total.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const testing::RelayCounts now = relay.counts();
        if (now.bytesToServer + now.bytesToClient != seen) {
            seen = now.bytesToServer + now.bytesToClient;
            quiet.restart();
        }
    }
}

[[noreturn]] void stop(const QString& action, const Error& error)
{
    QTextStream(stderr) << "conduct-bench: " << action << ": " << error.text() << Qt::endl;
    std::exit(1);
}
} // namespace

QString benchPassword()
{
    return QStringLiteral("benchmark password");
}

Result<qint64> caseWithIncidents(Database& db, const Session& officer, int incidents, quint32 seed)
{
    auto existing = db.scalar(QStringLiteral("SELECT id FROM cases WHERE incident_count = ? ORDER BY id LIMIT 1"), {incidents});
    if (existing.ok() && existing->isValid() && !existing->isNull()) return existing->toLongLong();
    QRandomGenerator rng(seed + 500);
    const int next = int(db.scalar(QStringLiteral("SELECT count(*) FROM cases"))->toLongLong());
    if (auto written = CaseService(db, officer).importCases(caseloadBatch(next, 1, rng, incidents)); !written.ok())
        return written.error();
    auto made = db.scalar(QStringLiteral("SELECT id FROM cases WHERE incident_count = ? ORDER BY id DESC LIMIT 1"), {incidents});
    if (!made.ok()) return made.error();
    return made->toLongLong();
}

Result<QList<ActionMeasure>> measureActionsThroughRelay(const PgBenchSetup& setup, const Session& officer)
{
    auto location = parsePostgresAddress(setup.address);
    if (!location.ok()) return location.error();
    const QString host = location->host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : location->host;
    testing::LatencyRelay relay(host, quint16(location->port));
    if (Status started = relay.start(); !started.ok()) return started.error();
    QTemporaryDir folder;
    if (Status s = passwordsForRelay(location.value(), relay.port(), folder.path()); !s.ok()) return s.error();
    const QString relayed = throughRelay(setup.address, relay.port());

    auto opened = Database::openPostgres(relayed);
    if (!opened.ok()) return opened.error();
    Database& db = *opened.value();
    const Session supervisor = benchSupervisor(db);
    CaseService cases(db, officer);
    RiskAssessmentService officerRisk(db, officer);
    RiskAssessmentService supervisorRisk(db, supervisor);
    auto workspace = cases.loadCase(setup.workspaceCaseId);
    if (!workspace.ok()) return workspace.error();
    Incident edited = workspace->incidents.first();
    const int incidentCount = int(workspace->incidents.size());

    ActionMeasure connectStore{QStringLiteral("connect to the server (open the store)")};
    ActionMeasure signIn{QStringLiteral("sign in (password check at test cost)")};
    ActionMeasure firstScreen{QStringLiteral("first screen of the case list"), 500};
    ActionMeasure filter{QStringLiteral("case-list filter: one keystroke"), 150};
    ActionMeasure listFigures{QStringLiteral("  list refresh + advisor figures on show")};
    ActionMeasure openWorkspace{QStringLiteral("open a %1-incident workspace").arg(incidentCount), 500};
    ActionMeasure afterOpen{QStringLiteral("  then loading on until quiet (not in the above)")};
    ActionMeasure save{QStringLiteral("save an incident"), 150};
    ActionMeasure submit{QStringLiteral("submit a DASH")};
    ActionMeasure queue{QStringLiteral("supervisor's review queue"), 500};
    ActionMeasure approve{QStringLiteral("approve from the queue")};
    ActionMeasure mg3{QStringLiteral("export the MG3 (%1 incidents)").arg(incidentCount)};

    Authenticator authenticator(db, PasswordHasher(HashCost::minimumForTests()));
    QTemporaryDir pdfs;
    for (int phase = 0; phase < 2; ++phase) {
        relay.setOneWayDelayMs(phase == 0 ? 0 : setup.roundTripMs / 2);
        for (int run = 0; run < setup.runs; ++run) {
            measure(connectStore, phase, relay, [&] {
                if (auto c = Database::openPostgres(relayed); !c.ok()) stop(connectStore.action, c.error());
            });
            measure(signIn, phase, relay, [&] {
                if (auto s = authenticator.signIn(officer.user.userName, benchPassword()); !s.ok()) stop(signIn.action, s.error());
            });
        }
        // The window owns its own connection, as in the application; the last one built stays for
        // the actions that follow.
        std::unique_ptr<MainWindow> window;
        for (int run = 0; run < std::max(3, setup.runs / 3); ++run) {
            auto windowDb = Database::openPostgres(relayed);
            if (!windowDb.ok()) return windowDb.error();
            window.reset();
            measure(firstScreen, phase, relay, [&] {
                window = std::make_unique<MainWindow>(std::move(windowDb).value(), officer);
                window->show();
                QCoreApplication::processEvents();
            });
        }
        // The list's "needs attention" column, worked out for the rows on show once the list
        // settles: one advisor run, a whole case read, per row (CaseListModel.h).
        measure(listFigures, phase, relay, [&] {
            window->caseListModel()->refresh();
            for (int row = 0; row < window->caseListModel()->rowCount(); ++row)
                if (!window->caseListView()->isRowHidden(row) && window->caseListView()->rowViewportPosition(row) >= 0
                    && window->caseListView()->rowViewportPosition(row) < window->caseListView()->viewport()->height())
                    (void)window->caseListModel()->data(window->caseListModel()->index(row, CaseListModel::AttentionColumn),
                                                        Qt::DisplayRole);
            window->caseListModel()->fillAttention();
        });
        for (int round = 0; round < std::max(1, setup.runs / 5); ++round) {
            window->filterEdit()->clear();
            QCoreApplication::processEvents();
            for (char c : {'s', 'm', 'i', 't'})
                measure(filter, phase, relay, [&] {
                    QTest::keyClick(window->filterEdit(), c);
                    QCoreApplication::processEvents();
                });
        }
        window->filterEdit()->clear();
        for (int run = 0; run < std::max(3, setup.runs / 3); ++run) {
            measure(openWorkspace, phase, relay, [&] {
                window->openCase(setup.workspaceCaseId);
                QCoreApplication::processEvents();
            });
            // What the workspace goes on loading once it shows (deferred loads, signals between
            // its tabs): until the relay sees nothing for a quiet spell, at most ten seconds.
            measure(afterOpen, phase, relay, [&] { untilQuiet(relay); });
            window->closeCurrentCase();
            QCoreApplication::processEvents();
        }
        window.reset();
        for (int run = 0; run < setup.runs; ++run) {
            edited.description = QStringLiteral("Edited by the benchmark, run %1 at %2 ms.").arg(run).arg(setup.roundTripMs * phase);
            measure(save, phase, relay, [&] {
                auto saved = cases.updateIncident(edited);
                if (!saved.ok()) stop(save.action, saved.error());
                edited = saved.value();
            });
        }
        for (int run = 0; run < std::max(3, setup.runs / 3); ++run) {
            auto draft = readyToSubmit(db, officer, setup.workspaceCaseId, QStringLiteral("dash-2009"), setup.seed + quint32(run));
            if (!draft.ok()) stop(submit.action, draft.error());
            qint64 submittedId = 0;
            measure(submit, phase, relay, [&] {
                auto submitted = officerRisk.submit(draft.value());
                if (!submitted.ok()) stop(submit.action, submitted.error());
                submittedId = submitted->id;
            });
            measure(queue, phase, relay, [&] {
                if (auto q = supervisorRisk.supervisorQueue(); !q.ok()) stop(queue.action, q.error());
            });
            measure(approve, phase, relay, [&] {
                if (auto a = supervisorRisk.approve(submittedId, {}, QStringLiteral("Agreed.")); !a.ok()) stop(approve.action, a.error());
            });
        }
        for (int run = 0; run < std::max(3, setup.runs / 5); ++run)
            measure(mg3, phase, relay, [&] {
                auto detail = cases.loadCase(setup.workspaceCaseId);
                if (!detail.ok()) stop(mg3.action, detail.error());
                CaseFile file;
                file.caseRecord = detail->caseRecord;
                file.people = detail->people;
                file.incidents = detail->incidents;
                if (Status s = writePdf(pdfs.filePath(QStringLiteral("mg3.pdf")), buildDocuments(file, DocumentKind::Mg3)); !s.ok())
                    stop(mg3.action, s.error());
            });
    }
    return QList<ActionMeasure>{connectStore, signIn, firstScreen, listFigures, filter, openWorkspace, afterOpen, save, submit, queue, approve, mg3};
}

QString actionTable(const QList<ActionMeasure>& rows, int roundTripMs)
{
    QString text;
    QTextStream t(&text);
    t << QStringLiteral("%1 | %2 %3 %4 %5 | %6 %7 %8 | %9\n")
             .arg(QStringLiteral("action (PostgreSQL, through the relay)"), -44)
             .arg(QStringLiteral("0 ms"), 9).arg(QStringLiteral("trips"), 6).arg(QStringLiteral("stmts"), 6).arg(QStringLiteral("prep"), 5)
             .arg(QStringLiteral("%1 ms").arg(roundTripMs), 9).arg(QStringLiteral("p95"), 9).arg(QStringLiteral("trips"), 6)
             .arg(QStringLiteral("target at 20 ms (ratio)"));
    for (const ActionMeasure& m : rows) {
        const double at0 = Figure::percentile(m.samples[0], 0.5);
        const double atRtt = Figure::percentile(m.samples[1], 0.5);
        const QString target = m.targetMs <= 0 ? QStringLiteral("-")
                                               : QStringLiteral("<= %1 ms (%2)").arg(m.targetMs).arg(atRtt / m.targetMs, 0, 'f', 2);
        t << QStringLiteral("%1 | %2 %3 %4 %5 | %6 %7 %8 | %9\n")
                 .arg(m.action.left(44), -44)
                 .arg(QStringLiteral("%1 ms").arg(at0, 0, 'f', 1), 9).arg(m.counts[0].roundTrips, 6).arg(m.counts[0].statements, 6)
                 .arg(m.counts[0].preparations, 5)
                 .arg(QStringLiteral("%1 ms").arg(atRtt, 0, 'f', 1), 9)
                 .arg(QStringLiteral("%1 ms").arg(Figure::percentile(m.samples[1], 0.95), 0, 'f', 1), 9)
                 .arg(m.counts[1].roundTrips, 6)
                 .arg(target);
    }
    t << QStringLiteral("Medians (and p95 at %1 ms); trips, stmts and prep are the round trips, statements (Query and Execute "
                        "messages) and of those PREPARE/DEALLOCATE, of the last run.\n").arg(roundTripMs);
    return text;
}

Figure timelinePaintScenario(const QList<Incident>& incidents)
{
    Figure f{QStringLiteral("chronology timeline, %1 incidents: one frame").arg(incidents.size())};
    f.target = QStringLiteral("< 16 ms a frame, worst included");
    TimelineWidget timeline;
    timeline.resize(1280, 360);   // the chronology page's chart in a maximised window
    timeline.setIncidents(incidents);
    timeline.fitAll();
    QImage frame(timeline.size(), QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&](const std::function<void()>& step) {
        f.samples.append(timeMs([&] {
            step();
            timeline.render(&frame);
        }));
    };
    for (int i = 0; i < 5; ++i) paint([] {});
    for (int i = 0; i < 8; ++i) paint([&] { timeline.zoomBy(0.7, 0.3); });
    for (int i = 0; i < 12; ++i) paint([&] { timeline.panBy(i < 6 ? 0.2 : -0.2); });
    for (int i = 0; i < 8; ++i) paint([&] { timeline.zoomBy(1 / 0.7, 0.3); });
    f.note = QStringLiteral("1280 x 360 px, offscreen; 5 frames fitted, 8 zooming in, 12 panning, 8 zooming out; worst frame %1 ms")
                 .arg(Figure::percentile(f.samples, 1.0), 0, 'f', 2);
    if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR"))
        frame.save(QDir(qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR")).filePath(QStringLiteral("bench-timeline.png")));
    return f;
}

} // namespace conduct::bench
