#pragma once
// Checklist statuses, 3.4 lines-of-enquiry answers, case measures (PINs, postal requisitions),
// the FOUR answers and the officer's offence choices. Callers (EvidenceService) own the
// transaction; every statement is parameterised.

#include "common/Result.h"
#include "domain/Evidence.h"

#include <QJsonObject>
#include <optional>

namespace conduct {

class Database;

class EvidenceRepository {
public:
    explicit EvidenceRepository(const Database& db) : m_db(db) {}

    // Inserts or replaces the item's row (one per case, pack and item); returns its id.
    Result<qint64> upsertChecklistItem(const ChecklistItemRecord& item) const;
    // With exhibitRefs filled from the exhibit links, ordered by pack then item id.
    Result<QList<ChecklistItemRecord>> checklistForCase(qint64 caseId) const;
    Result<std::optional<ChecklistItemRecord>> checklistItem(qint64 caseId, const QString& packId,
                                                             const QString& itemId) const;
    Status setChecklistExhibits(qint64 checklistItemId, const QList<qint64>& exhibitIds) const;

    Status saveEnquiryAnswers(qint64 caseId, const QString& packId, int packVersion, const QJsonObject& answers,
                              const QString& updatedBy, const QDateTime& updatedUtc) const;
    // Empty object when nothing was recorded.
    Result<QJsonObject> enquiryAnswers(qint64 caseId, const QString& packId) const;

    Result<qint64> addMeasure(const CaseMeasure& measure) const;
    Result<QList<CaseMeasure>> measuresForCase(qint64 caseId) const;

    Status saveFourAnswers(qint64 caseId, const FourAnswers& answers, const QString& updatedBy,
                           const QDateTime& updatedUtc) const;
    Result<FourAnswers> fourAnswers(qint64 caseId) const;

    Result<qint64> addOffenceChoice(const OffenceChoice& choice) const;
    Result<std::optional<OffenceChoice>> latestOffenceChoice(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace conduct
