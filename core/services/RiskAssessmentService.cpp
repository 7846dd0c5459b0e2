#include "services/RiskAssessmentService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "security/Permissions.h"
#include "services/AssessmentWorkflow.h"
#include "services/UnitPolicyService.h"
#include "store/CaseRepository.h"
#include "store/RiskAssessmentRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::RiskAssessmentService", text); }

QJsonObject referralFields(const ReferralRecord& r)
{
    return {{QStringLiteral("decision"), referralDecisionCode(r.decision)},
            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
            {QStringLiteral("reason"), r.reason}};
}

QJsonObject lastReviewFields(const RiskAssessment& a)
{
    const AssessmentReview* r = a.lastReview();
    if (!r) return {};
    return {{QStringLiteral("decision"), toCode(r->decision)},
            {QStringLiteral("reviewer_user_id"), r->reviewerUserId},
            {QStringLiteral("level_agreed"), r->levelAgreed},
            {QStringLiteral("comments"), r->comments}};
}

// What the audit trail keeps of an assessment: enough to show who changed which answer or level.
QJsonObject auditFields(const RiskAssessment& a)
{
    return {{QStringLiteral("form"), QStringLiteral("%1 v%2").arg(a.packId).arg(a.packVersion)},
            {QStringLiteral("version"), a.versionNo},
            {QStringLiteral("status"), assessmentStatusCode(a.status)},
            {QStringLiteral("person_id"), a.personId},
            {QStringLiteral("answers"), answersToJson(a.answers)},
            {QStringLiteral("score"), a.score},
            {QStringLiteral("suggested_level"), a.suggestedLevel},
            {QStringLiteral("officer_level"), a.officerLevel},
            {QStringLiteral("rationale"), a.rationale},
            {QStringLiteral("marac"), referralFields(a.marac)},
            {QStringLiteral("mappa"), referralFields(a.mappa)},
            {QStringLiteral("next_review"), a.nextReviewDate.toString(Qt::ISODate)},
            {QStringLiteral("review"), lastReviewFields(a)}};
}

Status checkReferral(const QString& name, const ReferralRecord& r)
{
    if (r.decision == ReferralDecision::NotDecided) return {};
    if (!r.date.isValid())
        return fieldError(tr("%1 decision date").arg(name), tr("give the date the %1 decision was made.").arg(name));
    if (r.date > uktime::today().addDays(1))
        return fieldError(tr("%1 decision date").arg(name), tr("the date cannot be in the future."));
    if (r.reason.trimmed().isEmpty())
        return fieldError(tr("%1 decision reason").arg(name),
                          tr("record why the decision was made; protocol 3.7 requires the %1 decision to be recorded with its reason.")
                              .arg(name));
    return {};
}
} // namespace

double levelWeight(const FormPack& pack, const QString& levelId)
{
    const int rank = pack.scoring.levelRank(levelId);
    const auto count = pack.scoring.levels.size();
    if (rank < 0 || count < 2) return 0;
    return double(rank) / double(count - 1);
}

QString riskLevelLabel(const FormPack& pack, const QString& levelId)
{
    const RiskLevel* level = pack.scoring.level(levelId);
    return level ? level->label : levelId;
}

RiskAssessmentService::RiskAssessmentService(Database& db, const Session& session, const FormPackCatalogue& packs,
                                             std::optional<RiskServiceConfig> config)
    : m_db(db), m_session(session), m_packs(packs),
      m_config(config ? std::move(*config) : unitPolicyOrDefaults(db).riskServiceConfig()),
      m_followsUnitPolicy(!config), m_access(db, session)
{
}

ReviewIntervals RiskAssessmentService::reviewIntervals() const
{
    // Read again: a review queue open all shift still sets the date the unit decides today.
    return m_followsUnitPolicy ? unitPolicyOrDefaults(m_db).riskServiceConfig().risk.review : m_config.risk.review;
}

Result<FormPack> RiskAssessmentService::packFor(const RiskAssessment& a) const { return m_packs.find(a.packId, a.packVersion); }

