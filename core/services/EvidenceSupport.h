#pragma once
// Internal helpers shared by the EvidenceService source files.

#include "common/Result.h"
#include "domain/Evidence.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace conduct::evidence_detail {

// Runs `work` in one transaction: all of it is saved (with its audit records), or none of it.
template <typename T, typename Work>
Result<T> inTransaction(Database& db, Work&& work)
{
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status().error();
    Result<T> result = work();
    if (!result.ok()) return result;
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return result;
}

template <typename T> Status statusOf(const Result<T>& r) { return r.ok() ? Status{} : Status{r.error()}; }

QJsonObject auditFields(const ChecklistItemRecord& item);
QJsonObject auditFields(const Exhibit& exhibit);
QJsonObject auditFields(const AttachmentInfo& attachment);
QJsonObject auditFields(const CaseMeasure& measure);
QJsonObject auditFields(const OffenceChoice& choice);

} // namespace conduct::evidence_detail
