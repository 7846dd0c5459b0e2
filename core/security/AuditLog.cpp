#include "security/AuditLog.h"

#include "common/Clock.h"
#include "security/User.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Audit", text); }

// Erasure must not leave the erased data behind in the trail: a Delete record keeps the names of
// the fields that were erased, each with a null value, and never their old or new values.
void dropErasedValues(AuditRecord& record)
{
    if (record.action != AuditAction::Delete) return;
    QJsonObject names;
    const QJsonObject before = QJsonDocument::fromJson(record.beforeJson).object();
    for (const QString& field : before.keys()) names.insert(field, QJsonValue::Null);
    record.beforeJson = names.isEmpty() ? QByteArray() : QJsonDocument(names).toJson(QJsonDocument::Compact);
    record.afterJson.clear();
}
} // namespace

AuditRecord AuditLog::recordFor(const Session& actor, AuditAction action)
{
    AuditRecord r;
    r.userId = actor.user.id;
    r.userName = actor.user.userName;
    r.action = action;
    return r;
}

Status AuditLog::append(Database& db, AuditRecord record)
{
    // A store opened read-only (issue 24) cannot record that a case was read; reading it is still
    // allowed, and the read-only banner tells the officer so. Every other action needs its record,
    // so a change or a disclosure is refused there as before.
    if (db.isReadOnly() && record.action == AuditAction::Consult) return {};
    return inTransaction<void>(db, [&]() -> Status {
        // Two writers must not both extend the chain from the same last record.
        if (Status locked = db.lockForAppend("audit_log"); !locked.ok()) return locked;
        const AuditLogStore store(db);
        auto last = store.chainEnd();
        if (!last.ok()) return last.error();
        if (last->has_value()) {
            record.sequence = last.value()->sequence + 1;
            record.previousHash = last.value()->hash;
        } else {
            record.sequence = 1;
            record.previousHash = genesisHash();
        }
        record.timeUtc = Clock::nowUtc().toUTC();
        dropErasedValues(record);
        record.hash = computeHash(record);
        return store.insert(record);
    });
}

Result<QList<AuditRecord>> AuditLog::readAll(const Database& db) { return AuditLogStore(db).readAll(); }

Result<QList<AuditRecord>> AuditLog::readForCase(const Database& db, qint64 caseId)
{
    return AuditLogStore(db).readForCase(caseId);
}

Result<QList<AuditRecord>> AuditLog::readFiltered(const Database& db, const AuditFilter& filter, int offset, int limit)
{
    return AuditLogStore(db).readFiltered(filter, offset, limit);
}

Result<qint64> AuditLog::countFiltered(const Database& db, const AuditFilter& filter)
{
    return AuditLogStore(db).countFiltered(filter);
}

VerifyResult AuditLog::verify(const Database& db)
{
    auto records = readAll(db);
    if (!records.ok()) {
        VerifyResult failed;
        failed.ok = false;
        failed.problem = tr("The audit trail could not be read: %1").arg(records.error().text());
        return failed;
    }
    return verifyChain(records.value());
}

} // namespace conduct
