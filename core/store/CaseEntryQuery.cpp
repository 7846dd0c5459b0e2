#include "store/CaseEntryQuery.h"

#include "store/AccessGrantRepository.h"
#include "store/Database.h"

namespace conduct {

Result<std::optional<CaseEntry>> caseEntryFor(const Database& db, qint64 userId, qint64 caseId, const QDateTime& nowUtc)
{
    const FullViewCondition full = fullViewCondition(QStringLiteral("c"), userId, nowUtc);
    auto r = db.exec(QStringLiteral("SELECT c.urn, CASE WHEN %1 THEN 1 ELSE 0 END FROM cases c WHERE c.id = ?").arg(full.sql),
                     full.params + QVariantList{caseId});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<CaseEntry>{};
    return std::optional<CaseEntry>{CaseEntry{r->value(0).toString(), r->value(1).toInt() == 1}};
}

} // namespace conduct
