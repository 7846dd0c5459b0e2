// conduct-pg-load: issue 12's load requirement on a PostgreSQL store. "20 concurrent writers for
// 60 seconds. Zero lost updates, zero deadlocks left unhandled, and audit chain intact."
//
//   bash tests/support/with-postgres.sh build/…/tests/conduct-pg-load --writers 20 --seconds 60
//
// Works on a few cases so that writers really collide on the same rows. A one-writer run of the
// same workload comes first, so that the many-writer throughput is stated against a baseline
// measured on the same machine at the same time. Each run has a fresh schema of its own, checked
// on its own and dropped at the end. Exits non-zero on any lost update, any unhandled error, or a
// broken audit chain.

#include "PgLoadCheck.h"
#include "PgLoadWorker.h"

#include "BenchStats.h"
#include "security/PasswordHasher.h"
#include "store/TeamRepository.h"
#include "store/UserRepository.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <thread>
#include <vector>

using namespace conduct;
using namespace conduct::pgload;

namespace {

const QString initialValue = QStringLiteral("initial");

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The load's schema, once made: dropped on the way out, failed or not (unless --keep-schema).
struct Cleanup {
    Database* db = nullptr;
    QString schema;
    void dropSchema()
    {
        if (!db) return;
        if (auto dropped = db->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)); !dropped.ok())
            QTextStream(stderr) << "conduct-pg-load: could not drop schema " << schema << ": " << dropped.error().text() << Qt::endl;
        db = nullptr;
    }
} cleanup;

[[noreturn]] void fail(const QString& what)
{
    QTextStream(stderr) << "conduct-pg-load: " << what << Qt::endl;
    cleanup.dropSchema();
    std::exit(2);
}

// One account per writer, so the audit trail names who wrote what: officers and supervisors of one
// team, so each works every case in full (issue 24: need to know).
QList<Session> createAccounts(Database& db, int count)
{
    auto hash = PasswordHasher(HashCost::minimumForTests()).hash(QStringLiteral("load test password"));
    if (!hash.ok()) fail(hash.error().text());
    QList<Session> sessions;
    Transaction tx(db);
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("load.w%1").arg(i, 2, 10, QLatin1Char('0'));
        auto user = UserRepository(db).create(NewUser{name, QStringLiteral("PC %1 Load").arg(1000 + i),
                                                      {Role::Officer, Role::Supervisor}}, hash.value());
        if (!user.ok()) fail(user.error().text());
        sessions.append(Session{user.value(), QDateTime::currentDateTimeUtc()});
    }
    const TeamRepository teams(db);
    auto team = teams.insert(QStringLiteral("Load team"), QDateTime::currentDateTimeUtc());
    if (!team.ok()) fail(team.error().text());
    for (const Session& s : sessions)
        if (Status added = teams.addMember(team.value(), s.user.id); !added.ok()) fail(added.error().text());
    if (Status s = tx.commit(); !s.ok()) fail(s.error().text());
    return sessions;
}

QList<qint64> createCases(Database& db, const Session& owner, int count)
{
    CaseService service(db, owner);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Case c;
        c.urn = QStringLiteral("46LD%1%2").arg(i, 5, 10, QLatin1Char('0')).arg(25);
        c.officerInCase = owner.user.displayName;
        c.offences = {Offence::Stalking_s2A};
        c.crimeReference = initialValue;
        auto created = service.createCase(c);
        if (!created.ok()) fail(created.error().text());
        ids.append(created->id);
    }
    return ids;
}

struct Phase {
    QString name;
    int writers = 0;
    double seconds = 0;   // as measured: start to the last writer's last operation
    std::vector<WriterLog> logs;

    qint64 sum(qint64 (*of)(const WriterLog&)) const
    {
        qint64 n = 0;
        for (const WriterLog& l : logs) n += of(l);
        return n;
    }
    qint64 committed() const { return sum([](const WriterLog& l) { return l.committed(); }); }
    double opsPerSecond() const { return seconds > 0 ? double(committed()) / seconds : 0; }
};

