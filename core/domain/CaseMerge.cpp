#include "domain/CaseMerge.h"

#include <QCoreApplication>
#include <functional>

namespace conduct {
namespace {
// One editable field of a case: its label on the Overview tab, and how to compare and copy it.
struct MergeField {
    const char* label;
    std::function<bool(const Case&, const Case&)> same;
    std::function<void(Case& into, const Case& from)> copy;
};

template <typename T>
MergeField field(const char* label, T Case::*member)
{
    return {label, [member](const Case& a, const Case& b) { return a.*member == b.*member; },
            [member](Case& into, const Case& from) { into.*member = from.*member; }};
}

// Every field the Overview tab edits. The URN, ids, times and row version are the store's.
const QList<MergeField>& mergeFields()
{
    static const QList<MergeField> fields = {
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Crime reference"), &Case::crimeReference),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Offences"), &Case::offences),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Status"), &Case::status),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Officer in the case"), &Case::officerInCase),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Supervisor"), &Case::supervisor),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Officer's account"), &Case::oicUserId),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Supervisor's account"), &Case::supervisorUserId),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Hostility"), &Case::hostilityFlag),
        field(QT_TRANSLATE_NOOP("conduct::CaseMerge", "Why not stalking"), &Case::whyNotStalking),
    };
    return fields;
}
} // namespace

CaseMerge mergeCaseEdit(const Case& opened, const Case& mine, const Case& theirs)
{
    CaseMerge result{theirs, {}};
    for (const MergeField& f : mergeFields()) {
        if (f.same(opened, mine)) continue;   // the officer left it alone: the stored value stands
        if (!f.same(opened, theirs) && !f.same(mine, theirs))
            result.clashes.append(QCoreApplication::translate("conduct::CaseMerge", f.label));
        f.copy(result.merged, mine);
    }
    return result;
}

} // namespace conduct
