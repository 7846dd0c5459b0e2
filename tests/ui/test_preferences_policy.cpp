// Edit ▸ Preferences… and the unit's policy (issue 24): an officer sees the policy greyed, "Set by
// your unit's administrator", and changes only this desk's idle lock, within the unit's maximum;
// an administrator edits the policy and confirms a list of the changes, each audited. Driven with
// the keyboard, as people use it.

#include "GuiTestSupport.h"

#include "security/AuditLog.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>

using namespace conduct;
using test::child;

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

struct CleanSettings {
    CleanSettings() { QSettings().clear(); }
    ~CleanSettings() { QSettings().clear(); }
};

void replaceText(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty()) QTest::keyClicks(field, text);
}

void showAndWait(PreferencesDialog& d)
{
    d.show();
    REQUIRE(QTest::qWaitForWindowActive(&d));
}

int policyRecords(const Database& db)
{
    auto records = AuditLog::readAll(db);
    REQUIRE(records.ok());
    int n = 0;
    for (const AuditRecord& r : records.value()) n += r.entityType == QLatin1String("unit_policy");
    return n;
}
} // namespace

TEST_CASE("an officer sees the unit's policy greyed, set by the administrator; only their idle lock is theirs",
          "[gui][preferences]")
{
    CleanSettings clean;
    test::TempDatabase t;
    const Session officer = test::sessionFor(t.db(), QStringLiteral("pc.only"), {Role::Officer});
    PreferencesDialog d(t.db(), officer);
    showAndWait(d);
    CHECK_FALSE(d.canChangeUnitPolicy());
    CHECK(child<QLabel>(&d, "policyNote")->text().contains(QStringLiteral("set by your unit's administrator")));
    const QList<QLabel*> notes = d.findChildren<QLabel*>(QStringLiteral("setByAdministrator"));
    CHECK(notes.size() == 4);   // Documents, Risk review, Thresholds, Security and backups
    for (QLabel* note : notes) CHECK(note->text() == QStringLiteral("Set by your unit's administrator."));
    for (const char* name : {"markingEdit", "forceNameEdit"}) {
        INFO(name);
        CHECK_FALSE(child<QWidget>(&d, name)->isEnabled());
        CHECK(child<QWidget>(&d, name)->toolTip() == QStringLiteral("Set by your unit's administrator."));
    }
    for (const IntPreference& p : preferenceTable()) {
        INFO(p.key);
        auto* spin = child<QSpinBox>(&d, QString::fromLatin1(p.key).replace(u'/', u'_').toLatin1().constData());
        CHECK(spin->isEnabled() == (p.home == PreferenceHome::Desk));
    }
    CHECK(child<QLineEdit>(&d, "markingEdit")->text() == QStringLiteral("OFFICIAL-SENSITIVE"));

    // Even if the field could be reached (a changed build, an accessibility tool), core refuses.
    auto* marking = child<QLineEdit>(&d, "markingEdit");
    marking->setEnabled(true);
    replaceText(marking, QStringLiteral("UNCLASSIFIED"));
    QTest::keyClick(&d, Qt::Key_Return);
    CHECK(d.isVisible());
    auto* banner = d.findChild<ErrorBanner*>();
    CHECK(banner->text().contains(QStringLiteral("not allowed to change the unit's policy")));
    CHECK(UnitPolicyService(t.db()).read()->policy.marking == QStringLiteral("OFFICIAL-SENSITIVE"));
    CHECK(policyRecords(t.db()) == 0);
    CHECK(QSettings().allKeys().isEmpty());
    CHECK(test::keepScreenshot(d.grab().toImage(), QStringLiteral("preferences-officer-refused.png")));
}

