#pragma once
// Schema v14 (issue 31): an incident imported from the complainant's own log keeps what the log
// said, as the complainant wrote it: the entry's words and its date and time as typed ("Tues 3rd
// about 7ish"). The officer's description and the instant Conduct read may differ (the officer
// tidies, merges, splits and confirms dates); the original is the provenance a court may ask for.
// Empty for an incident not imported from a log.

#include <QStringList>

namespace conduct {

QStringList incidentSourceSchemaV14();

} // namespace conduct
