#pragma once
// Internal to export/: the chronology's two drawings, for print (protocol 3.2: the pattern of a
// course of conduct, not incidents in isolation; 4.14: stalking can escalate in frequency and
// seriousness). The app draws the same facts on screen (ui/TimelineWidget, ui/EscalationChart);
// these are their print forms: black-and-white safe, every colour doubled by a shape or a letter.

#include "export/CaseFile.h"
#include "export/DocumentLayout.h"

#include <QDateTime>

namespace conduct::exportsupport {

// Incidents on a time axis (in person and online on separate rows, the tick's height giving its
// most serious behaviour) with the case's events lettered underneath.
ChartBlock timelineChart(const CaseFile& file);
// Incidents per week or month with high-severity behaviours as a second series, captioned with
// the plain-language escalation note as at `nowUtc`.
ChartBlock escalationChart(const CaseFile& file, const QDateTime& nowUtc);
// One paragraph for the MG3 and MG5: how many incidents over what span, and the escalation note.
QString courseOfConductSummary(const CaseFile& file, const QDateTime& nowUtc);

} // namespace conduct::exportsupport
