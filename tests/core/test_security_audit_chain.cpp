// The audit hash chain as pure functions: canonical form, hashing, and the verification that
// names the first altered, inserted, removed or reordered record.

#include "TestSupport.h"

#include "security/AuditRecord.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace conduct;

namespace {

// Links records the way AuditLog::append does: sequence, previous hash, hash.
void link(QList<AuditRecord>& records)
{
    QByteArray previous = genesisHash();
    for (int i = 0; i < records.size(); ++i) {
        records[i].sequence = i + 1;
        records[i].previousHash = previous;
        records[i].hash = computeHash(records[i]);
        previous = records[i].hash;
    }
}

AuditRecord record(const QString& user, AuditAction action, qint64 caseId = 0)
{
    AuditRecord r;
    r.timeUtc = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(caseId * 60);
    r.userId = 5;
    r.userName = user;
    r.action = action;
    r.caseId = caseId;
    r.caseUrn = caseId ? QStringLiteral("45AA02098%1").arg(caseId, 2, 10, QLatin1Char('0')) : QString();
    r.entityType = QStringLiteral("case");
    r.entityId = QString::number(caseId);
    return r;
}

QList<AuditRecord> sampleChain()
{
    QList<AuditRecord> chain;
    for (int i = 1; i <= 5; ++i) chain.append(record(QStringLiteral("pc%1").arg(i), AuditAction::Consult, i));
    chain[2].justification = QStringLiteral("Covering for a colleague");
    chain[3].action = AuditAction::Disclose;
    chain[3].recipient = QStringLiteral("CPS Direct");
    link(chain);
    return chain;
}

} // namespace

TEST_CASE("an intact chain verifies and reports its head", "[security]")
{
    const auto chain = sampleChain();
    const VerifyResult r = verifyChain(chain);
    CHECK(r.ok);
    CHECK(r.checked == 5);
    CHECK(r.lastHash == chain.last().hash);
    CHECK(chain.first().previousHash == genesisHash());
    CHECK(verifyChain({}).ok);
}

TEST_CASE("the hash covers the previous hash and every field", "[security][time]")
{
    const AuditRecord base = sampleChain().at(2);
    CHECK(computeHash(base).size() == 64);
    CHECK(computeHash(QByteArray(64, 'a'), base) != computeHash(base));

    QList<std::function<void(AuditRecord&)>> edits{
        [](AuditRecord& r) { r.sequence += 1; },
        [](AuditRecord& r) { r.timeUtc = r.timeUtc.addMSecs(1); },
        [](AuditRecord& r) { r.userId += 1; },
        [](AuditRecord& r) { r.userName += QLatin1Char('x'); },
        [](AuditRecord& r) { r.action = AuditAction::Update; },
        [](AuditRecord& r) { r.caseId += 1; },
        [](AuditRecord& r) { r.caseUrn.clear(); },
        [](AuditRecord& r) { r.entityType = QStringLiteral("person"); },
        [](AuditRecord& r) { r.entityId += QLatin1Char('1'); },
        [](AuditRecord& r) { r.beforeJson = "{\"a\":1}"; },
        [](AuditRecord& r) { r.afterJson = "{\"a\":2}"; },
        [](AuditRecord& r) { r.justification.clear(); },
        [](AuditRecord& r) { r.recipient = QStringLiteral("Defence"); },
    };
    for (int i = 0; i < edits.size(); ++i) {
        AuditRecord changed = base;
        edits[i](changed);
        INFO("edit " << i);
        CHECK(canonicalForm(changed) != canonicalForm(base));
        CHECK(computeHash(changed) != computeHash(base));
    }
}

TEST_CASE("field boundaries cannot be shifted to forge the same canonical form", "[security]")
{
    AuditRecord a = record(QStringLiteral("ab"), AuditAction::Consult);
    a.caseUrn = QStringLiteral("c");
    AuditRecord b = a;
    b.userName = QStringLiteral("a");
    b.caseUrn = QStringLiteral("bc");
    CHECK(canonicalForm(a) != canonicalForm(b));
    // The exact bytes, written out from the format (a version line, then name=<length>:<value> a
    // line, in a fixed order): the same record always hashes alike, and the lengths are what tell
    // "ab"+"c" from "a"+"bc".
    const QByteArray fieldsAfterUser = "action=7:consult\ncase_id=1:0\n";
    const QByteArray fieldsAfterUrn = "entity_type=4:case\nentity_id=1:0\nbefore=0:\nafter=0:\njustification=0:\nrecipient=0:\n";
    const QByteArray head = "conduct-audit-v1\nsequence=1:0\ntime_utc=24:2024-05-01T10:00:00.000Z\nuser_id=1:5\n";
    CHECK(canonicalForm(a) == head + "user_name=2:ab\n" + fieldsAfterUser + "case_urn=1:c\n" + fieldsAfterUrn);
    CHECK(canonicalForm(b) == head + "user_name=1:a\n" + fieldsAfterUser + "case_urn=2:bc\n" + fieldsAfterUrn);
    // The hash is SHA-256 of the previous hash followed by those bytes, in lower-case hex.
    a.previousHash = genesisHash();
    CHECK(computeHash(a) == QCryptographicHash::hash(genesisHash() + canonicalForm(a), QCryptographicHash::Sha256).toHex());
}

