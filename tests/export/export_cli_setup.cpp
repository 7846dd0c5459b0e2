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
    auto officer = accounts.createUser(adminSession.value(),
                                       {args.at(2), QStringLiteral("DC 4127 Sam EXAMPLE"), {Role::Officer}}, password);
    if (!officer.ok()) return fail(officer.error());
    auto officerSession = auth.signIn(args.at(2), password);
    if (!officerSession.ok()) return fail(officerSession.error());
    auto demo = ensureDemoCase(*db.value(), officerSession.value());
    if (!demo.ok()) return fail(demo.error());
    return 0;
}
