// Edit ▸ Preferences… and Help ▸ User guide, driven from the keyboard as an officer would.

#include "GuiTestSupport.h"

#include "widgets/FieldErrors.h"
#include "shell/LockController.h"
#include "shell/PreferencesDialog.h"
#include "widgets/Prompts.h"
#include "shell/UserGuideWindow.h"
#include "services/Preferences.h"
#include "store/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextBrowser>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
struct AnswerPrompts {
    explicit AnswerPrompts(QMessageBox::StandardButton answer)
    {
        prompts::override() = [this, answer](const QString&, const QString& text, QMessageBox::StandardButtons) {
            asked.append(text);
            return answer;
        };
    }
    ~AnswerPrompts() { prompts::override() = nullptr; }
    QStringList asked;
};

void replaceText(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty()) QTest::keyClicks(field, text);
}
} // namespace

TEST_CASE("Ctrl+, opens the preferences; an officer's OK applies their own idle lock at once", "[gui][prefs]")
{
    QSettings().clear();
    test::WindowFixture f;
    AnswerPrompts prompts(QMessageBox::Yes);
    bool sawInlineError = false;
    whenModalOpens<PreferencesDialog>([&](PreferencesDialog* d) {
        auto* idleLock = child<QSpinBox>(d, "security_idleLockMinutes");
        CHECK(idleLock->hasFocus());   // the one thing an officer changes here
        CHECK(idleLock->accessibleName() == QStringLiteral("Lock after idle for:"));
        CHECK_FALSE(child<QLineEdit>(d, "markingEdit")->isEnabled());   // the unit's: greyed
        replaceText(idleLock, QStringLiteral("30"));   // longer than the unit's 10 minutes
        auto* banner = d->findChild<ErrorBanner*>();
        REQUIRE(banner != nullptr);
        sawInlineError = banner->isVisible() && banner->text().contains(QStringLiteral("at most 10 minutes"));
        QTest::keyClick(d, Qt::Key_Return);   // refused: the dialog stays and nothing is saved
        CHECK(d->isVisible());
        CHECK(idleLock->hasFocus());
        replaceText(idleLock, QStringLiteral("3"));
        CHECK_FALSE(banner->isVisible());
        QTest::keyClick(d, Qt::Key_Return);
    });
    QTest::keyClick(f.window.get(), Qt::Key_Comma, Qt::ControlModifier);

    CHECK(sawInlineError);
    CHECK(prompts.asked.isEmpty());   // the desk's own setting needs no confirmation
    CHECK(QSettings().value(QStringLiteral("security/idleLockMinutes")).toInt() == 3);
    CHECK(f.window->lockController()->idleTimeout() == std::chrono::minutes(3));
    QSettings().clear();
}

TEST_CASE("cancelling the preferences changes nothing", "[gui][prefs]")
{
    QSettings().clear();
    test::WindowFixture f;
    whenModalOpens<PreferencesDialog>([&](PreferencesDialog* d) {
        replaceText(child<QSpinBox>(d, "security_idleLockMinutes"), QStringLiteral("2"));
        QTest::keyClick(d, Qt::Key_Escape);
    });
    f.window->showPreferences();
    CHECK_FALSE(QSettings().contains(QStringLiteral("security/idleLockMinutes")));
    CHECK(f.window->lockController()->idleTimeout() == std::chrono::minutes(10));
}

TEST_CASE("F1 opens the user guide beside the work, with contents and find", "[gui][guide]")
{
    test::WindowFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    auto* guide = f.window->findChild<UserGuideWindow*>();
    REQUIRE(guide != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    CHECK_FALSE(guide->isModal());
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("Starting Conduct")));
    const QStringList headings = guide->headings();
    for (const char* heading : {"Starting Conduct", "Preferences", "The lock screen", "Monitoring report"})
        CHECK(headings.contains(QString::fromUtf8(heading)));

    // The guide's own contents links and the contents list both go to the section.
    REQUIRE(guide->showHeading(QStringLiteral("The lock screen")));
    CHECK(guide->browser()->textCursor().block().text() == QStringLiteral("The lock screen"));

    QTest::keyClick(guide, Qt::Key_F, Qt::ControlModifier);
    CHECK(guide->findEdit()->hasFocus());
    QTest::keyClicks(guide->findEdit(), QStringLiteral("idle-lock"));
    QTest::keyClick(guide->findEdit(), Qt::Key_Return);
    CHECK(guide->browser()->textCursor().selectedText().compare(QStringLiteral("idle-lock"), Qt::CaseInsensitive) == 0);
    QTest::keyClicks(guide->findEdit(), QStringLiteral("zzqx"));
    CHECK(child<QLabel>(guide, "guideFindStatus")->text() == QStringLiteral("Not found."));

    // F1 again brings back the same window rather than opening another.
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    CHECK(f.window->findChildren<UserGuideWindow*>().size() == 1);
}

TEST_CASE("pictures of the preferences and the user guide, light and dark", "[gui][prefs][guide][screenshots]")
{
    test::RestoreLook restore;
    test::TempDatabase t;
    const Session admin = test::sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        const QString suffix = appearanceCode(appearance);
        PreferencesDialog preferences(t.db(), t.session());
        preferences.show();
        REQUIRE(QTest::qWaitForWindowExposed(&preferences));
        CHECK(test::keepScreenshot(preferences.grab().toImage(), QStringLiteral("preferences-%1.png").arg(suffix)));
        PreferencesDialog administrator(t.db(), admin);
        administrator.show();
        REQUIRE(QTest::qWaitForWindowExposed(&administrator));
        CHECK(test::keepScreenshot(administrator.grab().toImage(), QStringLiteral("preferences-administrator-%1.png").arg(suffix)));
        UserGuideWindow guide;
        guide.show();
        REQUIRE(QTest::qWaitForWindowExposed(&guide));
        REQUIRE(guide.showHeading(QStringLiteral("Preferences")));
        CHECK(test::keepScreenshot(guide.grab().toImage(), QStringLiteral("user-guide-%1.png").arg(suffix)));
    }
}
