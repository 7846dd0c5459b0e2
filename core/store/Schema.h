#pragma once
// The SQL of each schema version, one function per version. Only Migrations.cpp calls these.

#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList schemaV1(Engine engine);
QStringList schemaV2();   // accounts and the audit trail (store/SecuritySchema.h), case ownership
QStringList incidentTimesKnownSchemaV11();   // whether an incident's start and end times are known

} // namespace conduct
