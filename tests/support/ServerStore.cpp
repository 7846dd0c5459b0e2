#include "ServerStore.h"

#include "TestSupport.h"

#include "common/Clock.h"
#include "services/TeamService.h"
#include "store/server/ServerSetup.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace conduct::test {
namespace {

template <typename R>
std::string failureText(const R& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

struct Account {
    const char* userName;
    const char* displayName;
    QSet<Role> roles;
    const char* password;
};
const Account administrator{"admin1", "Admin One", {Role::Administrator}, "administrator's server password 3"};
const Account officer{"pc1", "PC 1 Server", {Role::Officer}, "officer's server password 1"};
const Account supervisor{"ps1", "PS 1 Server", {Role::Officer, Role::Supervisor}, "supervisor's server password 2"};
const Account otherSupervisor{"ps2", "PS 2 Server", {Role::Supervisor}, "other supervisor's server password 4"};

const Account& accountNamed(const QString& userName)
{
    for (const Account* a : {&administrator, &officer, &supervisor, &otherSupervisor})
        if (userName == QLatin1String(a->userName)) return *a;
    FAIL("no test account " << userName.toStdString());
    return officer;
}

Session sessionOf(const Account& account, qint64 id)
{
    Session session;
    session.user.id = id;
    session.user.userName = QString::fromLatin1(account.userName);
    session.user.displayName = QString::fromLatin1(account.displayName);
    session.user.roles = account.roles;
    session.startedUtc = Clock::nowUtc();
    return session;
}

QHash<QString, ServerStore*>& madeStores()
{
    static QHash<QString, ServerStore*> made;
    return made;
}

// At the end of the run, while Qt is still up: each suite's database and roles go (roles outlive
// a database). No REQUIRE: Catch's run is over.
void tearDownServerStores()
{
    const QList<ServerStore*> stores = madeStores().values();
    madeStores().clear();
    for (ServerStore* s : stores) {
        const QString name = QStringLiteral("server-store-teardown");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(s->server.host);
            db.setPort(s->server.port);
            db.setDatabaseName(s->server.database);
            db.setUserName(s->server.user);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(s->database));
                QStringList names;
                if (q.exec(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE starts_with(rolname, '%1_')")
                               .arg(s->prefix)))
                    while (q.next()) names.append(q.value(0).toString());
                if (!names.isEmpty()) q.exec(QStringLiteral("DROP ROLE %1").arg(names.join(QStringLiteral(", "))));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        delete s;
    }
}
} // namespace

QString postgresAdministratorAddress() { return qEnvironmentVariable("CONDUCT_TEST_POSTGRES_ADMIN"); }

RoleConnection::RoleConnection(const PostgresLocation& where, const QString& user, const QString& password, const QString& schema)
    : m_name(QStringLiteral("role-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.database);
    db.setUserName(user);
    db.setPassword(password);
    INFO("signing in as " << user.toStdString());
    REQUIRE(db.open());
    if (!schema.isEmpty()) REQUIRE(refusal(QStringLiteral("SET search_path TO %1").arg(schema)).isEmpty());
}

RoleConnection::~RoleConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString RoleConnection::refusal(const QString& sql, const QVariantList& params) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    bool ran = false;
    if (params.isEmpty()) {
        ran = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (int i = 0; i < params.size(); ++i) q.bindValue(i, params.at(i));
        ran = q.exec();
    }
    return ran ? QString() : q.lastError().text().simplified() + QStringLiteral(" (refused: ") + sql.left(80) + u')';
}

void RoleConnection::run(const QString& sql, const QVariantList& params) const
{
    const QString refused = refusal(sql, params);
    INFO(refused.toStdString());
    REQUIRE(refused.isEmpty());
}

QVariant RoleConnection::value(const QString& sql, const QVariantList& params) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < params.size(); ++i) q.bindValue(i, params.at(i));
    const bool ran = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ran);
    return q.next() ? q.value(0) : QVariant();
}

