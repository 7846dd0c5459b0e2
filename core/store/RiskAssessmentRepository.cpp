#include "store/RiskAssessmentRepository.h"

#include "domain/Codes.h"
#include "store/AccessGrantRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/server/ServerAuthority.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::RiskAssessmentRepository", text); }

// The columns readRow reads, in its order; `answers` is r.answers, or NULL where a list leaves them out.
QString columns(const char* answers)
{
    return QStringLiteral(
               "r.id, r.case_id, r.person_id, r.pack_id, r.pack_version, r.instrument_version_no, %1, r.score, "
               "r.suggested_level, r.officer_level, r.rationale, r.marac_decision, r.marac_date, r.marac_reason, "
               "r.mappa_decision, r.mappa_date, r.mappa_reason, r.next_review_date, r.status, r.author_user_id, "
               "r.created_utc, r.updated_utc, r.submitted_utc, r.row_version, COALESCE(u.display_name, ''), c.urn, "
               "r.transferred_from")
        .arg(QLatin1String(answers));
}

QByteArray compactJson(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QVariantList referralParams(const ReferralRecord& r)
{
    return {referralDecisionCode(r.decision), toDbDate(r.date), r.reason};
}

ReferralRecord readReferral(const QSqlQuery& q, int first)
{
    ReferralRecord r;
    r.decision = referralDecisionFromCode(q.value(first).toString()).value_or(ReferralDecision::NotDecided);
    r.date = fromDbDate(q.value(first + 1));
    r.reason = q.value(first + 2).toString();
    return r;
}

StoredAssessment readRow(const QSqlQuery& q)
{
    StoredAssessment s;
    RiskAssessment& a = s.assessment;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.personId = q.value(2).toLongLong();
    a.packId = q.value(3).toString();
    a.packVersion = q.value(4).toInt();
    a.versionNo = q.value(5).toInt();
    if (const QVariant answers = q.value(6); !answers.isNull()) s.answersJson = QJsonDocument::fromJson(answers.toString().toUtf8()).object();
    a.score = q.value(7).toInt();
    a.suggestedLevel = q.value(8).toString();
    a.officerLevel = q.value(9).toString();
    a.rationale = q.value(10).toString();
    a.marac = readReferral(q, 11);
    a.mappa = readReferral(q, 14);
    a.nextReviewDate = fromDbDate(q.value(17));
    a.status = assessmentStatusFromCode(q.value(18).toString()).value_or(AssessmentStatus::Draft);
    a.authorUserId = q.value(19).toLongLong();
    a.createdUtc = fromDbTime(q.value(20));
    a.updatedUtc = fromDbTime(q.value(21));
    a.submittedUtc = fromDbTime(q.value(22));
    a.rowVersion = q.value(23).toInt();
    a.authorName = q.value(24).toString();
    s.caseUrn = q.value(25).toString();
    a.transferredFrom = q.value(26).toString();
    return s;
}
} // namespace

Result<qint64> RiskAssessmentRepository::insert(const RiskAssessment& a, const QJsonObject& answersJson) const
{
    // A new draft takes the column's default on a server store, whose desks may not write the
    // status (ServerAuthority.h); any other status is sent, for the server's grants to judge.
    const bool statusByDefault = a.status == AssessmentStatus::Draft && writesAuthorityThroughServer(m_db);
    QVariantList params = {a.caseId, a.personId ? QVariant(a.personId) : QVariant(), a.packId, a.packVersion, a.versionNo,
                           QString::fromUtf8(compactJson(answersJson)), a.score, a.suggestedLevel, a.officerLevel, a.rationale};
    params += referralParams(a.marac);
    params += referralParams(a.mappa);
    params << toDbDate(a.nextReviewDate);
    if (!statusByDefault) params << assessmentStatusCode(a.status);
    params << a.authorUserId << toDbTime(a.createdUtc) << toDbTime(a.updatedUtc)
           << (a.submittedUtc.isValid() ? toDbTime(a.submittedUtc) : QVariant());
    auto r = m_db.insert(QStringLiteral(
                           "INSERT INTO risk_assessments (case_id, person_id, pack_id, pack_version, instrument_version_no, "
                           "answers, score, suggested_level, officer_level, rationale, marac_decision, marac_date, marac_reason, "
                           "mappa_decision, mappa_date, mappa_reason, next_review_date, %1author_user_id, created_utc, "
                           "updated_utc, submitted_utc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,%2?,?,?,?)")
                           .arg(statusByDefault ? QString() : QStringLiteral("status, "),
                                statusByDefault ? QString() : QStringLiteral("?,")),
                       params);
    if (!r.ok()) return r.error();
    return r.value();
}

