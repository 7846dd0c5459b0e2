#include "store/CaseRepository.h"


#include "common/Clock.h"
#include "common/UkTime.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Store", text); }

const QString selectColumns = QStringLiteral(
    "SELECT id, urn, crime_reference, offences, status, officer_in_case, supervisor, hostility_flag, "
    "why_not_stalking, created_utc, updated_utc, row_version, oic_user_id, supervisor_user_id FROM cases");

QVariant userId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

QString offenceCodes(const QList<Offence>& offences)
{
    QStringList codes;
    for (Offence o : offences) codes.append(toCode(o));
    return joinCodes(codes);
}
} // namespace

QString joinCodes(const QStringList& codes) { return codes.join(u','); }

QStringList splitCodes(const QString& text) { return text.split(u',', Qt::SkipEmptyParts); }

QString staleEditAdvice() { return tr("Your edit was not saved. Reload to see their change, then apply your edit again."); }

Error conflictError(const Database& db, const QString& what, const QString& entityType, qint64 entityId)
{
    // The newest changes are searched first and the search stops at the first match; a bound
    // keeps it cheap even when no audit record names this row (then the message names nobody).
    auto latest = db.exec(QStringLiteral("SELECT a.time_utc, COALESCE(u.display_name, a.user_name), a.action FROM audit_log a "
                                         "LEFT JOIN users u ON u.id = a.user_id WHERE a.entity_type = ? AND a.entity_id = ? "
                                         "AND a.action IN ('update', 'delete') "
                                         "AND a.sequence > (SELECT COALESCE(max(sequence), 0) - 20000 FROM audit_log) "
                                         "ORDER BY a.sequence DESC LIMIT 1"),
                          {entityType, QString::number(entityId)});
    if (latest.ok() && latest->next()) {
        const QDateTime when = fromDbTime(latest->value(0));
        const bool removed = latest->value(2).toString() == QLatin1String("delete");
        const QString change = removed ? tr("This record was removed by %1 at %2 on %3, after you opened it.")
                                       : tr("This record was changed by %1 at %2 on %3, after you opened it.");
        return Error{what, change.arg(latest->value(1).toString(), uktime::formatTime(when), uktime::formatDateOnly(when))
                               + QLatin1Char(' ') + staleEditAdvice()};
    }
    return Error{what, tr("This record was changed or removed by someone else since you opened it. "
                          "Reload it to see their change, then apply your edit again.")};
}

Result<qint64> CaseRepository::insert(const Case& c) const
{
    auto id = m_db.insert(QStringLiteral(
                             "INSERT INTO cases (urn, crime_reference, offences, status, officer_in_case, supervisor, "
                             "hostility_flag, why_not_stalking, created_utc, updated_utc, oic_user_id, supervisor_user_id) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                         {c.urn, c.crimeReference, offenceCodes(c.offences), toCode(c.status), c.officerInCase,
                          c.supervisor, c.hostilityFlag, c.whyNotStalking, toDbTime(c.createdUtc), toDbTime(c.updatedUtc),
                          userId(c.oicUserId), userId(c.supervisorUserId)});
    return id;
}

Status CaseRepository::update(const Case& c) const
{
    auto r = m_db.exec(QStringLiteral(
                           "UPDATE cases SET urn = ?, crime_reference = ?, offences = ?, status = ?, officer_in_case = ?, "
                           "supervisor = ?, hostility_flag = ?, why_not_stalking = ?, updated_utc = ?, oic_user_id = ?, "
                           "supervisor_user_id = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       {c.urn, c.crimeReference, offenceCodes(c.offences), toCode(c.status), c.officerInCase,
                        c.supervisor, c.hostilityFlag, c.whyNotStalking, toDbTime(c.updatedUtc), userId(c.oicUserId),
                        userId(c.supervisorUserId), c.id, c.rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Case"), QStringLiteral("case"), c.id);
    return {};
}

Status CaseRepository::remove(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM cases WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Case"), QStringLiteral("case"), id);
    return {};
}

Result<Case> CaseRepository::get(qint64 id) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    QSqlQuery& q = r.value();
    if (!q.next()) return Error{tr("Case"), tr("The case no longer exists. It may have been deleted.")};
    Case c;
    c.id = q.value(0).toLongLong();
    c.urn = q.value(1).toString();
    c.crimeReference = q.value(2).toString();
    for (const QString& code : splitCodes(q.value(3).toString()))
        if (auto o = fromCode<Offence>(code)) c.offences.append(*o);
    c.status = fromCode<CaseStatus>(q.value(4).toString()).value_or(CaseStatus::OpenInvestigation);
    c.officerInCase = q.value(5).toString();
    c.supervisor = q.value(6).toString();
    c.hostilityFlag = q.value(7).toBool();
    c.whyNotStalking = q.value(8).toString();
    c.createdUtc = fromDbTime(q.value(9));
    c.updatedUtc = fromDbTime(q.value(10));
    c.rowVersion = q.value(11).toLongLong();
    c.oicUserId = q.value(12).toLongLong();
    c.supervisorUserId = q.value(13).toLongLong();
    return c;
}

Result<std::optional<qint64>> CaseRepository::findIdByUrn(const QString& normalisedUrn) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE urn = ?"), {normalisedUrn});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<qint64>{};
    return std::optional<qint64>{r->value(0).toLongLong()};
}

Result<std::optional<CaseOwnership>> CaseRepository::ownership(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT urn, oic_user_id FROM cases WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<CaseOwnership>{};
    return std::optional<CaseOwnership>{CaseOwnership{r->value(0).toString(), r->value(1).toLongLong()}};
}

Result<bool> CaseRepository::touch(qint64 id, const QDateTime& updatedUtc) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE cases SET updated_utc = ? WHERE id = ?"), {toDbTime(updatedUtc), id});
    if (!r.ok()) return r.error();
    return r->numRowsAffected() == 1;
}

Result<QList<CaseReviewDue>> CaseRepository::riskReviewsDueBefore(const QDate& day, std::optional<qint64> oicUserId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, urn, risk_review_due FROM cases WHERE risk_review_due < ? "
                                      "AND (? = 1 OR oic_user_id = ?) ORDER BY risk_review_due, urn"),
                       {toDbDate(day), oicUserId ? 0 : 1, oicUserId.value_or(0)});
    if (!r.ok()) return r.error();
    QList<CaseReviewDue> out;
    while (r->next()) out.append({r->value(0).toLongLong(), r->value(1).toString(), fromDbDate(r->value(2))});
    return out;
}

} // namespace conduct
