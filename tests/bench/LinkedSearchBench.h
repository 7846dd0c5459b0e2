#pragma once
// Measurements of linked-incident search at force scale (about 1,000,000 people in 100,000
// cases): synthetic data, the median time of a linked-person search (top 20) and of a full-text
// incident search, each against a naive LIKE scan of the same database in the same run.
//
// Header-only so that it can move into the project's benchmark program (conduct-bench) as it
// is: it needs only conduct_core. Today it is run by the hidden Catch test
// "[.linkedbench]" in tests/core/test_linked_search_bench.cpp.

#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/LinkedSearchService.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/SearchIndex.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <ctime>
#include <functional>

namespace conduct::bench {

struct SyntheticOptions {
    int cases = 100000;
    int peoplePerCase = 10;      // 2 complainants, 2 suspects, 6 witnesses
    int incidentsPerCase = 10;
    int casesPerBatch = 1000;    // one importCases transaction each
    int firstCase = 0;           // > 0 resumes an interrupted build (URNs continue from here)
    quint32 seed = 20240501;
};

struct Timing {
    double medianCpuMs = 0;   // this process's CPU time: comparable on a busy, shared machine
    double medianMs = 0;      // wall-clock time
    double p90Ms = 0;
    double maxMs = 0;
    int runs = 0;
};

inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline Timing timeRuns(const QList<std::function<void()>>& runs)
{
    QList<double> ms, cpu;
    for (const auto& run : runs) {
        QElapsedTimer t;
        const double cpuBefore = processCpuMs();
        t.start();
        run();
        ms.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(processCpuMs() - cpuBefore);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    Timing out;
    if (!cpu.isEmpty()) out.medianCpuMs = cpu.size() % 2 ? cpu[cpu.size() / 2] : (cpu[cpu.size() / 2 - 1] + cpu[cpu.size() / 2]) / 2;
    out.runs = int(ms.size());
    if (ms.isEmpty()) return out;
    out.medianMs = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    out.p90Ms = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.9))];
    out.maxMs = ms.last();
    return out;
}

