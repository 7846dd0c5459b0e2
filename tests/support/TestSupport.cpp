#include "TestSupport.h"

#include <QDir>

#include "security/PasswordHasher.h"
#include "store/TeamRepository.h"
#include "store/UserRepository.h"
#include "store/Database.h"
#include "store/PostgresDialect.h"

#include <QTest>
#include <QUuid>

namespace conduct::test {

QString postgresTestServer() { return qEnvironmentVariable("CONDUCT_TEST_POSTGRES"); }

TempDatabase::TempDatabase()
{
    REQUIRE(dir.isValid());
    if (!postgresTestServer().isEmpty())   // a schema of its own, so tests never see each other's rows
        serverSchema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    reopen();
}

TempDatabase::~TempDatabase()
{
    if (database && !serverSchema.isEmpty()) (void)database->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(serverSchema));
    database.reset();
}

QString TempDatabase::path() const { return dir.filePath(QStringLiteral("test.sqlite")); }

QString TempDatabase::location() const
{
    if (serverSchema.isEmpty()) return path();
    const QString server = postgresTestServer();
    return server + (server.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + serverSchema;
}

void TempDatabase::reopen()
{
    database.reset();
    officerSession.reset();
    auto opened = Database::open(location());
    if (!opened.ok()) FAIL(opened.error().text().toStdString());
    database = std::move(opened).value();
}

void runSchemaStatement(Database& db, const QString& sqliteStatement)
{
    const QStringList run = db.engine() == Engine::Sqlite ? QStringList{sqliteStatement} : postgresStatementsFor(sqliteStatement);
    for (const QString& sql : run) {
        auto r = db.exec(sql);
        if (!r.ok()) FAIL(r.error().text().toStdString());
    }
}

void dropTrigger(Database& db, const QString& trigger, const QString& table)
{
    auto r = db.exec(db.engine() == Engine::Sqlite ? QStringLiteral("DROP TRIGGER %1").arg(trigger)
                                                   : QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table));
    if (!r.ok()) FAIL(r.error().text().toStdString());
}

const Session& TempDatabase::session()
{
    if (!officerSession)
        officerSession = sessionFor(db(), QStringLiteral("test.officer"), {Role::Officer, Role::Supervisor});
    return *officerSession;
}

Session sessionFor(Database& db, const QString& userName, const QSet<Role>& roles)
{
    UserRepository users(db);
    auto existing = users.findByName(userName);
    REQUIRE(existing.ok());
    if (existing.value()) return Session{existing.value()->user, QDateTime::currentDateTimeUtc()};
    auto hash = PasswordHasher(HashCost::minimumForTests()).hash(QString::fromLatin1(testPassword));
    REQUIRE(hash.ok());
    Transaction tx(db);
    auto created = users.create(NewUser{userName, QStringLiteral("PC ") + userName, roles}, hash.value());
    if (!created.ok()) FAIL(created.error().text().toStdString());
    REQUIRE(tx.commit().ok());
    return Session{created.value(), QDateTime::currentDateTimeUtc()};
}

void joinTeam(Database& db, const QString& teamName, const QList<qint64>& userIds)
{
    const TeamRepository teams(db);
    Transaction tx(db);
    auto existing = teams.findByName(teamName);
    REQUIRE(existing.ok());
    qint64 teamId = existing->value_or(0);
    if (teamId == 0) {
        auto made = teams.insert(teamName, QDateTime::currentDateTimeUtc());
        REQUIRE(made.ok());
        teamId = made.value();
    }
    for (qint64 userId : userIds) REQUIRE(teams.addMember(teamId, userId).ok());
    REQUIRE(tx.commit().ok());
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(CONDUCT_SOURCE_DIR "/") + relative;
}

bool keepScreenshot(const QImage& image, const QString& fileName)
{
    const QString folder = qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR");
    if (folder.isEmpty()) return true;
    return QDir().mkpath(folder) && image.save(QDir(folder).filePath(fileName));
}

} // namespace conduct::test
