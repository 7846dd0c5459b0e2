#pragma once
// Helpers shared by the backup, restore and file-hazard tests.

#include "TestSupport.h"

#include "services/CaseService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace conduct::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QByteArrayLiteral("(missing)");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline Case sampleCase(int serial, int textLength = 0)
{
    Case c;
    c.urn = QStringLiteral("45AA%1%2").arg(serial, 5, 10, QLatin1Char('0')).arg(25);
    c.officerInCase = QStringLiteral("PC 1234 Jones");
    c.whyNotStalking = QString(textLength, u'w');
    return c;
}

inline Result<Case> addSampleCase(Database& db, int serial, int textLength = 0)
{
    return CaseService(db, test::sessionFor(db, QStringLiteral("backup.tester"), {Role::Officer})).createCase(sampleCase(serial, textLength));
}

inline int caseCount(const Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    return n.ok() ? n->toInt() : -1;
}

inline QString integrity(const Database& db)
{
    auto r = db.scalar(QStringLiteral("PRAGMA integrity_check"));
    return r.ok() ? r->toString() : r.error().text();
}

// Only the owner may read or write: no group or other permission bits.
inline bool isPrivateFile(const QString& path)
{
    const auto p = QFileInfo(path).permissions();
    return (p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0
           && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
}

inline std::unique_ptr<Database> openOrFail(const QString& path, const OpenOptions& options = {})
{
    auto db = Database::openSqlite(path, options);
    if (!db.ok()) FAIL(db.error().text().toStdString());
    return std::move(db).value();
}

} // namespace conduct::test
