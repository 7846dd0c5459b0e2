#pragma once
// Stored risk assessments and their supervisor reviews (schema v4). The store's triggers refuse
// any change to a submitted assessment's answers and levels and any change at all to an approved
// assessment or a review; this class only reads and writes rows.

#include "common/Result.h"
#include "domain/RiskAssessment.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace conduct {

class Database;

// An assessment as read from the store: its answers are still JSON, because turning them into
// FormAnswers needs the pack version they were given on.
struct StoredAssessment {
    RiskAssessment assessment;   // answers left empty
    QJsonObject answersJson;
    QString caseUrn;
};

// What a risk form takes from the rest of the case (RiskAssessmentService::contextFor).
struct RiskCaseFacts {
    qint64 firstComplainantId = 0;               // the complainant added first; 0 when there is none
    std::optional<QString> suspectRelationship;  // the first suspect's relationship code, if there is a suspect
    int incidentCount = 0;
    int reportedSince = 0;                       // incidents reported to police since the window's start
};

class RiskAssessmentRepository {
public:
    explicit RiskAssessmentRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const RiskAssessment& a, const QJsonObject& answersJson) const;
    // Writes every column the officer or the workflow may change; conflict when a.rowVersion is stale.
    Status update(const RiskAssessment& a, const QJsonObject& answersJson) const;
    // A supervisor's decision: only the status, review date and times change, never what was assessed.
    // Called before insertReview. On a server store it leaves the status and version to the review
    // function that insertReview calls (ServerAuthority.h).
    Status updateWorkflow(const RiskAssessment& a) const;
    Status removeDraft(qint64 id, int rowVersion) const;
    Result<qint64> insertReview(const AssessmentReview& review) const;

    Result<StoredAssessment> get(qint64 id) const;
    Result<QList<StoredAssessment>> listForCase(qint64 caseId) const;              // by pack, then version
    // Across all cases, oldest submission first, without answers (answersJson empty): for queues.
    // An assessment transferred from another database is left out once a newer version of its
    // pack is on the case. With `viewerUserId`, only the cases that user sees in full (need to know,
    // AccessGrantRepository's rule: their own, their teams', or granted): a supervisor's queue.
    Result<QList<StoredAssessment>> listWithStatus(AssessmentStatus status, qint64 viewerUserId = 0,
                                                   const QDateTime& nowUtc = {}) const;
    Result<int> nextVersionNo(qint64 caseId, const QString& packId) const;
    // An unfinished (draft or returned) assessment of this pack on the case, if any.
    Result<std::optional<qint64>> findOpen(qint64 caseId, const QString& packId) const;
    Result<RiskCaseFacts> caseFacts(qint64 caseId, const QDateTime& reportedFromUtc) const;

private:
    enum class Answers { Read, Skip };
    // `filter` is a condition on r (risk_assessments) only, so that the reviews can be read with it.
    Result<QList<StoredAssessment>> select(const QString& filter, const QString& order, const QVariantList& params,
                                           Answers answers = Answers::Read) const;
    Status attachReviews(QList<StoredAssessment>& rows, const QString& filter, const QVariantList& params) const;
    Status attachTransferredReviews(QList<StoredAssessment>& rows, const QHash<qint64, qsizetype>& byId, const QString& filter,
                                    const QVariantList& params) const;

    const Database& m_db;
};

} // namespace conduct
