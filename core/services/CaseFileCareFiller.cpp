// The v6 sections of the CaseFile: withdrawal (5.3, 5.4), special measures (MG2), the action plan
// and test sought (4.7, 4.10), and the draft restraining order (9.2). The care records' own
// mapping (CareCaseFile.h) does the work; permission was checked by CaseFileService::assemble.
// Also the chronology's timeline markers, which are drawn from the same records.

#include "services/CareCaseFile.h"
#include "services/CaseFileFillers.h"
#include "services/ChronologyEvents.h"

namespace conduct {

Status fillCareSections(const FillerContext& context, qint64 caseId, CaseFile& file)
{
    return fillCareData(context.db, caseId, file);
}

Status fillCaseFileEvents(const FillerContext& context, qint64 caseId, CaseFile& file)
{
    auto events = loadChronologyEvents(context.db, context.session, caseId, context.accessJustification);
    if (!events.ok()) return events.error();
    for (const ChronologyEvent& e : events.value()) file.timelineMarkers.append({e.whenUtc, e.kind, e.label, e.timeKnown});
    return {};
}

} // namespace conduct
