#include "TestSupport.h"

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
    auto opened = Database::openSqlite(path());
    if (!opened.ok()) FAIL(opened.error().text().toStdString());
    database = std::move(opened).value();
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(CONDUCT_SOURCE_DIR "/") + relative;
}

} // namespace conduct::test
