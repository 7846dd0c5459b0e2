#include "services/CaseAccess.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "services/AccessGrants.h"
#include "store/AccessGrantRepository.h"
#include "store/CaseEntryQuery.h"
#include "store/CaseRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace conduct {
namespace {
// The messages keep the translation context of CaseService, where they were first written.
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseService", text); }
} // namespace

Error caseGoneError() { return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")}; }

Status CaseAccess::mayOpenOthersCases() const
{
    // The case-less form of the table's check refuses NeedsJustification, so the cell is read here.
    if (m_session.user.active && PermissionTable::check(m_session.user.roles, Action::ViewOthersCase) != Decision::Denied)
        return {};
    return requirePermission(m_session, Action::ViewOthersCase);
}

Result<CaseAccess::Ref> CaseAccess::check(qint64 caseId, Action action) const
{
    // One statement finds the case and applies the need-to-know rule (issue 28: it was three).
    auto entry = caseEntryFor(m_db, m_session.user.id, caseId, Clock::nowUtc());
    if (!entry.ok()) return entry.error();
    if (!entry->has_value()) return caseGoneError();
    if (!entry.value()->allowed) {
        if (Status s = mayOpenOthersCases(); !s.ok()) return s.error();
        return fieldError(tr("Reason for access"),
                          tr("Case %1 belongs to an officer outside your teams. Open this case with a reason first "
                             "(choose it in the case list and give the reason); the reason is recorded in the "
                             "audit trail.")
                              .arg(entry.value()->urn));
    }
    // Access to the case is settled; what remains is the action on it, by the same table.
    if (Status s = requirePermission(m_session, action == Action::ViewOthersCase ? Action::ViewCase : action); !s.ok())
        return s.error();
    return Ref{caseId, entry.value()->urn};
}

Status CaseAccess::require(qint64 caseId, Action action) const
{
    auto ref = check(caseId, action);
    return ref.ok() ? Status{} : Status{ref.error()};
}

Result<CaseAccess::Ref> CaseAccess::find(qint64 caseId) const
{
    auto owned = CaseRepository(m_db).ownership(caseId);
    if (!owned.ok()) return owned.error();
    if (!owned->has_value()) return caseGoneError();
    return Ref{caseId, owned.value()->urn};
}

Decision CaseAccess::accessTo(qint64 caseId) const
{
    auto entry = caseEntryFor(m_db, m_session.user.id, caseId, Clock::nowUtc());
    if (!entry.ok() || !m_session.user.active) return Decision::Denied;
    if (entry->has_value() && entry.value()->allowed)
        return PermissionTable::check(m_session.user.roles, Action::ViewCase) == Decision::Denied ? Decision::Denied
                                                                                                  : Decision::Allowed;
    return mayOpenOthersCases().ok() ? Decision::NeedsJustification : Decision::Denied;
}

Status CaseAccess::audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId,
                         const QJsonObject& before, const QJsonObject& after) const
{
    AuditRecord record = AuditLog::recordFor(m_session, action);
    record.caseId = c.id;
    record.caseUrn = c.urn;
    record.entityType = entityType;
    record.entityId = QString::number(entityId);
    if (action == AuditAction::Consult) {
        record.justification = m_justification;
        // A consultation under a grant names the grant's reason, whoever built this guard.
        if (record.justification.isEmpty()) {
            auto grant = AccessGrantRepository(m_db).active(m_session.user.id, c.id, Clock::nowUtc());
            if (!grant.ok()) return grant.error();
            if (grant->has_value()) record.justification = accessGrantFrom(**grant).justification();
        }
    }
    if (action == AuditAction::Update) record.setChanges(before, after);
    else {
        record.beforeJson = before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact);
        record.afterJson = after.isEmpty() ? QByteArray() : QJsonDocument(after).toJson(QJsonDocument::Compact);
    }
    return AuditLog::append(m_db, record);
}

} // namespace conduct