// Starts `writers` threads, each with its own connection and account; the clock starts once all
// have connected.
Phase runPhase(const QString& name, const QString& address, const QList<Session>& sessions, int writers, double seconds,
               const QList<qint64>& caseIds)
{
    Phase phase{name, writers, 0, std::vector<WriterLog>(size_t(writers))};
    std::latch ready(writers);
    std::latch start(1);
    SteadyClock::time_point deadline;
    std::vector<WriterJob> jobs;
    for (int i = 0; i < writers; ++i)
        jobs.push_back({i, address, sessions[i], caseIds, QRandomGenerator::global()->generate(),
                        &ready, &start, &deadline});
    std::vector<std::thread> threads;
    for (int i = 0; i < writers; ++i) threads.emplace_back(runWriter, std::cref(jobs[size_t(i)]), std::ref(phase.logs[size_t(i)]));
    ready.wait();
    const auto began = SteadyClock::now();
    deadline = began + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(seconds));
    start.count_down();
    for (std::thread& t : threads) t.join();
    phase.seconds = std::chrono::duration<double>(SteadyClock::now() - began).count();
    for (const WriterLog& l : phase.logs)
        if (!l.openError.isEmpty()) fail(QStringLiteral("a writer could not connect: ") + l.openError);
    return phase;
}

void printPhase(const Phase& p, const Phase* baseline)
{
    QList<double> edits, adds;
    std::map<QString, qint64> unhandled;
    for (const WriterLog& l : p.logs) {
        edits.append(l.editLatenciesMs);
        adds.append(l.addLatenciesMs);
        for (const auto& [message, count] : l.unhandled) unhandled[message] += count;
    }
    const auto latency = [](const QList<double>& ms) {
        const auto at = [&ms](double q) { return QString::number(bench::Figure::percentile(ms, q), 'f', 1); };
        return QStringLiteral("median %1, p95 %2, p99 %3").arg(at(0.5), at(0.95), at(0.99));
    };
    out() << "== " << p.name << ": " << p.writers << " writer(s), " << QString::number(p.seconds, 'f', 1) << " s ==\n";
    out() << "committed operations      " << p.committed() << " (" << edits.size() << " case edits, " << adds.size()
          << " incidents added)\n";
    out() << "throughput                " << QString::number(p.opsPerSecond(), 'f', 1) << " ops/s";
    if (baseline && baseline->opsPerSecond() > 0)
        out() << " (" << QString::number(p.opsPerSecond() / baseline->opsPerSecond(), 'f', 2) << " x one writer's "
              << QString::number(baseline->opsPerSecond(), 'f', 1) << " ops/s)";
    out() << "\nlatency per op (ms)       all: " << latency(edits + adds)
          << " (first attempt to commit, retries included)\n";
    out() << "                          case edits: " << latency(edits) << "\n";
    out() << "                          incident adds: " << latency(adds) << "\n";
    out() << "conflicts refused         " << p.sum([](const WriterLog& l) { return l.conflictsRefused; })
          << " (stale saves refused, reloaded and retried; "
          << p.sum([](const WriterLog& l) { return l.editsAbandoned; }) << " edits abandoned after " << maxAttempts
          << " tries)\n";
    out() << "deadlocks/serialisation   " << p.sum([](const WriterLog& l) { return l.deadlocksRetried; }) << " retried\n";
    out() << "unhandled errors          " << p.sum([](const WriterLog& l) { return l.unhandledCount(); }) << "\n";
    for (const auto& [message, count] : unhandled) out() << "  " << count << " x " << message << "\n";
    out() << Qt::flush;
}

void printCheck(const CheckReport& r)
{
    out() << "-- checks (fresh connection) --\n";
    out() << "incidents                 " << r.addsReported << " reported added, " << r.incidentsFound << " in the store\n";
    out() << "case edits                " << r.editsReported << " reported committed\n";
    out() << "lost updates              " << r.lostUpdates << "\n";
    out() << "unreported writes         " << r.unreportedWrites << "\n";
    out() << "audit records             " << r.auditTotal << " in all; " << r.auditWritten << " written by the load, "
          << r.auditExpected << " expected (one per committed operation)\n";
    out() << "audit chain               " << (r.chainOk ? QStringLiteral("intact (AuditLog::verify)") : QStringLiteral("BROKEN: ") + r.chainProblem) << "\n";
    for (qsizetype i = 0; i < std::min<qsizetype>(r.problems.size(), 20); ++i) out() << "  problem: " << r.problems[i] << "\n";
    if (r.problems.size() > 20) out() << "  ... and " << r.problems.size() - 20 << " more\n";
    out() << Qt::endl;
}

