#pragma once
// The schema's history: ordered steps, each run in one transaction with the version bump,
// so a failed step leaves the database exactly as it was.

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <functional>

#include "store/Database.h"

namespace conduct {

struct Migration {
    int toVersion;
    const char* description;
    std::function<QStringList(Engine)> statements;   // engine-specific SQL where needed
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// Applies every step above the database's version. Takes a backup first when asked and the
// database already holds data.
Status runMigrations(Database& db, bool backupFirst);

// A consistent copy of the whole database (VACUUM INTO) in a new file created with mode 0600.
Status backupInto(const Database& db, const QString& target);

// Where automatic backups go: a "backups" folder beside the database.
QString backupFolderFor(const QString& databasePath);

} // namespace conduct
