#pragma once
// The SQL of each schema version, one function per version. Only Migrations.cpp calls these.

#include <QStringList>

namespace conduct {

QStringList schemaV1();

} // namespace conduct
