#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str). Only the encoded hash is ever
// stored; it carries its own salt and cost, so hashes made at an older cost still verify and
// needsRehash() says when to upgrade one after a successful sign-in.

#include "common/Result.h"

#include <QString>

namespace conduct {

struct HashCost {
    unsigned long long opsLimit = 0;
    size_t memLimitBytes = 0;

    // What ships: about half a second per hash on a 2-core machine (see PasswordHasher.cpp).
    static HashCost production();
    // The cheapest cost libsodium accepts. Only for tests, which create many users; tests pass it
    // explicitly to the hasher they construct, so nothing global changes.
    static HashCost minimumForTests();
};

class PasswordHasher {
public:
    static constexpr int minimumLength = 12;    // characters (Unicode code points), NCSC guidance
    static constexpr int maximumLength = 1024;  // bounds the work an attacker can ask for

    explicit PasswordHasher(HashCost cost = HashCost::production());

    // Whether a new password is acceptable, with a message saying what would be.
    static Status checkPolicy(const QString& password);

    // The encoded Argon2id hash ("$argon2id$v=19$m=...") of an acceptable password.
    Result<QString> hash(const QString& password) const;
    // Constant-time comparison inside libsodium. False for a malformed hash.
    bool verify(const QString& encodedHash, const QString& password) const;
    // True when the hash was made at a different cost than this hasher's.
    bool needsRehash(const QString& encodedHash) const;
    // Spends the time of one verification at this hasher's cost, so that signing in with an
    // unknown user name takes as long as with a wrong password.
    void verifyDummy(const QString& password) const;

    const HashCost& cost() const { return m_cost; }

private:
    HashCost m_cost;
};

// Overwrites a password the caller no longer needs (e.g. the UI's copy after sign-in).
void wipePassword(QString& password);

} // namespace conduct
