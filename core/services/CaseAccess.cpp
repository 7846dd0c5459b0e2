#include "services/CaseAccess.h"

#include "security/AuditLog.h"
#include "store/CaseRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace conduct {
namespace {
// The messages keep the translation context of CaseService, where they were first written.
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseService", text); }
} // namespace

Error caseGoneError() { return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")}; }

Result<CaseAccess::Ref> CaseAccess::check(qint64 caseId, Action action, const QString& justification) const
{
    auto owned = CaseRepository(m_db).ownership(caseId);
    if (!owned.ok()) return owned.error();
    if (!owned->has_value()) return caseGoneError();
    // A justified-access grant (officer, case, reason, text, when) plugs in here: a grant held by
    // this user for this case would stand in for `justification` in the context below, and its
    // use would be named in the consultation's audit record (see audit()).
    const CaseContext context{owned.value()->oicUserId, justification};
    if (Status s = requirePermission(m_session, action, context); !s.ok()) return s.error();
    return Ref{caseId, owned.value()->urn};
}

Status CaseAccess::require(qint64 caseId, Action action, const QString& justification) const
{
    auto ref = check(caseId, action, justification);
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
    auto owned = CaseRepository(m_db).ownership(caseId);
    if (!owned.ok()) return Decision::Denied;
    const qint64 owner = owned->has_value() ? owned.value()->oicUserId : 0;
    const bool own = owner != 0 && owner == m_session.user.id;
    return PermissionTable::check(m_session.user.roles, own ? Action::ViewCase : Action::ViewOthersCase);
}

Status CaseAccess::audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId,
                         const QJsonObject& before, const QJsonObject& after) const
{
    AuditRecord record = AuditLog::recordFor(m_session, action);
    record.caseId = c.id;
    record.caseUrn = c.urn;
    record.entityType = entityType;
    record.entityId = QString::number(entityId);
    record.justification = action == AuditAction::Consult ? m_justification : QString();
    if (action == AuditAction::Update) record.setChanges(before, after);
    else {
        record.beforeJson = before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact);
        record.afterJson = after.isEmpty() ? QByteArray() : QJsonDocument(after).toJson(QJsonDocument::Compact);
    }
    return AuditLog::append(m_db, record);
}

} // namespace conduct
