#include "store/IncidentSourceSchema.h"

namespace conduct {

QStringList incidentSourceSchemaV14()
{
    // Existing incidents were not kept with their original wording: empty says "not recorded",
    // and the chronology prints nothing for them.
    return {
        QStringLiteral("ALTER TABLE incidents ADD COLUMN source_wording TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE incidents ADD COLUMN source_when_text TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace conduct
