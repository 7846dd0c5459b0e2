#pragma once
// Schema version 5: evidence checklist, exhibits, lines of enquiry and advisor records.
// Only Migrations.cpp calls this.

#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList evidenceSchemaV5(Engine engine);

} // namespace conduct
