// Issue 23: entry rules that depend on London's date and clock, whatever the desk's zone, and the
// clean-up of text before it is saved (dates of birth, bidirectional controls, due dates).
// Expectations are UTC instants or London text: the same under TZ=UTC, America/New_York, Asia/Tokyo.

#include "TestSupport.h"
#include "care_fixture.h"

#include "common/Clock.h"
#include "common/Text.h"
#include "common/UkTime.h"
#include "domain/Validation.h"
#include "logimport/LogText.h"
#include "rules/Charging.h"
#include "rules/Withdrawal.h"
#include "security/AuditRecord.h"
#include "services/AuditQueryService.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"
#include "services/OrdersService.h"
#include "store/ActionRepository.h"
#include "store/Backup.h"
#include "store/PersonRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace conduct;
using namespace conduct::test;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }

const QChar rightToLeftOverride(0x202E);
const QChar firstStrongIsolate(0x2068);
} // namespace

TEST_CASE("a date of birth before 1900 is refused naming the date; over 110 years asks for confirmation", "[time][validation]")
{
    ScopedFakeClock clock(utc(2026, 5, 1, 12, 0));
    Person p;
    p.surname = QStringLiteral("Example");
    p.dateOfBirth = QDate(1899, 5, 12);
    const Status refused = validatePerson(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().text() == QStringLiteral("Date of birth: 12/05/1899 is before 1900; check the year."));

    p.dateOfBirth = QDate(1910, 1, 1);   // 116: not refused, but the UI asks
    CHECK(validatePerson(p).ok());
    const QDate today = QDate(2026, 5, 1);
    CHECK(dateOfBirthNeedsConfirmation(QDate(1910, 1, 1), today));
    CHECK(dateOfBirthNeedsConfirmation(QDate(1915, 4, 30), today));         // 111 yesterday
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1915, 5, 2), today));   // 110 until tomorrow
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1916, 4, 30), today));  // 110
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1916, 5, 1), today));   // exactly 110
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(1991, 4, 12), today));
    CHECK_FALSE(dateOfBirthNeedsConfirmation(QDate(), today));
}

TEST_CASE("'not in the future' uses London's clock and London's today", "[time][validation]")
{
    // 23:30 UTC on 30/06 is already 01/07 in London.
    ScopedFakeClock clock(utc(2026, 6, 30, 23, 30));
    CHECK(notInFuture(QStringLiteral("Date"), QDate(2026, 7, 1)).ok());
    const Status tomorrow = notInFuture(QStringLiteral("Date"), QDate(2026, 7, 2));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().message == QStringLiteral("02/07/2026 is in the future. Enter a date that has already passed."));
    const Status later = notInFuture(QStringLiteral("Start"), utc(2026, 7, 1, 9, 5));
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().message.startsWith(QStringLiteral("01/07/2026 10:05 is in the future.")));
}

TEST_CASE("an action's due date is compared with London's date of raising it", "[time][care]")
{
    ActionItem a;
    a.description = QStringLiteral("Take a statement");
    a.owner = QStringLiteral("PC 1");
    a.createdUtc = utc(2026, 6, 30, 23, 30);   // 01/07 00:30 BST
    a.dueDate = QDate(2026, 6, 30);
    const Status refused = validateAction(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("The due date cannot be before the action was raised (01/07/2026)."));
    a.dueDate = QDate(2026, 7, 1);
    CHECK(validateAction(a).ok());
}

TEST_CASE("a breach recorded just after midnight BST is due the next London day", "[time][care][orders]")
{
    CareFixture f;
    OrdersService service(f.t.db(), f.t.session());
    BailConditions bail;
    bail.caseId = f.caseId;
    bail.suspectId = f.suspectId;
    bail.grantedOn = QDate(2026, 3, 1);
    bail.answerBailOn = QDate(2026, 8, 1);
    bail.conditions = {QStringLiteral("Not to contact Alex Example directly or indirectly")};
    bail.complainantViews = QStringLiteral("Wants him kept away from her work.");
    bail.viewsSoughtOn = QDate(2026, 3, 1);
    auto savedBail = service.saveBail(bail);
    REQUIRE(savedBail.ok());

    f.clock.set(utc(2026, 6, 30, 23, 30));   // 01/07 00:30 in London
    Breach b;
    b.caseId = f.caseId;
    b.of = BreachOf::Bail;
    b.bailId = savedBail->id;
    b.occurredUtc = utc(2026, 6, 30, 23, 0);   // 01/07 00:00 BST
    b.location = QStringLiteral("Outside 1 Example Road");
    b.behaviours = {Behaviour::Loitering};
    b.description = QStringLiteral("Seen at her door.");
    b.actionOwner = QStringLiteral("PC 4521 Carter");
    auto saved = service.recordBreach(b);
    REQUIRE(saved.ok());
    auto action = ActionRepository(f.t.db()).get(saved->actionId);
    REQUIRE(action.ok());
    CHECK(action->dueDate == QDate(2026, 7, 2));
    auto flag = CaseFlagRepository(f.t.db()).open(f.caseId, flags::riskReviewDue());
    REQUIRE(flag.ok());
    REQUIRE(flag.value().has_value());
    CHECK(flag.value()->reason.contains(QStringLiteral("on 01/07/2026")));
}

