#pragma once
// The risk assessment workflow as data: ONE declarative table of allowed transitions, read by
// RiskAssessmentService and checked cell by cell by the tests. Anything not in the table is refused.

#include "domain/RiskAssessment.h"
#include "security/Permissions.h"

#include <QList>
#include <optional>

namespace conduct {

struct AssessmentTransition {
    AssessmentStatus from;
    AssessmentEvent event;
    AssessmentStatus to;
    Action permission;   // checked against the permission table for the acting user
};

// Every allowed transition; anything not listed is refused.
const QList<AssessmentTransition>& assessmentTransitions();
std::optional<AssessmentTransition> findTransition(AssessmentStatus from, AssessmentEvent event);

} // namespace conduct
