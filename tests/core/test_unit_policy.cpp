// The unit's policy (issue 24, finding 3): the marking, force name, review intervals, thresholds,
// idle-lock maximum and backup policy live in the database, the same for every desk; only an
// administrator changes them, each change audited with its value before and after; a hand-edited
// row the tables do not allow is ignored with a reason; and a desk's own settings file can
// neither print another marking nor set another review date.

#include "RiskTestSupport.h"
#include "TestSupport.h"
#include "export_service_fixture.h"

#include "common/UkTime.h"
#include "security/AuditLog.h"
#include "services/UnitPolicyService.h"
#include "store/Database.h"
#include "store/UnitPolicyRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace conduct;
using namespace conduct::test;

namespace {
// A desk's QSettings as an earlier version left it, cleared before and after.
struct DeskSettings {
    DeskSettings() { QSettings().clear(); }
    ~DeskSettings() { QSettings().clear(); }
    void set(const char* key, const QVariant& value) { QSettings().setValue(QString::fromLatin1(key), value); }
};

QList<AuditRecord> policyRecords(const Database& db)
{
    auto all = AuditLog::readAll(db);
    REQUIRE(all.ok());
    QList<AuditRecord> found;
    for (const AuditRecord& r : all.value())
        if (r.entityType == QLatin1String("unit_policy")) found.append(r);
    return found;
}

int storedRows(Database& db)
{
    auto rows = UnitPolicyRepository(db).all();
    REQUIRE(rows.ok());
    return int(rows->size());
}

Session administrator(Database& db) { return sessionFor(db, QStringLiteral("admin.unit"), {Role::Administrator}); }
} // namespace

TEST_CASE("an officer or a supervisor changing the marking is refused, and nothing is written or audited", "[policy]")
{
    TempDatabase t;
    const QList<Session> refused{sessionFor(t.db(), QStringLiteral("pc.desk"), {Role::Officer}),
                                 sessionFor(t.db(), QStringLiteral("ds.desk"), {Role::Supervisor})};
    const qsizetype auditBefore = AuditLog::readAll(t.db())->size();
    for (const Session& who : refused) {
        INFO(who.user.userName.toStdString());
        Preferences edited;
        edited.marking = QStringLiteral("UNCLASSIFIED");
        auto changed = UnitPolicyService(t.db()).change(who, edited);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.error().message.contains(QStringLiteral("change the unit's policy")));
        auto set = UnitPolicyService(t.db()).set(who, QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("90"));
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().message.contains(QStringLiteral("not allowed")));
    }
    CHECK(storedRows(t.db()) == 0);
    CHECK(UnitPolicyService(t.db()).read()->policy == Preferences{});
    CHECK(AuditLog::readAll(t.db())->size() == auditBefore);   // a refused change is not a change
}

