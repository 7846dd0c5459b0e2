#include "store/CareRecordRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CareRecordRepository", text); }

const QString selectColumns = QStringLiteral("SELECT id, case_id, kind, person_id, data, row_version FROM care_records");

CareRow readRow(const QSqlQuery& q)
{
    CareRow row;
    row.id = q.value(0).toLongLong();
    row.caseId = q.value(1).toLongLong();
    row.kind = q.value(2).toString();
    row.personId = q.value(3).toLongLong();
    row.data = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    row.rowVersion = q.value(5).toLongLong();
    return row;
}

QVariant personColumn(qint64 id) { return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id); }
QString dataColumn(const QJsonObject& data) { return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)); }
} // namespace

Result<qint64> CareRecordRepository::insert(const CareRow& row, const QDateTime& nowUtc) const
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO care_records (case_id, kind, person_id, data, created_utc, updated_utc) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {row.caseId, row.kind, personColumn(row.personId), dataColumn(row.data), toDbTime(nowUtc), toDbTime(nowUtc)});
    if (!r.ok()) return r.error();
    return r.value();
}

Status CareRecordRepository::update(const CareRow& row, const QDateTime& nowUtc) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE care_records SET person_id = ?, data = ?, updated_utc = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND case_id = ? AND kind = ? AND row_version = ?"),
                       {personColumn(row.personId), dataColumn(row.data), toDbTime(nowUtc), row.id, row.caseId, row.kind, row.rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Record"), row.kind, row.id);
    return {};
}

Status CareRecordRepository::remove(qint64 id, qint64 rowVersion) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM care_records WHERE id = ? AND row_version = ?"), {id, rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Record"), QString(), id);
    return {};
}

Result<CareRow> CareRecordRepository::get(qint64 id) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Record"), tr("This record is no longer on the case.")};
    return readRow(r.value());
}

Result<QList<CareRow>> CareRecordRepository::list(qint64 caseId, const QString& kind) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE case_id = ? AND kind = ? ORDER BY id"), {caseId, kind});
    if (!r.ok()) return r.error();
    QList<CareRow> out;
    while (r->next()) out.append(readRow(r.value()));
    return out;
}

Result<QList<CareRow>> CareRecordRepository::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE case_id = ? ORDER BY id"), {caseId});
    if (!r.ok()) return r.error();
    QList<CareRow> out;
    while (r->next()) out.append(readRow(r.value()));
    return out;
}

} // namespace conduct