Result<RiskAssessment> RiskAssessmentService::decode(const StoredAssessment& stored) const
{
    RiskAssessment a = stored.assessment;
    auto pack = packFor(a);
    if (!pack.ok()) return pack.error();
    auto answers = answersFromJson(pack.value(), stored.answersJson);
    if (!answers.ok()) return answers.error();
    a.answers = answers.value();
    return a;
}

Result<CaseAccess::Ref> RiskAssessmentService::checkTransition(const RiskAssessment& current, AssessmentEvent event) const
{
    const auto t = findTransition(current.status, event);
    if (!t)
        return fieldError(tr("Status"), tr("You cannot %1 a risk assessment that is %2. %3")
                                            .arg(assessmentEventLabel(event), assessmentStatusLabel(current.status).toLower(),
                                                 current.status == AssessmentStatus::Approved
                                                     ? tr("Start a reassessment instead: it becomes a new version.")
                                                     : QString())
                                            .trimmed());
    return m_access.check(current.caseId, t->permission);
}

Status RiskAssessmentService::audit(const CaseAccess::Ref& c, const RiskAssessment& before, const RiskAssessment& after,
                                    bool created)
{
    return m_access.audit(created ? AuditAction::Create : AuditAction::Update, c, QStringLiteral("risk_assessment"), after.id,
                          created ? QJsonObject() : auditFields(before), auditFields(after));
}

Result<RiskContext> RiskAssessmentService::contextFor(qint64 caseId) const
{
    const QDateTime windowStart = Clock::nowUtc().addMonths(-m_config.risk.escalation.windowMonths);
    auto facts = RiskAssessmentRepository(m_db).caseFacts(caseId, windowStart);
    if (!facts.ok()) return facts.error();
    RiskContext c;
    c.defaultPersonId = facts->firstComplainantId;
    if (facts->suspectRelationship) c.facts.insert(QStringLiteral("relationship"), *facts->suspectRelationship);
    c.incidentCount = facts->incidentCount;
    c.callOutsInWindow = facts->reportedSince;
    c.facts.insert(QStringLiteral("incidentCount"), c.incidentCount);
    c.facts.insert(QStringLiteral("callOutCount"), c.callOutsInWindow);
    return c;
}

RiskSummary RiskAssessmentService::summarise(const FormPack& pack, const RiskAssessment& a, const RiskContext& context) const
{
    return summariseRisk(pack, a.answers, context.facts, context.callOutsInWindow, a.officerLevel, m_config.risk);
}

Result<RiskAssessment> RiskAssessmentService::startAssessment(qint64 caseId, const QString& packId, qint64 personId)
{
    auto pack = m_packs.latest(packId);
    if (!pack.ok()) return pack.error();
    if (pack->kind != PackKind::Risk)
        return fieldError(tr("Form"), tr("%1 is not a risk screening form.").arg(pack->title));
    return inTransaction<RiskAssessment>(m_db, [&]() -> Result<RiskAssessment> {
        auto ref = m_access.check(caseId, Action::CompleteAssessment);
        if (!ref.ok()) return ref.error();
        const RiskAssessmentRepository repo(m_db);
        auto open = repo.findOpen(caseId, packId);
        if (!open.ok()) return open.error();
        if (open.value()) return get(*open.value());
        auto context = contextFor(caseId);
        if (!context.ok()) return context.error();
        auto versionNo = repo.nextVersionNo(caseId, packId);
        if (!versionNo.ok()) return versionNo.error();
        RiskAssessment a;
        a.caseId = caseId;
        a.personId = personId ? personId : context->defaultPersonId;
        a.packId = pack->id;
        a.packVersion = pack->version;
        a.versionNo = versionNo.value();
        a.status = AssessmentStatus::Draft;
        a.authorUserId = m_session.user.id;
        a.authorName = m_session.user.displayName;
        a.createdUtc = a.updatedUtc = Clock::nowUtc();
        const RiskSummary summary = summarise(pack.value(), a, context.value());
        a.score = summary.score;
        a.suggestedLevel = summary.suggestedLevelId;
        auto id = repo.insert(a, answersToJson(a.answers));
        if (!id.ok()) return id.error();
        a.id = id.value();
        a.rowVersion = 1;
        if (Status s = audit(ref.value(), {}, a, true); !s.ok()) return s.error();
        return a;
    });
}