TEST_CASE("bidirectional controls are removed from text, and only they", "[time][text]")
{
    const QString typed = QStringLiteral("Smi") + rightToLeftOverride + QStringLiteral("th") + firstStrongIsolate;
    CHECK(stripBidiControls(typed) == QStringLiteral("Smith"));
    for (char16_t u : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
        CHECK(isBidiControl(QChar(u)));
    // Right-to-left text itself, and the marks that are not controls of this kind, are kept.
    const QString arabic = QString::fromUtf8("\xd8\xb3\xd8\xa7\xd8\xb1\xd8\xa9");
    CHECK(stripBidiControls(arabic) == arabic);
    CHECK_FALSE(isBidiControl(QChar(0x200F)));
    CHECK_FALSE(isBidiControl(QChar(0x2065)));
    CHECK_FALSE(isBidiControl(QChar(0x2029)));
}

TEST_CASE("a surname holding U+202E is stored without it; so are incident and exhibit fields", "[time][text][store]")
{
    TempDatabase t;
    ScopedFakeClock clock(utc(2026, 4, 10, 12, 0));
    CaseService cases(t.db(), t.session());
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = QStringLiteral("PC 1234 ") + rightToLeftOverride + QStringLiteral("Test");
    auto created = cases.createCase(c);
    REQUIRE(created.ok());
    CHECK(created->officerInCase == QStringLiteral("PC 1234 Test"));

    Person p;
    p.caseId = created->id;
    p.role = PersonRole::Suspect;
    p.surname = QStringLiteral("Smi") + rightToLeftOverride + QStringLiteral("th");
    p.onlineHandles = {QStringLiteral("Instagram: @") + firstStrongIsolate + QStringLiteral("handle")};
    auto added = cases.addPerson(p);
    REQUIRE(added.ok());
    auto stored = PersonRepository(t.db()).get(added->id);
    REQUIRE(stored.ok());
    CHECK(stored->surname == QStringLiteral("Smith"));
    CHECK(stored->onlineHandles == QStringList{QStringLiteral("Instagram: @handle")});

    Incident i;
    i.caseId = created->id;
    i.startUtc = utc(2026, 4, 1, 10, 0);
    i.location = QStringLiteral("High ") + rightToLeftOverride + QStringLiteral("Street");
    i.behaviours = {Behaviour::Following};
    i.description = QStringLiteral("Followed her.");
    auto incident = cases.addIncident(i);
    REQUIRE(incident.ok());
    CHECK(incident->location == QStringLiteral("High Street"));

    Exhibit e;
    e.caseId = created->id;
    e.reference = QStringLiteral("SE/") + rightToLeftOverride + QStringLiteral("1");
    e.description = QStringLiteral("Screenshots");
    e.producedBy = QStringLiteral("PC 1234 Test");
    e.heldAt = QStringLiteral("Property store");
    auto exhibit = EvidenceService(t.db(), t.session()).addExhibit(e);
    INFO((exhibit.ok() ? QString() : exhibit.error().text()).toStdString());
    REQUIRE(exhibit.ok());
    CHECK(exhibit->reference == QStringLiteral("SE/1"));
}

TEST_CASE("a complainant's log loses bidirectional controls when it is read", "[time][text][logimport]")
{
    const QByteArray bytes = (QStringLiteral("Date,Where\n31/03/2026,Park ") + rightToLeftOverride + QStringLiteral("Road\n")).toUtf8();
    auto decoded = logimport::decodeLog(QStringLiteral("log.csv"), bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded->text == QStringLiteral("Date,Where\n31/03/2026,Park Road\n"));
}

TEST_CASE("the audit extract gives each record's UK time, with BST or GMT in the repeated hour", "[time][audit]")
{
    AuditRecord first;
    first.timeUtc = utc(2026, 10, 25, 0, 30);
    AuditRecord second;
    second.timeUtc = utc(2026, 10, 25, 1, 30);
    const QList<QByteArray> lines = auditCsv({first, second}).split('\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].trimmed().endsWith(",hash,time_uk"));
    CHECK(lines[1].trimmed().endsWith(",25/10/2026 01:30:00 BST"));
    CHECK(lines[2].trimmed().endsWith(",25/10/2026 01:30:00 GMT"));
}

TEST_CASE("backup times in file names are read as UTC, never through the desk's zone", "[time][backup]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("cases.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    // 02:30 on 08/03/2026 and 29/03/2026 do not exist on a desk in New York or London.
    for (const char* stamp : {"20260308-023000", "20260329-013000"}) {
        QFile f(QDir(folder).filePath(QStringLiteral("cases-auto-%1.sqlite").arg(QString::fromLatin1(stamp))));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    QList<QDateTime> taken;
    for (const BackupFile& b : listBackups(database, folder)) taken.append(b.takenUtc);
    std::sort(taken.begin(), taken.end());
    CHECK(taken == QList<QDateTime>{utc(2026, 3, 8, 2, 30), utc(2026, 3, 29, 1, 30)});
}
