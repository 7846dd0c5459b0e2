#pragma once
// Schema version 7: audit records that arrived with a case bundle (core/bundle).

#include <QStringList>

namespace conduct {

enum class Engine;

QStringList transferSchemaV7(Engine engine);

} // namespace conduct