TEST_CASE("an administrator changes the unit's policy after confirming the list of changes, each audited",
          "[gui][preferences]")
{
    CleanSettings clean;
    test::TempDatabase t;
    const Session admin = test::sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    PreferencesDialog d(t.db(), admin);
    showAndWait(d);
    REQUIRE(d.canChangeUnitPolicy());
    CHECK(d.findChildren<QLabel*>(QStringLiteral("setByAdministrator")).isEmpty());
    auto* marking = child<QLineEdit>(&d, "markingEdit");
    CHECK(marking->hasFocus());
    replaceText(marking, QStringLiteral("OFFICIAL"));
    replaceText(child<QSpinBox>(&d, "risk_reviewDaysHigh"), QStringLiteral("5"));
    replaceText(child<QSpinBox>(&d, "security_idleLockMaximumMinutes"), QStringLiteral("5"));
    // Their own idle lock (10) is now longer than the new maximum: said at once, refused on OK.
    auto* banner = d.findChild<ErrorBanner*>();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Lock after idle for: Your unit locks Conduct after at most 5 minutes")));

    SECTION("answering Cancel to the list changes nothing")
    {
        replaceText(child<QSpinBox>(&d, "security_idleLockMinutes"), QStringLiteral("5"));
        AnswerPrompts prompts(QMessageBox::Cancel);
        QTest::keyClick(&d, Qt::Key_Return);
        CHECK(prompts.asked.size() == 1);
        CHECK(d.isVisible());
        CHECK(UnitPolicyService(t.db()).read()->policy == Preferences{});
        CHECK(policyRecords(t.db()) == 0);
        CHECK(QSettings().allKeys().isEmpty());
    }
    SECTION("answering Yes saves the policy, audited, and the desk's own idle lock")
    {
        AnswerPrompts prompts(QMessageBox::Yes);
        QTest::keyClick(&d, Qt::Key_Return);
        CHECK(prompts.asked.isEmpty());   // refused first: the own idle lock is too long
        CHECK(d.isVisible());
        CHECK(child<QSpinBox>(&d, "security_idleLockMinutes")->hasFocus());
        replaceText(child<QSpinBox>(&d, "security_idleLockMinutes"), QStringLiteral("5"));
        CHECK(test::keepScreenshot(d.grab().toImage(), QStringLiteral("preferences-administrator-editing.png")));
        QTest::keyClick(&d, Qt::Key_Return);
        REQUIRE(prompts.asked.size() == 1);
        const QString& question = prompts.asked.first();
        INFO(question.toStdString());
        CHECK(question.contains(QStringLiteral("• Protective marking: \"OFFICIAL-SENSITIVE\" → \"OFFICIAL\"")));
        CHECK(question.contains(QStringLiteral("• Review high risk every: 7 days → 5 days")));
        CHECK(question.contains(QStringLiteral("• Lock after idle for at most: 10 minutes → 5 minutes")));
        CHECK(question.contains(QStringLiteral("Documents already exported keep the old marking.")));
        CHECK_FALSE(question.contains(QStringLiteral("Lock after idle for:")));   // the desk's: not the unit's
        CHECK(d.result() == QDialog::Accepted);
        const Preferences policy = UnitPolicyService(t.db()).read()->policy;
        CHECK(policy.marking == QStringLiteral("OFFICIAL"));
        CHECK(policy.reviewDaysHigh == 5);
        CHECK(policy.idleLockMaximumMinutes == 5);
        CHECK(policyRecords(t.db()) == 3);
        CHECK(QSettings().value(QStringLiteral("security/idleLockMinutes")).toInt() == 5);
        CHECK_FALSE(QSettings().contains(QStringLiteral("documents/marking")));
    }
}

TEST_CASE("a desk's idle lock longer than the unit allows is shortened, and the window says so", "[gui][preferences]")
{
    CleanSettings clean;
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), 60);
    test::WindowFixture f;
    CHECK(f.window->lockController()->idleTimeout() == std::chrono::minutes(10));
    CHECK(f.window->statusBar()->currentMessage().contains(
        QStringLiteral("This desk was set to lock after 60 minutes, longer than your unit allows: Conduct locks after 10 minutes idle.")));
    CHECK(test::keepScreenshot(f.window->grab().toImage(), QStringLiteral("idle-lock-shortened.png")));
    PreferencesDialog d(f.window->database(), f.session);
    showAndWait(d);
    CHECK(child<QLabel>(&d, "policyProblems")->text().contains(QStringLiteral("longer than your unit allows")));
    CHECK(child<QSpinBox>(&d, "security_idleLockMinutes")->value() == 10);
}

TEST_CASE("an administrator is told once that this desk's old settings file held other unit values", "[gui][preferences]")
{
    CleanSettings clean;
    QSettings().setValue(QStringLiteral("documents/marking"), QStringLiteral("UNCLASSIFIED"));
    test::TempDatabase t;
    const Session admin = test::sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    {
        PreferencesDialog d(t.db(), admin);
        showAndWait(d);
        auto* problems = child<QLabel>(&d, "policyProblems");
        CHECK(problems->text().contains(QStringLiteral("Protective marking: this desk's old settings file says "
                                                       "\"UNCLASSIFIED\"; the unit's policy is \"OFFICIAL-SENSITIVE\"")));
        CHECK(child<QLineEdit>(&d, "markingEdit")->text() == QStringLiteral("OFFICIAL-SENSITIVE"));   // never imported
    }
    PreferencesDialog again(t.db(), admin);
    CHECK(again.findChild<QLabel*>(QStringLiteral("policyProblems")) == nullptr);
    CHECK(UnitPolicyService(t.db()).read()->policy == Preferences{});
}
