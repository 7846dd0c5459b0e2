#include "store/StoreCopy.h"

#include "security/AuditLog.h"
#include "store/Database.h"
#include "store/StoreCopyCatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlRecord>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::StoreCopy", text); }

const QString sourceField = QStringLiteral("Source store");
const QString targetField = QStringLiteral("Target store");

// Values per INSERT stay under SQLite's oldest limit on bound parameters (999).
constexpr int maxValuesPerInsert = 900;
constexpr int maxRowsPerInsert = 100;
// Attached files live in the database: a batch stops growing past this size, so a table of
// files is never held in memory at once.
constexpr qint64 maxBytesPerInsert = 8 * 1024 * 1024;
constexpr qint64 progressEveryRows = 1000;

QString quoted(const QString& name) { return u'"' + name + u'"'; }

Result<qint64> rowCount(const Database& db, const QString& table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
    if (!n.ok()) return n.error();
    return n->toLongLong();
}

// One table's rows as multi-row INSERTs: a full batch through one kept statement, a short one
// (the last rows, or a batch cut short by its size in bytes) row by row through another. Two
// statements per table, each prepared once.
class TableWriter {
public:
    TableWriter(const Database& to, const QString& table, const QStringList& columns)
        : m_to(to), m_width(int(columns.size())), m_batchRows(qBound(1, maxValuesPerInsert / qMax(1, m_width), maxRowsPerInsert))
    {
        QStringList names;
        for (const QString& column : columns) names.append(quoted(column));
        const QString row = u'(' + QStringList(m_width, QStringLiteral("?")).join(u", ") + u')';
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table), names.join(u", "));
        m_oneRow = head + row;
        m_batch = head + QStringList(m_batchRows, row).join(u", ");
    }

    Status add(const QVariantList& values)
    {
        for (const QVariant& v : values)
            m_bytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray().size()
                       : v.typeId() == QMetaType::QString  ? 2 * v.toString().size()
                                                           : 8;
        m_pending.append(values);
        ++m_rows;
        return m_rows == m_batchRows || m_bytes >= maxBytesPerInsert ? flush() : Status{};
    }

    Status flush()
    {
        Status written;
        if (m_rows == m_batchRows)
            written = m_to.write(m_batch, m_pending);
        else
            for (int r = 0; r < m_rows && written.ok(); ++r) written = m_to.write(m_oneRow, m_pending.mid(r * m_width, m_width));
        m_pending.clear();
        m_rows = 0;
        m_bytes = 0;
        return written;
    }

private:
    const Database& m_to;
    int m_width;
    int m_batchRows;
    QString m_oneRow;
    QString m_batch;
    QVariantList m_pending;
    int m_rows = 0;
    qint64 m_bytes = 0;
};

Result<qint64> copyTable(const Database& from, const Database& to, const QString& table, qint64 total,
                         const StoreCopyProgress& progress)
{
    auto key = storecopy::keyOrder(from, table);
    if (!key.ok()) return key.error();
    auto generated = storecopy::generatedColumns(to, table);
    if (!generated.ok()) return generated.error();
    auto rows = from.exec(QStringLiteral("SELECT * FROM %1").arg(quoted(table))
                          + (key->isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + key.value()));
    if (!rows.ok()) return rows.error();
    const QSqlRecord record = rows->record();
    QList<int> copied;
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (generated->contains(record.fieldName(i))) continue;   // the target computes these itself
        copied.append(i);
        columns.append(record.fieldName(i));
    }
    TableWriter writer(to, table, columns);
    qint64 done = 0;
    if (progress) progress(table, 0, total);
    while (rows->next()) {
        QVariantList values;
        values.reserve(copied.size());
        for (int i : copied) values.append(rows->value(i));
        if (Status s = writer.add(values); !s.ok()) return s.error();
        if (++done % progressEveryRows == 0 && progress) progress(table, done, total);
    }
    if (rows->lastError().type() != QSqlError::NoError)
        return Error{sourceField, tr("Reading %1 stopped: %2").arg(table, rows->lastError().text())};
    if (Status s = writer.flush(); !s.ok()) return s.error();
    if (progress) progress(table, done, total);
    return done;
}

Status checkEmpty(const Database& to, const QStringList& tables)
{
    for (const QString& table : tables) {
        auto n = rowCount(to, table);
        if (!n.ok()) return n.error();
        if (n.value() > 0)
            return Error{targetField, tr("%1 already holds Conduct data (the table %2 is not empty), and a store is only "
                                         "copied into an empty one. Name a new schema in the address (?schema=NAME), or a "
                                         "new file.").arg(to.path(), table)};
    }
    return {};
}

// New rows on PostgreSQL take their id from a sequence that knows nothing of the copied ids.
Status advanceIdentities(const Database& to)
{
    auto tables = storecopy::identityKeyTables(to);
    if (!tables.ok()) return tables.error();
    for (const QString& table : tables.value()) {
        auto r = to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                        "(SELECT COALESCE(max(id), 0) + 1 FROM %1), false)").arg(quoted(table)),
                         {table});
        if (!r.ok()) return r.error();
    }
    return {};
}