// Names with a realistic spread: a few very common surnames, a long tail of rare ones.
namespace names {
inline const QStringList commonSurnames = {
    QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Williams"), QStringLiteral("Taylor"),
    QStringLiteral("Brown"), QStringLiteral("Davies"), QStringLiteral("Evans"), QStringLiteral("Wilson"),
    QStringLiteral("Thomas"), QStringLiteral("Johnson"), QStringLiteral("Roberts"), QStringLiteral("Robinson"),
    QStringLiteral("Thompson"), QStringLiteral("Wright"), QStringLiteral("Walker"), QStringLiteral("White"),
    QStringLiteral("Edwards"), QStringLiteral("Hughes"), QStringLiteral("Green"), QStringLiteral("Hall"),
    QStringLiteral("Lewis"), QStringLiteral("Harris"), QStringLiteral("Clarke"), QStringLiteral("Patel"),
    QStringLiteral("Jackson"), QStringLiteral("Wood"), QStringLiteral("Turner"), QStringLiteral("Martin"),
    QStringLiteral("Cooper"), QStringLiteral("Hill"), QStringLiteral("Ward"), QStringLiteral("Morris"),
    QStringLiteral("Moore"), QStringLiteral("Clark"), QStringLiteral("Lee"), QStringLiteral("King"),
    QStringLiteral("Baker"), QStringLiteral("Harrison"), QStringLiteral("Morgan"), QStringLiteral("Allen"),
    QStringLiteral("O'Neill"), QStringLiteral("McDonald"), QStringLiteral("Khan"), QStringLiteral("Ali"),
    QStringLiteral("Singh"), QStringLiteral("Murphy"), QStringLiteral("Kelly"), QStringLiteral("Price")};
inline const QStringList forenames = {
    QStringLiteral("John"), QStringLiteral("Jon"), QStringLiteral("Jonathan"), QStringLiteral("David"),
    QStringLiteral("Dave"), QStringLiteral("Michael"), QStringLiteral("Mike"), QStringLiteral("James"),
    QStringLiteral("Jim"), QStringLiteral("Robert"), QStringLiteral("Rob"), QStringLiteral("Paul"),
    QStringLiteral("Mark"), QStringLiteral("Andrew"), QStringLiteral("Andy"), QStringLiteral("Peter"),
    QStringLiteral("Steven"), QStringLiteral("Stephen"), QStringLiteral("Richard"), QStringLiteral("Daniel"),
    QStringLiteral("Thomas"), QStringLiteral("Christopher"), QStringLiteral("Chris"), QStringLiteral("Matthew"),
    QStringLiteral("Sarah"), QStringLiteral("Sara"), QStringLiteral("Elizabeth"), QStringLiteral("Liz"),
    QStringLiteral("Beth"), QStringLiteral("Emma"), QStringLiteral("Claire"), QStringLiteral("Clare"),
    QStringLiteral("Laura"), QStringLiteral("Rebecca"), QStringLiteral("Becky"), QStringLiteral("Katherine"),
    QStringLiteral("Kate"), QStringLiteral("Catherine"), QStringLiteral("Rachel"), QStringLiteral("Helen"),
    QStringLiteral("Amy"), QStringLiteral("Jessica"), QStringLiteral("Jess"), QStringLiteral("Hannah"),
    QStringLiteral("Lucy"), QStringLiteral("Sophie"), QStringLiteral("Mohammed"), QStringLiteral("Aisha")};
inline const QStringList syllables = {
    QStringLiteral("ash"), QStringLiteral("bur"), QStringLiteral("cot"), QStringLiteral("dal"), QStringLiteral("ell"),
    QStringLiteral("fen"), QStringLiteral("gar"), QStringLiteral("hol"), QStringLiteral("ing"), QStringLiteral("kir"),
    QStringLiteral("lan"), QStringLiteral("mer"), QStringLiteral("nor"), QStringLiteral("ock"), QStringLiteral("pen"),
    QStringLiteral("quin"), QStringLiteral("ros"), QStringLiteral("sut"), QStringLiteral("tan"), QStringLiteral("ver"),
    QStringLiteral("wick"), QStringLiteral("ton"), QStringLiteral("ley"), QStringLiteral("by"), QStringLiteral("ham"),
    QStringLiteral("worth"), QStringLiteral("field"), QStringLiteral("well"), QStringLiteral("more"), QStringLiteral("ford")};
} // namespace names

// Words for incident descriptions, from very common to rare, so that FTS has realistic lists.
namespace words {
inline const QStringList common = {
    QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("sent"), QStringLiteral("message"), QStringLiteral("outside"),
    QStringLiteral("house"), QStringLiteral("waited"), QStringLiteral("called"), QStringLiteral("phone"), QStringLiteral("again"),
    QStringLiteral("work"), QStringLiteral("car"), QStringLiteral("followed"), QStringLiteral("shouted"), QStringLiteral("door")};
inline const QStringList rarer = {
    QStringLiteral("flowers"), QStringLiteral("letter"), QStringLiteral("parcel"), QStringLiteral("knife"), QStringLiteral("gate"),
    QStringLiteral("window"), QStringLiteral("garden"), QStringLiteral("bus"), QStringLiteral("station"), QStringLiteral("school"),
    QStringLiteral("gym"), QStringLiteral("pub"), QStringLiteral("instagram"), QStringLiteral("facebook"), QStringLiteral("whatsapp"),
    QStringLiteral("tracker"), QStringLiteral("camera"), QStringLiteral("threatened"), QStringLiteral("punched"), QStringLiteral("smashed"),
    QStringLiteral("tyres"), QStringLiteral("photographs"), QStringLiteral("voicemail"), QStringLiteral("balaclava"), QStringLiteral("crowbar")};
} // namespace words

inline QString pick(QRandomGenerator& rng, const QStringList& list) { return list.at(int(rng.bounded(quint32(list.size())))); }

