#include "store/AuditLogStore.h"

#include "store/AuditChainAppend.h"

#include "common/UkTime.h"
#include "domain/Urn.h"
#include "store/Database.h"
#include "store/server/ServerRowSecurity.h"

#include <QSqlQuery>

namespace conduct {
namespace {
const QString columns = QStringLiteral(
    "sequence, time_utc, user_id, user_name, action, case_id, case_urn, entity_type, entity_id,"
    " before_json, after_json, justification, recipient, previous_hash, hash");

AuditRecord fromRow(const QSqlQuery& q)
{
    AuditRecord r;
    r.sequence = q.value(0).toLongLong();
    r.timeUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    r.userId = q.value(2).toLongLong();
    r.userName = q.value(3).toString();
    // An unknown code hashes differently from whatever was written, so AuditLog::verify reports the record.
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

// The start of a UK calendar day, as stored audit times are written (UTC text sorts as time).
QString ukDayStartText(const QDate& day) { return auditTimeText(uktime::startOfDayUtc(day)); }

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

// A server store filters the trail by case (ServerRowSecurity.h); its end is read through the
// owner's view, which shows the newest record's sequence and hash, whoever's it is.
QString chainEndSource(const Database& db)
{
    return readsThroughServerViews(db) ? QStringLiteral("conduct_audit_chain_end") : QStringLiteral("audit_log");
}

} // namespace

Result<std::optional<AuditChainEnd>> AuditLogStore::chainEnd() const
{
    auto last = m_db.exec(QStringLiteral("SELECT sequence, hash FROM %1 ORDER BY sequence DESC LIMIT 1").arg(chainEndSource(m_db)));
    if (!last.ok()) return last.error();
    if (!last->next()) return std::optional<AuditChainEnd>();
    return std::optional<AuditChainEnd>(AuditChainEnd{last->value(0).toLongLong(), last->value(1).toString().toLatin1()});
}

Status AuditLogStore::insert(const AuditRecord& record) const
{
    return m_db.write(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
        {record.sequence, auditTimeText(record.timeUtc), record.userId, record.userName,
         auditActionCode(record.action), record.caseId, record.caseUrn, record.entityType, record.entityId,
         QString::fromUtf8(record.beforeJson), QString::fromUtf8(record.afterJson), record.justification,
         record.recipient, QString::fromLatin1(record.previousHash), QString::fromLatin1(record.hash)});
}

Result<AuditAppended> insertAfterChainEnd(const Database& db, const AuditRecord& record, const QByteArray& canonicalTail)
{
    // The canonical form begins "conduct-audit-v1\n" and "sequence=<length>:<sequence>\n"
    // (AuditRecord.cpp: canonicalForm); the rest, every field the client knows, is the tail.
    auto q = db.exec(
        QStringLiteral(
            "INSERT INTO audit_log (%1) "
            "SELECT n.seq, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, n.prev, "
            "encode(sha256(convert_to(n.prev || 'conduct-audit-v1' || chr(10) || 'sequence=' || length(n.seq::text) || ':' "
            "|| n.seq::text || chr(10), 'UTF8') || CAST(? AS bytea)), 'hex') "
            "FROM (SELECT COALESCE(e.sequence, 0) + 1 AS seq, COALESCE(e.hash, CAST(? AS TEXT)) AS prev "
            "FROM (SELECT 1) one LEFT JOIN (SELECT sequence, hash FROM %2 ORDER BY sequence DESC LIMIT 1) e ON TRUE) n "
            "RETURNING sequence, previous_hash, hash")
            .arg(columns, chainEndSource(db)),
        {auditTimeText(record.timeUtc), record.userId, record.userName, auditActionCode(record.action), record.caseId,
         record.caseUrn, record.entityType, record.entityId, QString::fromUtf8(record.beforeJson),
         QString::fromUtf8(record.afterJson), record.justification, record.recipient, canonicalTail,
         QString::fromLatin1(genesisHash())});
    if (!q.ok()) return q.error();
    if (!q->next()) return Error{QStringLiteral("Audit trail"), QStringLiteral("The audit record was not written.")};
    return AuditAppended{q->value(0).toLongLong(), q->value(1).toString().toLatin1(), q->value(2).toString().toLatin1()};
}

Result<QList<AuditRecord>> AuditLogStore::readWhere(const QString& where, const QVariantList& params, const QString& limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY sequence %3").arg(columns, where, limit), params);
    if (!q.ok()) return q.error();
    QList<AuditRecord> records;
    while (q->next()) records.append(fromRow(q.value()));
    return records;
}

Result<QList<AuditRecord>> AuditLogStore::readAll() const { return readWhere(QString(), {}); }

Result<QList<AuditRecord>> AuditLogStore::readForCase(qint64 caseId) const
{
    return readWhere(QStringLiteral("WHERE case_id = ?"), {caseId});
}

Result<QList<AuditRecord>> AuditLogStore::readFiltered(const AuditFilter& filter, int offset, int limit) const
{
    QVariantList params;
    const QString where = whereFor(m_db.engine(), filter, params);
    // "No limit": SQLite takes a negative one, PostgreSQL a NULL.
    params.append(limit >= 0 ? QVariant(limit) : m_db.engine() == Engine::Sqlite ? QVariant(-1) : QVariant(QMetaType::fromType<int>()));
    params.append(qMax(0, offset));
    return readWhere(where, params, QStringLiteral("LIMIT ? OFFSET ?"));
}

Result<qint64> AuditLogStore::countFiltered(const AuditFilter& filter) const
{
    QVariantList params;
    const QString where = whereFor(m_db.engine(), filter, params);
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log %1").arg(where), params);
    if (!count.ok()) return count.error();
    return count->toLongLong();
}

Result<qint64> AuditLogStore::newestSequenceOf(const QList<AuditAction>& actions) const
{
    if (actions.isEmpty()) return qint64(0);
    QStringList marks;
    QVariantList codes;
    for (AuditAction action : actions) {
        marks.append(QStringLiteral("?"));
        codes.append(auditActionCode(action));
    }
    // The newest records are read first and the search stops at the first match, so this stays
    // cheap however long the trail grows.
    auto newest = m_db.scalar(QStringLiteral("SELECT sequence FROM audit_log WHERE action IN (%1) ORDER BY sequence DESC LIMIT 1")
                                  .arg(marks.join(u',')),
                              codes);
    if (!newest.ok()) return newest.error();
    return newest->isNull() ? qint64(0) : newest->toLongLong();
}

} // namespace conduct
