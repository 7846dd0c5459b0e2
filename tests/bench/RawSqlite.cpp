#include "RawSqlite.h"

#include "store/IncidentRepository.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace conduct::bench {
namespace {
struct Statement {
    sqlite3_stmt* handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

struct Connection {
    sqlite3* handle = nullptr;
    ~Connection() { sqlite3_close(handle); }
};

bool fail(sqlite3* db, QString* error)
{
    if (error) *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

void bindText(sqlite3_stmt* s, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString isoTime(const QDateTime& utc) { return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }
} // namespace

double rawInsertCases(const QString& databasePath, const QList<CaseImport>& cases, QString* error)
{
    Connection db;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db.handle) != SQLITE_OK) return fail(db.handle, error) ? 0 : -1;
    sqlite3_exec(db.handle, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db.handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    Statement insertCase, insertIncident;
    if (sqlite3_prepare_v2(db.handle,
                           "INSERT INTO cases (urn, status, officer_in_case, created_utc, updated_utc) VALUES (?,?,?,?,?)",
                           -1, &insertCase.handle, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db.handle,
                              "INSERT INTO incidents (case_id, start_utc, online, location, platform, behaviours, description) "
                              "VALUES (?,?,?,?,?,?,?)",
                              -1, &insertIncident.handle, nullptr) != SQLITE_OK)
        return fail(db.handle, error) ? 0 : -1;
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    for (const CaseImport& c : cases) {
        bindText(insertCase.handle, 1, QStringLiteral("R") + c.caseRecord.urn);   // distinct from Conduct's copy
        bindText(insertCase.handle, 2, QStringLiteral("open"));
        bindText(insertCase.handle, 3, c.caseRecord.officerInCase);
        bindText(insertCase.handle, 4, now);
        bindText(insertCase.handle, 5, now);
        if (sqlite3_step(insertCase.handle) != SQLITE_DONE) return fail(db.handle, error) ? 0 : -1;
        sqlite3_reset(insertCase.handle);
        const sqlite3_int64 caseId = sqlite3_last_insert_rowid(db.handle);
        for (const Incident& i : c.incidents) {
            sqlite3_bind_int64(insertIncident.handle, 1, caseId);
            bindText(insertIncident.handle, 2, isoTime(i.startUtc));
            sqlite3_bind_int(insertIncident.handle, 3, i.online ? 1 : 0);
            bindText(insertIncident.handle, 4, i.location);
            bindText(insertIncident.handle, 5, i.platform);
            bindText(insertIncident.handle, 6, behaviourCodes(i.behaviours));
            bindText(insertIncident.handle, 7, i.description);
            if (sqlite3_step(insertIncident.handle) != SQLITE_DONE) return fail(db.handle, error) ? 0 : -1;
            sqlite3_reset(insertIncident.handle);
        }
    }
    if (sqlite3_exec(db.handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail(db.handle, error) ? 0 : -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double rawFirstPage(const QString& databasePath, int pageSize, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    Connection db;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return fail(db.handle, error) ? 0 : -1;
    Statement page;
    if (sqlite3_prepare_v2(db.handle,
                           "SELECT id, urn, status, officer_in_case, complainant_names, suspect_names, incident_count, "
                           "last_incident_utc, updated_utc FROM cases ORDER BY updated_utc DESC, id DESC LIMIT ?",
                           -1, &page.handle, nullptr) != SQLITE_OK)
        return fail(db.handle, error) ? 0 : -1;
    sqlite3_bind_int(page.handle, 1, pageSize);
    int rows = 0;
    while (sqlite3_step(page.handle) == SQLITE_ROW) ++rows;
    (void)rows;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace conduct::bench
