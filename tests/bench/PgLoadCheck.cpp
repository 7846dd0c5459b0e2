#include "PgLoadCheck.h"

#include "security/AuditLog.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace conduct::pgload {
namespace {

struct Report {
    CheckReport& r;
    void problem(const QString& line)
    {
        if (r.problems.size() < 100) r.problems.append(line);   // the counts say how many in all
    }
    void lost(qint64 n, const QString& line) { r.lostUpdates += n; problem(line); }
    void unreported(qint64 n, const QString& line) { r.unreportedWrites += n; problem(line); }
};

struct StoredIncident {
    qint64 caseId = 0;
    QString description;
};

// Every incident a writer was told was saved is there, on its case, with its exact text; and
// nothing is there that no writer was told about (the table was empty before the load).
// Returns how many reported incidents each case is missing.
QHash<qint64, qint64> checkIncidents(const Database& db, const std::vector<const WriterLog*>& logs, Report& report)
{
    QHash<qint64, qint64> missing;
    auto rows = db.exec(QStringLiteral("SELECT id, case_id, description FROM incidents"));
    if (!rows.ok()) {
        report.problem(QStringLiteral("reading incidents: ") + rows.error().text());
        return missing;
    }
    QHash<qint64, StoredIncident> stored;
    while (rows->next()) stored.insert(rows->value(0).toLongLong(), {rows->value(1).toLongLong(), rows->value(2).toString()});
    report.r.incidentsFound = stored.size();
    for (const WriterLog* log : logs) {
        for (const CommittedAdd& add : log->adds) {
            const auto found = stored.constFind(add.incidentId);
            if (found == stored.constEnd() || found->caseId != add.caseId || found->description != add.description)
                ++missing[add.caseId];
            if (found == stored.constEnd())
                report.lost(1, QStringLiteral("incident %1 (\"%2\") was reported saved but is missing").arg(add.incidentId).arg(add.description));
            else if (found->caseId != add.caseId || found->description != add.description)
                report.lost(1, QStringLiteral("incident %1 reads \"%2\" on case %3, not \"%4\" on case %5")
                                   .arg(add.incidentId).arg(found->description).arg(found->caseId).arg(add.description).arg(add.caseId));
            stored.remove(add.incidentId);
        }
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        report.unreported(1, QStringLiteral("incident %1 (\"%2\") is stored but no writer reported it").arg(it.key()).arg(it->description));
    return missing;
}

// Per case: the versions the committed edits produced are exactly 2..row_version, each once;
// the stored value is the last edit's; incident_count counted every added incident (an incident
// already missing from the table is not counted again here).
void checkCases(const Database& db, const std::vector<const WriterLog*>& logs, const QList<qint64>& caseIds,
                const QString& initialValue, const QHash<qint64, qint64>& missingIncidents, Report& report)
{
    QHash<qint64, QList<CommittedEdit>> edits;
    QHash<qint64, qint64> adds;
    for (const WriterLog* log : logs) {
        for (const CommittedEdit& e : log->edits) edits[e.caseId].append(e);
        for (const CommittedAdd& a : log->adds) ++adds[a.caseId];
    }
    for (qint64 caseId : caseIds) {
        auto row = db.exec(QStringLiteral("SELECT crime_reference, row_version, incident_count FROM cases WHERE id = ?"), {caseId});
        if (!row.ok() || !row->next()) {
            report.lost(edits.value(caseId).size(), QStringLiteral("case %1 could not be read back").arg(caseId));
            continue;
        }
        const QString value = row->value(0).toString();
        const qint64 version = row->value(1).toLongLong();
        const qint64 incidentCount = row->value(2).toLongLong();
        QList<CommittedEdit> mine = edits.value(caseId);
        std::sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.newVersion < b.newVersion; });

        // One overwritten update shows up both as a version claimed twice and as a row one short:
        // count it once.
        QSet<qint64> seen;
        qint64 badClaims = 0;
        for (const CommittedEdit& e : mine) {
            if (seen.contains(e.newVersion) || e.newVersion < 2 || e.newVersion > version) {
                ++badClaims;
                report.problem(QStringLiteral("case %1: edit \"%2\" reported version %3, which %4 (row_version is %5)")
                                   .arg(caseId).arg(e.value).arg(e.newVersion)
                                   .arg(seen.contains(e.newVersion) ? QStringLiteral("another edit also reported")
                                                                    : QStringLiteral("cannot exist"))
                                   .arg(version));
            }
            seen.insert(e.newVersion);
        }
        const qint64 committedUpdates = mine.size();
        const qint64 shortBy = committedUpdates - (version - 1);
        if (shortBy > 0)
            report.problem(QStringLiteral("case %1: %2 committed updates reported, but row_version %3 records only %4")
                               .arg(caseId).arg(committedUpdates).arg(version).arg(version - 1));
        if (std::max(badClaims, shortBy) > 0) report.r.lostUpdates += std::max(badClaims, shortBy);
        if (shortBy < 0)
            report.unreported(-shortBy, QStringLiteral("case %1: row_version %2 records %3 updates, but only %4 were reported committed")
                                            .arg(caseId).arg(version).arg(version - 1).arg(committedUpdates));
        const QString expected = mine.isEmpty() ? initialValue : mine.last().value;
        if (mine.isEmpty() || mine.last().newVersion == version) {
            if (value != expected)
                report.lost(1, QStringLiteral("case %1: crime_reference is \"%2\"; the last committed edit wrote \"%3\"")
                                   .arg(caseId).arg(value).arg(expected));
        }
        const qint64 added = adds.value(caseId);
        if (incidentCount < added)
            report.lost(std::max<qint64>(0, added - incidentCount - missingIncidents.value(caseId)), QStringLiteral("case %1: incident_count %2, but %3 incidents were reported added")
                                                   .arg(caseId).arg(incidentCount).arg(added));
        else if (incidentCount > added)
            report.unreported(incidentCount - added, QStringLiteral("case %1: incident_count %2, but only %3 incidents were reported added")
                                                         .arg(caseId).arg(incidentCount).arg(added));
    }
}

