// What the schema holds, read from each engine's own catalogue: for the case bundle's table
// check, `conduct migrate-store` and the tests' "nothing changed" row counts.

#include "store/Database.h"

namespace conduct {

Result<QStringList> Database::tableNames() const
{
    // SQLite's own tables and the FTS5 index's shadow tables are the engine's, not Conduct's. On a
    // `conduct server init` store, server_audit is the server's record of changes to this one
    // (issue 25): a copy of the store starts its own, so it is never copied or compared.
    auto q = exec(m_engine == Engine::Sqlite
                      ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name NOT LIKE 'incidents_fts%' ORDER BY name")
                      : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                       "AND table_type = 'BASE TABLE' AND table_name NOT IN ('conduct_meta', 'server_audit') "
                                       "ORDER BY table_name"));
    if (!q.ok()) return q.error();
    QStringList names;
    while (q->next()) names.append(q->value(0).toString());
    return names;
}

Result<QStringList> Database::referencedTables(const QString& table) const
{
    auto q = m_engine == Engine::Sqlite
                 ? exec(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"), {table})
                 : exec(QStringLiteral("SELECT DISTINCT confrelid::regclass::text FROM pg_constraint "
                                       "WHERE contype = 'f' AND conrelid = to_regclass(?)"),
                        {table});
    if (!q.ok()) return q.error();
    QStringList names;
    while (q->next()) names.append(q->value(0).toString());
    return names;
}

} // namespace conduct
