#pragma once
// Fills the parts of a CaseFile (export/CaseFile.h) that protocol sections 4–9 record: the MG2
// special measures data, the withdrawal statement and officer's report, the draft restraining
// order, the MG3 action plan and the test sought. The caller has already checked the user may
// export the case; this only reads.

#include "common/Result.h"
#include "export/CaseFile.h"

namespace conduct {

class Database;

Status fillCareData(const Database& db, qint64 caseId, CaseFile& file);

} // namespace conduct
