// Issue 28: on PostgreSQL an audit record is written in one statement after the append lock, the
// server reading the chain's end and working out the hash (AuditLogStore::insertAfterChainEnd).
// The chain it writes must be the chain AuditLog::verify checks, on either engine, with any text
// in the record and with two desks appending in turn.

#include "TestSupport.h"

#include "security/AuditLog.h"
#include "store/Database.h"

#include <QJsonObject>

using namespace conduct;

namespace {
Status appendOne(Database& db, const Session& actor, AuditAction action, const QString& entityId, const QJsonObject& before,
                 const QJsonObject& after)
{
    AuditRecord r = AuditLog::recordFor(actor, action);
    r.caseId = 7;
    r.caseUrn = QStringLiteral("45ZZ0000726");
    r.entityType = QStringLiteral("incident");
    r.entityId = entityId;
    r.justification = QStringLiteral("Émilie's complaint — “quotes”, 'apostrophes', \\ and ; too");
    r.setChanges(before, after);
    return AuditLog::append(db, r);
}
} // namespace

TEST_CASE("audit records appended in one statement form a chain that verifies", "[audit][audittrips]")
{
    test::TempDatabase t;
    const Session& actor = t.session();
    auto start = AuditLog::readAll(t.db());
    REQUIRE(start.ok());
    const qint64 first = start->isEmpty() ? 1 : start->last().sequence + 1;
    const QString field = QStringLiteral("description");
    const auto text = [&](const QString& value) { return QJsonObject{{field, value}}; };
    REQUIRE(appendOne(t.db(), actor, AuditAction::Create, QStringLiteral("1"), {}, text(QStringLiteral("Ünïcödé ✓ text"))).ok());
    REQUIRE(appendOne(t.db(), actor, AuditAction::Update, QStringLiteral("1"), text(QStringLiteral("a")), text(QStringLiteral("b\nc"))).ok());
    REQUIRE(appendOne(t.db(), actor, AuditAction::Delete, QStringLiteral("1"), text(QStringLiteral("erased")), {}).ok());

    auto all = AuditLog::readAll(t.db());
    REQUIRE(all.ok());
    REQUIRE(all->size() >= 3);
    const AuditRecord& erased = all->last();
    CHECK(erased.sequence == first + 2);
    CHECK(erased.previousHash == all->at(all->size() - 2).hash);
    CHECK(erased.hash == computeHash(erased));
    CHECK_FALSE(erased.beforeJson.contains("erased"));   // an erasure keeps the names of the fields only
    const VerifyResult verified = AuditLog::verify(t.db());
    INFO(verified.problem.toStdString());
    CHECK(verified.ok);
    CHECK(verified.checked == all->size());
}

TEST_CASE("two desks appending in turn extend one chain", "[audit][audittrips]")
{
    test::TempDatabase t;
    const Session& actor = t.session();
    auto other = Database::open(t.location());
    REQUIRE(other.ok());
    for (int i = 0; i < 4; ++i) {
        Database& db = i % 2 == 0 ? t.db() : *other.value();
        REQUIRE(appendOne(db, actor, AuditAction::Update, QString::number(i), QJsonObject{{QStringLiteral("n"), i}},
                          QJsonObject{{QStringLiteral("n"), i + 1}})
                    .ok());
    }
    const VerifyResult verified = AuditLog::verify(*other.value());
    INFO(verified.problem.toStdString());
    CHECK(verified.ok);
}
