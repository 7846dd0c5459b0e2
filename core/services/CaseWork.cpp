#include "services/CaseWork.h"

#include "common/Clock.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseService", text); }
} // namespace

Result<CaseWork::Ref> CaseWork::check(qint64 caseId, Action action) const
{
    auto r = m_db.exec(QStringLiteral("SELECT urn, oic_user_id FROM cases WHERE id = ?"), {caseId});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")};
    const Ref ref{caseId, r->value(0).toString()};
    if (Status s = requirePermission(m_session, action, CaseContext{r->value(1).toLongLong(), m_justification}); !s.ok())
        return s.error();
    return ref;
}

Status CaseWork::touch(qint64 caseId) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE cases SET updated_utc = ? WHERE id = ?"), {toDbTime(Clock::nowUtc()), caseId});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")};
    return {};
}

Result<QList<qint64>> CaseWork::personIds(qint64 caseId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM people WHERE case_id = ?"), {caseId});
    if (!r.ok()) return r.error();
    QList<qint64> out;
    while (r->next()) out.append(r->value(0).toLongLong());
    return out;
}

Status CaseWork::audit(AuditAction action, const Ref& c, const QString& entityType, qint64 entityId, const QJsonObject& before,
                       const QJsonObject& after) const
{
    AuditRecord record = AuditLog::recordFor(m_session, action);
    record.caseId = c.id;
    record.caseUrn = c.urn;
    record.entityType = entityType;
    record.entityId = QString::number(entityId);
    if (action == AuditAction::Update) record.setChanges(before, after);
    else {
        record.beforeJson = before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact);
        record.afterJson = after.isEmpty() ? QByteArray() : QJsonDocument(after).toJson(QJsonDocument::Compact);
    }
    return AuditLog::append(m_db, record);
}

} // namespace conduct
