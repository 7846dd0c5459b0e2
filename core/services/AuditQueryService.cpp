#include "services/AuditQueryService.h"

#include "common/PrivateFiles.h"
#include "common/UkTime.h"
#include "export/Csv.h"
#include "security/Permissions.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::AuditQuery", text); }

QJsonObject describe(const AuditFilter& filter)
{
    QJsonObject o;
    if (!filter.caseUrn.isEmpty()) o.insert(QStringLiteral("case_urn"), filter.caseUrn);
    if (!filter.userName.isEmpty()) o.insert(QStringLiteral("user_name"), filter.userName);
    if (filter.action) o.insert(QStringLiteral("action"), auditActionCode(*filter.action));
    if (filter.fromDate.isValid()) o.insert(QStringLiteral("from"), filter.fromDate.toString(Qt::ISODate));
    if (filter.toDate.isValid()) o.insert(QStringLiteral("to"), filter.toDate.toString(Qt::ISODate));
    return o;
}
} // namespace

AuditQueryService::AuditQueryService(Database& db, const Session& session) : m_db(db), m_session(session) {}

Result<AuditPage> AuditQueryService::find(const AuditFilter& filter, int offset, int limit) const
{
    if (Status s = requirePermission(m_session, Action::ReadAuditTrail); !s.ok()) return s.error();
    if (filter.fromDate.isValid() && filter.toDate.isValid() && filter.toDate < filter.fromDate)
        return fieldError(tr("To"), tr("The last day is before the first day. Choose a last day on or after %1.")
                                        .arg(uktime::formatDate(filter.fromDate)));
    AuditPage page;
    page.offset = qMax(0, offset);
    auto total = AuditLog::countFiltered(m_db, filter);
    if (!total.ok()) return total.error();
    page.total = total.value();
    auto records = AuditLog::readFiltered(m_db, filter, page.offset, qBound(1, limit, maxPageSize));
    if (!records.ok()) return records.error();
    page.records = std::move(records).value();
    return page;
}

Result<VerifyResult> AuditQueryService::verifyChain() const
{
    if (Status s = requirePermission(m_session, Action::ReadAuditTrail); !s.ok()) return s.error();
    return AuditLog::verify(m_db);
}

Result<qint64> AuditQueryService::exportCsv(const AuditFilter& filter, const QString& path, const QString& justification,
                                            const QString& recipient) const
{
    if (Status s = requirePermission(m_session, Action::ReadAuditTrail); !s.ok()) return s.error();
    if (justification.trimmed().isEmpty())
        return fieldError(tr("Reason"), tr("Say why the audit records are being exported; the reason is recorded."));
    if (recipient.trimmed().isEmpty())
        return fieldError(tr("Recipient"), tr("Say who will receive the exported audit records; it is recorded."));
    auto records = AuditLog::readFiltered(m_db, filter, 0, -1);
    if (!records.ok()) return records.error();

    QSaveFile file(path);
    if (Status s = openPrivately(file, tr("File")); !s.ok()) return s.error();
    file.write(auditCsv(records.value()));

    // The disclosure is recorded before the file appears: if recording fails, nothing is disclosed.
    AuditRecord r = AuditLog::recordFor(m_session, AuditAction::Disclose);
    r.entityType = QStringLiteral("audit_log");
    r.justification = justification.trimmed();
    r.recipient = recipient.trimmed();
    r.setChanges({}, QJsonObject{{QStringLiteral("records"), qint64(records->size())},
                                 {QStringLiteral("filter"), describe(filter)},
                                 {QStringLiteral("file"), QFileInfo(path).fileName()}});
    if (Status s = AuditLog::append(m_db, r); !s.ok()) {
        file.cancelWriting();
        return s.error();
    }
    if (!file.commit())
        return fieldError(tr("File"), tr("%1 could not be saved (%2). Try another folder.").arg(path, file.errorString()));
    return qint64(records->size());
}

QByteArray auditCsv(const QList<AuditRecord>& records)
{
    QByteArray csv = csvRow({QStringLiteral("sequence"), QStringLiteral("time_utc"), QStringLiteral("user_id"),
                             QStringLiteral("user_name"), QStringLiteral("action"), QStringLiteral("case_id"),
                             QStringLiteral("case_urn"), QStringLiteral("entity_type"), QStringLiteral("entity_id"),
                             QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("justification"),
                             QStringLiteral("recipient"), QStringLiteral("previous_hash"), QStringLiteral("hash"),
                             QStringLiteral("time_uk")});
    for (const AuditRecord& r : records)
        csv += csvRow({QString::number(r.sequence), auditTimeText(r.timeUtc), QString::number(r.userId), r.userName,
                       auditActionCode(r.action), QString::number(r.caseId), r.caseUrn, r.entityType, r.entityId,
                       QString::fromUtf8(r.beforeJson), QString::fromUtf8(r.afterJson), r.justification, r.recipient,
                       QString::fromLatin1(r.previousHash), QString::fromLatin1(r.hash),
                       // Last, so the columns readers already use keep their places (issue 23).
                       uktime::formatDateTimeSeconds(r.timeUtc)});
    return csv;
}

QString chainStatusText(const VerifyResult& result)
{
    // Spelt out rather than %n: without a loaded translation, %n would show "record(s)".
    if (result.ok)
        return result.checked == 1 ? tr("Chain intact: 1 record.") : tr("Chain intact: %1 records.").arg(result.checked);
    return tr("Chain broken: %1").arg(result.problem);
}

} // namespace conduct
