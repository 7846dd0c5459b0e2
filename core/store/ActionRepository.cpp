#include "store/ActionRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ActionRepository", text); }

const QString actionColumns = QStringLiteral(
    "SELECT id, case_id, description, owner, due_date, agreed_date, status, origin, created_utc, row_version FROM case_actions");

ActionItem readAction(const QSqlQuery& q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.description = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.dueDate = fromDbDate(q.value(4));
    a.agreedDate = fromDbDate(q.value(5));
    a.status = actionStatusFromCode(q.value(6).toString()).value_or(ActionStatus::Open);
    a.origin = q.value(7).toString();
    a.createdUtc = fromDbTime(q.value(8));
    a.rowVersion = q.value(9).toLongLong();
    return a;
}

Result<QList<ActionItem>> readActions(Result<QSqlQuery> r)
{
    if (!r.ok()) return r.error();
    QList<ActionItem> out;
    while (r->next()) out.append(readAction(r.value()));
    return out;
}

CaseFlag readFlag(const QSqlQuery& q)
{
    CaseFlag f;
    f.id = q.value(0).toLongLong();
    f.caseId = q.value(1).toLongLong();
    f.code = q.value(2).toString();
    f.reason = q.value(3).toString();
    f.raisedUtc = fromDbTime(q.value(4));
    f.clearedUtc = fromDbTime(q.value(5));
    return f;
}
const QString flagColumns = QStringLiteral("SELECT id, case_id, code, reason, raised_utc, cleared_utc FROM case_flags");
} // namespace

Result<qint64> ActionRepository::insert(const ActionItem& a) const
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO case_actions (case_id, description, owner, due_date, agreed_date, status, origin, "
                                      "created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.caseId, a.description, a.owner, toDbDate(a.dueDate), toDbDate(a.agreedDate), actionStatusCode(a.status),
                        a.origin, toDbTime(a.createdUtc)});
    if (!r.ok()) return r.error();
    return r.value();
}

Status ActionRepository::update(const ActionItem& a) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE case_actions SET description = ?, owner = ?, due_date = ?, agreed_date = ?, status = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       {a.description, a.owner, toDbDate(a.dueDate), toDbDate(a.agreedDate), actionStatusCode(a.status), a.id, a.rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Action"), QStringLiteral("action"), a.id);
    return {};
}

Result<ActionItem> ActionRepository::get(qint64 id) const
{
    auto r = m_db.exec(actionColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Action"), tr("This action is no longer recorded on the case.")};
    return readAction(r.value());
}

Result<QList<ActionItem>> ActionRepository::listForCase(qint64 caseId) const
{
    return readActions(m_db.exec(actionColumns + QStringLiteral(" WHERE case_id = ? ORDER BY COALESCE(agreed_date, due_date), id"),
                                 {caseId}));
}

Result<QList<ActionItem>> ActionRepository::overdue(const QDate& today) const
{
    return readActions(m_db.exec(actionColumns + QStringLiteral(" WHERE status = 'open' AND COALESCE(agreed_date, due_date) < ? "
                                                                "ORDER BY COALESCE(agreed_date, due_date), id"),
                                 {toDbDate(today)}));
}

Result<qint64> CaseFlagRepository::raise(qint64 caseId, const QString& code, const QString& reason, const QDateTime& nowUtc) const
{
    auto existing = open(caseId, code);
    if (!existing.ok()) return existing.error();
    if (existing.value()) {
        auto r = m_db.exec(QStringLiteral("UPDATE case_flags SET reason = ?, raised_utc = ? WHERE id = ?"),
                           {reason, toDbTime(nowUtc), existing.value()->id});
        if (!r.ok()) return r.error();
        return existing.value()->id;
    }
    auto r = m_db.insert(QStringLiteral("INSERT INTO case_flags (case_id, code, reason, raised_utc) VALUES (?, ?, ?, ?)"),
                       {caseId, code, reason, toDbTime(nowUtc)});
    if (!r.ok()) return r.error();
    return r.value();
}

Status CaseFlagRepository::clear(qint64 caseId, const QString& code, const QDateTime& nowUtc) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE case_flags SET cleared_utc = ? WHERE case_id = ? AND code = ? AND cleared_utc IS NULL"),
                       {toDbTime(nowUtc), caseId, code});
    if (!r.ok()) return r.error();
    return {};
}

Result<std::optional<CaseFlag>> CaseFlagRepository::open(qint64 caseId, const QString& code) const
{
    auto r = m_db.exec(flagColumns + QStringLiteral(" WHERE case_id = ? AND code = ? AND cleared_utc IS NULL ORDER BY id DESC LIMIT 1"),
                       {caseId, code});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<CaseFlag>();
    return std::optional<CaseFlag>(readFlag(r.value()));
}

Result<QList<CaseFlag>> CaseFlagRepository::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(flagColumns + QStringLiteral(" WHERE case_id = ? ORDER BY raised_utc DESC, id DESC"), {caseId});
    if (!r.ok()) return r.error();
    QList<CaseFlag> out;
    while (r->next()) out.append(readFlag(r.value()));
    return out;
}

} // namespace conduct
