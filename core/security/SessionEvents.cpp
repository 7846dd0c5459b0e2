#include "security/SessionEvents.h"

#include "security/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QThread>

namespace conduct {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::SessionEvents", text); }
constexpr int attempts = 3;
} // namespace

Status recordSessionEvent(Database& db, const AuditRecord& record)
{
    if (db.isReadOnly()) return {};
    Status last;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        last = AuditLog::append(db, record);
        if (last.ok()) return last;
        if (attempt < attempts) QThread::msleep(150 * attempt);
    }
    return fieldError(tr("Audit trail"),
                      tr("This could not be recorded in the audit trail after %1 tries (%2). Tell your supervisor, "
                         "so that the record of who used this desk is complete.")
                          .arg(attempts)
                          .arg(last.error().message));
}

} // namespace conduct
