#pragma once
// A TCP relay between the desk and a server that adds a fixed delay each way, as a force network
// does (issue 28): a one-way delay of 10 ms makes a round trip of 20 ms. Bytes keep their order.
// It counts what users pay for on such a network: round trips (a new one begins each time bytes
// from the client follow bytes from the server on a connection), bytes each way, connections,
// and, for PostgreSQL's wire protocol, the statements sent (simple Query and extended Execute
// messages). It can cut every open connection on request, as a failing network does (issue 30).
//
// POSIX sockets, two threads per connection (one per direction) and one that accepts. Listens on
// 127.0.0.1 only; the target is an IPv4 address. CONDUCT_RELAY_TRACE=1 prints the start of each
// PostgreSQL Query to stderr, to find the loop behind a count.

#include "common/Result.h"

#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace conduct::testing {

struct RelayCounts {
    qint64 connections = 0;      // accepted since the last reset
    qint64 roundTrips = 0;
    qint64 bytesToServer = 0;
    qint64 bytesToClient = 0;
    qint64 statements = 0;       // PostgreSQL Query ('Q') and Execute ('E') messages
    qint64 preparations = 0;     // of those, Query messages that PREPARE or DEALLOCATE a statement
};

class LatencyRelay {
public:
    LatencyRelay(QString targetAddress, quint16 targetPort);
    ~LatencyRelay();   // stops: cuts every connection and joins every thread
    LatencyRelay(const LatencyRelay&) = delete;
    LatencyRelay& operator=(const LatencyRelay&) = delete;

    // Binds 127.0.0.1 on `listenPort` (0: any free port) and starts accepting.
    Status start(quint16 listenPort = 0);
    quint16 port() const { return m_port; }

    // Applies to bytes read from now on; bytes already waiting keep the delay they were given.
    void setOneWayDelayMs(int milliseconds) { m_delayMs = std::max(0, milliseconds); }
    int oneWayDelayMs() const { return m_delayMs; }

    RelayCounts counts() const;
    void resetCounts();

    // Closes every open connection at once (both sides see the connection reset or closed); bytes
    // still waiting to be delivered are dropped. New connections are still accepted.
    void cutAll();

    struct Connection;   // one relayed client, defined in LatencyRelay.cpp

private:
    void acceptLoop();
    void reapFinished();

    QString m_targetAddress;
    quint16 m_targetPort;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<int> m_delayMs{0};
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;
    std::mutex m_connectionsMutex;
    std::vector<std::unique_ptr<Connection>> m_connections;

public:
    // Shared with the connection threads; atomics, so counts() never waits on a pump.
    struct Counters {
        std::atomic<qint64> connections{0};
        std::atomic<qint64> roundTrips{0};
        std::atomic<qint64> bytesToServer{0};
        std::atomic<qint64> bytesToClient{0};
        std::atomic<qint64> statements{0};
        std::atomic<qint64> preparations{0};
    };

private:
    Counters m_counters;
};

} // namespace conduct::testing