TEST_CASE("an administrator's change is saved and audited once per value, with before and after", "[policy]")
{
    TempDatabase t;
    const Session admin = administrator(t.db());
    Preferences edited;
    edited.marking = QStringLiteral("OFFICIAL");
    edited.reviewDaysHigh = 3;
    edited.idleLockMaximumMinutes = 5;
    edited.idleLockMinutes = 99;   // a desk value: never part of the unit's policy
    auto changed = UnitPolicyService(t.db()).change(admin, edited);
    INFO((changed.ok() ? QString() : changed.error().text()).toStdString());
    REQUIRE(changed.ok());
    CHECK(changed.value() == QList<PolicyChange>{
        {QStringLiteral("documents/marking"), QStringLiteral("Protective marking"), QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("OFFICIAL")},
        {QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("Review high risk every"), QStringLiteral("7"), QStringLiteral("3")},
        {QStringLiteral("security/idleLockMaximumMinutes"), QStringLiteral("Lock after idle for at most"), QStringLiteral("10"), QStringLiteral("5")},
    });

    const QList<AuditRecord> records = policyRecords(t.db());
    REQUIRE(records.size() == 3);
    CHECK(records[0].action == AuditAction::Update);
    CHECK(records[0].userId == admin.user.id);
    CHECK(records[0].entityId == QStringLiteral("documents/marking"));
    CHECK(QJsonDocument::fromJson(records[0].beforeJson).object() == QJsonObject{{QStringLiteral("documents/marking"), QStringLiteral("OFFICIAL-SENSITIVE")}});
    CHECK(QJsonDocument::fromJson(records[0].afterJson).object() == QJsonObject{{QStringLiteral("documents/marking"), QStringLiteral("OFFICIAL")}});
    CHECK(QJsonDocument::fromJson(records[1].beforeJson).object() == QJsonObject{{QStringLiteral("risk/reviewDaysHigh"), 7}});
    CHECK(QJsonDocument::fromJson(records[1].afterJson).object() == QJsonObject{{QStringLiteral("risk/reviewDaysHigh"), 3}});
    CHECK(AuditLog::verify(t.db()).ok);

    const UnitPolicyReading reading = UnitPolicyService(t.db()).read().value();
    CHECK(reading.ignored.isEmpty());
    CHECK(reading.policy.marking == QStringLiteral("OFFICIAL"));
    CHECK(reading.policy.reviewDaysHigh == 3);
    CHECK(reading.policy.idleLockMaximumMinutes == 5);
    CHECK(reading.policy.idleLockMinutes == Preferences{}.idleLockMinutes);
    CHECK(storedRows(t.db()) == 3);   // only what differs from the built-in defaults

    SECTION("the same values again write nothing")
    {
        auto again = UnitPolicyService(t.db()).change(admin, reading.policy);
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
        CHECK(policyRecords(t.db()).size() == 3);
    }
    SECTION("a value set back to its default removes its row, audited like any change")
    {
        auto back = UnitPolicyService(t.db()).set(admin, QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("7"));
        REQUIRE(back.ok());
        REQUIRE(back->size() == 1);
        CHECK(back->first().before == QStringLiteral("3"));
        CHECK(storedRows(t.db()) == 2);
        CHECK(policyRecords(t.db()).size() == 4);
        CHECK(UnitPolicyService(t.db()).read()->policy.reviewDaysHigh == 7);
    }
    SECTION("an invalid value is refused, naming the setting and its range, and nothing is written")
    {
        auto zero = UnitPolicyService(t.db()).set(admin, QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("0"));
        REQUIRE_FALSE(zero.ok());
        CHECK(zero.error().field == QStringLiteral("Review high risk every"));
        CHECK(zero.error().message == QStringLiteral("Choose a number from 1 to 90."));
        auto words = UnitPolicyService(t.db()).set(admin, QStringLiteral("backup/keep"), QStringLiteral("lots"));
        REQUIRE_FALSE(words.ok());
        CHECK(words.error().message.contains(QStringLiteral("whole number from 1 to 365")));
        auto blank = UnitPolicyService(t.db()).set(admin, QStringLiteral("documents/marking"), QStringLiteral("  "));
        REQUIRE_FALSE(blank.ok());
        CHECK(blank.error().field == QStringLiteral("Protective marking"));
        auto desk = UnitPolicyService(t.db()).set(admin, QStringLiteral("security/idleLockMinutes"), QStringLiteral("5"));
        REQUIRE_FALSE(desk.ok());
        CHECK(desk.error().message.contains(QStringLiteral("each officer's own setting")));
        auto unknown = UnitPolicyService(t.db()).set(admin, QStringLiteral("documents/colour"), QStringLiteral("red"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(QStringLiteral("documents/marking")));
        CHECK(policyRecords(t.db()).size() == 3);
        CHECK(UnitPolicyService(t.db()).read()->policy == reading.policy);
    }
}

TEST_CASE("a hand-edited row the tables do not allow is ignored, with the reason", "[policy]")
{
    TempDatabase t;
    const auto put = [&](const char* name, const char* value) {
        REQUIRE(UnitPolicyRepository(t.db()).put(QString::fromLatin1(name), QString::fromLatin1(value), 0, Clock::nowUtc()).ok());
    };
    put("risk/reviewDaysHigh", "0");        // a zero-day review
    put("backup/keep", "lots");
    put("documents/marking", "   ");
    put("security/idleLockMinutes", "0");   // a desk's setting has no place in the unit's policy
    put("risk/reviewDaysMedium", "10");     // a good row among the bad ones is used
    const UnitPolicyReading reading = UnitPolicyService(t.db()).read().value();
    CHECK(reading.policy.reviewDaysHigh == 7);
    CHECK(reading.policy.backupKeep == Preferences{}.backupKeep);
    CHECK(reading.policy.marking == QStringLiteral("OFFICIAL-SENSITIVE"));
    CHECK(reading.policy.reviewDaysMedium == 10);
    REQUIRE(reading.ignored.size() == 4);
    QStringList texts;
    for (const Error& e : reading.ignored) texts.append(e.text());
    const QString all = texts.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Review high risk every: The unit's stored value \"0\" is not used because it is "
                                      "outside 1 to 90; Conduct uses the built-in 7 days")));
    CHECK(all.contains(QStringLiteral("Automatic backups kept: The unit's stored value \"lots\" is not used because it is "
                                      "not a whole number")));
    CHECK(all.contains(QStringLiteral("Protective marking: The unit's stored value \"   \" is not used because it is blank; "
                                      "Conduct uses the built-in \"OFFICIAL-SENSITIVE\"")));
    CHECK(all.contains(QStringLiteral("\"security/idleLockMinutes\", which is not one of its settings")));
    // The readers carry on with the same values.
    CHECK(unitPolicyOrDefaults(t.db()) == reading.policy);
}

