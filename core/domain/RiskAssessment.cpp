#include "domain/RiskAssessment.h"

#include "common/UkTime.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::RiskAssessment", text); }
} // namespace

QString assessmentStatusCode(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft: return QStringLiteral("draft");
    case AssessmentStatus::Submitted: return QStringLiteral("submitted");
    case AssessmentStatus::Returned: return QStringLiteral("returned");
    case AssessmentStatus::Approved: return QStringLiteral("approved");
    }
    return {};
}

std::optional<AssessmentStatus> assessmentStatusFromCode(const QString& code)
{
    for (AssessmentStatus s : allAssessmentStatuses())
        if (assessmentStatusCode(s) == code) return s;
    return std::nullopt;
}

QString transferredReviewText(const TransferredReview& review, const QString& levelLabel)
{
    const QString when = uktime::formatDateTime(review.timeUtc);
    if (review.decision == ReviewDecision::Returned)
        return tr("Returned for changes in %1 by %2 on %3.").arg(review.sourceDatabase, review.reviewerName, when);
    if (levelLabel.isEmpty()) return tr("Approved in %1 by %2 on %3.").arg(review.sourceDatabase, review.reviewerName, when);
    return tr("Approved in %1 by %2 on %3, level agreed: %4.").arg(review.sourceDatabase, review.reviewerName, when, levelLabel);
}

QString assessmentStatusLabel(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft: return tr("Draft");
    case AssessmentStatus::Submitted: return tr("Awaiting review");
    case AssessmentStatus::Returned: return tr("Returned for changes");
    case AssessmentStatus::Approved: return tr("Approved");
    }
    return {};
}

QString assessmentEventLabel(AssessmentEvent event)
{
    switch (event) {
    case AssessmentEvent::SaveDraft: return tr("save changes to");
    case AssessmentEvent::Submit: return tr("submit");
    case AssessmentEvent::Approve: return tr("approve");
    case AssessmentEvent::Return: return tr("return");
    }
    return {};
}

const QList<AssessmentStatus>& allAssessmentStatuses()
{
    static const QList<AssessmentStatus> all = {AssessmentStatus::Draft, AssessmentStatus::Submitted,
                                                AssessmentStatus::Returned, AssessmentStatus::Approved};
    return all;
}

const QList<AssessmentEvent>& allAssessmentEvents()
{
    static const QList<AssessmentEvent> all = {AssessmentEvent::SaveDraft, AssessmentEvent::Submit, AssessmentEvent::Approve,
                                               AssessmentEvent::Return};
    return all;
}

QString referralDecisionCode(ReferralDecision decision)
{
    switch (decision) {
    case ReferralDecision::NotDecided: return {};
    case ReferralDecision::Refer: return QStringLiteral("refer");
    case ReferralDecision::DoNotRefer: return QStringLiteral("not_refer");
    case ReferralDecision::AlreadyManaged: return QStringLiteral("already_managed");
    }
    return {};
}

std::optional<ReferralDecision> referralDecisionFromCode(const QString& code)
{
    for (ReferralDecision d : {ReferralDecision::NotDecided, ReferralDecision::Refer, ReferralDecision::DoNotRefer,
                               ReferralDecision::AlreadyManaged})
        if (referralDecisionCode(d) == code) return d;
    return std::nullopt;
}

QString referralDecisionLabel(ReferralDecision decision)
{
    switch (decision) {
    case ReferralDecision::NotDecided: return tr("Not decided");
    case ReferralDecision::Refer: return tr("Refer");
    case ReferralDecision::DoNotRefer: return tr("Do not refer");
    case ReferralDecision::AlreadyManaged: return tr("Already referred / managed");
    }
    return {};
}

const AssessmentReview* RiskAssessment::approval() const
{
    for (const AssessmentReview& r : reviews)
        if (r.decision == ReviewDecision::Approved) return &r;
    return nullptr;
}

const AssessmentReview* RiskAssessment::lastReview() const { return reviews.isEmpty() ? nullptr : &reviews.last(); }

QString RiskAssessment::currentLevel() const
{
    const AssessmentReview* a = approval();
    return a && !a->levelAgreed.isEmpty() ? a->levelAgreed : officerLevel;
}

} // namespace conduct