Status RiskAssessmentRepository::update(const RiskAssessment& a, const QJsonObject& answersJson) const
{
    // On a server store the status is the owner's functions' to write (ServerAuthority.h), and the
    // row version moves on once per step: by the submit function when there is one.
    const bool throughServer = writesAuthorityThroughServer(m_db);
    const bool submitting = throughServer && a.status == AssessmentStatus::Submitted;
    QVariantList params = {a.personId ? QVariant(a.personId) : QVariant(), QString::fromUtf8(compactJson(answersJson)),
                           a.score, a.suggestedLevel, a.officerLevel, a.rationale};
    params += referralParams(a.marac);
    params += referralParams(a.mappa);
    params << toDbDate(a.nextReviewDate);
    if (!throughServer) params << assessmentStatusCode(a.status);
    params << toDbTime(a.updatedUtc) << (a.submittedUtc.isValid() ? toDbTime(a.submittedUtc) : QVariant()) << a.id << a.rowVersion;
    auto r = m_db.exec(QStringLiteral(
                           "UPDATE risk_assessments SET person_id = ?, answers = ?, score = ?, suggested_level = ?, "
                           "officer_level = ?, rationale = ?, marac_decision = ?, marac_date = ?, marac_reason = ?, "
                           "mappa_decision = ?, mappa_date = ?, mappa_reason = ?, next_review_date = ?, %1"
                           "updated_utc = ?, submitted_utc = ?%2 WHERE id = ? AND row_version = ?")
                           .arg(throughServer ? QString() : QStringLiteral("status = ?, "),
                                submitting ? QString() : QStringLiteral(", row_version = row_version + 1")),
                       params);
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Risk assessment"), QStringLiteral("risk_assessment"), a.id);
    if (submitting)
        if (auto sent = m_db.exec(QStringLiteral("SELECT conduct_submit_assessment(?)"), {a.id}); !sent.ok()) return sent.error();
    return {};
}

Status RiskAssessmentRepository::updateWorkflow(const RiskAssessment& a) const
{
    if (writesAuthorityThroughServer(m_db)) {
        // The status and the new version are the review function's (insertReview, which follows).
        auto r = m_db.exec(QStringLiteral("UPDATE risk_assessments SET next_review_date = ?, updated_utc = ? "
                                          "WHERE id = ? AND row_version = ?"),
                           {toDbDate(a.nextReviewDate), toDbTime(a.updatedUtc), a.id, a.rowVersion});
        if (!r.ok()) return r.error();
        if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Risk assessment"), QStringLiteral("risk_assessment"), a.id);
        return {};
    }
    auto r = m_db.exec(QStringLiteral("UPDATE risk_assessments SET status = ?, next_review_date = ?, updated_utc = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       {assessmentStatusCode(a.status), toDbDate(a.nextReviewDate), toDbTime(a.updatedUtc), a.id, a.rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Risk assessment"), QStringLiteral("risk_assessment"), a.id);
    return {};
}

Status RiskAssessmentRepository::removeDraft(qint64 id, int rowVersion) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM risk_assessments WHERE id = ? AND row_version = ? AND status = 'draft'"),
                       {id, rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Risk assessment"), QStringLiteral("risk_assessment"), id);
    return {};
}

