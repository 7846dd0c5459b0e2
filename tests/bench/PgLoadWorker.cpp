#include "PgLoadWorker.h"

#include "common/Clock.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <memory>

namespace conduct::pgload {
namespace {

// A stale save: the service refused it because someone else saved first. Expected under load.
// conflictError (CaseRepository.cpp) names who changed the record and when, when the audit trail
// says, so the message varies; both of its forms end by telling the user to apply the edit again.
bool isConflict(const Error& e) { return e.message.contains(QLatin1String("apply your edit again")); }

// PostgreSQL aborts one of two transactions that wait on each other ("deadlock detected"), or
// one that cannot be serialised; the caller is meant to try again. The store passes the server's
// text through, so the message is what can be matched.
bool isRetryable(const Error& e)
{
    return e.message.contains(QLatin1String("deadlock detected")) || e.message.contains(QLatin1String("could not serialize"));
}

// Failures are grouped by message with the numbers (process and transaction ids, statement
// positions) masked, so that one cause is counted once rather than once per process id.
void noteFailure(WriterLog& log, const QString& prefix, const Error& e)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key = prefix + e.text().simplified();
    key.replace(digits, QStringLiteral("#"));
    ++log.unhandled[key.left(400)];
}

// One logical edit: the writer loads the case, writes its own value into crime_reference and
// saves. A conflict means another writer saved in between: reload and apply the same edit again,
// as the UI asks a user to do.
bool edit(CaseService& service, int writerId, qint64 caseId, qint64 counter, WriterLog& log)
{
    const QString value = editValue(writerId, counter);
    Error last;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        auto loaded = service.loadCase(caseId);
        if (!loaded.ok()) {
            last = loaded.error();
            if (isRetryable(last)) { ++log.deadlocksRetried; continue; }
            noteFailure(log, QStringLiteral("loadCase: "), last);
            return false;
        }
        Case c = loaded->caseRecord;
        c.crimeReference = value;
        auto saved = service.updateCase(c);
        if (saved.ok()) {
            log.edits.append({caseId, saved->rowVersion, value});
            return true;
        }
        last = saved.error();
        if (isConflict(last)) { ++log.conflictsRefused; continue; }
        if (isRetryable(last)) { ++log.deadlocksRetried; continue; }
        noteFailure(log, QStringLiteral("updateCase: "), last);
        return false;
    }
    // Losing the race every time is a liveness figure, not an error: nothing was half-saved.
    if (isConflict(last)) ++log.editsAbandoned;
    else noteFailure(log, QStringLiteral("updateCase, still failing after %1 tries: ").arg(maxAttempts), last);
    return false;
}

// One incident added to the case. Inserts never conflict; only the server's aborts are retried.
bool add(CaseService& service, int writerId, qint64 caseId, qint64 counter, WriterLog& log)
{
    Incident incident;
    incident.caseId = caseId;
    incident.startUtc = Clock::nowUtc().addSecs(-3600);   // "not in the future" is validated
    incident.location = QStringLiteral("Load test, High Street");
    incident.behaviours = {Behaviour::Contacting};
    incident.description = QStringLiteral("pg-load incident by writer %1, number %2").arg(writerId).arg(counter);
    Error last;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        auto saved = service.addIncident(incident);
        if (saved.ok()) {
            log.adds.append({caseId, saved->id, incident.description});
            return true;
        }
        last = saved.error();
        if (isRetryable(last)) { ++log.deadlocksRetried; continue; }
        noteFailure(log, QStringLiteral("addIncident: "), last);
        return false;
    }
    noteFailure(log, QStringLiteral("addIncident, still failing after %1 tries: ").arg(maxAttempts), last);
    return false;
}
} // namespace

qint64 WriterLog::unhandledCount() const
{
    qint64 n = 0;
    for (const auto& [message, count] : unhandled) n += count;
    return n;
}

QString editValue(int writerId, qint64 counter)
{
    return QStringLiteral("w%1-e%2").arg(writerId, 2, 10, QLatin1Char('0')).arg(counter);
}

void runWriter(const WriterJob& job, WriterLog& log)
{
    // QSqlDatabase connections belong to the thread that opened them: this one is the writer's own.
    auto opened = Database::open(job.address);
    if (!opened.ok()) {
        log.openError = opened.error().text();
        job.ready->count_down();
        return;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    CaseService service(*db, job.session);
    QRandomGenerator rng(job.seed);
    job.ready->count_down();
    job.start->wait();   // connection setup is not part of the measured time

    qint64 counter = 0;
    while (SteadyClock::now() < *job.deadline) {
        const qint64 caseId = job.caseIds[qsizetype(rng.bounded(quint32(job.caseIds.size())))];
        ++counter;
        const auto began = SteadyClock::now();
        const bool isEdit = rng.bounded(2u) == 0;
        const bool committed = isEdit ? edit(service, job.writerId, caseId, counter, log)
                                      : add(service, job.writerId, caseId, counter, log);
        if (committed)
            (isEdit ? log.editLatenciesMs : log.addLatenciesMs)
                .append(std::chrono::duration<double, std::milli>(SteadyClock::now() - began).count());
        // A server that has gone away fails every call at once; counting more of those proves nothing.
        if (log.unhandledCount() > 1000) break;
    }
}

} // namespace conduct::pgload
