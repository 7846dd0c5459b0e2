#pragma once
// Internal helpers shared by the EvidenceService source files.

#include "common/Result.h"
#include "domain/Evidence.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace conduct::evidence_detail {

QJsonObject auditFields(const ChecklistItemRecord& item);
QJsonObject auditFields(const Exhibit& exhibit);
QJsonObject auditFields(const AttachmentInfo& attachment);
QJsonObject auditFields(const CaseMeasure& measure);
QJsonObject auditFields(const OffenceChoice& choice);

} // namespace conduct::evidence_detail
