#include "services/CaseWork.h"

#include "common/Clock.h"
#include "store/CaseRepository.h"
#include "store/PersonRepository.h"

namespace conduct {

Status CaseWork::touch(qint64 caseId) const
{
    auto touched = CaseRepository(m_db).touch(caseId, Clock::nowUtc());
    if (!touched.ok()) return touched.error();
    if (!touched.value()) return caseGoneError();
    return {};
}

Result<QList<qint64>> CaseWork::personIds(qint64 caseId) const { return PersonRepository(m_db).idsForCase(caseId); }

} // namespace conduct
