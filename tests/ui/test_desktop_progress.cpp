// Work in progress marked in the title bar ("[*]"), drafts kept when Conduct quits, and the lock
// screen's Sign out.

#include "GuiTestSupport.h"

#include "care/CareTabs.h"
#include "case/CaseWorkspace.h"
#include "care/WithdrawalPage.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "widgets/Prompts.h"
#include "shell/SignInDialog.h"
#include "security/AuditLog.h"
#include "services/CaseService.h"
#include "store/DraftStore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace conduct;
using test::child;

namespace {
QString incidentDraftKey(qint64 caseId) { return QStringLiteral("incident:new:case=%1").arg(caseId); }
} // namespace

TEST_CASE("the title bar shows unsaved or in-progress case work until it is saved", "[gui][modified]")
{
    test::WindowFixture f;
    const qint64 caseId = test::createSampleCase(f.window->database(), f.session);
    CaseWorkspace* ws = f.window->openCase(caseId);
    REQUIRE(ws != nullptr);
    CHECK(f.window->windowTitle().endsWith(QStringLiteral("[*]")));
    CHECK_FALSE(f.window->isWindowModified());

    SECTION("typing in the case details, then saving them")
    {
        auto* crimeReference = child<QLineEdit>(ws, "crimeReferenceEdit");
        crimeReference->setFocus();   // the officer is typing in it, so Ctrl+S belongs to the Overview
        QTest::keyClicks(crimeReference, QStringLiteral("CR/123/26"));
        CHECK(f.window->isWindowModified());
        QTest::keyClick(child<QLineEdit>(ws, "crimeReferenceEdit"), Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(ws->hasUnsavedChanges());
        CHECK_FALSE(f.window->isWindowModified());
    }
    SECTION("typing on a care tab, then closing the case after being told where it is")
    {
        QTest::keyClicks(child<QLineEdit>(ws->care()->withdrawal(), "statementTakenBy"), QStringLiteral("PC 99"));
        CHECK(f.window->isWindowModified());
        QString asked;
        prompts::override() = [&](const QString&, const QString& text, QMessageBox::StandardButtons) {
            asked = text;
            return QMessageBox::Discard;
        };
        CHECK(f.window->closeCurrentCase());
        prompts::override() = nullptr;
        CHECK(asked.contains(QStringLiteral("Withdrawal")));
        CHECK_FALSE(f.window->isWindowModified());
    }
    SECTION("an incident draft marks the window, and quitting keeps the draft")
    {
        DraftStore drafts(f.window->database(), f.window->session().user.id);
        REQUIRE(drafts.save(Draft{incidentDraftKey(caseId), caseId, QStringLiteral("New incident"),
                                  QJsonObject{{QStringLiteral("description"), QStringLiteral("Waited by the car")}}, {}})
                    .ok());
        ws->reload();
        CHECK(f.window->isWindowModified());
        CHECK(ws->hasWorkInProgress());
        REQUIRE(f.window->close());   // no question: drafts are offered back, not asked about
        auto kept = DraftStore(f.window->database(), f.window->session().user.id).load(incidentDraftKey(caseId));
        REQUIRE(kept.ok());
        REQUIRE(kept->has_value());
        CHECK(kept->value().payload.value(QStringLiteral("description")).toString() == QStringLiteral("Waited by the car"));
    }
}

TEST_CASE("Sign out on the lock screen ends the session and returns to the sign-in dialog", "[gui][lock]")
{
    test::WindowFixture f;
    f.window->lockController()->setHasher(PasswordHasher(HashCost::minimumForTests()));
    const qint64 caseId = test::createSampleCase(f.window->database(), f.session);
    REQUIRE(f.window->openCase(caseId) != nullptr);
    f.window->lockController()->lock();
    REQUIRE(f.window->lockController()->isLocked());
    LockScreen* screen = f.window->lockController()->lockScreens().first();
    auto* signOut = child<QPushButton>(screen, "signOutButton");
    CHECK_FALSE(signOut->text().isEmpty());

    int signInsAsked = 0;
    std::optional<Session> next;
    SignInDialog::override() = [&](Database&) {
        ++signInsAsked;
        return next;
    };

    // Nobody signs in: Conduct stays locked, and the officer's session has still ended.
    QTest::mouseClick(signOut, Qt::LeftButton);
    CHECK(signInsAsked == 1);
    CHECK(f.window->lockController()->isLocked());

    // The next officer signs in: the last officer's case is closed before anything is shown.
    next = test::sessionFor(f.window->database(), QStringLiteral("second"), {Role::Officer});
    screen = f.window->lockController()->lockScreens().first();
    QTest::mouseClick(child<QPushButton>(screen, "signOutButton"), Qt::LeftButton);
    SignInDialog::override() = nullptr;
    CHECK(signInsAsked == 2);
    CHECK_FALSE(f.window->lockController()->isLocked());
    CHECK(f.window->session().user.userName == QStringLiteral("second"));
    CHECK(f.window->currentWorkspace() == nullptr);
    CHECK(f.window->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->count() == 1);
    CHECK(f.window->centralWidget()->isVisible());

    auto trail = AuditLog::readAll(f.window->database());
    REQUIRE(trail.ok());
    int signOuts = 0;
    for (const AuditRecord& r : trail.value())
        if (r.action == AuditAction::Logout) {
            ++signOuts;
            CHECK(r.userId == f.session.user.id);
        }
    CHECK(signOuts == 1);   // the second press found the session already ended
}

TEST_CASE("window titles leave the application's name to the window system", "[gui]")
{
    // The platform appends " — Conduct" (the application display name) to every title, so a title
    // that starts with it read "Conduct — sign in — Conduct" (issue 31).
    test::TempDatabase t;
    SignInDialog firstRun(t.db());
    CHECK(firstRun.windowTitle() == QStringLiteral("Create the administrator account"));
    test::WindowFixture f;
    CHECK_FALSE(f.window->windowTitle().contains(QStringLiteral("Conduct")));
    CHECK(f.window->windowTitle().endsWith(QStringLiteral(".sqlite[*]")));
}
