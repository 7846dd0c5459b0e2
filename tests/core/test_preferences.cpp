// Preferences (Edit ▸ Preferences…): the defaults agree with the rules' own defaults, every
// number is checked against its range with a message naming the field, and what is saved is what
// is loaded back: the unit's policy in the database, this desk's own settings in QSettings.

#include "TestSupport.h"

#include "services/Preferences.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"

#include <QSettings>

using namespace conduct;
using namespace conduct::test;

namespace {
struct CleanSettings {
    CleanSettings() { QSettings().clear(); }
    ~CleanSettings() { QSettings().clear(); }
};
} // namespace

TEST_CASE("with nothing stored the preferences are the rules' own defaults", "[prefs]")
{
    CleanSettings clean;
    TempDatabase t;
    const Preferences p = loadDeskPreferences(UnitPolicyService(t.db()).read()->policy).preferences;
    CHECK(p == Preferences{});
    CHECK(p.validate().isEmpty());
    CHECK(p.marking == DocumentSettings{}.marking);
    CHECK(p.idleLockMinutes == 10);

    const RiskServiceConfig risk = p.riskServiceConfig();
    const RiskServiceConfig builtIn;
    CHECK(risk.risk.review.daysByLevel == builtIn.risk.review.daysByLevel);
    CHECK(risk.risk.review.otherDays == builtIn.risk.review.otherDays);
    CHECK(risk.risk.escalation.callOutThreshold == builtIn.risk.escalation.callOutThreshold);
    CHECK(risk.risk.escalation.windowMonths == builtIn.risk.escalation.windowMonths);
    CHECK(risk.queueWaitLimitHours == builtIn.queueWaitLimitHours);

    const EscalationOptions escalation = p.escalationOptions();
    const EscalationOptions escalationBuiltIn;
    CHECK(escalation.windowDays == escalationBuiltIn.windowDays);
    CHECK(escalation.minimumRecentIncidents == escalationBuiltIn.minimumRecentIncidents);
    CHECK(escalation.frequencyFactor == escalationBuiltIn.frequencyFactor);
    CHECK(escalation.minimumHighSeverity == escalationBuiltIn.minimumHighSeverity);

    CHECK(p.backupPolicy().intervalSeconds == BackupPolicy{}.intervalSeconds);
    CHECK(p.backupPolicy().keep == BackupPolicy{}.keep);
}

TEST_CASE("every number outside its range is refused, naming the field and the range", "[prefs]")
{
    for (const IntPreference& row : preferenceTable()) {
        INFO(row.key);
        Preferences p;
        p.idleLockMaximumMinutes = 0;   // no maximum: the officer's idle lock has its whole range
        CHECK(p.*row.member >= row.minimum);
        CHECK(p.*row.member <= row.maximum);
        for (int bad : {row.minimum - 1, row.maximum + 1}) {
            p.*row.member = bad;
            const QList<Error> errors = p.validate();
            REQUIRE(errors.size() == 1);
            CHECK(errors.first().field == preferenceLabel(row));
            CHECK(errors.first().message == QStringLiteral("Choose a number from %1 to %2.").arg(row.minimum).arg(row.maximum));
        }
        p.*row.member = row.minimum;
        CHECK(p.validate().isEmpty());
        p.*row.member = row.maximum;
        CHECK(p.validate().isEmpty());
    }
}

TEST_CASE("the marking must be given and both texts have a length limit", "[prefs]")
{
    Preferences p;
    p.marking = QStringLiteral("   ");
    QList<Error> errors = p.validate();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == markingLabel());
    CHECK(errors.first().message.contains(QStringLiteral("OFFICIAL-SENSITIVE")));

    p.marking = QString(maximumMarkingLength + 1, QLatin1Char('X'));
    p.forceName = QString(maximumForceNameLength + 1, QLatin1Char('Y'));
    errors = p.validate();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == markingLabel());
    CHECK(errors[1].field == forceNameLabel());
    CHECK(errors[1].message.contains(QString::number(maximumForceNameLength)));

    p.forceName.clear();   // no force name is allowed: the documents leave the line blank
    p.marking = QStringLiteral("OFFICIAL");
    CHECK(p.validate().isEmpty());
}

TEST_CASE("preferences saved are the preferences loaded", "[prefs][policy][time]")
{
    CleanSettings clean;
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin"), {Role::Administrator});
    Preferences p;
    p.marking = QStringLiteral("OFFICIAL");
    p.forceName = QStringLiteral("Anyshire Constabulary");
    for (const IntPreference& row : preferenceTable()) p.*row.member = row.maximum;   // none is its default
    auto changed = UnitPolicyService(t.db()).change(admin, p);
    REQUIRE(changed.ok());
    CHECK(changed->size() == unitPolicyNames().size());
    REQUIRE(saveDeskPreferences(p).ok());
    t.reopen();
    CHECK(loadDeskPreferences(UnitPolicyService(t.db()).read()->policy).preferences == p);
    CHECK(QSettings().value(QStringLiteral("security/idleLockMinutes")).toInt() == 24 * 60);
    CHECK_FALSE(QSettings().contains(QStringLiteral("documents/marking")));   // the unit's, not the desk's

    const QDate assessed(2026, 3, 2);
    CHECK(nextReviewDate(QStringLiteral("high"), assessed, p.riskServiceConfig().risk.review) == assessed.addDays(90));
    CHECK(p.backupPolicy().intervalSeconds == qint64(24 * 30) * 3600);
}

TEST_CASE("an invalid set of preferences is refused and nothing is stored", "[prefs]")
{
    CleanSettings clean;
    Preferences p;
    p.forceName = QStringLiteral("Anyshire Constabulary");
    p.backupKeep = 0;
    const Status saved = saveDeskPreferences(p);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().field == QStringLiteral("Automatic backups kept"));
    CHECK(QSettings().allKeys().isEmpty());
}

TEST_CASE("a hand-edited desk value out of range falls back to its default; the desk's old unit values are not read",
          "[prefs]")
{
    CleanSettings clean;
    QSettings settings;
    settings.setValue(QStringLiteral("risk/reviewDaysHigh"), 30);   // an earlier version's desk value: no longer read
    settings.setValue(QStringLiteral("documents/marking"), QStringLiteral("UNCLASSIFIED"));
    settings.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("lots"));
    Preferences unit;
    unit.idleLockMaximumMinutes = 0;
    Preferences p = loadDeskPreferences(unit).preferences;
    CHECK(p.idleLockMinutes == Preferences{}.idleLockMinutes);
    CHECK(p.reviewDaysHigh == Preferences{}.reviewDaysHigh);
    CHECK(p.marking == Preferences{}.marking);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), 0);   // 0 is allowed when the unit has no maximum
    CHECK(loadDeskPreferences(unit).preferences.idleLockMinutes == 0);
}