struct Scenario {
    Phase phase;
    CheckReport check;
};

// One phase in a fresh schema of its own: the load never sees, or leaves behind, anyone else's
// rows, and the one-writer baseline and the load each start from the same empty store (loading a
// case reads all its incidents, so a store already grown by the other phase would skew the ratio).
Scenario runScenario(const QString& name, const QString& server, int writers, double seconds, int cases, bool keep,
                     const Phase* baseline)
{
    const QString schema = QStringLiteral("load_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString address = server + (server.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + schema;
    auto opened = Database::open(address);
    if (!opened.ok()) fail(opened.error().text());
    const std::unique_ptr<Database> db = std::move(opened).value();
    if (!keep) cleanup = {db.get(), schema};

    const QList<Session> sessions = createAccounts(*db, writers);
    const QList<qint64> caseIds = createCases(*db, sessions[0], cases);
    auto auditBefore = db->scalar(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM audit_log"));
    if (!auditBefore.ok()) fail(auditBefore.error().text());

    Scenario result{runPhase(name, address, sessions, writers, seconds, caseIds), {}};
    printPhase(result.phase, baseline);
    {
        // Read back on a connection no writer used, so nothing is answered from a writer's session.
        auto fresh = Database::open(address);
        if (!fresh.ok()) fail(fresh.error().text());
        std::vector<const WriterLog*> logs;
        for (const WriterLog& l : result.phase.logs) logs.push_back(&l);
        result.check = checkStore(*fresh.value(), logs, caseIds, initialValue, auditBefore->toLongLong());
    }
    printCheck(result.check);
    if (keep) out() << "schema kept: " << address << "\n\n";
    cleanup.dropSchema();
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("conduct-pg-load"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concurrent writers against a PostgreSQL store: lost updates, deadlocks, audit chain."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Server address (default: $CONDUCT_TEST_POSTGRES)."), QStringLiteral("address")});
    parser.addOption({QStringLiteral("writers"), QStringLiteral("Concurrent writers (default 20)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long they write (default 60)."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases they share (default 10)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("keep-schema"), QStringLiteral("Leave the schema in place for inspection.")});
    parser.process(app);
    const auto number = [&](const char* name, double fallback) {
        const QString text = parser.value(QLatin1String(name));
        bool ok = true;
        const double v = text.isEmpty() ? fallback : text.toDouble(&ok);
        if (!ok || v < 1) fail(QStringLiteral("--%1 must be a number, at least 1").arg(QLatin1String(name)));
        return v;
    };
    const int writers = int(number("writers", 20));
    const double seconds = number("seconds", 60);
    const int cases = int(number("cases", 10));
    QString server = parser.value(QStringLiteral("db"));
    if (server.isEmpty()) server = qEnvironmentVariable("CONDUCT_TEST_POSTGRES");
    if (server.isEmpty()) fail(QStringLiteral("no server: pass --db postgresql://… or run under tests/support/with-postgres.sh"));
    if (server.contains(QLatin1String("schema="))) fail(QStringLiteral("--db must not name a schema: the load makes its own"));

    out() << "conduct-pg-load: " << writers << " writers, " << seconds << " s, " << cases << " cases\n\n";
    const bool keep = parser.isSet(QStringLiteral("keep-schema"));
    const Scenario baseline = runScenario(QStringLiteral("baseline"), server, 1, std::max(2.0, seconds / 6), cases, keep, nullptr);
    const Scenario load = runScenario(QStringLiteral("load"), server, writers, seconds, cases, keep, &baseline.phase);

    qint64 unhandled = 0, lost = 0;
    bool chainsOk = true, passed = true;
    for (const Scenario* sc : {&baseline, &load}) {
        unhandled += sc->phase.sum([](const WriterLog& l) { return l.unhandledCount(); });
        lost += sc->check.lostUpdates;
        chainsOk = chainsOk && sc->check.chainOk;
        passed = passed && sc->check.passed();
    }
    passed = passed && unhandled == 0;
    out() << "result: " << (passed ? "PASS" : "FAIL") << " (lost updates " << lost << ", unhandled errors " << unhandled
          << ", audit chain " << (chainsOk ? "intact" : "broken") << ")" << Qt::endl;
    return passed ? 0 : 1;
}
