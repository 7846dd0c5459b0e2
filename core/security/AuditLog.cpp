#include "security/AuditLog.h"

#include "common/Clock.h"
#include "security/User.h"
#include "store/AuditChainAppend.h"
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
// The canonical form after its first two lines, the format's version and the sequence: what the
// server needs to finish the hash once it has read the chain's end (insertAfterChainEnd). Empty if
// the form ever stops beginning that way, and the record is then written the two-statement way.
QByteArray canonicalTail(AuditRecord record)
{
    record.sequence = 0;
    static const QByteArray head("conduct-audit-v1\nsequence=1:0\n");
    const QByteArray whole = canonicalForm(record);
    return whole.startsWith(head) ? whole.mid(head.size()) : QByteArray();
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
        record.timeUtc = Clock::nowUtc().toUTC();
        dropErasedValues(record);
        // On a server every round trip counts (issue 28): the chain's end is read and the record
        // written in one statement, the server working out the hash. The client works it out too
        // and refuses the save (rolling it back) if the two differ, so what is written is exactly
        // what AuditLog::verify will check.
        const QByteArray tail = db.engine() == Engine::Postgres ? canonicalTail(record) : QByteArray();
        if (!tail.isEmpty()) {
            auto appended = insertAfterChainEnd(db, record, tail);
            if (!appended.ok()) return appended.error();
            record.sequence = appended->sequence;
            record.previousHash = appended->previousHash;
            if (computeHash(record) != appended->hash)
                return Error{tr("Audit trail"), tr("The server worked out audit record %1's hash differently; nothing was saved. "
                                                   "Report this to the unit's administrator.").arg(record.sequence)};
            return {};
        }
        auto last = store.chainEnd();
        if (!last.ok()) return last.error();
        if (last->has_value()) {
            record.sequence = last.value()->sequence + 1;
            record.previousHash = last.value()->hash;
        } else {
            record.sequence = 1;
            record.previousHash = genesisHash();
        }
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