TEST_CASE("an export on any desk prints the unit's marking and force name, whatever the desk's settings file says",
          "[policy][export]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    const Session admin = administrator(t.db());
    REQUIRE(UnitPolicyService(t.db()).set(admin, QStringLiteral("documents/marking"), QStringLiteral("OFFICIAL-SENSITIVE: UNIT")).ok());
    REQUIRE(UnitPolicyService(t.db()).set(admin, QStringLiteral("documents/forceName"), QStringLiteral("Anyshire Constabulary")).ok());

    DeskSettings desk;   // another officer's desk, as an earlier version left it
    desk.set("documents/marking", QStringLiteral("UNCLASSIFIED"));
    desk.set("documents/forceName", QStringLiteral("Nobody's Police"));
    const ExportService service(t.db(), t.session());
    CHECK(service.settings().marking == QStringLiteral("OFFICIAL-SENSITIVE: UNIT"));
    CHECK(service.settings().forceName == QStringLiteral("Anyshire Constabulary"));

    ExportService exporting(t.db(), t.session());
    const QString path = t.dir.filePath(QStringLiteral("mg3.pdf"));
    auto outcome = exporting.exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path,
                                             QStringLiteral("pre-charge file for CPS advice"), QStringLiteral("CPS Direct"));
    INFO((outcome.ok() ? QString() : outcome.error().text()).toStdString());
    REQUIRE(outcome.ok());
    const PdfText text = pdfText(path);
    REQUIRE_FALSE(text.pages.isEmpty());
    for (const QString& page : text.pages) {
        CHECK(collapseSpaces(page).contains(QStringLiteral("OFFICIAL-SENSITIVE: UNIT")));
        CHECK_FALSE(page.contains(QStringLiteral("UNCLASSIFIED")));
    }
    CHECK(text.flat().contains(QStringLiteral("ANYSHIRE CONSTABULARY")));
    CHECK_FALSE(text.flat().contains(QStringLiteral("NOBODY'S POLICE"), Qt::CaseInsensitive));

    // The desk's old values are never imported, only reported (to an administrator, in Preferences).
    const QList<Error> old = oldDeskPolicyValues(UnitPolicyService(t.db()).read()->policy);
    REQUIRE(old.size() == 2);
    CHECK(old[0].field == QStringLiteral("Protective marking"));
    CHECK(old[0].message.contains(QStringLiteral("\"UNCLASSIFIED\"")));
    CHECK(UnitPolicyService(t.db()).read()->policy.marking == QStringLiteral("OFFICIAL-SENSITIVE: UNIT"));
}

