#pragma once
// The incidents a log would become, for the officer to review before anything is saved:
// each with the rows it came from, suggested behaviours, any question about its date that the
// officer must answer, and any problem that stops it being imported until fixed or dropped.

#include "common/Result.h"
#include "domain/Codes.h"
#include "logimport/ColumnMapping.h"
#include "logimport/DelimitedParser.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct::logimport {

struct DateOption {
    QString label;        // e.g. "Sun 29 Mar 2026 01:30 GMT (as if the clocks had not gone forward)"
    QDateTime startUtc;
    QDateTime endUtc;     // invalid when the entry gives a time; the end of the day when it does not
};

// A date the officer must confirm: month-first (US) readings and the two clock-change days.
struct DateQuestion {
    QString reason;
    QList<DateOption> options;   // the first is the reading proposed
    int chosen = 0;
    bool confirmed = false;
};

struct ProposedIncident {
    QList<int> sourceRows;       // the file's rows (diary lines) this entry came from
    QDateTime startUtc;
    QDateTime endUtc;            // invalid for a moment; end of that day when the log gives no time
    bool timeGiven = false;
    QString description;
    QString location;
    QString platform;
    QList<Behaviour> suggested;  // from the keyword table, shown so the officer sees the reason
    QList<Behaviour> behaviours; // what will be saved: starts as the suggestion, the officer confirms
    QList<DateQuestion> questions;
    QString problem;             // non-empty: cannot be imported as it stands (no date, future date…)
    // The entry as the complainant wrote it (issue 31): kept through the officer's edits and saved
    // with the incident, so the original wording and time stay beside the officer's reading.
    QString originalWording;
    QString originalWhenText;    // the date and time cells as typed, e.g. "Tues 3/3 about 7pm"

    bool needsConfirmation() const;
    QString rowsText() const;    // "row 14" or "rows 14–15"
};

// Reads every row with the mapping. Refuses a mapping without a date column or a file without
// rows; per-row trouble (no date, unreadable or future date) becomes the row's problem.
Result<QList<ProposedIncident>> buildProposals(const LogTable& table, const ColumnMapping& mapping, const QDateTime& nowUtc);

// The officer's edits on the review page. Each keeps the rows' provenance.
Status mergeWithNext(QList<ProposedIncident>& proposals, int index);
Status splitEntry(QList<ProposedIncident>& proposals, int index);   // at the first paragraph or sentence break
Status dropEntry(QList<ProposedIncident>& proposals, int index);
Status chooseDateOption(ProposedIncident& proposal, int question, int option);   // also confirms it

// Whether the list may be imported: the first row with a problem or an unanswered date question
// is named, with the file and what to do.
Status checkReadyToImport(const QString& fileName, const QList<ProposedIncident>& proposals);

} // namespace conduct::logimport
