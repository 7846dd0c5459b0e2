#include "security/AuditLog.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "domain/Urn.h"
#include "security/User.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Audit", text); }

const QString columns = QStringLiteral(
    "sequence, time_utc, user_id, user_name, action, case_id, case_urn, entity_type, entity_id,"
    " before_json, after_json, justification, recipient, previous_hash, hash");

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

AuditRecord fromRow(const QSqlQuery& q)
{
    AuditRecord r;
    r.sequence = q.value(0).toLongLong();
    r.timeUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    r.userId = q.value(2).toLongLong();
    r.userName = q.value(3).toString();
    // An unknown code hashes differently from whatever was written, so verify() reports the record.
    r.action = auditActionFromCode(q.value(4).toString()).value_or(AuditAction::Consult);
    r.caseId = q.value(5).toLongLong();
    r.caseUrn = q.value(6).toString();
    r.entityType = q.value(7).toString();
    r.entityId = q.value(8).toString();
    r.beforeJson = q.value(9).toString().toUtf8();
    r.afterJson = q.value(10).toString().toUtf8();
    r.justification = q.value(11).toString();
    r.recipient = q.value(12).toString();
    r.previousHash = q.value(13).toString().toLatin1();
    r.hash = q.value(14).toString().toLatin1();
    return r;
}

Result<QList<AuditRecord>> readWhere(const Database& db, const QString& where, const QVariantList& params,
                                     const QString& limit = QString())
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY sequence %3").arg(columns, where, limit), params);
    if (!q.ok()) return q.error();
    QList<AuditRecord> records;
    while (q->next()) records.append(fromRow(q.value()));
    return records;
}
// The start of a UK calendar day, as stored audit times are written (UTC text sorts as time).
QString ukDayStartText(const QDate& day)
{
    return auditTimeText(uktime::startOfDayUtc(day));
}

// The WHERE clause for a filter. Values travel only as bound parameters; a substring position
// (SQLite's instr, PostgreSQL's strpos) rather than LIKE, so that % and _ typed into a filter match themselves.
QString whereFor(Engine engine, const AuditFilter& filter, QVariantList& params)
{
    const QString contains = engine == Engine::Sqlite ? QStringLiteral("instr(%1, %2) > 0") : QStringLiteral("strpos(%1, %2) > 0");
    QStringList conditions;
    const QString urn = normaliseUrn(filter.caseUrn);
    if (!urn.isEmpty()) {
        conditions.append(contains.arg(QStringLiteral("case_urn"), QStringLiteral("?")));
        params.append(urn);
    }
    if (!filter.userName.trimmed().isEmpty()) {
        conditions.append(contains.arg(QStringLiteral("lower(user_name)"), QStringLiteral("lower(?)")));
        params.append(filter.userName.trimmed());
    }
    if (filter.action) {
        conditions.append(QStringLiteral("action = ?"));
        params.append(auditActionCode(*filter.action));
    }
    if (filter.fromDate.isValid()) {
        conditions.append(QStringLiteral("time_utc >= ?"));
        params.append(ukDayStartText(filter.fromDate));
    }
    if (filter.toDate.isValid()) {
        conditions.append(QStringLiteral("time_utc < ?"));
        params.append(ukDayStartText(filter.toDate.addDays(1)));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
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
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status();
    // Two writers must not both extend the chain from the same last record.
    if (Status locked = db.lockForAppend("audit_log"); !locked.ok()) return locked;

    auto last = db.exec(QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"));
    if (!last.ok()) return last.error();
    if (last->next()) {
        record.sequence = last->value(0).toLongLong() + 1;
        record.previousHash = last->value(1).toString().toLatin1();
    } else {
        record.sequence = 1;
        record.previousHash = genesisHash();
    }
    record.timeUtc = Clock::nowUtc().toUTC();
    dropErasedValues(record);
    record.hash = computeHash(record);

    const Status inserted = db.write(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
        {record.sequence, auditTimeText(record.timeUtc), record.userId, record.userName,
         auditActionCode(record.action), record.caseId, record.caseUrn, record.entityType, record.entityId,
         QString::fromUtf8(record.beforeJson), QString::fromUtf8(record.afterJson), record.justification,
         record.recipient, QString::fromLatin1(record.previousHash), QString::fromLatin1(record.hash)});
    if (!inserted.ok()) return inserted;
    return tx.commit();
}

Result<QList<AuditRecord>> AuditLog::readAll(const Database& db) { return readWhere(db, QString(), {}); }

Result<QList<AuditRecord>> AuditLog::readForCase(const Database& db, qint64 caseId)
{
    return readWhere(db, QStringLiteral("WHERE case_id = ?"), {caseId});
}

Result<QList<AuditRecord>> AuditLog::readFiltered(const Database& db, const AuditFilter& filter, int offset, int limit)
{
    QVariantList params;
    const QString where = whereFor(db.engine(), filter, params);
    // "No limit": SQLite takes a negative one, PostgreSQL a NULL.
    params.append(limit >= 0 ? QVariant(limit) : db.engine() == Engine::Sqlite ? QVariant(-1) : QVariant(QMetaType::fromType<int>()));
    params.append(qMax(0, offset));
    return readWhere(db, where, params, QStringLiteral("LIMIT ? OFFSET ?"));
}

Result<qint64> AuditLog::countFiltered(const Database& db, const AuditFilter& filter)
{
    QVariantList params;
    const QString where = whereFor(db.engine(), filter, params);
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log %1").arg(where), params);
    if (!count.ok()) return count.error();
    return count->toLongLong();
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
