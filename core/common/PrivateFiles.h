#pragma once
// OFFICIAL-SENSITIVE data leaves Conduct only in files its owner alone can read (issue 24): the
// database, backups and bundles, and equally every PDF, CSV, PNG and SVG an officer exports. Two
// guards, so that neither a permissive umask nor an existing file's mode can widen a new file:
//  * restrictNewFilesToOwner() sets the process umask to 077 at start-up;
//  * openPrivately() opens a QSaveFile and sets 0600 on it before a byte is written (QSaveFile
//    would otherwise keep the mode of a file it replaces).

#include "common/Result.h"

#include <QFileDevice>
#include <QSaveFile>

namespace conduct {

inline constexpr QFileDevice::Permissions ownerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Call first thing in main(): files and folders made by this process are its owner's alone.
void restrictNewFilesToOwner();

// Opens `file` for writing with mode 0600. On failure the error names `field` and the path, and
// says what to do.
Status openPrivately(QSaveFile& file, const QString& field);

// Sets 0600 on an existing file (e.g. a settings file created by an older version with 0644);
// a missing file is not an error.
Status makeOwnerOnly(const QString& path, const QString& field);

} // namespace conduct
