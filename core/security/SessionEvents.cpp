#include "security/SessionEvents.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "store/AccessGrantRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QThread>
#include <optional>

namespace conduct {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::SessionEvents", text); }
constexpr int attempts = 3;

// Which grants the event ends: a sign-out or a screen lock, not the sign-in back-off (a Lock of entity "user").
std::optional<GrantEnd> grantsEndedBy(const AuditRecord& record)
{
    if (record.userId == 0) return std::nullopt;
    if (record.action == AuditAction::Logout) return GrantEnd::SignedOut;
    if (record.action == AuditAction::Lock && record.entityType == QLatin1String("session")) return GrantEnd::Locked;
    return std::nullopt;
}

Status recordOnce(Database& db, const AuditRecord& record)
{
    const std::optional<GrantEnd> ending = grantsEndedBy(record);
    if (!ending) return AuditLog::append(db, record);
    return inTransaction<void>(db, [&]() -> Status {
        if (auto ended = AccessGrantRepository(db).endAll(record.userId, *ending, Clock::nowUtc()); !ended.ok())
            return ended.error();
        return AuditLog::append(db, record);
    });
}
} // namespace

Status recordSessionEvent(Database& db, const AuditRecord& record)
{
    if (db.isReadOnly()) return {};
    Status last;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        last = recordOnce(db, record);
        if (last.ok()) return last;
        if (attempt < attempts) QThread::msleep(150 * attempt);
    }
    const QString message = tr("This could not be recorded in the audit trail after %1 tries (%2). Tell your supervisor, "
                               "so that the record of who used this desk is complete.")
                                .arg(attempts)
                                .arg(last.error().message);
    if (!grantsEndedBy(record)) return fieldError(tr("Audit trail"), message);
    return fieldError(tr("Audit trail"),
                      message + u' '
                          + tr("Cases you opened with a reason stay open to you until their 8 hours are up."));
}

} // namespace conduct
