#pragma once
// One occasion in the course of conduct (PHA 1997 s7: a course needs at least two).

#include "domain/Codes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct {

struct Incident {
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime startUtc;
    QDateTime endUtc;        // invalid when the incident was a moment, not a period
    // A date whose time the complainant does not know (issue 23): the instant is then London
    // midnight of that date (uktime::startOfDayUtc) and only the date is shown or printed.
    bool startTimeKnown = true;
    bool endTimeKnown = true;
    bool online = false;
    QString location;        // where, when offline
    QString platform;        // which service, when online
    QList<Behaviour> behaviours;
    QString description;

    // Impact.
    bool fearOfViolence = false;
    bool alarmOrDistress = false;
    Answer alteredBehaviour = Answer::NotAsked;   // protocol 3.9
    QString alteredBehaviourHow;

    bool reportedToPolice = false;
    QString policeReference;
    QString provenance;      // e.g. "from complainant's log: diary.csv row 14" (issue 14)
    // What the complainant's log said, as written (issue 31): the entry's words and its date and
    // time as typed. Kept apart from the officer's description; empty when not imported from a log.
    QString sourceWording;
    QString sourceWhenText;

    qint64 rowVersion = 0;

    bool has(Behaviour b) const { return behaviours.contains(b); }
};

} // namespace conduct
