#include "export/MissingValuePlaces.h"

#include <QRegularExpression>

namespace conduct {
namespace {

// The "where" of MissingValues, matched by a fragment of its English text, first match wins: the
// charging file's sub-pages before the older, broader "Charging page".
struct WhereRow {
    const char* fragment;
    CaseArea area;
};
constexpr WhereRow whereRows[] = {
    {"My profile", CaseArea::OwnProfile},   // first: "File ▸ My profile" names no case tab
    {"MG3", CaseArea::ChargingMg3},
    {"MG5", CaseArea::ChargingMg5},
    {"Case summary", CaseArea::ChargingMg5},
    {"MG2", CaseArea::ChargingMg2},
    {"Action plan", CaseArea::ChargingActionPlan},
    {"Charging", CaseArea::ChargingMg3},
    {"Special measures", CaseArea::VictimCare},
    {"Victim care", CaseArea::VictimCare},
    {"Withdrawal", CaseArea::Withdrawal},
    {"Bail", CaseArea::Orders},
    {"Risk", CaseArea::Risk},
    {"Evidence", CaseArea::Evidence},
    {"Incidents", CaseArea::Incidents},
    {"People", CaseArea::People},
    {"Overview", CaseArea::Overview},
    {"Offences", CaseArea::Evidence},
};

// Error::field → the widget that fills it (objectName; a per-suspect field's stem matches the
// first suspect's "_<id>" widget). Matched on the end of the field: the export prefixes the form
// ("MG3: Outline of circumstances") and per-person entries start with the name ("SMITH, Jo: ...").
struct FieldRow {
    const char* fieldEnd;
    const char* objectName;
};
constexpr FieldRow fieldRows[] = {
    {"MG3 police part", "mg3Outline"},
    {"Outline of circumstances", "mg3Outline"},
    {"proposed charges", "mg3Charges"},
    {"Supervisor's comments and approval for referral to CPS", "mg3SupEvidenceAligned"},
    {"MG5 police report", "mg5KeyEvidence"},
    {"Key evidence", "mg5KeyEvidence"},
    {"Key witness(es) and their role", "mg5KeyWitnesses"},
    {"Date of interview", "mg5InterviewStart"},
    {"Summary of defendant explanation", "mg5Explanation"},
    {"Non-key witness(es)", "mg5NonKeyWitnesses"},
    {"Is there VRE?", "mg5Vre"},
    {"Description of injuries", "mg5Injuries"},
    {"Forensic evidence", "mg5Forensic"},
    {"Application for compensation", "mg5Compensation"},
    {"Officer's certification date", "mg5CertifiedOn"},
    {"Supervisor's certification", "mg5Approve"},
};

QString whereOf(const QString& message)
{
    static const QRegularExpression recordIt(QStringLiteral("Record it in (.+?)\\.?\\s*$"));
    const auto match = recordIt.match(message);
    return match.hasMatch() ? match.captured(1) : message;
}

} // namespace

std::optional<CasePlace> placeOfMissingValue(const Error& missing)
{
    const QString where = whereOf(missing.message);
    for (const WhereRow& row : whereRows) {
        if (!where.contains(QLatin1String(row.fragment), Qt::CaseInsensitive)) continue;
        CasePlace place{row.area, {}};
        for (const FieldRow& f : fieldRows)
            if (missing.field.endsWith(QLatin1String(f.fieldEnd), Qt::CaseInsensitive)) place.field = QLatin1String(f.objectName);
        return place;
    }
    return std::nullopt;
}

} // namespace conduct
