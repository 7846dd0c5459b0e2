// The latency relay of issue 28 (tests/support/LatencyRelay.h): the delay it adds, what it counts
// on a scripted exchange, and cutting connections. A small acknowledging server stands in for
// PostgreSQL: it answers every read with one byte 'k', so each wait for an answer is one round trip.

#include "LatencyRelay.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace conduct::testing;

namespace {

// Accepts any number of clients on 127.0.0.1 and acknowledges every read with "k" (or, echoing,
// sends back what it read).
class AcknowledgingServer {
public:
    explicit AcknowledgingServer(bool echo = false)
    {
        m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        REQUIRE(::listen(m_listenFd, 8) == 0);
        socklen_t length = sizeof address;
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
        port = ntohs(address.sin_port);
        m_acceptor = std::thread([this, echo] {
            while (!m_stopping) {
                pollfd listening{m_listenFd, POLLIN, 0};
                if (::poll(&listening, 1, 20) <= 0) continue;
                const int client = ::accept(m_listenFd, nullptr, nullptr);
                if (client < 0) continue;
                m_clients.emplace_back([client, echo] {
                    char buffer[4096];
                    for (ssize_t n; (n = ::recv(client, buffer, sizeof buffer, 0)) > 0;) {
                        const size_t answer = echo ? size_t(n) : 1;
                        if (::send(client, echo ? buffer : "k", answer, MSG_NOSIGNAL) != ssize_t(answer)) break;
                    }
                    ::close(client);
                });
            }
        });
    }
    ~AcknowledgingServer()
    {
        m_stopping = true;
        m_acceptor.join();
        for (std::thread& t : m_clients) t.join();   // each ends when the relay closes its side
        ::close(m_listenFd);
    }
    quint16 port = 0;

private:
    int m_listenFd = -1;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_clients;
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    return fd;
}

void sendBytes(int fd, const std::string& bytes)
{
    REQUIRE(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == ssize_t(bytes.size()));
}

// Waits up to two seconds for the next bytes: what came, "" at the end of the stream, "timeout".
std::string receive(int fd)
{
    pollfd readable{fd, POLLIN, 0};
    if (::poll(&readable, 1, 2000) <= 0) return "timeout";
    char buffer[256];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    return n > 0 ? std::string(buffer, size_t(n)) : std::string();
}

std::string be32(quint32 value)
{
    return {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
}

// A PostgreSQL frontend message: type byte, length (itself included), body.
std::string message(char type, const std::string& body)
{
    std::string bytes(1, type);
    bytes += be32(quint32(body.size() + 4));
    bytes += body;
    return bytes;
}

std::string query(const std::string& sql)
{
    return message('Q', sql + '\0');
}
} // namespace

TEST_CASE("Latency relay: every answer comes back no sooner than the round trip it was given", "[relay]")
{
    AcknowledgingServer server;
    LatencyRelay relay(QStringLiteral("127.0.0.1"), server.port);
    REQUIRE(relay.start().ok());
    relay.setOneWayDelayMs(15);
    const int client = connectTo(relay.port());
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        sendBytes(client, "ping");
        REQUIRE(receive(client) == "k");
        CHECK(timer.nsecsElapsed() >= 30'000'000);   // 15 ms there, 15 ms back
    }
    ::close(client);
}

TEST_CASE("Latency relay: bytes keep their order, however they are delayed", "[relay]")
{
    AcknowledgingServer server(/*echo=*/true);
    LatencyRelay relay(QStringLiteral("127.0.0.1"), server.port);
    REQUIRE(relay.start().ok());
    relay.setOneWayDelayMs(50);   // long enough that all ten writes leave before any echo is back
    const int client = connectTo(relay.port());
    std::string sent;
    for (int i = 0; i < 10; ++i) {
        const std::string part(100, char('a' + i));
        sendBytes(client, part);
        sent += part;
    }
    std::string echoed;
    while (echoed.size() < sent.size()) {
        const std::string more = receive(client);
        REQUIRE(more != "timeout");
        REQUIRE_FALSE(more.empty());
        echoed += more;
    }
    CHECK(echoed == sent);
    CHECK(relay.counts().bytesToServer == 1000);
    CHECK(relay.counts().bytesToClient == 1000);
    CHECK(relay.counts().roundTrips == 1);   // nothing came back between the writes
    ::close(client);
}

TEST_CASE("Latency relay: counts round trips, bytes and PostgreSQL statements of a scripted exchange", "[relay]")
{
    AcknowledgingServer server;
    LatencyRelay relay(QStringLiteral("127.0.0.1"), server.port);
    REQUIRE(relay.start().ok());
    const int client = connectTo(relay.port());

    // What a PostgreSQL client sends: the start-up packet, a simple query, a PREPARE, an EXECUTE,
    // a DEALLOCATE, then an extended-protocol Parse, Bind, Execute and Sync sent together.
    const std::string startupBody = be32(3u << 16) + std::string("user\0conduct\0\0", 14);
    const std::vector<std::string> script{
        be32(quint32(startupBody.size() + 4)) + startupBody,
        query("SELECT 1"),
        query("PREPARE qpsqlpstmt_1 AS SELECT id FROM cases WHERE id = $1"),
        query("EXECUTE qpsqlpstmt_1 (7)"),
        query("deallocate qpsqlpstmt_1"),
        message('P', std::string("\0SELECT 2\0\0\0", 12)) + message('B', std::string(10, '\0')) +
            message('E', std::string("\0\0\0\0\0", 5)) + message('S', ""),
    };
    qint64 sent = 0;
    for (const std::string& step : script) {
        sendBytes(client, step);
        sent += qint64(step.size());
        REQUIRE(receive(client) == "k");   // wait for the answer: one round trip each
    }
    const RelayCounts counts = relay.counts();
    CHECK(counts.connections == 1);
    CHECK(counts.roundTrips == qint64(script.size()));
    CHECK(counts.bytesToServer == sent);
    CHECK(counts.bytesToClient == qint64(script.size()));
    CHECK(counts.statements == 5);     // four Query messages and one Execute
    CHECK(counts.preparations == 2);   // PREPARE and DEALLOCATE, whatever their case

    relay.resetCounts();
    sendBytes(client, query("SELECT 3"));
    REQUIRE(receive(client) == "k");
    CHECK(relay.counts().roundTrips == 1);
    CHECK(relay.counts().statements == 1);
    CHECK(relay.counts().connections == 0);   // counted when accepted, before the reset
    ::close(client);
}

TEST_CASE("Latency relay: cutting ends every open connection, and new ones still get through", "[relay]")
{
    AcknowledgingServer server;
    LatencyRelay relay(QStringLiteral("127.0.0.1"), server.port);
    REQUIRE(relay.start().ok());
    const int first = connectTo(relay.port());
    const int second = connectTo(relay.port());
    for (int fd : {first, second}) {
        sendBytes(fd, "hello");
        REQUIRE(receive(fd) == "k");
    }
    relay.cutAll();
    CHECK(receive(first).empty());    // the end of the stream, at once rather than a timeout
    CHECK(receive(second).empty());
    ::close(first);
    ::close(second);

    const int later = connectTo(relay.port());
    sendBytes(later, "again");
    CHECK(receive(later) == "k");
    CHECK(relay.counts().connections == 3);
    ::close(later);
}

TEST_CASE("Latency relay: a target that is not an IPv4 address is refused with the fix", "[relay]")
{
    LatencyRelay relay(QStringLiteral("db.example"), 5432);
    const conduct::Status started = relay.start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().field == QStringLiteral("Relay target"));
    CHECK(started.error().message.contains(QStringLiteral("127.0.0.1")));
}
