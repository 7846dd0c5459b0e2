#pragma once
// Account management as administrators and users do it: each change is permission-checked,
// validated, saved and audited (account_change / unlock) in one transaction.

#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "store/UserRepository.h"

namespace conduct {

class Database;

class AccountService {
public:
    explicit AccountService(Database& db, PasswordHasher hasher = PasswordHasher());

    // First run only: creates the first administrator when no account exists yet.
    Result<User> createFirstAdministrator(const NewUser& user, const QString& password);
    Result<User> createUser(const Session& actor, const NewUser& user, const QString& password);
    Status setRoles(const Session& actor, qint64 userId, const QSet<Role>& roles);
    Status setActive(const Session& actor, qint64 userId, bool active);
    Status unlock(const Session& actor, qint64 userId);
    // An administrator sets a new password for someone who has forgotten theirs. The back-off
    // state is left alone: unlock() clears it, as a separate, separately audited decision.
    Status resetPassword(const Session& actor, qint64 userId, const QString& newPassword);
    // Users change their own password, proving they know the current one.
    Status changeOwnPassword(const Session& actor, const QString& currentPassword, const QString& newPassword);
    // The officer's profile (rank, number, station, phones, e-mail) printed on the MG forms. An
    // administrator sets anyone's (ManageUsers); any signed-in user corrects their own. The changed
    // fields are audited, before and after. Saving an unchanged profile writes nothing.
    Status setProfile(const Session& actor, qint64 userId, const OfficerProfile& profile);

private:
    Result<User> create(const Session* actor, const NewUser& user, const QString& password);
    Result<StoredUser> existing(qint64 userId) const;

    Database& m_db;
    PasswordHasher m_hasher;
};

} // namespace conduct