// CaseService writes exactly one audit record per committed operation, in the same transaction:
// an update record naming the case for an edit, a create record naming the incident for an add.
void checkAudit(const Database& db, const std::vector<const WriterLog*>& logs, qint64 auditBefore, Report& report)
{
    const VerifyResult verified = AuditLog::verify(db);
    report.r.chainOk = verified.ok;
    report.r.chainProblem = verified.problem;
    if (auto total = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")); total.ok())
        report.r.auditTotal = total->toLongLong();   // verify() stops counting at a bad record
    if (!verified.ok) report.problem(QStringLiteral("audit chain: ") + verified.problem);

    QHash<qint64, qint64> editsPerCase;
    QSet<QString> addIds;
    for (const WriterLog* log : logs) {
        report.r.auditExpected += log->committed();
        for (const CommittedEdit& e : log->edits) ++editsPerCase[e.caseId];
        for (const CommittedAdd& a : log->adds) addIds.insert(QString::number(a.incidentId));
    }
    auto rows = db.exec(QStringLiteral("SELECT action, entity_type, entity_id, case_id FROM audit_log WHERE sequence > ?"), {auditBefore});
    if (!rows.ok()) return report.problem(QStringLiteral("reading the audit trail: ") + rows.error().text());
    const QString update = auditActionCode(AuditAction::Update);
    const QString create = auditActionCode(AuditAction::Create);
    QHash<qint64, qint64> updateRecords;
    QSet<QString> addRecords;
    while (rows->next()) {
        ++report.r.auditWritten;
        const QString action = rows->value(0).toString();
        const QString entity = rows->value(1).toString();
        if (action == update && entity == QLatin1String("case")) ++updateRecords[rows->value(3).toLongLong()];
        else if (action == create && entity == QLatin1String("incident")) addRecords.insert(rows->value(2).toString());
        else report.problem(QStringLiteral("unexpected audit record during the load: %1 %2 %3").arg(action, entity, rows->value(2).toString()));
    }
    if (report.r.auditWritten != report.r.auditExpected)
        report.problem(QStringLiteral("%1 audit records written during the load, %2 committed operations")
                           .arg(report.r.auditWritten).arg(report.r.auditExpected));
    for (auto it = editsPerCase.cbegin(); it != editsPerCase.cend(); ++it)
        if (updateRecords.value(it.key()) != it.value())
            report.problem(QStringLiteral("case %1: %2 committed edits but %3 update records")
                               .arg(it.key()).arg(it.value()).arg(updateRecords.value(it.key())));
    const qint64 unaudited = (addIds - addRecords).size();
    if (unaudited > 0) report.problem(QStringLiteral("%1 added incidents have no create record").arg(unaudited));
}
} // namespace

CheckReport checkStore(const Database& db, const std::vector<const WriterLog*>& logs, const QList<qint64>& caseIds,
                       const QString& initialValue, qint64 auditBefore)
{
    CheckReport result;
    Report report{result};
    for (const WriterLog* log : logs) {
        result.editsReported += log->edits.size();
        result.addsReported += log->adds.size();
    }
    const QHash<qint64, qint64> missing = checkIncidents(db, logs, report);
    checkCases(db, logs, caseIds, initialValue, missing, report);
    checkAudit(db, logs, auditBefore, report);
    return result;
}

} // namespace conduct::pgload