Result<qint64> RiskAssessmentRepository::insertReview(const AssessmentReview& review) const
{
    if (writesAuthorityThroughServer(m_db)) {
        // Protocol 3.7's four-eyes rule, checked again on the server; the reviewer is the signed-in role.
        auto r = m_db.scalar(QStringLiteral("SELECT conduct_review_assessment(?, ?, ?, ?)"),
                             {review.assessmentId, toCode(review.decision), review.levelAgreed, review.comments});
        if (!r.ok()) return r.error();
        return r->toLongLong();
    }
    auto r = m_db.insert(QStringLiteral("INSERT INTO assessment_reviews (assessment_id, reviewer_user_id, decision, level_agreed, "
                                      "comments, review_utc) VALUES (?,?,?,?,?,?)"),
                       {review.assessmentId, review.reviewerUserId,
                        toCode(review.decision),
                        review.levelAgreed, review.comments, toDbTime(review.timeUtc)});
    if (!r.ok()) return r.error();
    return r.value();
}

Result<QList<StoredAssessment>> RiskAssessmentRepository::select(const QString& filter, const QString& order,
                                                                 const QVariantList& params, Answers answers) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM risk_assessments r JOIN cases c ON c.id = r.case_id "
                                      "LEFT JOIN users u ON u.id = r.author_user_id WHERE %2 ORDER BY %3")
                           .arg(columns(answers == Answers::Read ? "r.answers" : "NULL"), filter, order),
                       params);
    if (!r.ok()) return r.error();
    QList<StoredAssessment> rows;
    while (r->next()) rows.append(readRow(r.value()));
    if (Status s = attachReviews(rows, filter, params); !s.ok()) return s.error();
    return rows;
}

// The reviews of the rows just read, found by the same filter: one query whatever the number of
// rows (a list of ids as parameters grows with the queue and has a limit; SQLite chose to scan
// every review for it).
Status RiskAssessmentRepository::attachReviews(QList<StoredAssessment>& rows, const QString& filter, const QVariantList& params) const
{
    if (rows.isEmpty()) return {};
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < rows.size(); ++i) byId.insert(rows[i].assessment.id, i);
    auto r = m_db.exec(QStringLiteral("SELECT v.id, v.assessment_id, v.reviewer_user_id, COALESCE(u.display_name, ''), v.decision, "
                                      "v.level_agreed, v.comments, v.review_utc FROM assessment_reviews v "
                                      "JOIN risk_assessments r ON r.id = v.assessment_id "
                                      "LEFT JOIN users u ON u.id = v.reviewer_user_id WHERE %1 ORDER BY v.id")
                           .arg(filter),
                       params);
    if (!r.ok()) return r.error();
    while (r->next()) {
        const auto row = byId.constFind(r->value(1).toLongLong());
        if (row == byId.constEnd()) continue;   // written since the rows were read
        AssessmentReview v;
        v.id = r->value(0).toLongLong();
        v.assessmentId = r->value(1).toLongLong();
        v.reviewerUserId = r->value(2).toLongLong();
        v.reviewerName = r->value(3).toString();
        v.decision = fromCode<ReviewDecision>(r->value(4).toString()).value_or(ReviewDecision::Returned);
        v.levelAgreed = r->value(5).toString();
        v.comments = r->value(6).toString();
        v.timeUtc = fromDbTime(r->value(7));
        rows[row.value()].assessment.reviews.append(v);
    }
    return attachTransferredReviews(rows, byId, filter, params);
}

Status RiskAssessmentRepository::attachTransferredReviews(QList<StoredAssessment>& rows, const QHash<qint64, qsizetype>& byId,
                                                          const QString& filter, const QVariantList& params) const
{
    auto r = m_db.exec(QStringLiteral("SELECT v.assessment_id, v.source_database, v.reviewer_name, v.decision, v.level_agreed, "
                                      "v.comments, v.review_utc FROM transferred_reviews v "
                                      "JOIN risk_assessments r ON r.id = v.assessment_id WHERE %1 ORDER BY v.review_utc, v.id")
                           .arg(filter),
                       params);
    if (!r.ok()) return r.error();
    while (r->next()) {
        const auto row = byId.constFind(r->value(0).toLongLong());
        if (row == byId.constEnd()) continue;
        TransferredReview v;
        v.sourceDatabase = r->value(1).toString();
        v.reviewerName = r->value(2).toString();
        v.decision = fromCode<ReviewDecision>(r->value(3).toString()).value_or(ReviewDecision::Returned);
        v.levelAgreed = r->value(4).toString();
        v.comments = r->value(5).toString();
        v.timeUtc = fromDbTime(r->value(6));
        rows[row.value()].assessment.transferredReviews.append(v);
    }
    return {};
}