inline QString syntheticSurname(QRandomGenerator& rng)
{
    if (rng.bounded(100u) < 55) return pick(rng, names::commonSurnames);
    QString s = pick(rng, names::syllables) + pick(rng, names::syllables);
    if (rng.bounded(2u)) s += pick(rng, names::syllables);
    s[0] = s[0].toUpper();
    return s;
}

inline QList<CaseImport> syntheticBatch(int firstCase, int count, const SyntheticOptions& o, QRandomGenerator& rng)
{
    QList<CaseImport> batch;
    const QDateTime now = Clock::nowUtc();
    const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
    for (int c = firstCase; c < firstCase + count; ++c) {
        CaseImport item;
        // 45 + two letters + 5-digit serial + year: unique for up to 23*23*100000 cases.
        item.caseRecord.urn = QStringLiteral("45%1%2%3%4")
                                  .arg(letters[(c / 100000) % letters.size()]).arg(letters[(c / 100000 / letters.size()) % letters.size()])
                                  .arg(c % 100000, 5, 10, QLatin1Char('0')).arg(24);
        item.caseRecord.officerInCase = QStringLiteral("PC %1 Bench").arg(1000 + c % 500);
        item.caseRecord.offences = {Offence::Stalking_s2A};
        for (int i = 0; i < o.peoplePerCase; ++i) {
            Person p;
            p.role = i < 2 ? PersonRole::Complainant : (i < 4 ? PersonRole::Suspect : PersonRole::Witness);
            p.forenames = pick(rng, names::forenames);
            p.surname = syntheticSurname(rng);
            if (rng.bounded(100u) < 80)
                p.dateOfBirth = QDate(1950, 1, 1).addDays(qint64(rng.bounded(20000u)));
            if (rng.bounded(100u) < 50)
                p.phones = {QStringLiteral("07700 %1").arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0'))};
            if (rng.bounded(100u) < 30)
                p.emails = {QStringLiteral("%1.%2%3@example.org").arg(p.forenames.toLower(), p.surname.toLower()).arg(rng.bounded(100u))};
            item.people.append(p);
        }
        for (int i = 0; i < o.incidentsPerCase; ++i) {
            Incident inc;
            inc.startUtc = now.addSecs(-qint64(rng.bounded(3u * 365 * 24 * 3600)));
            inc.online = rng.bounded(100u) < 40;
            if (inc.online) inc.platform = pick(rng, {QStringLiteral("Instagram"), QStringLiteral("WhatsApp"), QStringLiteral("Facebook")});
            else inc.location = QStringLiteral("%1 Street").arg(syntheticSurname(rng));
            inc.behaviours = {inc.online ? Behaviour::Contacting : Behaviour::Loitering};
            QStringList text;
            const int length = 12 + int(rng.bounded(30u));
            for (int w = 0; w < length; ++w)
                text.append(rng.bounded(100u) < 85 ? pick(rng, words::common) : pick(rng, words::rarer));
            inc.description = text.join(u' ') + QLatin1Char('.');
            item.incidents.append(inc);
        }
        batch.append(item);
    }
    return batch;
}

// Fills an empty database in batches; `progress` gets the number of cases written so far.
inline Status buildSyntheticDatabase(Database& db, const Session& session, const SyntheticOptions& o,
                                     const std::function<void(int)>& progress = {})
{
    QRandomGenerator rng(o.seed + quint32(o.firstCase));
    CaseService service(db, session);
    const SearchIndex index(db);
    for (int first = o.firstCase; first < o.cases; first += o.casesPerBatch) {
        const int count = std::min(o.casesPerBatch, o.cases - first);
        auto written = service.importCases(syntheticBatch(first, count, o, rng));
        if (!written.ok()) return written.error();
        // Keep the full-text queue short, as the application does on its next search.
        if (Status s = index.syncIncidentText(); !s.ok()) return s;
        if (progress) progress(first + count);
    }
    return {};
}

struct LinkedSearchFigures {
    qint64 people = 0, incidents = 0;
    Timing personSearchFirst;   // the same probes the first time: index pages not yet in SQLite's cache
    Timing personSearch;        // LinkedSearchService::findPersonElsewhere, top 20, each probe's second search
    Timing personNaive;         // surname LIKE + date of birth over every person
    Timing textSearch;          // SearchIndex::searchIncidents, top 20
    Timing textNaive;           // LIKE over every description and location
    double meanMatches = 0;
};

// `probes` people taken from the database, each searched for with a variant of their name and,
// for every other one, day and month of birth transposed.
inline Result<LinkedSearchFigures> measureLinkedSearch(Database& db, const Session& session, int probes = 60,
                                                       int naiveRuns = 5)
{
    LinkedSearchFigures f;
    f.people = db.scalar(QStringLiteral("SELECT count(*) FROM people"))->toLongLong();
    f.incidents = db.scalar(QStringLiteral("SELECT count(*) FROM incidents"))->toLongLong();
    auto ids = db.exec(QStringLiteral("SELECT id FROM people WHERE id % 9973 = 1 LIMIT ?"), {probes});
    if (!ids.ok()) return ids.error();
    QList<qint64> probeIds;
    while (ids->next()) probeIds.append(ids->value(0).toLongLong());
    QList<Person> people;
    const PersonRepository repo(db);
    for (qint64 id : probeIds) {
        auto p = repo.get(id);
        if (!p.ok()) return p.error();
        Person probe = p.value();
        probe.forenames = probe.forenames.toUpper();
        probe.surname = probe.surname.toUpper();
        if (people.size() % 2 && probe.dateOfBirth.isValid() && probe.dateOfBirth.day() <= 12)
            probe.dateOfBirth = QDate(probe.dateOfBirth.year(), probe.dateOfBirth.day(), probe.dateOfBirth.month());
        people.append(probe);
    }
    LinkedSearchService service(db, session);
    int matches = 0;
    QList<std::function<void()>> runs;
    for (const Person& probe : people)
        runs.append([&, probe] { matches += int(service.findPersonElsewhere(probe, 20)->size()); });
    // An officer searches, refines and searches again; the first pass also reads the index into
    // SQLite's page cache, so both passes are reported (the second is the figure to compare).
    f.personSearchFirst = timeRuns(runs);
    matches = 0;
    f.personSearch = timeRuns(runs);
    f.meanMatches = people.isEmpty() ? 0 : double(matches) / people.size();

    runs.clear();
    for (int i = 0; i < std::min(naiveRuns, int(people.size())); ++i) {
        const Person probe = people[i];
        runs.append([&db, probe] {
            // Every candidate, as ranking needs them all: no early stop at a LIMIT.
            auto q = db.exec(QStringLiteral("SELECT count(*) FROM people WHERE (surname LIKE ? OR date_of_birth = ?) AND case_id <> ?"),
                             {probe.surname, toDbDate(probe.dateOfBirth), probe.caseId});
            while (q.ok() && q->next()) {}
        });
    }
    f.personNaive = timeRuns(runs);

    const SearchIndex index(db);
    (void)index.syncIncidentText();
    const QStringList queries = {QStringLiteral("knife"), QStringLiteral("balaclava crowbar"), QStringLiteral("tracker"),
                                 QStringLiteral("flowers gate"), QStringLiteral("voicemail"), QStringLiteral("message outside"),
                                 QStringLiteral("smashed tyres"), QStringLiteral("instagram photographs"),
                                 QStringLiteral("punched"), QStringLiteral("parcel")};
    runs.clear();
    for (int round = 0; round < 3; ++round)
        for (const QString& q : queries) runs.append([&index, q] { (void)index.searchIncidents(q, 20); });
    f.textSearch = timeRuns(runs);
    runs.clear();
    for (int i = 0; i < std::min(naiveRuns, int(queries.size())); ++i) {
        const QString q = queries[i];
        runs.append([&index, q] { (void)index.scanIncidentsLike(q, 20); });
    }
    f.textNaive = timeRuns(runs);
    return f;
}

} // namespace conduct::bench
