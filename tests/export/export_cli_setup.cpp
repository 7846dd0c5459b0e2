// Test setup for the `conduct export` end-to-end test: a new database with an administrator, an
// officer account (real password hashing, as the application signs in) and the demo case.
// Usage: export_cli_setup DB_PATH OFFICER_NAME  (the password is read from stdin)

#include "security/AccountService.h"
#include "security/Authenticator.h"
#include "services/DemoCase.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace conduct;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: export_cli_setup DB_PATH OFFICER_NAME < password\n";
        return 2;
    }
    const QString password = QTextStream(stdin).readLine();
    auto db = Database::openSqlite(args.at(1));
    if (!db.ok()) {
        err << db.error().text() << '\n';
        return 1;
    }
    AccountService accounts(*db.value());
    const auto fail = [&](const Error& e) {
        err << e.text() << '\n';
        return 1;
    };
    auto admin = accounts.createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Administrator"),
                                                    {Role::Administrator}}, password);
    if (!admin.ok()) return fail(admin.error());
    Authenticator auth(*db.value());
    auto adminSession = auth.signIn(QStringLiteral("admin"), password);
    if (!adminSession.ok()) return fail(adminSession.error());
    const OfficerProfile officerProfile{QStringLiteral("Detective Constable"), QStringLiteral("4127"),
                                        QStringLiteral("Newtown Police Station"), QStringLiteral("01632 960127"),
                                        QStringLiteral("07700 900127"), QStringLiteral("sam.example@example.police.uk")};
    auto officer = accounts.createUser(adminSession.value(),
                                       {args.at(2), QStringLiteral("DC 4127 Sam EXAMPLE"), {Role::Officer}, officerProfile}, password);
    if (!officer.ok()) return fail(officer.error());
    // The supervisor who approves the demo's DASH, MG3 and MG5 (four-eyes: not the officer in the case).
    const OfficerProfile supervisorProfile{QStringLiteral("Detective Sergeant"), QStringLiteral("2290"),
                                           QStringLiteral("Newtown Police Station"), QStringLiteral("01632 960290"),
                                           QStringLiteral("07700 900290"), QStringLiteral("alex.specimen@example.police.uk")};
    auto supervisor = accounts.createUser(adminSession.value(),
                                          {QStringLiteral("ds.specimen"), QStringLiteral("DS 2290 Alex SPECIMEN"),
                                           {Role::Supervisor}, supervisorProfile},
                                          password);
    if (!supervisor.ok()) return fail(supervisor.error());
    auto officerSession = auth.signIn(args.at(2), password);
    if (!officerSession.ok()) return fail(officerSession.error());
    auto supervisorSession = auth.signIn(QStringLiteral("ds.specimen"), password);
    if (!supervisorSession.ok()) return fail(supervisorSession.error());
    auto demo = ensureDemoCase(*db.value(), officerSession.value(), &supervisorSession.value());
    if (!demo.ok()) return fail(demo.error());
    return 0;
}
