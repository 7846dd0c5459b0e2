#include "domain/AssessmentVersionPair.h"

#include <algorithm>

namespace conduct {
namespace {
// Started later: by creation time, then by id for versions created in the same instant.
bool startedBefore(const RiskAssessment& a, const RiskAssessment& b)
{
    if (a.createdUtc != b.createdUtc) return a.createdUtc < b.createdUtc;
    return a.id < b.id;
}
} // namespace

AssessmentVersionPair latestVersionPair(const QList<RiskAssessment>& versions, qint64 selectedId)
{
    AssessmentVersionPair pair;
    if (versions.isEmpty()) return pair;
    const auto selected = std::find_if(versions.begin(), versions.end(), [&](const RiskAssessment& a) { return a.id == selectedId; });
    pair.packId = selected != versions.end() ? selected->packId
                                             : std::max_element(versions.begin(), versions.end(), startedBefore)->packId;

    // The form's versions, latest first by version number (numbered per case and form).
    QList<const RiskAssessment*> sameForm;
    for (const RiskAssessment& a : versions)
        if (a.packId == pair.packId) sameForm.append(&a);
    std::sort(sameForm.begin(), sameForm.end(), [](const RiskAssessment* a, const RiskAssessment* b) {
        return a->versionNo != b->versionNo ? a->versionNo > b->versionNo : startedBefore(*b, *a);
    });
    pair.laterId = sameForm.first()->id;
    if (sameForm.size() >= 2) pair.earlierId = sameForm[1]->id;
    return pair;
}

} // namespace conduct
