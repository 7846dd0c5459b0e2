#pragma once
// Which two versions "Compare versions" opens on. Only versions of the same form can be compared
// answer by answer (protocol 3.7: the assessment is kept under review, so each reassessment is set
// against the one before it), so the pair is the two latest versions of one form: the form of the
// selected assessment when one is selected, else the form most recently started.

#include "domain/RiskAssessment.h"

#include <QList>

namespace conduct {

struct AssessmentVersionPair {
    QString packId;          // the form chosen; empty when there are no versions at all
    qint64 earlierId = 0;    // 0 when the form has no earlier version
    qint64 laterId = 0;      // the form's latest version

    bool found() const { return earlierId != 0 && laterId != 0; }
};

// `selectedId` is the assessment selected on the risk tab, or 0 for none (an id not among
// `versions` counts as none).
AssessmentVersionPair latestVersionPair(const QList<RiskAssessment>& versions, qint64 selectedId = 0);

} // namespace conduct