Result<RiskAssessment> RiskAssessmentService::saveEdits(RiskAssessment edited, AssessmentEvent event)
{
    return inTransaction<RiskAssessment>(m_db, [&]() -> Result<RiskAssessment> {
        auto current = get(edited.id);
        if (!current.ok()) return current.error();
        auto ref = checkTransition(current.value(), event);
        if (!ref.ok()) return ref.error();
        if (current->authorUserId != m_session.user.id)
            return fieldError(tr("Assessment"), tr("Only %1, who started this assessment, can change or submit it. Start your own "
                                                   "reassessment if the risk has changed.").arg(current->authorName));
        if (current->rowVersion != edited.rowVersion) return conflictError(m_db, tr("Risk assessment"), QStringLiteral("risk_assessment"), current->id);
        auto pack = packFor(current.value());
        if (!pack.ok()) return pack.error();
        if (const QList<Error> bad = validateAnswers(pack.value(), edited.answers); !bad.isEmpty()) return bad.first();
        auto context = contextFor(current->caseId);
        if (!context.ok()) return context.error();

        // Only what the officer may change is taken from the caller; the rest comes from the store.
        RiskAssessment next = current.value();
        next.personId = edited.personId;
        next.answers = edited.answers;
        next.officerLevel = edited.officerLevel;
        next.rationale = edited.rationale;
        next.marac = edited.marac;
        next.mappa = edited.mappa;
        const RiskSummary summary = summarise(pack.value(), next, context.value());
        next.score = summary.score;
        next.suggestedLevel = summary.suggestedLevelId;
        next.updatedUtc = Clock::nowUtc();
        if (event == AssessmentEvent::Submit) {
            if (Status s = validateForSubmission(pack.value(), next, context.value()); !s.ok()) return s.error();
            next.status = AssessmentStatus::Submitted;
            next.submittedUtc = next.updatedUtc;
            next.nextReviewDate = nextReviewDate(next.officerLevel, uktime::dateOf(next.updatedUtc), reviewIntervals());
        }
        if (Status s = RiskAssessmentRepository(m_db).update(next, answersToJson(next.answers)); !s.ok()) return s.error();
        ++next.rowVersion;
        if (Status s = audit(ref.value(), current.value(), next, false); !s.ok()) return s.error();
        return next;
    });
}

Status RiskAssessmentService::validateForSubmission(const FormPack& pack, const RiskAssessment& a, const RiskContext& context) const
{
    if (Status s = checkComplete(pack, a.answers, context.facts); !s.ok()) return s;
    if (Status s = validateOfficerLevel(pack, a.suggestedLevel, a.officerLevel, a.rationale); !s.ok()) return s;
    // Without bands the whole grading is professional judgement, so it is always explained.
    if (a.suggestedLevel.isEmpty() && a.rationale.trimmed().isEmpty())
        return fieldError(tr("Rationale"), tr("explain in writing why you graded the risk %1: this form has no score bands, "
                                              "so the level is your professional judgement.")
                                               .arg(riskLevelLabel(pack, a.officerLevel)));
    if (Status s = checkReferral(tr("MARAC"), a.marac); !s.ok()) return s;
    if (Status s = checkReferral(tr("MAPPA"), a.mappa); !s.ok()) return s;
    const RiskSummary summary = summariseRisk(pack, a.answers, context.facts, context.callOutsInWindow, a.officerLevel, m_config.risk);
    if (summary.meetsMaracCriteria() && a.marac.decision == ReferralDecision::NotDecided)
        return fieldError(tr("MARAC decision"), tr("this assessment meets the MARAC referral criteria (%1). Record whether the case "
                                                   "is referred, with the date and reason (protocol 3.7).")
                                                    .arg(summary.maracCriteria.join(QStringLiteral(", "))));
    return {};
}

Result<RiskAssessment> RiskAssessmentService::saveDraft(RiskAssessment edited)
{
    return saveEdits(std::move(edited), AssessmentEvent::SaveDraft);
}

Result<RiskAssessment> RiskAssessmentService::submit(RiskAssessment edited)
{
    return saveEdits(std::move(edited), AssessmentEvent::Submit);
}

