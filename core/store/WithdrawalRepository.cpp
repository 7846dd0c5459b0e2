#include "store/WithdrawalRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::WithdrawalRepository", text); }

const QString selectColumns = QStringLiteral(
    "SELECT id, case_id, complainant_id, statement_pack_id, statement_pack_version, statement_json, statement_taken_utc, "
    "statement_taken_by, report_pack_id, report_pack_version, report_json, report_date, report_by, pressure_suspected, "
    "pressure_detail, safety_enquiries, safety_enquiries_on, decision, decision_reasons, decision_date, decided_by, row_version, "
    "statement_taken_at, present_at_statement, contact_initiated_by FROM withdrawals");

QString json(const FormAnswers& a) { return QString::fromUtf8(QJsonDocument(answersToJson(a)).toJson(QJsonDocument::Compact)); }

QVariantList columnValues(const Withdrawal& w)
{
    return {w.caseId, w.complainantId, w.statementPackId, w.statementPackVersion, json(w.statement), toDbTime(w.statementTakenUtc),
            w.statementTakenBy, w.reportPackId, w.reportPackVersion, json(w.report), toDbDate(w.reportDate), w.reportBy,
            w.pressureSuspected ? 1 : 0, w.pressureDetail, w.safetyEnquiries, toDbDate(w.safetyEnquiriesOn),
            withdrawalDecisionCode(w.decision), w.decisionReasons, toDbDate(w.decisionDate), w.decidedBy,
            w.statementTakenAt, w.presentAtStatement, w.contactInitiatedBy};
}

StoredWithdrawal readWithdrawal(const QSqlQuery& q)
{
    StoredWithdrawal s;
    Withdrawal& w = s.record;
    w.id = q.value(0).toLongLong();
    w.caseId = q.value(1).toLongLong();
    w.complainantId = q.value(2).toLongLong();
    w.statementPackId = q.value(3).toString();
    w.statementPackVersion = q.value(4).toInt();
    s.statementJson = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    w.statementTakenUtc = fromDbTime(q.value(6));
    w.statementTakenBy = q.value(7).toString();
    w.reportPackId = q.value(8).toString();
    w.reportPackVersion = q.value(9).toInt();
    s.reportJson = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    w.reportDate = fromDbDate(q.value(11));
    w.reportBy = q.value(12).toString();
    w.pressureSuspected = q.value(13).toBool();
    w.pressureDetail = q.value(14).toString();
    w.safetyEnquiries = q.value(15).toString();
    w.safetyEnquiriesOn = fromDbDate(q.value(16));
    w.decision = withdrawalDecisionFromCode(q.value(17).toString()).value_or(WithdrawalDecision::Undecided);
    w.decisionReasons = q.value(18).toString();
    w.decisionDate = fromDbDate(q.value(19));
    w.decidedBy = q.value(20).toString();
    w.rowVersion = q.value(21).toLongLong();
    w.statementTakenAt = q.value(22).toString();
    w.presentAtStatement = q.value(23).toString();
    w.contactInitiatedBy = q.value(24).toString();
    return s;
}
} // namespace

Result<qint64> WithdrawalRepository::insert(const Withdrawal& w) const
{
    auto r = m_db.insert(QStringLiteral(
                           "INSERT INTO withdrawals (case_id, complainant_id, statement_pack_id, statement_pack_version, statement_json, "
                           "statement_taken_utc, statement_taken_by, report_pack_id, report_pack_version, report_json, report_date, "
                           "report_by, pressure_suspected, pressure_detail, safety_enquiries, safety_enquiries_on, decision, "
                           "decision_reasons, decision_date, decided_by, statement_taken_at, present_at_statement, contact_initiated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       columnValues(w));
    if (!r.ok()) return r.error();
    return r.value();
}

Status WithdrawalRepository::update(const Withdrawal& w) const
{
    QVariantList params = columnValues(w);
    params << w.id << w.rowVersion;
    auto r = m_db.exec(QStringLiteral(
                           "UPDATE withdrawals SET case_id = ?, complainant_id = ?, statement_pack_id = ?, statement_pack_version = ?, "
                           "statement_json = ?, statement_taken_utc = ?, statement_taken_by = ?, report_pack_id = ?, "
                           "report_pack_version = ?, report_json = ?, report_date = ?, report_by = ?, pressure_suspected = ?, "
                           "pressure_detail = ?, safety_enquiries = ?, safety_enquiries_on = ?, decision = ?, decision_reasons = ?, "
                           "decision_date = ?, decided_by = ?, statement_taken_at = ?, present_at_statement = ?, contact_initiated_by = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       params);
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Withdrawal"), QStringLiteral("withdrawal"), w.id);
    return {};
}

bool WithdrawalRepository::storesUnchanged(const StoredWithdrawal& stored, const Withdrawal& edited)
{
    if (stored.record.rowVersion != edited.rowVersion) return false;   // an older version meets the conflict check
    if (answersToJson(edited.statement) != stored.statementJson || answersToJson(edited.report) != stored.reportJson) return false;
    Withdrawal storedWithAnswers = stored.record;   // its answers are kept as JSON, compared above
    storedWithAnswers.statement = edited.statement;
    storedWithAnswers.report = edited.report;
    return columnValues(storedWithAnswers) == columnValues(edited);
}

Result<StoredWithdrawal> WithdrawalRepository::get(qint64 id) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Withdrawal"), tr("This withdrawal is no longer recorded on the case.")};
    return readWithdrawal(r.value());
}

Result<QList<StoredWithdrawal>> WithdrawalRepository::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE case_id = ? ORDER BY statement_taken_utc, id"), {caseId});
    if (!r.ok()) return r.error();
    QList<StoredWithdrawal> out;
    while (r->next()) out.append(readWithdrawal(r.value()));
    return out;
}

} // namespace conduct
