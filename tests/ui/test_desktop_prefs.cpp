// Edit ▸ Preferences… and Help ▸ User guide, driven from the keyboard as an officer would.

#include "GuiTestSupport.h"

#include "widgets/FieldErrors.h"
#include "shell/LockController.h"
#include "shell/PreferencesDialog.h"
#include "widgets/Prompts.h"
#include "shell/UserGuideWindow.h"
#include "services/Preferences.h"

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

TEST_CASE("Ctrl+, opens the preferences; OK applies the idle lock and the marking at once", "[gui][prefs]")
{
    QSettings().clear();
    test::WindowFixture f;
    AnswerPrompts prompts(QMessageBox::Yes);
    bool sawInlineError = false;
    whenModalOpens<PreferencesDialog>([&](PreferencesDialog* d) {
        auto* marking = child<QLineEdit>(d, "markingEdit");
        CHECK(marking->hasFocus());
        CHECK(marking->accessibleName() == QStringLiteral("Protective marking:"));
        replaceText(marking, QString());
        auto* banner = d->findChild<ErrorBanner*>();
        REQUIRE(banner != nullptr);
        sawInlineError = banner->isVisible() && banner->text().startsWith(QStringLiteral("Protective marking: "));
        QTest::keyClick(d, Qt::Key_Return);   // refused: the dialog stays and nothing is saved
        CHECK(d->isVisible());
        CHECK(marking->hasFocus());
        QTest::keyClicks(marking, QStringLiteral("OFFICIAL"));
        CHECK_FALSE(banner->isVisible());
        replaceText(child<QLineEdit>(d, "forceNameEdit"), QStringLiteral("Anyshire Constabulary"));
        replaceText(child<QSpinBox>(d, "security_idleLockMinutes"), QStringLiteral("3"));
        replaceText(child<QSpinBox>(d, "risk_reviewDaysHigh"), QStringLiteral("5"));
        QTest::keyClick(d, Qt::Key_Return);
    });
    QTest::keyClick(f.window.get(), Qt::Key_Comma, Qt::ControlModifier);

    CHECK(sawInlineError);
    REQUIRE(prompts.asked.size() == 1);   // changing the marking is confirmed: documents carry it
    CHECK(prompts.asked.first().contains(QStringLiteral("from \"OFFICIAL-SENSITIVE\" to \"OFFICIAL\"")));
    const Preferences saved = loadPreferences();
    CHECK(saved.marking == QStringLiteral("OFFICIAL"));
    CHECK(saved.forceName == QStringLiteral("Anyshire Constabulary"));
    CHECK(saved.reviewDaysHigh == 5);
    CHECK(saved.documentSettings().marking == QStringLiteral("OFFICIAL"));
    CHECK(f.window->lockController()->idleTimeout() == std::chrono::minutes(3));
    QSettings().clear();
}

TEST_CASE("cancelling the preferences, or the marking question, changes nothing", "[gui][prefs]")
{
    QSettings().clear();
    test::WindowFixture f;
    AnswerPrompts prompts(QMessageBox::Cancel);
    whenModalOpens<PreferencesDialog>([&](PreferencesDialog* d) {
        replaceText(child<QLineEdit>(d, "markingEdit"), QStringLiteral("SECRET"));
        replaceText(child<QSpinBox>(d, "security_idleLockMinutes"), QStringLiteral("2"));
        QTest::keyClick(d, Qt::Key_Return);   // the marking question is answered Cancel
        CHECK(d->isVisible());
        QTest::keyClick(d, Qt::Key_Escape);
    });
    f.window->showPreferences();
    CHECK(prompts.asked.size() == 1);
    CHECK(loadPreferences() == Preferences{});
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
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        const QString suffix = appearanceCode(appearance);
        PreferencesDialog preferences(Preferences{});
        preferences.show();
        REQUIRE(QTest::qWaitForWindowExposed(&preferences));
        CHECK(test::keepScreenshot(preferences.grab().toImage(), QStringLiteral("preferences-%1.png").arg(suffix)));
        UserGuideWindow guide;
        guide.show();
        REQUIRE(QTest::qWaitForWindowExposed(&guide));
        REQUIRE(guide.showHeading(QStringLiteral("Preferences")));
        CHECK(test::keepScreenshot(guide.grab().toImage(), QStringLiteral("user-guide-%1.png").arg(suffix)));
    }
}
