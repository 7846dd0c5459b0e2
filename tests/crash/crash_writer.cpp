// The crash harness's child: writes a random, realistic mix of case edits through CaseService
// until it is killed, logging each write before it starts (intent log) and after its commit
// succeeded (acknowledged log). See CrashProtocol.h for the line format.
//
//   crash_writer DB INTENT_LOG ACK_LOG CYCLE SEED [MAX_WRITES]
// Prints "ready" once the database is open. Exit codes: 0 MAX_WRITES done, 2 bad usage,
// 3 the database did not open, 4 a write failed (never expected: the harness reports it).

#include "CrashProtocol.h"

#include "store/UserRepository.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace conduct;
using namespace conduct::crash;

namespace {

// An append-only log whose every line is on the disk before append() returns.
class SyncedLog {
public:
    explicit SyncedLog(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600)) {}
    ~SyncedLog() { if (m_fd >= 0) ::close(m_fd); }
    SyncedLog(const SyncedLog&) = delete;
    SyncedLog& operator=(const SyncedLog&) = delete;
    bool isOpen() const { return m_fd >= 0; }
    bool append(const QByteArray& line)
    {
        // One write() per line: a kill can stop the process between lines, never inside one.
        return ::write(m_fd, line.constData(), size_t(line.size())) == line.size() && ::fsync(m_fd) == 0;
    }

private:
    int m_fd;
};

struct StoredCase {
    qint64 id;
    QString urn;
};

struct Context {
    Database& db;
    CaseService& service;
    QRandomGenerator& rng;
    qint64 seq;
    QList<StoredCase> cases;   // as the store holds them now

    StoredCase anyCase() { return cases.at(int(rng.bounded(qsizetype(cases.size())))); }
};

struct Planned {
    Op op;
    std::function<Status()> perform;
};

template <typename T> Status statusOf(const Result<T>& r) { return r.ok() ? Status{} : Status{r.error()}; }

QString urnFor(qint64 seq)
{
    const qint64 rest = seq / 100000;
    const QChar first(u'A' + int(rest % 676 / 26));
    const QChar second(u'A' + int(rest % 26));
    return QStringLiteral("%1%2%3%4%5")
        .arg(10 + rest / 676)
        .arg(first)
        .arg(second)
        .arg(seq % 100000, 5, 10, QLatin1Char('0'))
        .arg(24);
}

QString incidentToken(Context& c, int k) { return QStringLiteral("I%1n%2x%3").arg(c.seq).arg(k).arg(c.rng.bounded(3000)); }

Incident incidentFor(Context& c, qint64 caseId, const QString& token)
{
    Incident i;
    i.caseId = caseId;
    i.startUtc = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(c.rng.bounded(30'000'000));
    i.location = QStringLiteral("Outside 14 High Street");
    i.behaviours = {Behaviour::Contacting, Behaviour::Loitering};
    i.alarmOrDistress = true;
    i.description = descriptionFor(token);
    return i;
}

Person personFor(qint64 caseId, const QString& token, PersonRole role)
{
    Person p;
    p.caseId = caseId;
    p.role = role;
    p.forenames = QStringLiteral("Sam");
    p.surname = token;
    p.phones = {phoneFor(token)};
    return p;
}

// One incident of the case, or nullopt when it has none.
std::optional<Incident> anyIncident(Context& c, qint64 caseId)
{
    auto detail = c.service.loadCase(caseId);
    if (!detail.ok() || detail->incidents.isEmpty()) return std::nullopt;
    return detail->incidents.at(int(c.rng.bounded(qsizetype(detail->incidents.size()))));
}

std::optional<Planned> planImport(Context& c)
{
    CaseImport item;
    item.caseRecord.urn = urnFor(c.seq);
    item.caseRecord.officerInCase = QStringLiteral("PC-O%1").arg(c.seq);
    item.caseRecord.offences = {Offence::Stalking_s2A};
    QStringList people, incidents;
    const int personCount = 1 + int(c.rng.bounded(3));
    for (int k = 0; k < personCount; ++k) {
        people.append(QStringLiteral("P%1n%2").arg(c.seq).arg(k));
        item.people.append(personFor(0, people.last(), k == 0 ? PersonRole::Complainant : PersonRole::Suspect));
    }
    const int incidentCount = int(c.rng.bounded(9));
    for (int k = 0; k < incidentCount; ++k) {
        incidents.append(incidentToken(c, k));
        item.incidents.append(incidentFor(c, 0, incidents.last()));
    }
    Op op{c.seq, QStringLiteral("import"), item.caseRecord.urn,
          {item.caseRecord.officerInCase, people.join(u','), incidents.isEmpty() ? QStringLiteral("-") : incidents.join(u',')}};
    return Planned{op, [&c, item] { return statusOf(c.service.importCases({item})); }};
}

std::optional<Planned> planPerson(Context& c)
{
    const StoredCase target = c.anyCase();
    const QString token = QStringLiteral("P%1n0").arg(c.seq);
    return Planned{Op{c.seq, QStringLiteral("person"), target.urn, {token}},
                   [&c, p = personFor(target.id, token, PersonRole::Witness)] { return statusOf(c.service.addPerson(p)); }};
}

std::optional<Planned> planAdd(Context& c)
{
    const StoredCase target = c.anyCase();
    const QString token = incidentToken(c, 0);
    return Planned{Op{c.seq, QStringLiteral("add"), target.urn, {token}},
                   [&c, i = incidentFor(c, target.id, token)] { return statusOf(c.service.addIncident(i)); }};
}

