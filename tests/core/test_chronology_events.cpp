// The chronology's markers: every dated event of the case other than incidents, oldest first.

#include "TestSupport.h"

#include "services/ChronologyEvents.h"
#include "services/DemoCase.h"

#include <QTimeZone>

using namespace conduct;

namespace {
QDateTime utc(int y, int m, int d, int h = 9) { return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()); }
} // namespace

TEST_CASE("risk screenings, bail, orders, breaches, charging and withdrawal become dated markers, oldest first",
          "[chronology][markers][time]")
{
    RiskAssessment draft;
    draft.packId = QStringLiteral("dash-2009");
    draft.versionNo = 2;   // not submitted: no marker
    RiskAssessment dash;
    dash.packId = QStringLiteral("dash-2009");
    dash.versionNo = 1;
    dash.officerLevel = QStringLiteral("high");
    dash.submittedUtc = utc(2026, 3, 5);

    CaseWorkRecords records;
    BailConditions bail;
    bail.grantedOn = QDate(2026, 3, 10);
    records.orders.bail = {bail};
    Breach breach;
    breach.occurredUtc = utc(2026, 3, 20, 22);
    records.orders.breaches = {breach};
    CourtOrder draftOrder;   // no application date yet: no marker
    records.orders.orders = {draftOrder};
    ChargingRequest request;
    request.requestedOn = QDate(2026, 3, 25);
    request.outcome = ChargingOutcome::Charge;
    request.decisionOn = QDate(2026, 3, 28);
    records.charging.requests = {request};
    Withdrawal withdrawal;
    withdrawal.statementTakenUtc = utc(2026, 3, 2);
    records.withdrawals = {withdrawal};

    const QList<ChronologyEvent> events = chronologyEvents({draft, dash}, records);
    QStringList kinds;
    for (const ChronologyEvent& e : events) kinds.append(e.kind);
    CHECK(kinds == QStringList{QStringLiteral("withdrawal"), QStringLiteral("risk"), QStringLiteral("bail"),
                               QStringLiteral("breach"), QStringLiteral("charge"), QStringLiteral("charge")});
    REQUIRE(events.size() == 6);
    CHECK(events[1].label == QStringLiteral("DASH v1: High"));
    CHECK(events[3].label == QStringLiteral("Breach of bail"));
    CHECK(events[5].label.startsWith(QStringLiteral("CPS: ")));
    // A date with no time sits at UK midday: 10 March is still GMT, so 12:00 UTC.
    CHECK(events[2].whenUtc == utc(2026, 3, 10, 12));
}

TEST_CASE("a UK date in summer time sits at 11:00 UTC", "[chronology][markers][time]")
{
    CaseWorkRecords records;
    BailConditions bail;
    bail.grantedOn = QDate(2026, 7, 1);
    records.orders.bail = {bail};
    const QList<ChronologyEvent> events = chronologyEvents({}, records);
    REQUIRE(events.size() == 1);
    CHECK(events[0].whenUtc == utc(2026, 7, 1, 11));
}

TEST_CASE("the demo case's chronology shows its risk screening and withdrawal", "[chronology][markers]")
{
    test::TempDatabase t;
    auto id = ensureDemoCase(t.db(), t.session());
    REQUIRE(id.ok());
    auto events = loadChronologyEvents(t.db(), t.session(), id.value(), {});
    REQUIRE(events.ok());
    QStringList kinds;
    for (const ChronologyEvent& e : events.value()) kinds.append(e.kind);
    CHECK(kinds.contains(QStringLiteral("risk")));
    CHECK(kinds.contains(QStringLiteral("withdrawal")));
}

TEST_CASE("risk markers name the form without its year", "[chronology][markers][time]")
{
    RiskAssessment sdash;
    sdash.packId = QStringLiteral("s-dash-2009");
    sdash.versionNo = 3;
    sdash.submittedUtc = utc(2026, 5, 1);
    const QList<ChronologyEvent> events = chronologyEvents({sdash}, {});
    REQUIRE(events.size() == 1);
    CHECK(events[0].label == QStringLiteral("S-DASH v3"));
}
