#pragma once
// Polls the store for other desks' changes (core/services/ChangeWatcher.h) and says when there
// were some, so the case list and the review queue show them without the officer asking.

#include "services/ChangeWatcher.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace conduct {

class LiveUpdates : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 3000;   // "a small interval" (issue 12); one indexed read each

    explicit LiveUpdates(QObject* parent = nullptr);
    void watch(const Database& db);   // a new store: starts from its current state
    void setInterval(int ms) { m_timer.setInterval(ms); }

signals:
    void changed();

private:
    void poll();

    QTimer m_timer;
    std::unique_ptr<ChangeWatcher> m_watcher;
};

} // namespace conduct