std::optional<Planned> planUpdate(Context& c)
{
    const StoredCase target = c.anyCase();
    auto incident = anyIncident(c, target.id);
    if (!incident) return std::nullopt;
    const QString token = incidentToken(c, 0);
    const QString old = tokenOfDescription(incident->description);
    incident->description = descriptionFor(token);
    return Planned{Op{c.seq, QStringLiteral("update"), target.urn, {old, token}},
                   [&c, i = *incident] { return statusOf(c.service.updateIncident(i)); }};
}

std::optional<Planned> planRemove(Context& c)
{
    const StoredCase target = c.anyCase();
    auto incident = anyIncident(c, target.id);
    if (!incident) return std::nullopt;
    return Planned{Op{c.seq, QStringLiteral("remove"), target.urn, {tokenOfDescription(incident->description)}},
                   [&c, i = *incident] { return c.service.removeIncident(i); }};
}

std::optional<Planned> planOfficer(Context& c)
{
    const StoredCase target = c.anyCase();
    auto detail = c.service.loadCase(target.id);
    if (!detail.ok()) return std::nullopt;
    Case edited = detail->caseRecord;
    edited.officerInCase = QStringLiteral("PC-O%1").arg(c.seq);
    return Planned{Op{c.seq, QStringLiteral("officer"), target.urn, {edited.officerInCase}},
                   [&c, edited] { return statusOf(c.service.updateCase(edited)); }};
}

std::optional<Planned> planDelete(Context& c)
{
    const StoredCase target = c.anyCase();
    return Planned{Op{c.seq, QStringLiteral("delete"), target.urn, {}},
                   [&c, id = target.id] { return c.service.deleteCase(id); }};
}

struct Operation {
    const char* kind;
    int weight;   // relative frequency
    bool needsCase;
    std::optional<Planned> (*plan)(Context&);
};

// The mix of writes. EXTENSION POINT (risk assessments): add an entry here whose plan() saves an
// assessment through core's service with a unique token in it, with the matching line kind in
// CrashProtocol.h and the read-back in crash_harness.cpp.
constexpr Operation operations[] = {
    {"import", 30, false, &planImport},
    {"add", 25, true, &planAdd},
    {"update", 15, true, &planUpdate},
    {"remove", 10, true, &planRemove},
    {"person", 8, true, &planPerson},
    {"officer", 7, true, &planOfficer},
    {"delete", 5, true, &planDelete},
};

const Operation& chooseOperation(Context& c)
{
    // Keep the store near 150 cases, so that a 5,000-cycle run checks a database of steady size.
    const bool crowded = c.cases.size() > 150;
    int total = 0;
    for (const Operation& o : operations) total += crowded && QByteArray(o.kind) == "delete" ? 40 : o.weight;
    int pick = int(c.rng.bounded(total));
    for (const Operation& o : operations) {
        pick -= crowded && QByteArray(o.kind) == "delete" ? 40 : o.weight;
        if (pick < 0) return o;
    }
    return operations[0];
}

QList<StoredCase> storedCases(Database& db)
{
    QList<StoredCase> out;
    auto q = db.exec(QStringLiteral("SELECT id, urn FROM cases ORDER BY id"));
    if (!q.ok()) return out;
    while (q->next()) out.append({q->value(0).toLongLong(), q->value(1).toString()});
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) {
        std::fputs("usage: crash_writer DB INTENT_LOG ACK_LOG CYCLE SEED [MAX_WRITES]\n", stderr);
        return 2;
    }
    SyncedLog intents(args[2]);
    SyncedLog acknowledged(args[3]);
    const qint64 cycle = args[4].toLongLong();
    QRandomGenerator rng(args[5].toUInt());
    const int maxWrites = args.size() > 6 ? args[6].toInt() : 90000;
    if (!intents.isOpen() || !acknowledged.isOpen()) {
        std::fputs("crash_writer: cannot open the logs\n", stderr);
        return 2;
    }

    auto db = Database::openSqlite(args[1], {.createIfMissing = false});
    if (!db.ok()) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(db.error().text()));
        return 3;
    }
    // The harness made the account; the writer works as that officer, so every write also
    // carries its audit record, as in the application.
    auto account = UserRepository(*db.value()).findByName(QString::fromLatin1(writerAccount));
    if (!account.ok() || !account.value()) {
        std::fputs("crash_writer: the writer's account is missing\n", stderr);
        return 3;
    }
    CaseService service(*db.value(), Session{account.value()->user, QDateTime::currentDateTimeUtc()});
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    Context context{*db.value(), service, rng, 0, storedCases(*db.value())};
    for (int k = 0; k < maxWrites; ++k) {
        context.seq = cycle * 100000 + k;
        const Operation& operation = chooseOperation(context);
        if (operation.needsCase && context.cases.isEmpty()) continue;
        auto planned = operation.plan(context);
        if (!planned) continue;
        if (!intents.append(planned->op.toLine())) return 4;
        if (Status s = planned->perform(); !s.ok()) {
            std::fprintf(stderr, "crash_writer: %s failed: %s\n", operation.kind, qPrintable(s.error().text()));
            return 4;
        }
        if (!acknowledged.append(planned->op.toLine())) return 4;
        if (planned->op.kind == QLatin1String("import") || planned->op.kind == QLatin1String("delete"))
            context.cases = storedCases(*db.value());
    }
    return 0;
}
