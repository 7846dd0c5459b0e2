#pragma once
// Risk screening (protocol 3.7): officers complete DASH, S-DASH or SASH on a case, a supervisor
// approves or returns each submission, and every reassessment is a new version. Like CaseService,
// each call checks the permission table (and the workflow table in AssessmentWorkflow.h), writes
// in one transaction with its audit record, and reports failures as values.

#include "common/Result.h"
#include "domain/Incident.h"
#include "domain/RiskAssessment.h"
#include "forms/FormPack.h"
#include "forms/FormPackCatalogue.h"
#include "forms/RiskScoring.h"
#include "services/CaseAccess.h"
#include "security/User.h"

#include <optional>

namespace conduct {

class Database;
struct StoredAssessment;

// What the form needs to know about the case: the facts packs test (relationship, counts) and the
// police call-outs for the MARAC "potential escalation" criterion.
struct RiskContext {
    CaseFacts facts;
    int incidentCount = 0;
    int callOutsInWindow = 0;
    qint64 defaultPersonId = 0;   // the first complainant
};

struct QueueEntry {
    RiskAssessment assessment;   // without its answers: openForReview reads the whole assessment
    QString caseUrn;
    QString packTitle;
    QString levelLabel;        // the officer's level, in words
    bool highRisk = false;     // the officer's level is the top level of its form
    bool overdue = false;      // waiting longer than the review limit
    double levelWeight = 0;    // 0 (lowest level) … 1 (highest): the queue's first sort key
};

// A submission opened by a supervisor: everything needed to decide.
struct ReviewPacket {
    RiskAssessment assessment;
    FormPack pack;
    QString caseUrn;
    QList<Incident> incidents;                  // the case's course of conduct
    std::optional<RiskAssessment> previous;     // the last approved version of the same form
};

struct ReviewDue {
    qint64 caseId = 0;
    QString caseUrn;
    QDate due;
};

struct RiskServiceConfig {
    RiskConfig risk;
    int queueWaitLimitHours = 24;   // a submission waiting longer is flagged overdue in the queue
};

class RiskAssessmentService {
public:
    // Without a config, the unit's policy in the store (UnitPolicyService), read again whenever a
    // next review date is set: the unit's intervals, never a desk's (issue 24).
    RiskAssessmentService(Database& db, const Session& session,
                          const FormPackCatalogue& packs = FormPackCatalogue::shipped(),
                          std::optional<RiskServiceConfig> config = std::nullopt);

    void setAccessJustification(const QString& justification) { m_access.setJustification(justification); }

    // A new draft on the newest version of the pack. If this form already has an unfinished
    // (draft or returned) version on the case, that one is returned instead: nothing is lost.
    Result<RiskAssessment> startAssessment(qint64 caseId, const QString& packId, qint64 personId = 0);
    // Saves the officer's answers, level, rationale and referral decisions; the score and
    // suggested level are recomputed here, never taken from the caller.
    Result<RiskAssessment> saveDraft(RiskAssessment edited);
    // Saves and submits for supervisory review. Refuses an incomplete form (naming the unanswered
    // questions), a level below the suggested one, a missing rationale or MARAC decision.
    Result<RiskAssessment> submit(RiskAssessment edited);
    // Supervisor only, never one's own. `levelAgreed` empty: the officer's level. The supervisor
    // may raise the level (with a comment saying why) but not lower it: return it instead.
    Result<RiskAssessment> approve(qint64 assessmentId, const QString& levelAgreed, const QString& comments);
    Result<RiskAssessment> returnForChanges(qint64 assessmentId, const QString& comments);

    Result<RiskAssessment> get(qint64 assessmentId) const;
    Result<QList<RiskAssessment>> history(qint64 caseId) const;   // every version, by form then version
    Result<QList<AnswerChange>> diff(qint64 beforeId, qint64 afterId) const;
    Result<FormPack> packFor(const RiskAssessment& assessment) const;   // the version it was answered on
    Result<RiskContext> contextFor(qint64 caseId) const;
    RiskSummary summarise(const FormPack& pack, const RiskAssessment& a, const RiskContext& context) const;

    // Submissions on the cases this supervisor sees in full (their teams', or granted; need to
    // know): high risk first, then oldest first.
    Result<QList<QueueEntry>> supervisorQueue() const;
    // Opens one submission for review; recorded in the audit trail as a consultation.
    Result<ReviewPacket> openForReview(qint64 assessmentId);
    // Cases whose risk review date has passed (cases.risk_review_due < today).
    Result<QList<ReviewDue>> overdueReviews() const;

    const Session& session() const { return m_session; }
    const FormPackCatalogue& packs() const { return m_packs; }

private:
    Result<RiskAssessment> decode(const StoredAssessment& stored) const;
    // The transition's permission on the assessment's case; the case as checked, for the audit record.
    Result<CaseAccess::Ref> checkTransition(const RiskAssessment& current, AssessmentEvent event) const;
    Result<RiskAssessment> saveEdits(RiskAssessment edited, AssessmentEvent event);
    Status validateForSubmission(const FormPack& pack, const RiskAssessment& a, const RiskContext& context) const;
    Status audit(const CaseAccess::Ref& c, const RiskAssessment& before, const RiskAssessment& after, bool created);

    Database& m_db;
    Session m_session;
    const FormPackCatalogue& m_packs;
    // The intervals a next review date is set from: the unit's as stored now, unless a config was given.
    ReviewIntervals reviewIntervals() const;

    RiskServiceConfig m_config;
    bool m_followsUnitPolicy = false;
    CaseAccess m_access;
};

// The level's position among its form's levels, 0 (lowest) to 1 (highest); 0 when unknown.
double levelWeight(const FormPack& pack, const QString& levelId);
QString riskLevelLabel(const FormPack& pack, const QString& levelId);   // "High"; the id when unknown

} // namespace conduct
