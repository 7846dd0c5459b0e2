#include "store/ChargingFileRepository.h"

#include "store/AccessGrantRepository.h"
#include "store/CaseRepository.h"
#include "store/ChargingFileCodec.h"
#include "store/Database.h"
#include "store/server/ServerAuthority.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingFileRepository", text); }

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parsed(const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QString contentOf(const ChargingDocument& d)
{
    return compact(d.form == ChargingForm::Mg3 ? chargingcodec::toJson(d.mg3) : chargingcodec::toJson(d.mg5));
}

const QString kColumns = QStringLiteral(
    "d.id, d.case_id, d.form, d.version, d.content, d.status, d.author_user_id, COALESCE(u.display_name, ''), "
    "d.created_utc, d.updated_utc, d.submitted_utc, d.row_version");

ChargingDocument readDocument(const QSqlQuery& q)
{
    ChargingDocument d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.form = chargingFormFromCode(q.value(2).toString()).value_or(ChargingForm::Mg3);
    d.version = q.value(3).toInt();
    if (d.form == ChargingForm::Mg3)
        chargingcodec::fromJson(parsed(q.value(4)), d.mg3);
    else
        chargingcodec::fromJson(parsed(q.value(4)), d.mg5);
    d.status = chargingStatusFromCode(q.value(5).toString()).value_or(ChargingStatus::Draft);
    d.authorUserId = q.value(6).toLongLong();
    d.authorName = q.value(7).toString();
    d.createdUtc = fromDbTime(q.value(8));
    d.updatedUtc = fromDbTime(q.value(9));
    d.submittedUtc = fromDbTime(q.value(10));
    d.rowVersion = q.value(11).toLongLong();
    return d;
}
} // namespace

Result<QList<ChargingDocument>> ChargingFileRepository::select(const QString& where, const QVariantList& params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM charging_documents d LEFT JOIN users u ON u.id = d.author_user_id "
                                      "WHERE %2 ORDER BY d.version")
                           .arg(kColumns, where),
                       params);
    if (!q.ok()) return q.error();
    QList<ChargingDocument> out;
    while (q->next()) out.append(readDocument(q.value()));
    if (Status s = attachReviews(out); !s.ok()) return s.error();
    return out;
}

Status ChargingFileRepository::attachReviews(QList<ChargingDocument>& documents) const
{
    QHash<qint64, ChargingDocument*> byId;
    for (ChargingDocument& d : documents) byId.insert(d.id, &d);
    if (byId.isEmpty()) return {};
    // One query for the case's reviews rather than one per version.
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.document_id, r.reviewer_user_id, r.decision, r.supervisor_part, r.reasons, "
                                      "r.reviewer_name, r.reviewer_rank, r.reviewer_number, r.reviewer_email, r.review_utc "
                                      "FROM charging_document_reviews r JOIN charging_documents d ON d.id = r.document_id "
                                      "WHERE d.case_id = ? AND d.form = ? ORDER BY r.id"),
                       {documents.first().caseId, chargingFormCode(documents.first().form)});
    if (!q.ok()) return q.error();
    while (q->next()) {
        ChargingDocument* d = byId.value(q->value(1).toLongLong());
        if (!d) continue;
        ChargingReview r;
        r.id = q->value(0).toLongLong();
        r.reviewer = {q->value(2).toLongLong(), q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
                      q->value(9).toString()};
        r.decision = fromCode<ReviewDecision>(q->value(3).toString()).value_or(ReviewDecision::Returned);
        chargingcodec::fromJson(parsed(q->value(4)), r.supervisorPart);
        r.reasons = q->value(5).toString();
        r.reviewUtc = fromDbTime(q->value(10));
        d->reviews.append(r);
    }
    return {};
}

Result<QList<ChargingDocument>> ChargingFileRepository::versions(qint64 caseId, ChargingForm form) const
{
    return select(QStringLiteral("d.case_id = ? AND d.form = ?"), {caseId, chargingFormCode(form)});
}

Result<std::optional<ChargingDocument>> ChargingFileRepository::get(qint64 documentId) const
{
    auto one = select(QStringLiteral("d.id = ?"), {documentId});
    if (!one.ok()) return one.error();
    return one->isEmpty() ? std::optional<ChargingDocument>() : std::optional<ChargingDocument>(one->first());
}

Result<int> ChargingFileRepository::latestVersionNumber(qint64 caseId, ChargingForm form) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM charging_documents WHERE case_id = ? AND form = ?"),
                         {caseId, chargingFormCode(form)});
    if (!v.ok()) return v.error();
    return v->toInt();
}

