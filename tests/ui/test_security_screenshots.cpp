// Screenshots of the security windows for review and docs/screenshots (hidden: run with
// "[.screenshots]"). Written to $CONDUCT_SCREENSHOT_DIR when set.

#include "TestSupport.h"

#include "security/AccountsDialog.h"
#include "security/AuditViewerDialog.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QLineEdit>
#include <QTest>

using namespace conduct;

namespace {
void save(QWidget* w, const QString& name)
{
    QTest::qWait(50);
    REQUIRE(test::keepScreenshot(w->grab().toImage(), name + QStringLiteral(".png")));
}
} // namespace

TEST_CASE("screenshots of sign-in, lock, audit viewer and accounts", "[.screenshots]")
{
    test::TempDatabase t;
    {
        SignInDialog firstRun(t.db());
        firstRun.show();
        save(&firstRun, QStringLiteral("first-run-dialog"));
    }
    PasswordHasher cheap(HashCost::minimumForTests());
    AccountService accounts(t.db(), cheap);
    auto admin = accounts.createFirstAdministrator(
        NewUser{QStringLiteral("a.patel"), QStringLiteral("PS 2290 Asha PATEL"), {Role::Supervisor, Role::Officer}},
        QStringLiteral("correct horse battery staple"));
    REQUIRE(admin.ok());
    const Session session{admin.value(), QDateTime::currentDateTimeUtc()};
    REQUIRE(accounts.createUser(session, NewUser{QStringLiteral("j.okafor"), QStringLiteral("PC 4410 James OKAFOR"), {Role::Officer}},
                                QStringLiteral("another pass phrase")).ok());
    REQUIRE(accounts.createUser(session, NewUser{QStringLiteral("m.hughes"), QStringLiteral("DS 1187 Megan HUGHES"),
                                                 {Role::Officer, Role::Supervisor}}, QStringLiteral("third pass phrase")).ok());
    Authenticator auth(t.db(), cheap);
    for (int i = 0; i < 5; ++i) (void)auth.signIn(QStringLiteral("j.okafor"), QStringLiteral("wrong"));
    {
        SignInDialog signIn(t.db());
        signIn.findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("a.patel"));
        signIn.show();
        save(&signIn, QStringLiteral("sign-in-dialog"));
    }
    CaseService cases(t.db(), session);
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PS 2290 Asha PATEL");
    c.offences = {Offence::Stalking_s2A};
    auto created = cases.createCase(c);
    REQUIRE(created.ok());
    REQUIRE(cases.openCase(created->id).ok());
    {
        AccountsDialog dialog(t.db(), session, cheap);
        dialog.selectUser(QStringLiteral("j.okafor"));
        dialog.show();
        save(&dialog, QStringLiteral("accounts-dialog"));
    }
    {
        AuditViewerDialog dialog(t.db(), session);
        dialog.show();
        save(&dialog, QStringLiteral("audit-viewer"));
    }
    const QString path = t.path();
    t.database.reset();
    auto opened = Database::openSqlite(path);
    REQUIRE(opened.ok());
    MainWindow window(std::move(opened).value(), session);
    window.resize(1100, 700);
    window.show();
    window.lockController()->setHasher(cheap);
    window.lockController()->lock();
    (void)window.lockController()->tryUnlock(QStringLiteral("a wrong password"));
    save(&window, QStringLiteral("lock-screen"));
    REQUIRE(window.lockController()->tryUnlock(QStringLiteral("correct horse battery staple")));
}