TEST_CASE("an export stops, rather than print the default, when the unit's stored marking is unusable", "[policy][export]")
{
    TempDatabase t;
    const StoredFullCase stored = storeFullCase(t);
    // Hand-edited past the service: a blank marking, which the tables do not allow.
    REQUIRE(UnitPolicyRepository(t.db()).put(QStringLiteral("documents/marking"), QStringLiteral("   "), 0, Clock::nowUtc()).ok());
    auto before = AuditLog::readAll(t.db());
    REQUIRE(before.ok());

    ExportService exporting(t.db(), t.session());
    const QString path = t.dir.filePath(QStringLiteral("mg3.pdf"));
    auto outcome = exporting.exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path,
                                             QStringLiteral("pre-charge file for CPS advice"), QStringLiteral("CPS Direct"));
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().field == QStringLiteral("Protective marking"));
    CHECK(outcome.error().message.contains(QStringLiteral("No document is printed or exported")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(AuditLog::readAll(t.db())->size() == before->size());   // no disclosure recorded

    // Once an administrator sets it (to the default, here: the unusable row is replaced all the
    // same, and audited from what was found), documents go out with the unit's marking again.
    auto fixed = UnitPolicyService(t.db()).set(administrator(t.db()), QStringLiteral("documents/marking"),
                                               QStringLiteral("OFFICIAL-SENSITIVE"));
    REQUIRE(fixed.ok());
    REQUIRE(fixed->size() == 1);
    CHECK(fixed->first().before == QStringLiteral("   "));
    CHECK(UnitPolicyService(t.db()).read()->ignored.isEmpty());
    CHECK(ExportService(t.db(), t.session())
              .exportDocuments(stored.caseId, {{DocumentKind::Mg3}, false}, path, QStringLiteral("pre-charge file for CPS advice"),
                               QStringLiteral("CPS Direct"))
              .ok());
}

TEST_CASE("the next review date after approval uses the unit's interval, never the approving desk's", "[policy][risk]")
{
    TempDatabase t;
    const qint64 caseId = makeRiskCase(t);
    const Session admin = administrator(t.db());
    REQUIRE(UnitPolicyService(t.db()).set(admin, QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("3")).ok());
    DeskSettings desk;
    desk.set("risk/reviewDaysHigh", 90);   // the approving desk's own, from an earlier version

    const RiskAssessment submitted = submittedDash(t.db(), t.session(), caseId, 14);   // high
    REQUIRE(submitted.officerLevel == QStringLiteral("high"));
    CHECK(submitted.nextReviewDate == uktime::dateOf(submitted.submittedUtc).addDays(3));

    // The review queue is built once and left open; the unit shortens the interval meanwhile.
    RiskAssessmentService supervisor(t.db(), secondSupervisor(t.db()));
    REQUIRE(UnitPolicyService(t.db()).set(admin, QStringLiteral("risk/reviewDaysHigh"), QStringLiteral("2")).ok());
    auto approved = supervisor.approve(submitted.id, {}, QStringLiteral("Agreed"));
    INFO((approved.ok() ? QString() : approved.error().text()).toStdString());
    REQUIRE(approved.ok());
    CHECK(approved->nextReviewDate == uktime::dateOf(approved->reviews.last().timeUtc).addDays(2));
}

TEST_CASE("the officer's own idle lock is never longer than the unit's maximum", "[policy][prefs]")
{
    DeskSettings desk;
    Preferences unit;
    unit.idleLockMaximumMinutes = 15;

    SECTION("nothing stored: the built-in 10 minutes, within the maximum")
    {
        const DeskPreferences loaded = loadDeskPreferences(unit);
        CHECK(loaded.preferences.idleLockMinutes == 10);
        CHECK(loaded.notices.isEmpty());
    }
    SECTION("a longer stored value is shortened to the maximum, and said")
    {
        desk.set("security/idleLockMinutes", 60);
        const DeskPreferences loaded = loadDeskPreferences(unit);
        CHECK(loaded.preferences.idleLockMinutes == 15);
        REQUIRE(loaded.notices.size() == 1);
        CHECK(loaded.notices.first().field == QStringLiteral("Lock after idle for"));
        CHECK(loaded.notices.first().message.contains(QStringLiteral("lock after 60 minutes, longer than your unit allows")));
        CHECK(QSettings().value(QStringLiteral("security/idleLockMinutes")).toInt() == 60);   // kept: the unit may allow it again
    }
    SECTION("\"Never\" is shortened too, unless the unit has no maximum")
    {
        desk.set("security/idleLockMinutes", 0);
        CHECK(loadDeskPreferences(unit).preferences.idleLockMinutes == 15);
        CHECK(loadDeskPreferences(unit).notices.first().message.contains(QStringLiteral("lock never")));
        unit.idleLockMaximumMinutes = 0;
        CHECK(loadDeskPreferences(unit).preferences.idleLockMinutes == 0);
        CHECK(loadDeskPreferences(unit).notices.isEmpty());
    }
    SECTION("saving a longer one, or \"Never\", is refused with the maximum, and nothing is stored")
    {
        Preferences p = unit;
        for (int tooLong : {16, 0}) {
            p.idleLockMinutes = tooLong;
            const Status saved = saveDeskPreferences(p);
            REQUIRE_FALSE(saved.ok());
            CHECK(saved.error().field == QStringLiteral("Lock after idle for"));
            CHECK(saved.error().message.contains(QStringLiteral("at most 15 minutes")));
        }
        CHECK(QSettings().allKeys().isEmpty());
        p.idleLockMinutes = 15;
        REQUIRE(saveDeskPreferences(p).ok());
        CHECK(QSettings().allKeys() == QStringList{QStringLiteral("security/idleLockMinutes")});   // the desk's alone
    }
}
