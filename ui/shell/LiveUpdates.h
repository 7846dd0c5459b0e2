#pragma once
// Polls the store for other desks' changes (core/services/ChangeWatcher.h) and says when there
// were some, so the case list and the review queue show them without the officer asking. It also
// says who saved them, when someone other than the signed-in user did (issue 31).

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
    // A new store, watched for `userId`: starts from its current state.
    void watch(const Database& db, qint64 userId);
    void setInterval(int ms) { m_timer.setInterval(ms); }

    // Of the changes just reported, the newest someone else saved; none when all were the user's own.
    const std::optional<ChangeByOther>& lastChangeByOther() const { return m_byOther; }
    // Of the same changes, the newest someone else saved on each case (issue 30: an open case says so).
    const QList<ChangeByOther>& lastCaseChangesByOthers() const { return m_caseChanges; }

signals:
    void changed();

private:
    void poll();

    QTimer m_timer;
    std::unique_ptr<ChangeWatcher> m_watcher;
    qint64 m_userId = 0;
    std::optional<ChangeByOther> m_byOther;
    QList<ChangeByOther> m_caseChanges;
};

} // namespace conduct
