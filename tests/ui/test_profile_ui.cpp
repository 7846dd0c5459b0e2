// The officer's profile through the real widgets (issue 22): File ▸ My profile… for one's own,
// the accounts dialog's "Edit profile…" and the new account dialog for an administrator. A bad
// value keeps the dialog open with the field named and the cursor in it; nothing is saved.

#include "GuiTestSupport.h"

#include "common/Clock.h"
#include "security/AccountDialogs.h"
#include "security/AccountService.h"
#include "security/AccountsDialog.h"
#include "security/AuditLog.h"
#include "security/ProfileDialog.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
PasswordHasher cheap() { return PasswordHasher(HashCost::minimumForTests()); }

OfficerProfile storedProfile(Database& db, qint64 userId)
{
    auto found = UserRepository(db).findById(userId);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->user.profile;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("File > My profile: a bad e-mail is refused naming the field, then the profile is saved", "[gui][profile]")
{
    test::WindowFixture f;
    auto* action = f.window->findChild<QAction*>(QStringLiteral("myProfileAction"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK(action->text() == QStringLiteral("My pro&file…"));

    bool refusedShown = false;
    whenModalOpens<ProfileDialog>([&](ProfileDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "rankEdit"), QStringLiteral("DC"));
        QTest::keyClicks(child<QLineEdit>(d, "collarNumberEdit"), QStringLiteral("4410"));
        QTest::keyClicks(child<QLineEdit>(d, "stationEdit"), QStringLiteral("Newtown"));
        QTest::keyClicks(child<QLineEdit>(d, "telephoneEdit"), QStringLiteral("01632 960123"));
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("asha.patel"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);

        // Refused: still open, the banner names the field and says what would do, the cursor is in it.
        CHECK(d->isVisible());
        const QString banner = child<QLabel>(d, "errorBanner")->text();
        CHECK(banner.startsWith(QStringLiteral("E-mail")));
        CHECK(banner.contains(QStringLiteral("jane.smith@force.police.uk")));
        CHECK(QApplication::focusWidget() == child<QLineEdit>(d, "emailEdit"));
        refusedShown = true;

        retype(child<QLineEdit>(d, "emailEdit"), QStringLiteral("asha.patel@force.police.uk"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    action->trigger();
    CHECK(refusedShown);

    const OfficerProfile expected{QStringLiteral("DC"), QStringLiteral("4410"), QStringLiteral("Newtown"),
                                  QStringLiteral("01632 960123"), QString(), QStringLiteral("asha.patel@force.police.uk")};
    CHECK(storedProfile(f.window->database(), f.session.user.id) == expected);
    CHECK(f.window->session().user.profile == expected);   // the session prints the corrected profile

    // One change recorded, by the officer, of their own account, with nothing refused in the trail.
    auto records = AuditLog::readAll(f.window->database());
    REQUIRE(records.ok());
    int changes = 0;
    for (const AuditRecord& r : records.value())
        if (r.entityType == QStringLiteral("user") && r.afterJson.contains("asha.patel")) {
            ++changes;
            CHECK(r.userName == f.session.user.userName);
            CHECK(r.entityId == QString::number(f.session.user.id));
        }
    CHECK(changes == 1);
}

TEST_CASE("administrators give a new account its profile and edit anyone's", "[gui][profile][accounts]")
{
    test::TempDatabase t;
    AccountService setup(t.db(), cheap());
    auto first = setup.createFirstAdministrator(NewUser{QStringLiteral("admin"), QStringLiteral("Admin ONE"), {}},
                                                QStringLiteral("admin pass phrase 1"));
    REQUIRE(first.ok());
    const Session admin{first.value(), Clock::nowUtc()};
    AccountsDialog dialog(t.db(), admin, cheap());
    dialog.show();

    whenModalOpens<NewAccountDialog>([](NewAccountDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "userNameEdit"), QStringLiteral("pc.jones"));
        QTest::keyClicks(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("PC 77 JONES"));
        QTest::keyClicks(child<QLineEdit>(d, "passwordEdit"), QStringLiteral("officer pass phrase 7"));
        QTest::keyClicks(child<QLineEdit>(d, "confirmPasswordEdit"), QStringLiteral("officer pass phrase 7"));
        QTest::keyClicks(child<QLineEdit>(d, "rankEdit"), QStringLiteral("PC"));
        QTest::keyClicks(child<QLineEdit>(d, "collarNumberEdit"), QStringLiteral("77"));
        QTest::keyClicks(child<QLineEdit>(d, "mobileEdit"), QStringLiteral("07700 9OO461"));   // letter O, not zero
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        CHECK(d->isVisible());
        CHECK(child<QLabel>(d, "errorBanner")->text().startsWith(QStringLiteral("Mobile")));
        CHECK(QApplication::focusWidget() == child<QLineEdit>(d, "mobileEdit"));
        child<QLineEdit>(d, "passwordEdit")->setText(QStringLiteral("officer pass phrase 7"));
        child<QLineEdit>(d, "confirmPasswordEdit")->setText(QStringLiteral("officer pass phrase 7"));
        retype(child<QLineEdit>(d, "mobileEdit"), QStringLiteral("07700 900461"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "addAccountButton"), Qt::LeftButton);
    auto created = UserRepository(t.db()).findByName(QStringLiteral("pc.jones"));
    REQUIRE(created.ok());
    REQUIRE(created->has_value());
    const qint64 id = (*created)->user.id;
    CHECK((*created)->user.profile
          == OfficerProfile{QStringLiteral("PC"), QStringLiteral("77"), {}, {}, QStringLiteral("07700 900461"), {}});

    REQUIRE(dialog.selectUser(QStringLiteral("pc.jones")));
    auto* edit = child<QPushButton>(&dialog, "editProfileButton");
    REQUIRE(edit->isEnabled());
    whenModalOpens<ProfileDialog>([](ProfileDialog* d) {
        CHECK(child<QLineEdit>(d, "rankEdit")->text() == QStringLiteral("PC"));   // starts from what is stored
        retype(child<QLineEdit>(d, "rankEdit"), QStringLiteral("DC"));
        QTest::keyClicks(child<QLineEdit>(d, "stationEdit"), QStringLiteral("Oldtown"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    const OfficerProfile after = storedProfile(t.db(), id);
    CHECK(after.rank == QStringLiteral("DC"));
    CHECK(after.station == QStringLiteral("Oldtown"));
    CHECK(after.mobile == QStringLiteral("07700 900461"));
    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    CHECK(records->last().userName == QStringLiteral("admin"));
    CHECK(records->last().entityId == QString::number(id));
    CHECK(AuditLog::verify(t.db()).ok);
}
