#pragma once
// What every case-part service shares with CaseService: the case-access guard (permission
// through the case's owner, issue 3, and the audit record, DPA 2018 s62), one transaction per
// change, and the case's "updated" time. Used by the withdrawal, victim care, orders and
// charging services.

#include "common/Result.h"
#include "security/AuditRecord.h"
#include "security/Permissions.h"
#include "security/User.h"
#include "services/CaseAccess.h"
#include "store/Transaction.h"

#include <QJsonObject>

namespace conduct {

class CaseWork {
public:
    using Ref = CaseAccess::Ref;

    CaseWork(Database& db, const Session& session) : m_db(db), m_access(db, session) {}
    void setAccessJustification(const QString& justification) { m_access.setJustification(justification); }

    Database& db() const { return m_db; }
    const Session& session() const { return m_access.session(); }
    const QString& justification() const { return m_access.justification(); }
    const CaseAccess& access() const { return m_access; }

    Result<Ref> check(qint64 caseId, Action action) const { return m_access.check(caseId, action); }
    Status touch(qint64 caseId) const;
    // Ids of the people of the case, for checking links to them.
    Result<QList<qint64>> personIds(qint64 caseId) const;
    Status audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId, const QJsonObject& before,
                 const QJsonObject& after) const
    {
        return m_access.audit(action, c, entityType, entityId, before, after);
    }

    // Runs `work` in one transaction: all of it is saved (with its audit records), or none of it.
    template <typename T, typename Work>
    Result<T> inTransaction(Work&& work) const
    {
        return conduct::inTransaction<T>(m_db, std::forward<Work>(work));
    }

private:
    Database& m_db;
    CaseAccess m_access;
};

} // namespace conduct
