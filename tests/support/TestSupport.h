#pragma once
// Shared helpers for every test binary: printing Qt types in Catch messages, temporary
// databases, and waiting on asynchronous behaviour without QTRY_* (which does not report to Catch).

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QImage>
#include <functional>
#include <memory>
#include <optional>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return "\"" + s.toStdString() + "\""; }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& d) { return d.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch

#include "security/User.h"

namespace conduct { class Database; }

namespace conduct::test {

// The PostgreSQL server that store tests run against instead of a file, when the environment
// names one (tests/support/with-postgres.sh sets CONDUCT_TEST_POSTGRES); empty otherwise.
QString postgresTestServer();

// A fresh Conduct database in its own temporary directory, removed afterwards. With a test
// server named, it is a fresh schema on that server instead, dropped afterwards.
struct TempDatabase {
    TempDatabase();
    ~TempDatabase();
    QString path() const;       // the file (SQLite only)
    QString location() const;   // what Database::open takes: the file, or the server address with the schema
    Database& db() { return *database; }
    // An officer-and-supervisor account on this database, created on first use.
    const Session& session();
    void reopen();   // close and open again, as a restarted application would

    QTemporaryDir dir;
    QString serverSchema;   // PostgreSQL only
    std::unique_ptr<Database> database;
    std::optional<Session> officerSession;
};

// Runs one schema statement written in SQLite's dialect (as the migrations are) on either engine.
void runSchemaStatement(Database& db, const QString& sqliteStatement);

// Removes a trigger (PostgreSQL names its table too).
void dropTrigger(Database& db, const QString& trigger, const QString& table);

// Signs in as `userName` with these roles, creating the account (cheap test hash) if missing.
Session sessionFor(Database& db, const QString& userName, const QSet<Role>& roles);

// The password every test account has.
inline const char* testPassword = "correct horse battery staple";

// Puts these accounts in the team called `teamName` (made if missing), as an administrator would
// (issue 24: team-mates and the supervisors in a team see its cases in full).
void joinTeam(Database& db, const QString& teamName, const QList<qint64>& userIds);

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000);
QString sourcePath(const QString& relative);   // a file in the source tree

// Saves a picture of what a GUI test drove, for a person to look at, when CONDUCT_SCREENSHOT_DIR
// names a folder; otherwise does nothing, so test runs leave no files behind. Returns false only
// when a requested save failed.
bool keepScreenshot(const QImage& image, const QString& fileName);

} // namespace conduct::test