// Everything that changes the target, in one transaction: a failure anywhere leaves it as it was.
Status copyAll(const Database& from, Database& to, const QStringList& order, const QStringList& targetTables,
               const StoreCopyProgress& progress, StoreCopyReport& report)
{
    Transaction tx(to);
    if (!tx.status().ok()) return tx.status();
    // Another Conduct appending to the new store's audit trail waits until the copy is in.
    if (Status s = to.lockForAppend("audit_log"); !s.ok()) return s;
    if (Status s = checkEmpty(to, targetTables); !s.ok()) return s;
    auto restoreTriggers = storecopy::suspendTriggers(to, order);
    if (!restoreTriggers.ok()) return restoreTriggers.error();
    for (const QString& table : order) {
        auto total = rowCount(from, table);
        if (!total.ok()) return total.error();
        auto copied = copyTable(from, to, table, total.value(), progress);
        if (!copied.ok()) return Error{copied.error().field, tr("Copying %1: %2").arg(table, copied.error().message)};
        if (copied.value() != total.value())
            return Error{sourceField,
                         tr("%1 rows of %2 were read, but it holds %3.").arg(copied.value()).arg(table).arg(total.value())};
        report.tables.append({table, copied.value()});
        report.totalRows += copied.value();
    }
    if (Status s = storecopy::rebuildTextIndex(to); !s.ok()) return s;
    for (const QString& sql : restoreTriggers.value())
        if (auto r = to.exec(sql); !r.ok()) return r.error();
    if (Status s = advanceIdentities(to); !s.ok()) return s;
    return tx.commit();
}

Status verifyCopy(const Database& to, const QList<TableCopyCount>& copied, const VerifyResult& sourceAudit)
{
    const auto committedBut = [&](const QString& fault) {
        return Error{targetField, tr("The copy is committed, but %1 Do not use %2: empty it (on a server, drop its schema) "
                                     "and copy again.").arg(fault, to.path())};
    };
    for (const TableCopyCount& t : copied) {
        auto n = rowCount(to, t.table);
        if (!n.ok()) return committedBut(tr("counting %1 failed: %2.").arg(t.table, n.error().text()));
        if (n.value() != t.rows)
            return committedBut(tr("the table %1 holds %2 rows there and %3 in the source.").arg(t.table).arg(n.value()).arg(t.rows));
    }
    const VerifyResult audit = AuditLog::verify(to);
    if (!audit.ok) return committedBut(tr("its audit trail (table audit_log) does not verify: %1").arg(audit.problem));
    if (audit.checked != sourceAudit.checked || audit.lastHash != sourceAudit.lastHash)
        return committedBut(tr("its audit trail (table audit_log) holds %1 records ending in %2, and the source's %3 ending in %4.")
                                .arg(audit.checked).arg(QString::fromLatin1(audit.lastHash))
                                .arg(sourceAudit.checked).arg(QString::fromLatin1(sourceAudit.lastHash)));
    return {};
}

Status checkSchemaVersions(const Database& from, const Database& to)
{
    const int source = from.schemaVersion(), target = to.schemaVersion();
    if (source == target) return {};
    return Error{sourceField, source < target
        ? tr("%1 uses schema version %2 and the target %3. Open %1 once with this version of Conduct to bring it up to date, "
             "then copy again. Nothing was copied.").arg(from.path()).arg(source).arg(target)
        : tr("%1 uses schema version %2, newer than the target's %3. Copy with the version of Conduct that last opened it. "
             "Nothing was copied.").arg(from.path()).arg(source).arg(target)};
}
} // namespace

Result<StoreCopyReport> copyStore(const Database& from, Database& to, const StoreCopyProgress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (Status s = checkSchemaVersions(from, to); !s.ok()) return s.error();
    const storecopy::ReadSnapshot snapshot(from);
    if (!snapshot.status().ok()) return snapshot.status().error();
    const VerifyResult sourceAudit = AuditLog::verify(from);
    if (!sourceAudit.ok)
        return Error{sourceField, tr("The audit trail of %1 does not verify, and a copy would carry the fault over: %2 Nothing was "
                                     "copied.").arg(from.path(), sourceAudit.problem)};
    auto order = storecopy::parentsFirst(from);
    if (!order.ok()) return order.error();
    auto targetTables = to.tableNames();
    if (!targetTables.ok()) return targetTables.error();
    for (const QString& table : order.value())
        if (!targetTables->contains(table))
            return Error{targetField, tr("%1 has no table %2, which the source has. Nothing was copied.").arg(to.path(), table)};

    StoreCopyReport report;
    if (Status s = copyAll(from, to, order.value(), targetTables.value(), progress, report); !s.ok())
        return Error{s.error().field, s.error().message + u' ' + tr("Nothing was copied: the target is as it was.")};
    if (Status s = verifyCopy(to, report.tables, sourceAudit); !s.ok()) return s.error();
    report.auditRecords = sourceAudit.checked;
    report.auditLastHash = sourceAudit.lastHash;
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace conduct
