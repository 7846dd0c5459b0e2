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
    // Optional C++ work run after the statements, in the same transaction, for data SQL cannot
    // derive: e.g. the person search keys of v3, made by core/search's name rules. A failure
    // rolls the whole step back like a failed statement. Empty for SQL-only steps.
    std::function<Status(Database&)> afterStatements = {};
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// TESTS ONLY: steps appended after the released ones (e.g. one that fails on purpose, to prove
// a failed upgrade leaves the file as it was). Pass {} to remove them. Never called by the program.
void setExtraMigrationsForTesting(QList<Migration> steps);

// Applies every step above the database's version. Takes a backup first when asked and the
// database already holds data.
Status runMigrations(Database& db, bool backupFirst);

// A consistent copy of the whole database (VACUUM INTO) in a new file created with mode 0600.
Status backupInto(const Database& db, const QString& target);

// Where automatic backups go: a "backups" folder beside the database.
QString backupFolderFor(const QString& databasePath);

} // namespace conduct
