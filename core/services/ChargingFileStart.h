#pragma once
// The charging file's starting points and carried facts, worked out from what the case already
// holds (issue 22): the offences chosen in the offence guide worded as charges, the material list,
// and drafts of the MG3 outline and the MG5 summaries. Pure functions over the CaseFile, so the
// drafts a page offers and the facts a document prints come from one place.

#include "export/CaseFile.h"
#include "services/ChargingFileService.h"

namespace conduct {

// The chosen offences worded as charges against one suspect, for "Proposed charges:". Empty when
// no offence has been chosen.
QString proposedChargesFor(const CaseFile& file, const Person& suspect);

// Rows for "Material provided to CPS", one per item the case holds, with the MG3's own labels.
QList<MaterialEntry> materialFromCase(const CaseFile& file, const std::optional<Mg5PolicePart>& mg5);

// Everything a page offers as a start (ChargingFileService::startingPoints).
ChargingFileStart chargingFileStart(const CaseFile& file, const std::optional<Mg5PolicePart>& mg5 = std::nullopt);

// The domestic-abuse flag, the approved risk level and MARAC, the breaches and the time limit.
// `breaches` are lines already worded by the caller (from the orders records).
CarriedCaseFacts carriedFacts(const CaseFile& file, const QStringList& breaches);

} // namespace conduct
