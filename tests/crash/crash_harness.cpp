// Kills crash_writer with SIGKILL at random moments, again and again, and after every kill checks
// that the case database is intact and holds exactly the acknowledged writes (CrashProtocol.h).
//
//   crash_harness --writer PATH [--cycles N] [--seed S] [--workdir DIR]
// Exit code 0 when every cycle passed; 1 on the first failure (its files are kept and named).

#include "CrashProtocol.h"

#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "store/UserRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace conduct;
using namespace conduct::crash;

namespace {

struct Tally {
    int cycles = 0;
    int killedWhileStarting = 0;
    qint64 acknowledged = 0;
    int inFlightCommitted = 0;    // the write in flight at the kill turned out committed…
    int inFlightAbsent = 0;       // …or absent (rolled back, or not begun)
};

[[noreturn]] void fail(const QString& message, const QString& workdir)
{
    std::fprintf(stderr, "crash harness FAILED: %s\nFiles kept in %s\n", qPrintable(message), qPrintable(workdir));
    std::exit(1);
}

// The store as the harness sees it: every case's officer, people and incidents, checked for the
// exact text the writer derives from each token.
Result<CrashState> readStoreState(const Database& db)
{
    CrashState state;
    auto cases = db.exec(QStringLiteral("SELECT urn, officer_in_case FROM cases"));
    if (!cases.ok()) return cases.error();
    while (cases->next()) state[cases->value(0).toString()].officer = cases->value(1).toString();

    auto people = db.exec(QStringLiteral(
        "SELECT c.urn, p.surname, (SELECT group_concat(d.value, '|') FROM person_details d WHERE d.person_id = p.id) "
        "FROM people p JOIN cases c ON c.id = p.case_id"));
    if (!people.ok()) return people.error();
    while (people->next()) {
        const QString token = people->value(1).toString();
        if (people->value(2).toString() != phoneFor(token))
            return Error{QString(), QStringLiteral("person %1 has details '%2', expected its one phone number")
                                        .arg(token, people->value(2).toString())};
        state[people->value(0).toString()].people.append(token);
    }

    auto incidents = db.exec(QStringLiteral("SELECT c.urn, i.description FROM incidents i JOIN cases c ON c.id = i.case_id"));
    if (!incidents.ok()) return incidents.error();
    while (incidents->next()) {
        const QString description = incidents->value(1).toString();
        const QString token = tokenOfDescription(description);
        if (description != descriptionFor(token))
            return Error{QString(), QStringLiteral("incident %1 holds a description that is not the one written").arg(token)};
        state[incidents->value(0).toString()].incidents.append(token);
    }

    // The case list's denormalised incident count must agree with the incidents themselves.
    auto counts = db.exec(QStringLiteral(
        "SELECT urn, incident_count, (SELECT count(*) FROM incidents i WHERE i.case_id = cases.id) FROM cases "
        "WHERE incident_count <> (SELECT count(*) FROM incidents i WHERE i.case_id = cases.id)"));
    if (!counts.ok()) return counts.error();
    if (counts->next())
        return Error{QString(), QStringLiteral("case %1 lists %2 incidents but has %3").arg(counts->value(0).toString())
                                    .arg(counts->value(1).toInt()).arg(counts->value(2).toInt())};

    for (CaseState& c : state) {
        c.people.sort();
        c.incidents.sort();
    }
    return state;
}

QString describeDifference(const CrashState& expected, const CrashState& actual)
{
    QStringList lines;
    for (auto it = expected.begin(); it != expected.end() && lines.size() < 5; ++it) {
        if (!actual.contains(it.key())) lines << QStringLiteral("missing case %1").arg(it.key());
        else if (!(actual[it.key()] == it.value()))
            lines << QStringLiteral("case %1: expected officer %2, people [%3], incidents [%4]; found %5, [%6], [%7]")
                         .arg(it.key(), it->officer, it->people.join(u','), it->incidents.join(u','),
                              actual[it.key()].officer, actual[it.key()].people.join(u','),
                              actual[it.key()].incidents.join(u','));
    }
    for (auto it = actual.begin(); it != actual.end() && lines.size() < 5; ++it)
        if (!expected.contains(it.key())) lines << QStringLiteral("unexpected case %1").arg(it.key());
    return lines.join(QStringLiteral("; "));
}

// Complete lines appended to `path` since `offset`; a torn last line (the kill came during its
// write) is cut off, so that the next writer starts on a fresh line.
QList<QByteArray> takeNewLines(const QString& path, qint64& offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) return {};
    f.seek(offset);
    QByteArray tail = f.readAll();
    const qsizetype complete = tail.lastIndexOf('\n') + 1;
    if (complete < tail.size()) f.resize(offset + complete);
    offset += complete;
    QList<QByteArray> lines = tail.left(complete).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("writer"), QStringLiteral("The crash_writer executable."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("cycles"), QStringLiteral("Kill cycles (default 200)."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: from the clock)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("workdir"), QStringLiteral("Folder for the database and logs (default: a temporary one)."),
                      QStringLiteral("dir")});
    parser.process(app);
    const QString writer = parser.value(QStringLiteral("writer"));
    const int cycles = parser.value(QStringLiteral("cycles")).toInt();
    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt()
                                                               : quint32(QDateTime::currentMSecsSinceEpoch());
    if (writer.isEmpty() || cycles <= 0) {
        std::fputs("usage: crash_harness --writer PATH [--cycles N] [--seed S] [--workdir DIR]\n", stderr);
        return 2;
    }
    QTemporaryDir temporary;
    const QString workdir = parser.isSet(QStringLiteral("workdir")) ? parser.value(QStringLiteral("workdir")) : temporary.path();
    QDir().mkpath(workdir);
    const QString dbPath = QDir(workdir).filePath(QStringLiteral("crash.sqlite"));
    const QString intentPath = QDir(workdir).filePath(QStringLiteral("intent.log"));
    const QString ackPath = QDir(workdir).filePath(QStringLiteral("acknowledged.log"));
    for (const QString& f : {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"), intentPath, ackPath})
        QFile::remove(f);
    {
        auto created = Database::openSqlite(dbPath);
        if (!created.ok()) fail(created.error().text(), workdir);
        auto hash = PasswordHasher(HashCost::minimumForTests()).hash(QStringLiteral("crash harness password"));
        if (!hash.ok()) fail(hash.error().text(), workdir);
        Transaction tx(*created.value());
        auto account = UserRepository(*created.value())
                           .create({QString::fromLatin1(writerAccount), QStringLiteral("PC 0001 Writer"),
                                    {Role::Officer, Role::Supervisor}},
                                   hash.value());
        if (!account.ok()) fail(account.error().text(), workdir);
        if (Status s = tx.commit(); !s.ok()) fail(s.error().text(), workdir);
    }
    std::printf("crash harness: seed %u, %d cycles, work folder %s\n", seed, cycles, qPrintable(workdir));
    std::fflush(stdout);

    QRandomGenerator rng(seed);
    CrashState expected;
    qint64 ackOffset = 0;
    int auditRecords = 0;
    Tally tally;
    QElapsedTimer clock;
    clock.start();
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        QProcess child;
        child.setProgram(writer);
        child.setArguments({dbPath, intentPath, ackPath, QString::number(cycle), QString::number(rng.generate())});
        child.start();
        if (!child.waitForStarted(10000)) fail(QStringLiteral("cycle %1: the writer did not start").arg(cycle), workdir);
        // One kill in ten lands while the writer is still starting (opening and recovering the
        // database); the rest land during writes, 5–150 ms after it said it was ready.
        if (rng.bounded(10) == 0) {
            QThread::msleep(rng.bounded(40));
            ++tally.killedWhileStarting;
        } else {
            if (!child.waitForReadyRead(20000))
                fail(QStringLiteral("cycle %1: the writer never became ready: %2").arg(cycle).arg(
                         QString::fromLocal8Bit(child.readAllStandardError())), workdir);
            QThread::msleep(5 + rng.bounded(146));
        }
        child.kill();
        child.waitForFinished(10000);
        if (child.exitStatus() != QProcess::CrashExit)
            fail(QStringLiteral("cycle %1: the writer stopped by itself (exit code %2): %3")
                     .arg(cycle).arg(child.exitCode()).arg(QString::fromLocal8Bit(child.readAllStandardError())), workdir);

        // What the writer was told was saved, and the one write it may have had in flight.
        for (const QByteArray& line : takeNewLines(ackPath, ackOffset)) {
            auto op = Op::parse(line);
            auto next = op ? op->applyTo(expected) : std::nullopt;
            if (!next) fail(QStringLiteral("cycle %1: acknowledged line does not apply: %2").arg(cycle).arg(QString::fromUtf8(line)), workdir);
            expected = *next;
            ++tally.acknowledged;
        }
        qint64 intentOffset = 0;
        const QList<QByteArray> intents = takeNewLines(intentPath, intentOffset);
        QFile::resize(intentPath, 0);
        std::optional<Op> inFlight = intents.isEmpty() ? std::nullopt : Op::parse(intents.last());

        auto db = Database::openSqlite(dbPath, {.createIfMissing = false});
        if (!db.ok()) fail(QStringLiteral("cycle %1: the database did not reopen: %2").arg(cycle).arg(db.error().text()), workdir);
        auto integrity = db.value()->exec(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity.ok() || !integrity->next() || integrity->value(0).toString() != QLatin1String("ok"))
            fail(QStringLiteral("cycle %1: integrity_check did not return ok").arg(cycle), workdir);
        integrity->finish();
        // Every write carries its audit record in the same transaction: the hash chain must be
        // whole after every kill, and no record once committed may disappear.
        const VerifyResult trail = AuditLog::verify(*db.value());
        if (!trail.ok) fail(QStringLiteral("cycle %1: the audit trail is broken: %2").arg(cycle).arg(trail.problem), workdir);
        if (trail.checked < auditRecords)
            fail(QStringLiteral("cycle %1: the audit trail lost records (%2, was %3)").arg(cycle).arg(trail.checked).arg(auditRecords),
                 workdir);
        auditRecords = trail.checked;
        auto actual = readStoreState(*db.value());
        if (!actual.ok()) fail(QStringLiteral("cycle %1: %2").arg(cycle).arg(actual.error().text()), workdir);

        if (actual.value() == expected) {
            ++tally.inFlightAbsent;
        } else {
            std::optional<CrashState> withInFlight = inFlight ? inFlight->applyTo(expected) : std::nullopt;
            if (!withInFlight || !(actual.value() == *withInFlight))
                fail(QStringLiteral("cycle %1: the store does not hold exactly the acknowledged writes%2: %3")
                         .arg(cycle)
                         .arg(inFlight ? QStringLiteral(" (with or without the write in flight, %1)")
                                             .arg(QString::fromUtf8(inFlight->toLine().trimmed()))
                                       : QString())
                         .arg(describeDifference(withInFlight.value_or(expected), actual.value())),
                     workdir);
            expected = *withInFlight;   // committed though never acknowledged: now part of the record
            ++tally.inFlightCommitted;
        }
        tally.cycles = cycle;
    }
    std::printf("crash harness: %d kill cycles passed in %.1f s (%d during start-up); %lld acknowledged writes all "
                "present; write in flight at the kill found committed %d times, absent %d times; %lld cases and %d audit "
                "records (chain verified) at the end\n",
                tally.cycles, double(clock.elapsed()) / 1000.0, tally.killedWhileStarting,
                static_cast<long long>(tally.acknowledged), tally.inFlightCommitted, tally.inFlightAbsent,
                static_cast<long long>(expected.size()), auditRecords);
    return 0;
}
