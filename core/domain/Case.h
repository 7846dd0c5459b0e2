#pragma once
// A case: one investigation, identified by its URN (mg-forms.md §2).

#include "domain/Codes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct {

struct Case {
    qint64 id = 0;
    QString urn;              // normalised: see Urn.h
    QString crimeReference;   // the force's own crime number (optional)
    QList<Offence> offences;  // offences under consideration
    CaseStatus status = CaseStatus::OpenInvestigation;
    QString officerInCase;    // name and collar number, as printed on the forms
    QString supervisor;
    qint64 oicUserId = 0;          // the account of the officer in the case (ownership, issue 3)
    qint64 supervisorUserId = 0;   // the assigned supervisor's account, 0 when none
    bool hostilityFlag = false;       // racial or religious hostility (CDA 1998 s32)
    QString whyNotStalking;           // 3.10: recorded when harassment is charged instead of stalking
    QDateTime createdUtc;
    QDateTime updatedUtc;
    qint64 rowVersion = 0;    // bumped by every write; optimistic concurrency (issue 12)
};

// One row of the case list: what the list shows, computed in SQL.
struct CaseSummary {
    qint64 id = 0;
    QString urn;
    CaseStatus status = CaseStatus::OpenInvestigation;
    QString officerInCase;
    QString complainants;   // "Surname, Forename; …"
    QString suspects;
    int incidentCount = 0;
    QDateTime lastIncidentUtc;
    QDateTime updatedUtc;
    QDate riskReviewDue;   // next risk assessment review (protocol 3.7); invalid when none is due
    bool restricted = false;   // the viewer does not see this case in full: names are blank (issue 24)
};

} // namespace conduct
