#include "LatencyRelay.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <string>

namespace conduct::testing {
namespace {

using SteadyClock = std::chrono::steady_clock;

enum Direction : int { NoneYet = 0, ToServer = 1, ToClient = 2 };

quint32 bigEndian32(const std::string& bytes, size_t at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) | (quint32(quint8(bytes[at + 2])) << 8)
           | quint32(quint8(bytes[at + 3]));
}

// Follows PostgreSQL's frontend (client to server) protocol closely enough to count statements:
// the untyped start-up messages (SSL and GSS requests, then the start-up packet), then typed
// messages of one type byte and a length. Bodies are skipped, not kept, except the first bytes of
// a Query, which say whether it prepares or deallocates a statement (Qt's PostgreSQL driver
// prepares with PREPARE and frees with DEALLOCATE, each a round trip of its own). Anything that is
// not this protocol (an encrypted stream, another server) makes it stop counting.
class PostgresStatementCounter {
public:
    void feed(const char* data, size_t size, LatencyRelay::Counters& counters)
    {
        while (size > 0 && !m_gaveUp) {
            if (m_bodyLeft > 0) {
                const size_t take = std::min<size_t>(size, size_t(m_bodyLeft));
                if (m_prefixWanted > 0) {
                    const size_t keep = std::min<size_t>(take, m_prefixWanted - m_prefix.size());
                    m_prefix.append(data, keep);
                    if (m_prefix.size() == m_prefixWanted) classifyQuery(counters);
                }
                m_bodyLeft -= qint64(take);
                data += take;
                size -= take;
                if (m_bodyLeft == 0 && m_prefixWanted > 0) classifyQuery(counters);
                continue;
            }
            const size_t headerSize = m_startingUp ? 8 : 5;
            const size_t take = std::min(size, headerSize - m_header.size());
            m_header.append(data, take);
            data += take;
            size -= take;
            if (m_header.size() == headerSize) readHeader(counters);
        }
    }

private:
    // CONDUCT_RELAY_TRACE=1 prints the start of every Query sent: to find which loop makes the trips.
    static bool tracing()
    {
        static const bool on = qEnvironmentVariableIntValue("CONDUCT_RELAY_TRACE") == 1;
        return on;
    }

    void readHeader(LatencyRelay::Counters& counters)
    {
        if (m_startingUp) {
            const quint32 length = bigEndian32(m_header, 0);
            const quint32 code = bigEndian32(m_header, 4);
            constexpr quint32 protocol3 = 3u << 16, sslRequest = 80877103, gssRequest = 80877104;
            if (length < 8 || length > 10000 || (code != protocol3 && code != sslRequest && code != gssRequest)) {
                m_gaveUp = true;
                return;
            }
            m_startingUp = code != protocol3;
            m_bodyLeft = qint64(length) - 8;
        } else {
            const char type = m_header[0];
            const quint32 length = bigEndian32(m_header, 1);
            if (length < 4) {
                m_gaveUp = true;
                return;
            }
            if (type == 'Q' || type == 'E') ++counters.statements;
            if (type == 'Q') {
                m_prefix.clear();
                m_prefixWanted = tracing() ? 160 : std::strlen("DEALLOCATE");
            }
            m_bodyLeft = qint64(length) - 4;
            if (m_bodyLeft == 0 && m_prefixWanted > 0) classifyQuery(counters);
        }
        m_header.clear();
    }

    void classifyQuery(LatencyRelay::Counters& counters)
    {
        const QByteArray start = QByteArray::fromStdString(m_prefix).toUpper();
        if (start.startsWith("PREPARE") || start.startsWith("DEALLOCATE")) ++counters.preparations;
        if (tracing()) std::fprintf(stderr, "relay: %s\n", QByteArray::fromStdString(m_prefix).simplified().constData());
        m_prefixWanted = 0;
    }

    bool m_startingUp = true;
    bool m_gaveUp = false;
    std::string m_header;
    qint64 m_bodyLeft = 0;
    std::string m_prefix;
    size_t m_prefixWanted = 0;
};

bool sendAll(int fd, const std::string& bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        sent += size_t(n);
    }
    return true;
}

void noDelay(int fd)
{
    // Small protocol messages must leave at once: Nagle's algorithm would add its own delay.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}
} // namespace

struct LatencyRelay::Connection {
    int clientFd = -1;
    int serverFd = -1;
    std::atomic<int> lastDirection{NoneYet};
    std::atomic<int> pumpsRunning{2};
    std::thread toServer;
    std::thread toClient;

    void cut() const
    {
        ::shutdown(clientFd, SHUT_RDWR);
        ::shutdown(serverFd, SHUT_RDWR);
    }
    ~Connection()
    {
        cut();
        if (toServer.joinable()) toServer.join();
        if (toClient.joinable()) toClient.join();
        ::close(clientFd);
        ::close(serverFd);
    }

