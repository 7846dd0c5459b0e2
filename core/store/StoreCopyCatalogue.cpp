#include "store/StoreCopyCatalogue.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace conduct::storecopy {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::StoreCopy", text); }

QString quoted(const QString& name) { return u'"' + name + u'"'; }

Result<QStringList> firstColumn(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    if (!q.ok()) return q.error();
    QStringList values;
    while (q->next()) values.append(q->value(0).toString());
    return values;
}
} // namespace

ReadSnapshot::ReadSnapshot(const Database& db) : m_db(db)
{
    // SQLite's snapshot starts at the first read; PostgreSQL's REPEATABLE READ keeps one for the transaction.
    auto begun = db.exec(db.engine() == Engine::Sqlite ? QStringLiteral("BEGIN")
                                                        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!begun.ok()) m_status = begun.error();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_status.ok()) (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<QStringList> parentsFirst(const Database& db)
{
    auto tables = db.tableNames();
    if (!tables.ok()) return tables.error();
    const QSet<QString> known(tables->begin(), tables->end());
    QHash<QString, QSet<QString>> waitingFor;   // table -> parents not yet placed
    for (const QString& table : tables.value()) {
        auto parents = db.referencedTables(table);
        if (!parents.ok()) return parents.error();
        if (parents->contains(table))
            return Error{tr("Store copy"), tr("The table %1 refers to itself, so no order of copying satisfies its "
                                              "foreign keys. Nothing was copied.").arg(table)};
        QSet<QString>& open = waitingFor[table];
        for (const QString& parent : parents.value())
            if (known.contains(parent)) open.insert(parent);
    }
    // Kahn's algorithm, taking ready tables by name so every run copies in the same order.
    QStringList order;
    QStringList remaining = tables.value();
    while (!remaining.isEmpty()) {
        const auto ready = std::find_if(remaining.begin(), remaining.end(),
                                        [&](const QString& t) { return waitingFor.value(t).isEmpty(); });
        if (ready == remaining.end())
            return Error{tr("Store copy"), tr("The tables %1 refer to each other in a ring, so no order of copying "
                                              "satisfies their foreign keys. Nothing was copied.").arg(remaining.join(u", "))};
        const QString placed = *ready;
        remaining.erase(ready);
        order.append(placed);
        for (QSet<QString>& open : waitingFor) open.remove(placed);
    }
    return order;
}

Result<QString> keyOrder(const Database& db, const QString& table)
{
    auto key = db.engine() == Engine::Sqlite
                   ? firstColumn(db, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"), {table})
                   : firstColumn(db, QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                                                    "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                                                    "WHERE i.indrelid = to_regclass(?) AND i.indisprimary "
                                                    "ORDER BY array_position(i.indkey::int2[], a.attnum)"),
                                 {table});
    if (!key.ok()) return key.error();
    if (key->isEmpty()) return db.engine() == Engine::Sqlite ? QStringLiteral("rowid") : QString();
    for (QString& column : key.value()) column = quoted(column);
    return key->join(u", ");
}

Result<QStringList> generatedColumns(const Database& db, const QString& table)
{
    // pragma_table_xinfo's hidden: 2 a virtual generated column, 3 a stored one.
    return db.engine() == Engine::Sqlite
               ? firstColumn(db, QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)"), {table})
               : firstColumn(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                                "current_schema() AND table_name = ? AND is_generated = 'ALWAYS'"),
                             {table});
}

Result<QStringList> identityKeyTables(const Database& db)
{
    if (db.engine() != Engine::Postgres) return QStringList{};
    return firstColumn(db, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                          "current_schema() AND column_name = 'id' AND is_identity = 'YES' ORDER BY table_name"));
}

Result<QStringList> suspendTriggers(Database& db, const QStringList& tables)
{
    QStringList undo;
    if (db.engine() == Engine::Postgres) {
        // USER leaves the foreign-key checks on: only Conduct's own triggers stop.
        for (const QString& table : tables) {
            if (auto r = db.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table))); !r.ok())
                return r.error();
            undo.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table)));
        }
        return undo;
    }
    // SQLite cannot switch a trigger off: drop it and keep its text to create it again.
    auto q = db.exec(QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    if (!q.ok()) return q.error();
    QStringList names;
    while (q->next()) {
        if (!tables.contains(q->value(2).toString())) continue;
        names.append(q->value(0).toString());
        undo.append(q->value(1).toString());
    }
    q->finish();   // no statement may be reading the schema while it changes
    for (const QString& name : names)
        if (auto r = db.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(name))); !r.ok()) return r.error();
    return undo;
}

Status rebuildTextIndex(Database& db)
{
    if (db.engine() != Engine::Sqlite) return {};
    if (auto r = db.exec(QStringLiteral("INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')")); !r.ok()) return r.error();
    return {};
}

} // namespace conduct::storecopy
