#pragma once
// What every case-part service shares with CaseService: the permission check through the case's
// owner (issue 3), one transaction per change with its audit record (DPA 2018 s62), and the
// case's "updated" time. Used by the withdrawal, victim care, orders and charging services.

#include "common/Result.h"
#include "security/AuditRecord.h"
#include "security/Permissions.h"
#include "security/User.h"
#include "store/Database.h"

#include <QJsonObject>

namespace conduct {

class CaseWork {
public:
    struct Ref {
        qint64 id = 0;
        QString urn;
    };

    CaseWork(Database& db, const Session& session) : m_db(db), m_session(session) {}
    void setAccessJustification(const QString& justification) { m_justification = justification; }

    Database& db() const { return m_db; }
    const Session& session() const { return m_session; }
    const QString& justification() const { return m_justification; }

    Result<Ref> check(qint64 caseId, Action action) const;
    Status touch(qint64 caseId) const;
    // Ids of the people of the case, for checking links to them.
    Result<QList<qint64>> personIds(qint64 caseId) const;
    Status audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId, const QJsonObject& before,
                 const QJsonObject& after) const;

    // Runs `work` in one transaction: all of it is saved (with its audit records), or none of it.
    template <typename T, typename Work>
    Result<T> inTransaction(Work&& work) const
    {
        Transaction tx(m_db);
        if (!tx.status().ok()) return tx.status().error();
        Result<T> result = work();
        if (!result.ok()) return result;
        if (Status s = tx.commit(); !s.ok()) return s.error();
        return result;
    }

    template <typename T> static Status statusOf(const Result<T>& r) { return r.ok() ? Status{} : Status{r.error()}; }

private:
    Database& m_db;
    Session m_session;
    QString m_justification;
};

} // namespace conduct
