#pragma once
// A risk screening assessment (DASH, S-DASH, SASH) as kept in the case (protocol 3.7): answered
// on one version of a form pack, graded by the officer, and signed off by a supervisor. Each
// reassessment is a new version; a submitted or approved version is never edited.
// The workflow that moves it between statuses is in services/AssessmentWorkflow.h.

#include "domain/Codes.h"
#include "forms/FormAnswers.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

enum class AssessmentStatus { Draft, Submitted, Returned, Approved };
enum class AssessmentEvent { SaveDraft, Submit, Approve, Return };

QString assessmentStatusCode(AssessmentStatus status);   // "draft", as stored
std::optional<AssessmentStatus> assessmentStatusFromCode(const QString& code);
QString assessmentStatusLabel(AssessmentStatus status);  // "Awaiting review", as shown
QString assessmentEventLabel(AssessmentEvent event);     // "submit", for messages
const QList<AssessmentStatus>& allAssessmentStatuses();
const QList<AssessmentEvent>& allAssessmentEvents();

// A MARAC or MAPPA decision with its date and reason (protocol 3.7: high-risk cases are considered
// for referral, and the decision is recorded either way).
enum class ReferralDecision { NotDecided, Refer, DoNotRefer, AlreadyManaged };
QString referralDecisionCode(ReferralDecision decision);   // "", "refer", "not_refer", "already_managed"
std::optional<ReferralDecision> referralDecisionFromCode(const QString& code);
QString referralDecisionLabel(ReferralDecision decision);

struct ReferralRecord {
    ReferralDecision decision = ReferralDecision::NotDecided;
    QDate date;
    QString reason;
    bool operator==(const ReferralRecord&) const = default;
};

struct AssessmentReview {
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 reviewerUserId = 0;
    QString reviewerName;        // display name, as printed on the sign-off
    ReviewDecision decision = ReviewDecision::Approved;
    QString levelAgreed;         // approvals only: the level the supervisor signs off
    QString comments;
    QDateTime timeUtc;
};

// A review made in another database and carried in a case bundle (issue 24): history, never a
// review here. It names the database and the reviewer as that database wrote them.
struct TransferredReview {
    QString sourceDatabase;
    QString reviewerName;
    ReviewDecision decision = ReviewDecision::Approved;
    QString levelAgreed;
    QString comments;
    QDateTime timeUtc;
};

// "Approved in West Division (key 1a2b 3c4d) by DS 12 Jones on 03/03/2026 14:30 (UK time), level
// agreed: High." One line of history, for screens and print; `levelLabel` is the agreed level as
// the pack names it (empty for a return).
QString transferredReviewText(const TransferredReview& review, const QString& levelLabel);

struct RiskAssessment {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;          // the complainant assessed; 0 when not chosen
    QString packId;
    int packVersion = 0;
    int versionNo = 0;            // 1, 2, 3 … per case and pack: each reassessment is a new version
    FormAnswers answers;
    int score = 0;
    QString suggestedLevel;       // from the score bands; empty when the officer grades
    QString officerLevel;
    QString rationale;
    ReferralRecord marac;
    ReferralRecord mappa;
    QDate nextReviewDate;
    AssessmentStatus status = AssessmentStatus::Draft;
    qint64 authorUserId = 0;
    QString authorName;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime submittedUtc;
    int rowVersion = 0;
    QList<AssessmentReview> reviews;   // oldest first: this database's supervisors only
    // Issue 24: the database a bundle brought the assessment from (empty when made here), and the
    // reviews it had there and before, oldest first. They never count as an approval here.
    QString transferredFrom;
    QList<TransferredReview> transferredReviews;

    // The level in force: the supervisor's agreed level once approved, else the officer's.
    QString currentLevel() const;
    const AssessmentReview* approval() const;   // the approving review, if any
    const AssessmentReview* lastReview() const;
};

} // namespace conduct