    // Moves bytes from one socket to the other, each chunk held until its delay has passed.
    void pump(int from, int to, Direction direction, Counters& counters, const std::atomic<int>& delayMs)
    {
        struct Chunk {
            SteadyClock::time_point due;
            std::string bytes;
        };
        std::deque<Chunk> waiting;
        PostgresStatementCounter statements;
        bool sourceOpen = true;
        char buffer[64 * 1024];
        while (sourceOpen || !waiting.empty()) {
            timespec wait{};
            timespec* timeout = nullptr;   // nothing waiting: sleep until bytes come
            if (!waiting.empty()) {
                const auto left = std::max(SteadyClock::duration::zero(), waiting.front().due - SteadyClock::now());
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
                wait = {time_t(ns / 1000000000), long(ns % 1000000000)};
                timeout = &wait;
            }
            pollfd source{from, POLLIN, 0};
            const int ready = ::ppoll(&source, sourceOpen ? 1 : 0, timeout, nullptr);
            if (ready > 0 && (source.revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
                if (n <= 0 && !(n < 0 && errno == EINTR)) {
                    sourceOpen = false;
                } else if (n > 0) {
                    if (direction == ToServer) {
                        if (lastDirection.exchange(ToServer) != ToServer) ++counters.roundTrips;
                        counters.bytesToServer += n;
                        statements.feed(buffer, size_t(n), counters);
                    } else {
                        lastDirection = ToClient;
                        counters.bytesToClient += n;
                    }
                    waiting.push_back({SteadyClock::now() + std::chrono::milliseconds(delayMs.load()), std::string(buffer, size_t(n))});
                }
            }
            while (!waiting.empty() && waiting.front().due <= SteadyClock::now()) {
                if (!sendAll(to, waiting.front().bytes)) {   // the far side is gone: so is this direction
                    waiting.clear();
                    sourceOpen = false;
                    break;
                }
                waiting.pop_front();
            }
        }
        ::shutdown(to, SHUT_WR);   // pass the end of the stream on, once every byte before it is delivered
        --pumpsRunning;
    }
};

LatencyRelay::LatencyRelay(QString targetAddress, quint16 targetPort)
    : m_targetAddress(std::move(targetAddress)), m_targetPort(targetPort)
{
}

LatencyRelay::~LatencyRelay()
{
    m_stopping = true;
    if (m_acceptor.joinable()) m_acceptor.join();
    cutAll();
    if (m_listenFd >= 0) ::close(m_listenFd);
}

Status LatencyRelay::start(quint16 listenPort)
{
    sockaddr_in target{};
    if (::inet_pton(AF_INET, m_targetAddress.toLatin1().constData(), &target.sin_addr) != 1)
        return Error{QStringLiteral("Relay target"),
                     QStringLiteral("'%1' is not an IPv4 address; give the server as digits, e.g. 127.0.0.1.").arg(m_targetAddress)};
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(listenPort);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(m_listenFd, 64) != 0)
        return Error{QStringLiteral("Relay port"), QStringLiteral("Could not listen on 127.0.0.1:%1 (%2); choose a free port, or 0 for any.")
                                                       .arg(listenPort).arg(QString::fromLocal8Bit(std::strerror(errno)))};
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return {};
}

void LatencyRelay::acceptLoop()
{
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(m_targetPort);
    ::inet_pton(AF_INET, m_targetAddress.toLatin1().constData(), &target.sin_addr);
    while (!m_stopping) {
        pollfd listening{m_listenFd, POLLIN, 0};
        if (::poll(&listening, 1, 50) <= 0) continue;   // wakes now and then to see whether to stop
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::connect(server, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) {
            ::close(server);
            ::close(client);   // the client sees the server unreachable, as it would without the relay
            continue;
        }
        noDelay(client);
        noDelay(server);
        ++m_counters.connections;
        auto connection = std::make_unique<Connection>();
        connection->clientFd = client;
        connection->serverFd = server;
        reapFinished();
        // Listed before a byte can pass, so that a cut right after the first exchange reaches it.
        std::lock_guard lock(m_connectionsMutex);
        Connection* c = m_connections.emplace_back(std::move(connection)).get();
        c->toServer = std::thread([this, c] { c->pump(c->clientFd, c->serverFd, ToServer, m_counters, m_delayMs); });
        c->toClient = std::thread([this, c] { c->pump(c->serverFd, c->clientFd, ToClient, m_counters, m_delayMs); });
    }
}

void LatencyRelay::reapFinished()
{
    std::lock_guard lock(m_connectionsMutex);
    std::erase_if(m_connections, [](const std::unique_ptr<Connection>& c) { return c->pumpsRunning == 0; });
}

RelayCounts LatencyRelay::counts() const
{
    return {m_counters.connections, m_counters.roundTrips, m_counters.bytesToServer,
            m_counters.bytesToClient, m_counters.statements, m_counters.preparations};
}

void LatencyRelay::resetCounts()
{
    m_counters.connections = 0;
    m_counters.roundTrips = 0;
    m_counters.bytesToServer = 0;
    m_counters.bytesToClient = 0;
    m_counters.statements = 0;
    m_counters.preparations = 0;
}

void LatencyRelay::cutAll()
{
    std::vector<std::unique_ptr<Connection>> cut;
    {
        std::lock_guard lock(m_connectionsMutex);
        cut.swap(m_connections);
    }
    for (const auto& c : cut) c->cut();
    cut.clear();   // joins each connection's threads and closes its sockets
}

} // namespace conduct::testing