Result<RiskAssessment> RiskAssessmentService::approve(qint64 assessmentId, const QString& levelAgreed, const QString& comments)
{
    return inTransaction<RiskAssessment>(m_db, [&]() -> Result<RiskAssessment> {
        auto current = get(assessmentId);
        if (!current.ok()) return current.error();
        auto ref = checkTransition(current.value(), AssessmentEvent::Approve);
        if (!ref.ok()) return ref.error();
        if (Status s = canReview(m_session.user, current->authorUserId, Action::ApproveAssessment); !s.ok()) return s.error();
        auto pack = packFor(current.value());
        if (!pack.ok()) return pack.error();
        const QString level = levelAgreed.isEmpty() ? current->officerLevel : levelAgreed;
        const int rank = pack->scoring.levelRank(level);
        if (rank < 0) return fieldError(tr("Level agreed"), tr("choose one of the levels of this form."));
        if (rank < pack->scoring.levelRank(current->officerLevel))
            return fieldError(tr("Level agreed"), tr("%1 is below the officer's level, %2. A supervisor may raise the level but not "
                                                     "lower it: return the assessment with your reasons instead.")
                                                      .arg(riskLevelLabel(pack.value(), level),
                                                           riskLevelLabel(pack.value(), current->officerLevel)));
        if (level != current->officerLevel && comments.trimmed().isEmpty())
            return fieldError(tr("Comments"), tr("explain why you raised the level to %1.").arg(riskLevelLabel(pack.value(), level)));

        AssessmentReview review;
        review.assessmentId = assessmentId;
        review.reviewerUserId = m_session.user.id;
        review.reviewerName = m_session.user.displayName;
        review.decision = ReviewDecision::Approved;
        review.levelAgreed = level;
        review.comments = comments.trimmed();
        review.timeUtc = Clock::nowUtc();
        RiskAssessment next = current.value();
        next.status = AssessmentStatus::Approved;
        next.nextReviewDate = nextReviewDate(level, uktime::dateOf(review.timeUtc), reviewIntervals());
        next.updatedUtc = review.timeUtc;
        // The workflow columns first, then the decision: an approved assessment is frozen, and on
        // a server store the decision is the server's function's, which sets the status last.
        const RiskAssessmentRepository repo(m_db);
        if (Status s = repo.updateWorkflow(next); !s.ok()) return s.error();
        auto reviewId = repo.insertReview(review);
        if (!reviewId.ok()) return reviewId.error();
        review.id = reviewId.value();
        ++next.rowVersion;
        next.reviews.append(review);
        if (Status s = audit(ref.value(), current.value(), next, false); !s.ok()) return s.error();
        return next;
    });
}

Result<RiskAssessment> RiskAssessmentService::returnForChanges(qint64 assessmentId, const QString& comments)
{
    return inTransaction<RiskAssessment>(m_db, [&]() -> Result<RiskAssessment> {
        auto current = get(assessmentId);
        if (!current.ok()) return current.error();
        auto ref = checkTransition(current.value(), AssessmentEvent::Return);
        if (!ref.ok()) return ref.error();
        if (Status s = canReview(m_session.user, current->authorUserId, Action::ReturnAssessment); !s.ok()) return s.error();
        if (comments.trimmed().isEmpty())
            return fieldError(tr("Comments"), tr("say what the officer must change before resubmitting."));
        AssessmentReview review;
        review.assessmentId = assessmentId;
        review.reviewerUserId = m_session.user.id;
        review.reviewerName = m_session.user.displayName;
        review.decision = ReviewDecision::Returned;
        review.comments = comments.trimmed();
        review.timeUtc = Clock::nowUtc();
        RiskAssessment next = current.value();
        next.status = AssessmentStatus::Returned;
        next.updatedUtc = review.timeUtc;
        const RiskAssessmentRepository repo(m_db);
        if (Status s = repo.updateWorkflow(next); !s.ok()) return s.error();   // before the decision, as in approve()
        auto reviewId = repo.insertReview(review);
        if (!reviewId.ok()) return reviewId.error();
        review.id = reviewId.value();
        ++next.rowVersion;
        next.reviews.append(review);
        if (Status s = audit(ref.value(), current.value(), next, false); !s.ok()) return s.error();
        return next;
    });
}

} // namespace conduct
