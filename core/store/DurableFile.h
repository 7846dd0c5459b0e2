#pragma once
// File operations that survive a crash or power cut: data flushed to the disk before it is
// given its final name, renames that never replace an existing file, and the folder entry
// flushed after a rename. Used by backups and restore; the case database itself is SQLite's job.

#include "common/Result.h"

#include <QString>

#include <functional>

namespace conduct {

Status syncFile(const QString& path);        // fsync: the file's bytes are on the disk
Status syncFolderOf(const QString& path);    // fsync of the folder: a new or renamed entry is on the disk

// Renames `from` to `to` and flushes the folder. Fails, changing nothing, if `to` exists.
Status renameDurably(const QString& from, const QString& to);

// Tests only: while set, a rename for which `fails(from, to)` is true fails as a full or broken
// disk would, so the recovery paths of backup and restore can be proved. Pass {} to clear.
void setRenameFaultForTests(std::function<bool(const QString& from, const QString& to)> fails);

// Copies `from` into a new file `to` (mode 0600; fails if `to` exists) and flushes it.
// On failure `to` is removed.
Status copyToNewPrivateFile(const QString& from, const QString& to);

} // namespace conduct
