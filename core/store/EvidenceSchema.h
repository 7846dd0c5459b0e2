#pragma once
// Schema version 5: evidence checklist, exhibits, lines of enquiry and advisor records.
// Only Migrations.cpp calls this.

#include "common/Result.h"
#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList evidenceSchemaV5(Engine engine);

// Schema v13 (issue 31): exhibit references stored in their standard form ("se / 5" → "SE/5");
// each keeps its reference_key, which ignored case and separators already.
Status standardiseExhibitReferencesV13(Database& db);

} // namespace conduct
