#pragma once
// The versions of each case's MG3 and MG5 and the supervisors' reviews of them
// (charging_documents, charging_document_reviews; schema v12). SQL only: the workflow, the
// four-eyes rule and the audit records live in ChargingFileService; the store's triggers hold
// the same rules against any other writer.

#include "common/Result.h"
#include "domain/ChargingFile.h"

#include <QList>

namespace conduct {

class Database;

class ChargingFileRepository {
public:
    explicit ChargingFileRepository(const Database& db) : m_db(db) {}

    Result<QList<ChargingDocument>> versions(qint64 caseId, ChargingForm form) const;   // oldest first
    Result<std::optional<ChargingDocument>> get(qint64 documentId) const;
    Result<int> latestVersionNumber(qint64 caseId, ChargingForm form) const;            // 0 when none
    Result<qint64> insert(const ChargingDocument& document) const;
    // The police part of a draft or returned version; a conflict when rowVersion is stale.
    Status updateContent(const ChargingDocument& document, const QDateTime& nowUtc) const;
    // Whether `edited` holds what `stored` holds, as it would be stored (issue 30: a save with no
    // changes writes nothing).
    static bool sameContent(const ChargingDocument& stored, const ChargingDocument& edited);
    Status setStatus(qint64 documentId, ChargingStatus status, const QDateTime& nowUtc, bool submitted) const;
    Result<qint64> insertReview(qint64 documentId, const ChargingReview& review) const;

    // Oldest submission first, of the cases `viewerUserId` sees in full (need to know: their own,
    // their teams', or granted), for a supervisor's queue.
    Result<QList<ChargingQueueItem>> submitted(qint64 viewerUserId, const QDateTime& nowUtc) const;

private:
    Result<QList<ChargingDocument>> select(const QString& where, const QVariantList& params) const;
    Status attachReviews(QList<ChargingDocument>& documents) const;

    const Database& m_db;
};

} // namespace conduct
