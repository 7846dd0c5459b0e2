// conduct-latency-relay: the relay of LatencyRelay.h as a program, to put a force network's delay
// between a desk started by hand and a test server (issue 28), e.g. 20 ms a round trip:
//
//   conduct-latency-relay --to 127.0.0.1:55432 --delay-ms 10 [--port 6543] [--report-seconds 5]
//
// Prints the port it listens on, then every --report-seconds, and once more on Ctrl-C (or after
// --seconds), the connections, round trips, statements and bytes relayed so far.

#include "LatencyRelay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

using namespace conduct::testing;

namespace {
std::atomic<bool> interrupted{false};

void printCounts(const RelayCounts& c)
{
    QTextStream(stdout) << QStringLiteral("connections %1, round trips %2, statements %3 (%4 PREPARE/DEALLOCATE), "
                                          "bytes to server %5, to client %6")
                               .arg(c.connections).arg(c.roundTrips).arg(c.statements).arg(c.preparations)
                               .arg(c.bytesToServer).arg(c.bytesToClient)
                        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A TCP relay adding a fixed delay each way, counting round trips."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("to"), QStringLiteral("The server, as IPv4-ADDRESS:PORT."), QStringLiteral("address")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on at 127.0.0.1 (default: any free one)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("delay-ms"), QStringLiteral("Delay each way in milliseconds (default 10: 20 ms a round trip)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("report-seconds"), QStringLiteral("Print the counts this often (default 5)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Stop after this long (default: run until Ctrl-C)."), QStringLiteral("n")});
    parser.process(app);

    const QStringList target = parser.value(QStringLiteral("to")).split(u':');
    bool portOk = false;
    const uint targetPort = target.size() == 2 ? target[1].toUInt(&portOk) : 0;
    if (!portOk || targetPort == 0 || targetPort > 65535) {
        QTextStream(stderr) << "conduct-latency-relay: --to: give the server as IPv4-ADDRESS:PORT, e.g. 127.0.0.1:5432" << Qt::endl;
        return 2;
    }
    LatencyRelay relay(target[0], quint16(targetPort));
    relay.setOneWayDelayMs(parser.isSet(QStringLiteral("delay-ms")) ? parser.value(QStringLiteral("delay-ms")).toInt() : 10);
    if (conduct::Status started = relay.start(quint16(parser.value(QStringLiteral("port")).toUInt())); !started.ok()) {
        QTextStream(stderr) << "conduct-latency-relay: " << started.error().text() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QStringLiteral("relaying 127.0.0.1:%1 -> %2, %3 ms each way")
                               .arg(relay.port()).arg(parser.value(QStringLiteral("to"))).arg(relay.oneWayDelayMs())
                        << Qt::endl;
    std::signal(SIGINT, [](int) { interrupted = true; });
    std::signal(SIGTERM, [](int) { interrupted = true; });
    const int reportEvery = std::max(1, parser.isSet(QStringLiteral("report-seconds")) ? parser.value(QStringLiteral("report-seconds")).toInt() : 5);
    const int stopAfter = parser.value(QStringLiteral("seconds")).toInt();   // 0: no limit
    const auto began = std::chrono::steady_clock::now();
    auto lastReport = began;
    while (!interrupted) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const auto now = std::chrono::steady_clock::now();
        if (stopAfter > 0 && now - began >= std::chrono::seconds(stopAfter)) break;
        if (now - lastReport >= std::chrono::seconds(reportEvery)) {
            printCounts(relay.counts());
            lastReport = now;
        }
    }
    printCounts(relay.counts());
    return 0;
}
