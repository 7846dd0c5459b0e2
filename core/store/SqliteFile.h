#pragma once
// Checks on a database file made before SQLite touches it, so that a file that is not a
// Conduct database is refused with a clear message and left byte-for-byte unchanged.

#include "common/Result.h"

#include <QString>

namespace conduct {

enum class FileState { Missing, ExistingSqlite };

// Refuses directories, missing parent folders, empty files, non-SQLite files and truncated
// SQLite files (the header's page count larger than the file).
Result<FileState> inspectDatabaseFile(const QString& path);

// Creates an empty file readable and writable by its owner only (0600), failing if it exists.
// SQLite gives the -wal and -shm files the same mode as the database file.
Status createPrivateFile(const QString& path);

// Moves a finished new database from `from` to `to` without ever replacing a file at `to`
// (link + unlink), then syncs the folder so the new name survives a power cut.
Status publishNewFile(const QString& from, const QString& to);

} // namespace conduct
