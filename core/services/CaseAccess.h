#pragma once
// The one guard between a signed-in user and a case (issue 27). Every service that reads or
// changes a case asks it first: it finds the case, applies the permission table, and writes the
// audit records of what was done to the case (DPA 2018 s62).
//
// Need to know (issue 24): a user sees a case in full when they are its officer in the case or
// its supervisor, or share a team with its officer in the case (AccessGrantRepository's rule).
// Anyone else needs a justified-access grant (services/AccessGrants: reason, 15+ characters of
// text, ending at sign-out, lock or after 8 hours) to read or change it; without one the guard
// refuses with "open this case with a reason first". The permission table still says what each
// role may do: a role it keeps out of other officers' cases (ViewOthersCase denied:
// administrators) is kept out whatever grant is asked for, and no grant lets an officer delete.
// The grant's reason is named in the consultation records written through audit().

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

    // Why this user opened the case, for its consultation records (the grant's reason and text
    // when it was opened under a grant). It grants nothing: access comes from the rule above.
    void setJustification(const QString& justification) { m_justification = justification; }
    const QString& justification() const { return m_justification; }
    const Session& session() const { return m_session; }

    // Finds the case and checks `action` on it for this user: full view or a grant, then the table.
    Result<Ref> check(qint64 caseId, Action action) const;
    // The check alone, for callers that need no reference to the case.
    Status require(qint64 caseId, Action action) const;
    // The case's URN for a record of an action already checked; no permission is applied.
    Result<Ref> find(qint64 caseId) const;
    // The permission this user has on a case, without touching it: Allowed when they see it in
    // full or hold a grant, NeedsJustification when they may open it with a grant (the UI asks for
    // the reason), Denied when their roles keep them out or the store cannot say.
    Decision accessTo(qint64 caseId) const;
    // Refused, naming the permission, when this user's roles keep them out of other officers' cases.
    Status mayOpenOthersCases() const;

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