Result<qint64> ChargingFileRepository::insert(const ChargingDocument& d) const
{
    // A new draft takes the column's default on a server store, whose desks may not write the
    // status (ServerAuthority.h); any other status is sent, for the server's grants to judge.
    if (d.status == ChargingStatus::Draft && writesAuthorityThroughServer(m_db))
        return m_db.insert(QStringLiteral("INSERT INTO charging_documents (case_id, form, version, content, author_user_id, "
                                          "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {d.caseId, chargingFormCode(d.form), d.version, contentOf(d), d.authorUserId,
                            toDbTime(d.createdUtc), toDbTime(d.updatedUtc)});
    return m_db.insert(QStringLiteral("INSERT INTO charging_documents (case_id, form, version, content, status, author_user_id, "
                                      "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {d.caseId, chargingFormCode(d.form), d.version, contentOf(d), chargingStatusCode(d.status),
                        d.authorUserId, toDbTime(d.createdUtc), toDbTime(d.updatedUtc)});
}

Status ChargingFileRepository::updateContent(const ChargingDocument& d, const QDateTime& nowUtc) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE charging_documents SET content = ?, updated_utc = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ? AND status IN ('draft', 'returned')"),
                       {contentOf(d), toDbTime(nowUtc), d.id, d.rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Charging file"), QStringLiteral("charging_document"), d.id);
    return {};
}

Status ChargingFileRepository::setStatus(qint64 documentId, ChargingStatus status, const QDateTime& nowUtc, bool submitted) const
{
    if (writesAuthorityThroughServer(m_db)) {
        // On a server store the owner's functions write the status (ServerAuthority.h): submitting
        // here; an approval or return was written, with its review, by insertReview's function.
        if (status != ChargingStatus::Submitted) return {};
        auto r = m_db.exec(QStringLiteral("SELECT conduct_submit_charging_document(?)"), {documentId});
        if (!r.ok()) return r.error();
        return {};
    }
    return m_db.write(QStringLiteral("UPDATE charging_documents SET status = ?, updated_utc = ?, row_version = row_version + 1, "
                                     "submitted_utc = CASE WHEN ? = 1 THEN ? ELSE submitted_utc END WHERE id = ?"),
                      {chargingStatusCode(status), toDbTime(nowUtc), submitted ? 1 : 0, toDbTime(nowUtc), documentId});
}

Result<qint64> ChargingFileRepository::insertReview(qint64 documentId, const ChargingReview& r) const
{
    if (writesAuthorityThroughServer(m_db)) {
        // The four-eyes rule of issue 22 checked again on the server, which also sets the status and
        // takes the reviewer's name, rank and e-mail from the signed-in role's account.
        auto id = m_db.scalar(QStringLiteral("SELECT conduct_review_charging_document(?, ?, ?, ?)"),
                              {documentId, toCode(r.decision), r.reasons, compact(chargingcodec::toJson(r.supervisorPart))});
        if (!id.ok()) return id.error();
        return id->toLongLong();
    }
    return m_db.insert(QStringLiteral("INSERT INTO charging_document_reviews (document_id, reviewer_user_id, decision, "
                                      "supervisor_part, reasons, reviewer_name, reviewer_rank, reviewer_number, reviewer_email, "
                                      "review_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {documentId, r.reviewer.userId, toCode(r.decision), compact(chargingcodec::toJson(r.supervisorPart)),
                        r.reasons, r.reviewer.name, r.reviewer.rank, r.reviewer.number, r.reviewer.email,
                        toDbTime(r.reviewUtc)});
}

Result<QList<ChargingQueueItem>> ChargingFileRepository::submitted(qint64 viewerUserId, const QDateTime& nowUtc) const
{
    const FullViewCondition full = fullViewCondition(QStringLiteral("c"), viewerUserId, nowUtc);
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.case_id, c.urn, d.form, d.version, COALESCE(u.display_name, ''), "
                                      "d.submitted_utc FROM charging_documents d JOIN cases c ON c.id = d.case_id "
                                      "LEFT JOIN users u ON u.id = d.author_user_id WHERE d.status = 'submitted' AND %1 "
                                      "ORDER BY d.submitted_utc, d.id")
                           .arg(full.sql),
                       full.params);
    if (!q.ok()) return q.error();
    QList<ChargingQueueItem> out;
    while (q->next())
        out.append(ChargingQueueItem{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                           chargingFormFromCode(q->value(3).toString()).value_or(ChargingForm::Mg3), q->value(4).toInt(),
                           q->value(5).toString(), fromDbTime(q->value(6))});
    return out;
}

} // namespace conduct
