// Password hashing (Argon2id) and the sign-in back-off, without a database.

#include "TestSupport.h"

#include "common/Clock.h"
#include "security/LoginThrottle.h"
#include "security/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace conduct;

namespace {
const QString goodPassword = QStringLiteral("correct horse battery");
}

TEST_CASE("a hashed password verifies, and a wrong one does not", "[security]")
{
    const PasswordHasher hasher(HashCost::minimumForTests());
    auto hashed = hasher.hash(goodPassword);
    REQUIRE(hashed.ok());
    CHECK(hashed->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hashed->contains(goodPassword));
    CHECK(hasher.verify(hashed.value(), goodPassword));
    CHECK_FALSE(hasher.verify(hashed.value(), QStringLiteral("correct horse batterY")));
    CHECK_FALSE(hasher.verify(hashed.value(), QString()));
    CHECK_FALSE(hasher.verify(QStringLiteral("not a hash"), goodPassword));

    // A fresh salt every time: the same password never hashes alike.
    auto again = hasher.hash(goodPassword);
    REQUIRE(again.ok());
    CHECK(again.value() != hashed.value());
}

TEST_CASE("passwords shorter than 12 characters are refused with a clear message", "[security]")
{
    const PasswordHasher hasher(HashCost::minimumForTests());
    auto shortOne = hasher.hash(QStringLiteral("elevenchars"));
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().field == QStringLiteral("Password"));
    CHECK(shortOne.error().message.contains(QStringLiteral("at least 12 characters")));
    CHECK(shortOne.error().message.contains(QStringLiteral("has 11")));
    CHECK(hasher.hash(QStringLiteral("twelve chars")).ok());

    // Characters, not UTF-16 units: eleven emoji are 22 units but still eleven characters.
    QString emoji;
    for (int i = 0; i < 11; ++i) emoji += QString::fromUcs4(U"\U0001F512", 1);
    REQUIRE(emoji.size() == 22);
    CHECK_FALSE(PasswordHasher::checkPolicy(emoji).ok());
    CHECK(PasswordHasher::checkPolicy(emoji + QString::fromUcs4(U"\U0001F512", 1)).ok());

    CHECK_FALSE(PasswordHasher::checkPolicy(QString(PasswordHasher::maximumLength + 1, QLatin1Char('x'))).ok());
}

TEST_CASE("a hash made at another cost is flagged for rehashing", "[security]")
{
    const PasswordHasher cheap(HashCost::minimumForTests());
    auto hashed = cheap.hash(goodPassword);
    REQUIRE(hashed.ok());
    CHECK_FALSE(cheap.needsRehash(hashed.value()));
    CHECK(PasswordHasher(HashCost::production()).needsRehash(hashed.value()));
    // Verification reads the cost from the hash itself, whatever the hasher's own cost.
    CHECK(PasswordHasher(HashCost::production()).verify(hashed.value(), goodPassword));
}

