#include "MessagesBench.h"

#include "BenchStats.h"

#include "messages/Attribution.h"
#include "messages/BurstGrouping.h"
#include "messages/WhatsAppReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace conduct::bench {

namespace {
using namespace conduct::messages;

// A chat between the suspect and the complainant over about two years: bursts of contact minutes
// apart, quiet spells of hours or days, some messages running over several lines, media left out,
// deleted messages and threats, as an Android phone writes it.
QByteArray fictionalChat(int messages, quint32 seed)
{
    QRandomGenerator random(seed);
    const char* const lines[] = {"Why are you ignoring me", "Answer the phone", "I know you're home", "I saw you today",
                                 "You'll regret this", "Please stop messaging me", "<Media omitted>", "This message was deleted",
                                 "I'm outside", "We need to talk\nI mean it\nAnswer me", "ok", "Leave me alone"};
    QByteArray out;
    out.reserve(qsizetype(messages) * 60);
    // About 16 minutes apart on average: 100,000 messages span some three years, all in the past.
    QDateTime wall(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);   // written as the phone's wall clock
    for (int i = 0; i < messages; ++i) {
        const quint32 step = random.bounded(1000u);
        wall = wall.addSecs(step < 970 ? qint64(random.bounded(20u, 400u)) : step < 998 ? qint64(random.bounded(2u, 7u)) * 3600
                                                                                        : qint64(random.bounded(1u, 4u)) * 86400);
        const bool fromSuspect = random.bounded(100u) < 80;
        out += wall.toString(QStringLiteral("dd/MM/yyyy, HH:mm")).toLatin1();
        out += fromSuspect ? " - Dan: " : " - Sam Taylor: ";
        out += lines[random.bounded(quint32(std::size(lines)))];
        out += '\n';
    }
    return out;
}

double median(const QList<double>& samples) { return Figure::percentile(samples, 0.5); }
} // namespace

int runMessagesBench(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int messages = 100000, runs = 7;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--messages") == 0) messages = QByteArray(argv[i + 1]).toInt();
        if (qstrcmp(argv[i], "--runs") == 0) runs = QByteArray(argv[i + 1]).toInt();
    }
    if (messages < 1 || runs < 1) {
        std::fprintf(stderr, "conduct-bench: --messages and --runs must be at least 1\n");
        return 2;
    }
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("WhatsApp Chat with Dan.txt"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(fictionalChat(messages, 29)) < 0) {
            std::fprintf(stderr, "conduct-bench: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const QList<CasePerson> people{{QStringLiteral("p-sam"), CaseRole::Complainant, {QStringLiteral("Sam Taylor")}, {}, {}, {}},
                                   {QStringLiteral("p-dan"), CaseRole::Suspect, {QStringLiteral("Dan")}, {}, {}, {}}};

    // Baseline: the same file read from disk and its lines counted.
    qint64 lineCount = 0;
    const QList<double> baseline = repeat(runs, [&] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return;
        lineCount = f.readAll().count('\n');
    });

    int contacts = 0, fromSuspect = 0, proposals = 0, days = 0;
    QList<double> readMs, groupMs;
    const QList<double> total = repeat(runs, [&] {
        QElapsedTimer phase;
        phase.start();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return;
        auto read = readWhatsAppText(QStringLiteral("WhatsApp Chat with Dan.txt"), f.readAll());
        if (!read.ok()) {
            std::fprintf(stderr, "conduct-bench: %s\n", qPrintable(read.error().text()));
            std::exit(1);
        }
        const MessageFile& file = read.value();
        readMs.append(double(phase.nsecsElapsed()) / 1e6);
        phase.restart();
        const WhoIsWho who = matchParties(file, people);
        const Attribution attribution(file, people, who.mappings);
        const QList<int> selected = selectContacts(file, attribution, {});
        const QList<BurstProposal> bursts = groupBursts(file, selected);
        const QMap<QDate, int> perDay = countsPerUkDay(file, selected);
        groupMs.append(double(phase.nsecsElapsed()) / 1e6);
        contacts = int(file.contacts.size());
        fromSuspect = int(selected.size());
        proposals = int(bursts.size());
        days = int(perDay.size());
    });

    std::printf("conduct-bench --messages: a fictional WhatsApp export of %d messages (%lld lines, %.1f MB), %d runs\n",
                messages, static_cast<long long>(lineCount), double(QFile(path).size()) / (1024.0 * 1024.0), runs);
    std::printf("  %-52s %10.1f ms\n", "baseline: read the file and count its lines", median(baseline));
    std::printf("  %-52s %10.1f ms\n", "read the chat (WhatsAppReader)", median(readMs));
    std::printf("  %-52s %10.1f ms\n", "who is who, suspect's contacts, bursts, per-day counts", median(groupMs));
    std::printf("  %-52s %10.1f ms  (%.0f x baseline; issue 29's target for read, group and the review page: < 2000 ms)\n",
                "read + group (median)", median(total), median(baseline) > 0 ? median(total) / median(baseline) : 0.0);
    std::printf("  %d contacts read, %d from the suspect grouped into %d proposed incidents over %d days\n",
                contacts, fromSuspect, proposals, days);
    return 0;
}

} // namespace conduct::bench
