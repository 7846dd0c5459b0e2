#pragma once
// Where Conduct keeps its files by default (QStandardPaths::AppDataLocation, e.g.
// ~/.local/share/conduct/ on Linux). Both the app and the command line use these.

#include "common/Result.h"

#include <QString>

namespace conduct {

QString defaultDatabasePath();   // .../conduct.sqlite
QString exampleDatabasePath();   // .../example.sqlite: the fictional demo case, kept apart from real cases
// Creates the data folder (mode 0700) if needed.
Status ensureDataFolder();

} // namespace conduct