namespace {
// The cost an encoded hash carries: "$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>".
struct EncodedCost {
    bool matched = false;
    qint64 memoryKiB = 0;
    qint64 passes = 0;
    qint64 lanes = 0;
};

EncodedCost encodedCost(const QString& encoded)
{
    static const QRegularExpression format(QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const QRegularExpressionMatch m = format.match(encoded);
    if (!m.hasMatch()) return {};
    return {true, m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
}
} // namespace

TEST_CASE("the production cost is three Argon2id passes over 192 MiB, and its hashes say so", "[security]")
{
    // PasswordHasher.cpp: "Three passes over 192 MiB: about half a second per guess on a 2-core
    // machine". Written out here, not read from libsodium's constants, so a change of either shows.
    const HashCost production = HashCost::production();
    CHECK(production.opsLimit == 3u);
    CHECK(production.memLimitBytes == size_t(192) * 1024 * 1024);
    const PasswordHasher defaultHasher;
    CHECK(defaultHasher.cost().opsLimit == production.opsLimit);
    CHECK(defaultHasher.cost().memLimitBytes == production.memLimitBytes);

    // One real hash at that cost (about half a second): the stored string carries the cost, so a
    // hash made with any other settings would be visible in the database.
    auto hashed = defaultHasher.hash(goodPassword);
    REQUIRE(hashed.ok());
    INFO(hashed->toStdString());
    const EncodedCost stored = encodedCost(hashed.value());
    REQUIRE(stored.matched);
    CHECK(stored.memoryKiB == 192 * 1024);
    CHECK(stored.passes == 3);
    CHECK(stored.lanes == 1);   // libsodium's Argon2id is single-lane
    CHECK_FALSE(defaultHasher.needsRehash(hashed.value()));
    CHECK(defaultHasher.verify(hashed.value(), goodPassword));

    // The test cost is a different, visibly cheaper encoding, flagged for rehashing at sign-in.
    auto cheap = PasswordHasher(HashCost::minimumForTests()).hash(goodPassword);
    REQUIRE(cheap.ok());
    const EncodedCost cheapCost = encodedCost(cheap.value());
    REQUIRE(cheapCost.matched);
    CHECK(cheapCost.passes == 1);
    CHECK(cheapCost.memoryKiB == 8);
    CHECK(defaultHasher.needsRehash(cheap.value()));
}

TEST_CASE("wipePassword overwrites and empties the caller's copy", "[security]")
{
    QString secret = goodPassword;
    secret.detach();
    wipePassword(secret);
    CHECK(secret.isEmpty());
    CHECK(goodPassword == QStringLiteral("correct horse battery"));   // another string's data is untouched
}

TEST_CASE("the production hash cost takes a noticeable fraction of a second", "[.][security-timing]")
{
    const PasswordHasher hasher;   // production cost
    QElapsedTimer timer;
    timer.start();
    auto hashed = hasher.hash(goodPassword);
    const qint64 hashMs = timer.restart();
    REQUIRE(hashed.ok());
    CHECK(hasher.verify(hashed.value(), goodPassword));
    const qint64 verifyMs = timer.restart();
    hasher.verifyDummy(goodPassword);
    const qint64 dummyMs = timer.elapsed();
    WARN("production Argon2id: hash " << hashMs << " ms, verify " << verifyMs << " ms, dummy verify " << dummyMs << " ms");
    CHECK(verifyMs >= 100);
}

TEST_CASE("five failures lock the account, and each further failure doubles the lock", "[security][time]")
{
    CHECK(LoginThrottle::lockSecondsAfter(0) == 0);
    CHECK(LoginThrottle::lockSecondsAfter(4) == 0);
    CHECK(LoginThrottle::lockSecondsAfter(5) == 30);
    CHECK(LoginThrottle::lockSecondsAfter(6) == 60);
    CHECK(LoginThrottle::lockSecondsAfter(7) == 120);
    CHECK(LoginThrottle::lockSecondsAfter(11) == 1920);
    CHECK(LoginThrottle::lockSecondsAfter(12) == 3600);
    CHECK(LoginThrottle::lockSecondsAfter(1000) == 3600);

    ScopedFakeClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
    LoginState state;
    for (int i = 0; i < 4; ++i) {
        state = LoginThrottle::afterFailure(state);
        CHECK_FALSE(LoginThrottle::isLocked(state));
    }
    state = LoginThrottle::afterFailure(state);
    REQUIRE(LoginThrottle::isLocked(state));
    CHECK(LoginThrottle::secondsUntilUnlocked(state) == 30);

    qint64 previousLock = 30;
    for (int round = 0; round < 3; ++round) {
        clock.advanceSeconds(previousLock - 1);
        CHECK(LoginThrottle::isLocked(state));
        clock.advanceSeconds(1);
        CHECK_FALSE(LoginThrottle::isLocked(state));
        state = LoginThrottle::afterFailure(state);
        const qint64 lock = LoginThrottle::secondsUntilUnlocked(state);
        CHECK(lock == previousLock * 2);   // the delay grows
        previousLock = lock;
    }
    CHECK(state.failedAttempts == 8);
}

TEST_CASE("failures a day apart start the count again", "[security][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
    LoginState state;
    for (int i = 0; i < 4; ++i) state = LoginThrottle::afterFailure(state);
    clock.advanceSeconds(LoginThrottle::forgetAfterSeconds + 1);
    state = LoginThrottle::afterFailure(state);
    CHECK(state.failedAttempts == 1);
    CHECK_FALSE(LoginThrottle::isLocked(state));
}
