#pragma once
// Schema v12 (issue 22): the charging file. The officer's profile printed on every MG form, the
// witness details the MG2 and MG11 ask for, the versioned MG3 and MG5 with the supervisor's
// review, and each user's personal word list for the spelling checker.

#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList chargingFileSchemaV12(Engine engine);

} // namespace conduct
