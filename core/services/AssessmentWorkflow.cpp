#include "services/AssessmentWorkflow.h"

namespace conduct {

const QList<AssessmentTransition>& assessmentTransitions()
{
    using S = AssessmentStatus;
    using E = AssessmentEvent;
    // THE workflow. A returned assessment is edited and resubmitted as the same version; an
    // approved one is final (a change of circumstances is a new version). Submitted answers are
    // frozen: the supervisor can only approve or return them.
    static const QList<AssessmentTransition> table = {
        //  from          event         to            permission
        {S::Draft,     E::SaveDraft, S::Draft,     Action::CompleteAssessment},
        {S::Draft,     E::Submit,    S::Submitted, Action::SubmitAssessment},
        {S::Returned,  E::SaveDraft, S::Returned,  Action::CompleteAssessment},
        {S::Returned,  E::Submit,    S::Submitted, Action::SubmitAssessment},
        {S::Submitted, E::Approve,   S::Approved,  Action::ApproveAssessment},
        {S::Submitted, E::Return,    S::Returned,  Action::ReturnAssessment},
    };
    return table;
}

std::optional<AssessmentTransition> findTransition(AssessmentStatus from, AssessmentEvent event)
{
    for (const AssessmentTransition& t : assessmentTransitions())
        if (t.from == from && t.event == event) return t;
    return std::nullopt;
}

} // namespace conduct