TEST_CASE("an altered record is named", "[security]")
{
    auto chain = sampleChain();
    chain[2].justification = QStringLiteral("Something else");
    const VerifyResult r = verifyChain(chain);
    REQUIRE_FALSE(r.ok);
    CHECK(r.firstBadSequence == 3);
    CHECK(r.firstBadIndex == 2);
    CHECK(r.checked == 2);
    CHECK(r.problem.contains(QStringLiteral("record 3")));
    CHECK(r.problem.contains(QStringLiteral("altered")));
    CHECK(r.lastHash.isEmpty());
}

TEST_CASE("an altered record whose own hash was recomputed breaks the next link", "[security]")
{
    auto chain = sampleChain();
    chain[1].userName = QStringLiteral("someone else");
    chain[1].hash = computeHash(chain[1]);
    const VerifyResult r = verifyChain(chain);
    REQUIRE_FALSE(r.ok);
    CHECK(r.firstBadSequence == 3);
    CHECK(r.problem.contains(QStringLiteral("does not link")));
}

TEST_CASE("an inserted record is named", "[security]")
{
    SECTION("with a repeated sequence number")
    {
        auto chain = sampleChain();
        AuditRecord forged = record(QStringLiteral("intruder"), AuditAction::Consult, 9);
        forged.sequence = 3;
        forged.previousHash = chain[1].hash;
        forged.hash = computeHash(forged);
        chain.insert(3, forged);   // after the real record 3
        const VerifyResult r = verifyChain(chain);
        REQUIRE_FALSE(r.ok);
        CHECK(r.firstBadIndex == 3);
        CHECK(r.firstBadSequence == 3);
        CHECK(r.problem.contains(QStringLiteral("out of order or repeated")));
    }
    SECTION("with the later records renumbered")
    {
        auto chain = sampleChain();
        AuditRecord forged = record(QStringLiteral("intruder"), AuditAction::Consult, 9);
        forged.previousHash = chain[1].hash;
        forged.sequence = 3;
        forged.hash = computeHash(forged);
        chain.insert(2, forged);
        for (int i = 3; i < chain.size(); ++i) chain[i].sequence = i + 1;
        const VerifyResult r = verifyChain(chain);
        REQUIRE_FALSE(r.ok);
        CHECK(r.firstBadIndex == 3);   // the real record that followed no longer links
        CHECK(r.firstBadSequence == 4);
    }
}

TEST_CASE("a removed record is named by the one that follows the gap", "[security]")
{
    auto chain = sampleChain();
    chain.removeAt(2);
    VerifyResult r = verifyChain(chain);
    REQUIRE_FALSE(r.ok);
    CHECK(r.firstBadSequence == 4);
    CHECK(r.problem.contains(QStringLiteral("missing")));

    auto headless = sampleChain();
    headless.removeFirst();
    r = verifyChain(headless);
    REQUIRE_FALSE(r.ok);
    CHECK(r.firstBadSequence == 2);
}

TEST_CASE("reordered records are named", "[security]")
{
    SECTION("swapped in the list")
    {
        auto chain = sampleChain();
        chain.swapItemsAt(1, 2);
        const VerifyResult r = verifyChain(chain);
        REQUIRE_FALSE(r.ok);
        CHECK(r.firstBadIndex == 1);
        CHECK(r.firstBadSequence == 3);
    }
    SECTION("swapped with their sequence numbers exchanged to look in order")
    {
        auto chain = sampleChain();
        chain.swapItemsAt(1, 2);
        std::swap(chain[1].sequence, chain[2].sequence);
        const VerifyResult r = verifyChain(chain);
        REQUIRE_FALSE(r.ok);
        CHECK(r.firstBadIndex == 1);
        CHECK(r.firstBadSequence == 2);
    }
}

TEST_CASE("setChanges keeps only the fields that changed", "[security]")
{
    AuditRecord r;
    r.setChanges(QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("oic"), QStringLiteral("PC 1")}},
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("charged")}, {QStringLiteral("oic"), QStringLiteral("PC 1")},
                             {QStringLiteral("supervisor"), QStringLiteral("DS 2")}});
    CHECK(r.beforeJson == QByteArray("{\"status\":\"open\"}"));
    CHECK(r.afterJson == QByteArray("{\"status\":\"charged\",\"supervisor\":\"DS 2\"}"));
    r.setChanges({}, {});
    CHECK(r.beforeJson.isEmpty());
    CHECK(r.afterJson.isEmpty());
}

TEST_CASE("audit action codes round-trip", "[security]")
{
    for (AuditAction a : allAuditActions()) CHECK(auditActionFromCode(auditActionCode(a)) == a);
    CHECK(auditActionCode(AuditAction::LoginFailed) == QStringLiteral("login_failed"));
    CHECK_FALSE(auditActionFromCode(QStringLiteral("teleport")).has_value());
}