int RoleConnection::affected(const QString& sql, const QVariantList& params) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < params.size(); ++i) q.bindValue(i, params.at(i));
    const bool ran = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ran);
    return q.numRowsAffected();
}

qint64 RoleConnection::count(const QString& table, const QString& where, const QVariantList& params) const
{
    return value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), params).toLongLong();
}

std::unique_ptr<Database> ServerStore::openAs(const QString& user) const
{
    PostgresLocation where = store;
    where.user = role(user);
    auto db = Database::openPostgres(where.displayText(), {.password = QString::fromLatin1(accountNamed(user).password)});
    INFO(failureText(db));
    REQUIRE(db.ok());
    return std::move(db.value());
}

std::unique_ptr<RoleConnection> ServerStore::connectAs(const QString& user) const
{
    if (user.isEmpty()) return std::make_unique<RoleConnection>(store, server.user, QString(), prefix);
    return std::make_unique<RoleConnection>(store, role(user), QString::fromLatin1(accountNamed(user).password), prefix);
}

Session ServerStore::officer() const { return sessionOf(test::officer, officerId); }
Session ServerStore::supervisor() const { return sessionOf(test::supervisor, supervisorId); }
Session ServerStore::otherSupervisor() const { return sessionOf(test::otherSupervisor, otherSupervisorId); }

ServerStore& serverStore(const QString& name)
{
    if (ServerStore* made = madeStores().value(name)) return *made;
    if (postgresAdministratorAddress().isEmpty())
        FAIL("This suite needs a superuser's address in CONDUCT_TEST_POSTGRES_ADMIN: run it under tests/support/with-postgres.sh");
    auto s = std::make_unique<ServerStore>();
    auto where = parsePostgresAddress(postgresAdministratorAddress());
    REQUIRE(where.ok());
    s->server = where.value();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(10);
    s->database = name + u'_' + id;
    s->prefix = name.left(4) + id;
    {
        RoleConnection postgres(s->server, s->server.user, QString(), QString());
        postgres.run(QStringLiteral("CREATE DATABASE %1").arg(s->database));
    }
    PostgresLocation dba = s->server;
    dba.database = s->database;
    const Status initialised = initialiseServerStore(
        {dba.displayText(), s->prefix, {},
         {QString::fromLatin1(administrator.userName), QString::fromLatin1(administrator.displayName), administrator.roles,
          QString::fromLatin1(administrator.password)}});
    INFO(failureText(initialised));
    REQUIRE(initialised.ok());
    s->store = dba;
    s->store.schema = s->prefix;
    {
        std::unique_ptr<Database> admin = s->openAs(QString::fromLatin1(administrator.userName));
        const auto create = [&](const Account& a) {
            auto id = createServerLogin(*admin, {QString::fromLatin1(a.userName), QString::fromLatin1(a.displayName), a.roles,
                                                 QString::fromLatin1(a.password)});
            INFO(failureText(id));
            REQUIRE(id.ok());
            return id.value();
        };
        s->officerId = create(officer);
        s->supervisorId = create(supervisor);
        s->otherSupervisorId = create(otherSupervisor);
        s->administratorId = admin->scalar(QStringLiteral("SELECT id FROM users WHERE user_name = ?"),
                                           {QString::fromLatin1(administrator.userName)})
                                 ->toLongLong();
        // pc1 and ps1 work in one team, so ps1 reviews pc1's work; ps2 is in none (issue 24).
        TeamService teams(*admin, sessionOf(administrator, s->administratorId));
        auto team = teams.createTeam(QStringLiteral("Server unit"));
        INFO(failureText(team));
        REQUIRE(team.ok());
        REQUIRE(teams.addMember(team.value(), s->officerId).ok());
        REQUIRE(teams.addMember(team.value(), s->supervisorId).ok());
    }
    madeStores().insert(name, s.get());
    if (madeStores().size() == 1) qAddPostRoutine(&tearDownServerStores);
    return *s.release();
}

} // namespace conduct::test
