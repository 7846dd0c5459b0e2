#pragma once
// The one guard between a signed-in user and a case (issue 27). Every service that reads or
// changes a case asks it first: it finds the case, applies the permission table through the
// case's owner (issue 3: enforced here, not by hiding buttons), and writes the audit records of
// what was done to the case (DPA 2018 s62), consultations with the reason given for opening
// someone else's case. Services keep their own rules; this class keeps who may touch which case.
// A justified-access grant (officer, case, reason, text, when) would be looked up in check() and
// named in the consultation's record by audit(), so no service changes when grants arrive.

#include "common/Result.h"
#include "security/AuditRecord.h"
#include "security/Permissions.h"
#include "security/User.h"

#include <QJsonObject>

namespace conduct {

class Database;

// Refused when a case, or the record that leads to it, has gone (deleted by another desk).
Error caseGoneError();

class CaseAccess {
public:
    // A case that passed the check: what its audit records name.
    struct Ref {
        qint64 id = 0;
        QString urn;
    };

    CaseAccess(Database& db, const Session& session) : m_db(db), m_session(session) {}

    // Why this user opens a case that is not theirs (officers must say; the audit keeps it).
    void setJustification(const QString& justification) { m_justification = justification; }
    const QString& justification() const { return m_justification; }
    const Session& session() const { return m_session; }

    // Finds the case and checks `action` on it for this user, with the justification set above.
    Result<Ref> check(qint64 caseId, Action action) const { return check(caseId, action, m_justification); }
    // The same with another reason for access, e.g. a disclosure's own justification.
    Result<Ref> check(qint64 caseId, Action action, const QString& justification) const;
    // The check alone, for callers that need no reference to the case.
    Status require(qint64 caseId, Action action) const { return require(caseId, action, m_justification); }
    Status require(qint64 caseId, Action action, const QString& justification) const;
    // The case's URN for a record of an action already checked; no permission is applied.
    Result<Ref> find(qint64 caseId) const;
    // The permission this user has on a case, without touching it: for the UI to ask for a
    // justification before opening. Denied when the store cannot say.
    Decision accessTo(qint64 caseId) const;

    // Appends the audit record of an action on `entityType` `entityId` of the case, inside the
    // caller's transaction. An update keeps the changed fields; other actions keep `before` and
    // `after` as given (AuditLog::append reduces an erasure to the names of the fields). A
    // consultation carries the justification for access.
    Status audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId, const QJsonObject& before,
                 const QJsonObject& after) const;

private:
    Database& m_db;
    Session m_session;
    QString m_justification;
};

} // namespace conduct
