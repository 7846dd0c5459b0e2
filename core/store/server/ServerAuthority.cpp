#include "store/server/ServerAuthority.h"

#include "store/Database.h"

#include <QHash>
#include <QMutex>

namespace conduct {

bool writesAuthorityThroughServer(const Database& db)
{
    if (db.engine() != Engine::Postgres) return false;
    // Connection names are unique per opening (a new UUID each time), so an answer never outlives
    // the store it was asked of; the set grows by one short entry per opening.
    static QMutex mutex;
    static QHash<QString, bool> answers;
    {
        QMutexLocker lock(&mutex);
        if (const auto known = answers.constFind(db.connectionName()); known != answers.cend()) return *known;
    }
    auto found = db.scalar(QStringLiteral("SELECT to_regprocedure('conduct_submit_assessment(bigint)') IS NOT NULL"));
    // A failed question is not remembered: the next write asks again rather than guess.
    if (!found.ok()) return false;
    const bool throughServer = found->toBool();
    QMutexLocker lock(&mutex);
    answers.insert(db.connectionName(), throughServer);
    return throughServer;
}

} // namespace conduct
