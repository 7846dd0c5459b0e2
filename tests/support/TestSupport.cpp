#include "TestSupport.h"

#include <QDir>

#include "security/PasswordHasher.h"
#include "security/UserRepository.h"
#include "store/Database.h"

#include <QTest>

namespace conduct::test {

TempDatabase::TempDatabase()
{
    REQUIRE(dir.isValid());
    reopen();
}

TempDatabase::~TempDatabase() { database.reset(); }

QString TempDatabase::path() const { return dir.filePath(QStringLiteral("test.sqlite")); }

void TempDatabase::reopen()
{
    database.reset();
    officerSession.reset();
    auto opened = Database::openSqlite(path());
    if (!opened.ok()) FAIL(opened.error().text().toStdString());
    database = std::move(opened).value();
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
