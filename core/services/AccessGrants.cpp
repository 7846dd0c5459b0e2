#include "services/AccessGrants.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CaseAccess.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::AccessGrants", text); }
} // namespace

const QList<GrantReasonRow>& grantReasonTable()
{
    static const QList<GrantReasonRow> rows = {
        // Protocol 3.8: the police "interrogate their systems to identify whether there are any
        // linked incidents" - a match in another officer's case is looked at under this reason.
        {GrantReason::LinkedEnquiry, "linked_enquiry", QT_TRANSLATE_NOOP("conduct::AccessGrants", "Linked enquiry (protocol 3.8)")},
        {GrantReason::Supervision, "supervision", QT_TRANSLATE_NOOP("conduct::AccessGrants", "Supervision")},
        {GrantReason::Disclosure, "disclosure", QT_TRANSLATE_NOOP("conduct::AccessGrants", "Disclosure")},
        {GrantReason::Other, "other", QT_TRANSLATE_NOOP("conduct::AccessGrants", "Other")},
    };
    return rows;
}

QString grantReasonCode(GrantReason reason)
{
    for (const GrantReasonRow& row : grantReasonTable())
        if (row.reason == reason) return QString::fromLatin1(row.code);
    return {};
}

QString grantReasonLabel(GrantReason reason)
{
    for (const GrantReasonRow& row : grantReasonTable())
        if (row.reason == reason) return tr(row.label);
    return {};
}

std::optional<GrantReason> grantReasonFromCode(const QString& code)
{
    for (const GrantReasonRow& row : grantReasonTable())
        if (code == QLatin1String(row.code)) return row.reason;
    return std::nullopt;
}

QString AccessGrant::justification() const { return tr("%1: %2").arg(grantReasonLabel(reason), text); }

Status validateGrantText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < minimumGrantTextLength)
        return fieldError(tr("Reason for access"),
                          tr("Say in at least %1 characters why you need this case, e.g. \"suspect named in my "
                             "case 45AA0209820\"; the reason is recorded in the audit trail.")
                              .arg(minimumGrantTextLength));
    if (trimmed.size() > maximumGrantTextLength)
        return fieldError(tr("Reason for access"),
                          tr("Shorten the reason to at most %1 characters.").arg(maximumGrantTextLength));
    return {};
}

AccessGrant accessGrantFrom(const StoredGrant& stored)
{
    return AccessGrant{stored.id, stored.caseId, grantReasonFromCode(stored.reasonCode).value_or(GrantReason::Other),
                       stored.text, stored.grantedUtc, stored.expiresUtc};
}

Result<CaseOutline> AccessGrants::outline(qint64 caseId) const
{
    auto c = CaseRepository(m_db).get(caseId);
    if (!c.ok()) return c.error();
    return CaseOutline{c->urn, c->officerInCase};
}

Result<bool> AccessGrants::seesInFull(qint64 caseId) const
{
    return AccessGrantRepository(m_db).seesWithoutGrant(m_session.user.id, caseId);
}

Result<std::optional<AccessGrant>> AccessGrants::active(qint64 caseId) const
{
    auto stored = AccessGrantRepository(m_db).active(m_session.user.id, caseId, Clock::nowUtc());
    if (!stored.ok()) return stored.error();
    if (!stored->has_value()) return std::optional<AccessGrant>{};
    return std::optional<AccessGrant>{accessGrantFrom(**stored)};
}

Result<AccessGrant> AccessGrants::grant(qint64 caseId, GrantReason reason, const QString& text)
{
    // The roles first: a grant never lets in a role the table keeps out of other officers' cases.
    const CaseAccess access(m_db, m_session);
    if (Status s = access.mayOpenOthersCases(); !s.ok()) return s.error();
    if (Status s = validateGrantText(text); !s.ok()) return s.error();
    auto ref = access.find(caseId);
    if (!ref.ok()) return ref.error();
    const QDateTime now = Clock::nowUtc();
    AccessGrant grant{0, caseId, reason, text.trimmed(), now, now.addSecs(qint64(grantLifetimeHours) * 3600)};
    return inTransaction<AccessGrant>(m_db, [&]() -> Result<AccessGrant> {
        auto id = AccessGrantRepository(m_db).insert(
            StoredGrant{0, m_session.user.id, caseId, grantReasonCode(reason), grant.text, grant.grantedUtc, grant.expiresUtc, {}, {}});
        if (!id.ok()) return id.error();
        grant.id = id.value();
        AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Consult);
        record.caseId = caseId;
        record.caseUrn = ref->urn;
        record.entityType = QStringLiteral("access_grant");
        record.entityId = QString::number(grant.id);
        record.justification = grant.justification();
        record.setChanges({}, QJsonObject{{QStringLiteral("reason"), grantReasonCode(reason)},
                                          {QStringLiteral("expires_utc"), auditTimeText(grant.expiresUtc)}});
        if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
        return grant;
    });
}

} // namespace conduct
