#pragma once
// A store set up with `conduct server init` on the real PostgreSQL server that
// tests/support/with-postgres.sh starts (issue 25), for the suites that test what the server
// itself enforces. Each suite makes its own database and role prefix, so one suite's tampering
// never disturbs another's; both go at the end of the run.
//
// The accounts, each a login role of its own signed in with SCRAM as a desk would be:
//   admin1  administrator
//   pc1     officer
//   ps1     officer and supervisor, in pc1's team
//   ps2     supervisor, in no team

#include "common/Result.h"
#include "security/User.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QString>
#include <QVariant>
#include <memory>

namespace conduct::test {

// The superuser's address the with-postgres script exports; empty outside it.
QString postgresAdministratorAddress();

// One session signed in as a login role over TCP (SCRAM), as psql would be: outside the
// application, for attacks and for looking at what the server holds.
class RoleConnection {
public:
    RoleConnection(const PostgresLocation& where, const QString& user, const QString& password, const QString& schema);
    ~RoleConnection();
    RoleConnection(const RoleConnection&) = delete;
    RoleConnection& operator=(const RoleConnection&) = delete;

    // The server's words refusing `sql`; empty when it ran. Each statement commits on its own.
    QString refusal(const QString& sql, const QVariantList& params = {}) const;
    // Runs `sql`; the test fails if the server refuses it.
    void run(const QString& sql, const QVariantList& params = {}) const;
    // The first column of the first row (the test fails if the server refuses).
    QVariant value(const QString& sql, const QVariantList& params = {}) const;
    // How many rows an UPDATE or DELETE touched (the test fails if the server refuses).
    int affected(const QString& sql, const QVariantList& params = {}) const;
    qint64 count(const QString& table, const QString& where, const QVariantList& params = {}) const;

private:
    QString m_name;
};

struct ServerStore {
    PostgresLocation server;   // the superuser's sign-in to the cluster
    PostgresLocation store;    // this suite's database and schema, signed in as the superuser
    QString database;
    QString prefix;
    qint64 administratorId = 0, officerId = 0, supervisorId = 0, otherSupervisorId = 0;

    QString role(const QString& user) const { return prefix + u'_' + user; }
    // The store as the application opens it, signed in as an account's own role.
    std::unique_ptr<Database> openAs(const QString& user) const;
    // psql-style sessions: as an account's own role, or as the superuser (user empty).
    std::unique_ptr<RoleConnection> connectAs(const QString& user) const;

    // Sessions as the services take them, for the accounts above.
    Session officer() const;
    Session supervisor() const;
    Session otherSupervisor() const;
};

// The suite's store, made on first use under a database and prefix starting with `name`
// (lower-case letters only); FAILs the test when no server was started.
ServerStore& serverStore(const QString& name);

} // namespace conduct::test
