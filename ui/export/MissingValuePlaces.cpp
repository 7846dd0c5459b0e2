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
};

// Error::field → the widget that fills it (objectName; a per-suspect field's stem matches the
// first suspect's "_<id>" widget).
struct FieldRow {
    const char* field;
    const char* objectName;
};
constexpr FieldRow fieldRows[] = {
    {"Outline of circumstances", "mg3Outline"},
    {"Proposed charges", "mg3Charges"},
    {"Officer completing", "mg3OfficerIfDifferent"},
    {"Supervisor's comments: points to prove", "mg3SupEvidenceAligned"},
    {"Supervisor's comments: public interest", "mg3SupPublicInterest"},
    {"Supervisor's comments: recommended charges", "mg3SupRecommendedCharges"},
    {"Supervisor approving referral", "mg3Approve"},
    {"Key evidence", "mg5KeyEvidence"},
    {"Key witness(es) and their role", "mg5KeyWitnesses"},
    {"Summary of defendant explanation", "mg5Explanation"},
    {"Officer's certification", "mg5CertifiedOn"},
    {"Officer's certification date", "mg5CertifiedOn"},
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
            if (missing.field == QLatin1String(f.field)) place.field = QLatin1String(f.objectName);
        return place;
    }
    return std::nullopt;
}

} // namespace conduct
