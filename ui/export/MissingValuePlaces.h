#pragma once
// Where each value the export dialog lists as "not recorded" is filled in: the one table that
// turns a MissingValues entry (Error::field, and "Record it in <where>." in its message) into a
// tab of the case, a sub-page and the field to put the cursor in. New places are added here only.

#include "common/Result.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace conduct {

enum class CaseArea {
    Overview, People, Incidents, Risk, Evidence,
    Withdrawal, VictimCare, Orders,
    ChargingMg3, ChargingMg5, ChargingMg2, ChargingActionPlan,
    OwnProfile,   // not in the case: File ▸ My profile… (the officer's rank, station, e-mail)
};

struct CasePlace {
    CaseArea area = CaseArea::Overview;
    QString field;   // objectName of the widget to focus; empty: just the page
};

// Empty when the entry names no place this table knows.
std::optional<CasePlace> placeOfMissingValue(const Error& missing);

} // namespace conduct

Q_DECLARE_METATYPE(conduct::CasePlace)
