// Test helper for the `conduct audit verify` ctest: does to a database what someone with the file
// and an SQL prompt could do. audit_tamper PATH create | list | alter SEQ | remove SEQ
//   create      a fresh, migrated Conduct database (no audit records)
//   list        prints every audit record, oldest first, one a line: sequence, user, action,
//               case URN, entity type, entity id, justification, recipient, separated by tabs
//               (the CLI only verifies the chain; end-to-end tests read what was recorded here)
//   alter SEQ   drops the append-only triggers and changes record SEQ's justification
//   remove SEQ  drops the triggers and deletes record SEQ

#include "security/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace conduct;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: audit_tamper PATH create | list | alter SEQ | remove SEQ\n";
        return 2;
    }
    auto db = Database::openSqlite(args[1]);
    if (!db.ok()) {
        err << db.error().text() << '\n';
        return 1;
    }
    if (args[2] == QLatin1String("create")) return 0;
    if (args[2] == QLatin1String("list")) {
        auto records = AuditLog::readAll(*db.value());
        if (!records.ok()) {
            err << records.error().text() << '\n';
            return 1;
        }
        QTextStream out(stdout);
        for (const AuditRecord& r : records.value())
            out << r.sequence << '\t' << r.userName << '\t' << auditActionCode(r.action) << '\t' << r.caseUrn << '\t'
                << r.entityType << '\t' << r.entityId << '\t' << r.justification << '\t' << r.recipient << '\n';
        return 0;
    }
    if (args.size() < 4) return 2;
    const qint64 sequence = args[3].toLongLong();
    for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete"})
        if (!db.value()->exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger))).ok()) return 1;
    Result<QSqlQuery> done = args[2] == QLatin1String("alter")
        ? db.value()->exec(QStringLiteral("UPDATE audit_log SET justification = 'nothing to see' WHERE sequence = ?"), {sequence})
        : db.value()->exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = ?"), {sequence});
    if (!done.ok()) {
        err << done.error().text() << '\n';
        return 1;
    }
    return done->numRowsAffected() == 1 ? 0 : 1;
}