Result<StoredAssessment> RiskAssessmentRepository::get(qint64 id) const
{
    auto rows = select(QStringLiteral("r.id = ?"), QStringLiteral("r.id"), {id});
    if (!rows.ok()) return rows.error();
    if (rows->isEmpty()) return Error{tr("Risk assessment"), tr("The risk assessment no longer exists.")};
    return rows->first();
}

Result<QList<StoredAssessment>> RiskAssessmentRepository::listForCase(qint64 caseId) const
{
    return select(QStringLiteral("r.case_id = ?"), QStringLiteral("r.pack_id, r.instrument_version_no"), {caseId});
}

Result<QList<StoredAssessment>> RiskAssessmentRepository::listWithStatus(AssessmentStatus status, qint64 viewerUserId,
                                                                         const QDateTime& nowUtc) const
{
    // An imported case can bring several versions that were submitted or approved in the other
    // database; all arrive submitted (issue 24), but only the newest of each pack waits for a
    // supervisor here. The older ones stay on the case as history.
    QString filter = QStringLiteral("r.status = ? AND NOT (r.transferred_from <> '' AND EXISTS (SELECT 1 FROM risk_assessments n "
                                    "WHERE n.case_id = r.case_id AND n.pack_id = r.pack_id "
                                    "AND n.instrument_version_no > r.instrument_version_no))");
    QVariantList params{assessmentStatusCode(status)};
    if (viewerUserId != 0) {
        // A sub-select on the case id keeps the filter a condition on r alone (attachReviews reuses it).
        const FullViewCondition full = fullViewCondition(QStringLiteral("seen"), viewerUserId, nowUtc);
        filter += QStringLiteral(" AND r.case_id IN (SELECT seen.id FROM cases seen WHERE %1)").arg(full.sql);
        params += full.params;
    }
    return select(filter, QStringLiteral("r.submitted_utc, r.id"), params, Answers::Skip);
}

Result<int> RiskAssessmentRepository::nextVersionNo(qint64 caseId, const QString& packId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(max(instrument_version_no), 0) + 1 FROM risk_assessments "
                                        "WHERE case_id = ? AND pack_id = ?"),
                         {caseId, packId});
    if (!v.ok()) return v.error();
    return v->toInt();
}

Result<std::optional<qint64>> RiskAssessmentRepository::findOpen(qint64 caseId, const QString& packId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM risk_assessments WHERE case_id = ? AND pack_id = ? "
                                        "AND status IN ('draft', 'returned') ORDER BY instrument_version_no DESC LIMIT 1"),
                         {caseId, packId});
    if (!v.ok()) return v.error();
    if (v->isNull()) return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<RiskCaseFacts> RiskAssessmentRepository::caseFacts(qint64 caseId, const QDateTime& reportedFromUtc) const
{
    RiskCaseFacts facts;
    auto people = m_db.exec(QStringLiteral("SELECT id, role, relationship FROM people WHERE case_id = ? ORDER BY id"), {caseId});
    if (!people.ok()) return people.error();
    while (people->next()) {
        const QString role = people->value(1).toString();
        if (role == toCode(PersonRole::Complainant) && facts.firstComplainantId == 0) facts.firstComplainantId = people->value(0).toLongLong();
        if (role == toCode(PersonRole::Suspect) && !facts.suspectRelationship) facts.suspectRelationship = people->value(2).toString();
    }
    auto counts = m_db.exec(QStringLiteral("SELECT count(*), COALESCE(sum(CASE WHEN reported_to_police <> 0 AND start_utc >= ? "
                                           "THEN 1 ELSE 0 END), 0) FROM incidents WHERE case_id = ?"),
                            {toDbTime(reportedFromUtc), caseId});
    if (!counts.ok()) return counts.error();
    if (counts->next()) {
        facts.incidentCount = counts->value(0).toInt();
        facts.reportedSince = counts->value(1).toInt();
    }
    return facts;
}

} // namespace conduct
