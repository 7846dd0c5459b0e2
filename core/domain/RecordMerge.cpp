#include "domain/RecordMerge.h"

#include <QCoreApplication>
#include <functional>

namespace conduct {
namespace {
// One editable field: its label as the form shows it, and how to compare and copy it.
template <typename Record>
struct MergeField {
    const char* label;
    std::function<bool(const Record&, const Record&)> same;
    std::function<void(Record& into, const Record& from)> copy;
};

template <typename Record, typename T>
MergeField<Record> field(const char* label, T Record::*member)
{
    return {label, [member](const Record& a, const Record& b) { return a.*member == b.*member; },
            [member](Record& into, const Record& from) { into.*member = from.*member; }};
}

template <typename Record>
RecordMerge<Record> merge(const QList<MergeField<Record>>& fields, const Record& opened, const Record& mine, const Record& theirs)
{
    RecordMerge<Record> result{theirs, {}};
    for (const MergeField<Record>& f : fields) {
        if (f.same(opened, mine)) continue;   // the officer left it alone: the stored value stands
        if (!f.same(opened, theirs) && !f.same(mine, theirs))
            result.clashes.append(QCoreApplication::translate("conduct::RecordMerge", f.label));
        f.copy(result.merged, mine);
    }
    return result;
}

// Every field the Overview tab edits. The URN, ids, times and row version are the store's.
const QList<MergeField<Case>>& caseFields()
{
    static const QList<MergeField<Case>> fields = {
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Crime reference"), &Case::crimeReference),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Offences"), &Case::offences),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Status"), &Case::status),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Officer in the case"), &Case::officerInCase),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Supervisor"), &Case::supervisor),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Officer's account"), &Case::oicUserId),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Supervisor's account"), &Case::supervisorUserId),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Hostility"), &Case::hostilityFlag),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Why not stalking"), &Case::whyNotStalking),
    };
    return fields;
}

// Every field the incident dialog edits.
const QList<MergeField<Incident>>& incidentFields()
{
    static const QList<MergeField<Incident>> fields = {
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Start"), &Incident::startUtc),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "End"), &Incident::endUtc),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Start time known"), &Incident::startTimeKnown),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "End time known"), &Incident::endTimeKnown),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Online"), &Incident::online),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Location"), &Incident::location),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Platform"), &Incident::platform),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Behaviours"), &Incident::behaviours),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Description"), &Incident::description),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Fear of violence"), &Incident::fearOfViolence),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Alarm or distress"), &Incident::alarmOrDistress),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Altered behaviour"), &Incident::alteredBehaviour),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "How behaviour altered"), &Incident::alteredBehaviourHow),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Reported to police"), &Incident::reportedToPolice),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Police reference"), &Incident::policeReference),
        field(QT_TRANSLATE_NOOP("conduct::RecordMerge", "Provenance"), &Incident::provenance),
    };
    return fields;
}
} // namespace

CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs)
{
    return merge(caseFields(), opened, mine, theirs);
}

RecordMerge<Incident> mergeIncidentEdit(const Incident& opened, const Incident& mine, const Incident& theirs)
{
    return merge(incidentFields(), opened, mine, theirs);
}

} // namespace conduct
