// The monitoring report (issue 13; protocol 4.1, 10.1): every figure counted on a hand-built
// caseload, with cases and events either side of the London-date period boundaries; the
// supervisor-only permission; and the exports, audited as disclosures, anonymised on request.

#include "FileModes.h"
#include "MonitoringFixture.h"

#include "common/Clock.h"
#include "export/Csv.h"
#include "monitoring/MonitoringExport.h"
#include "monitoring/MonitoringService.h"
#include "security/Permissions.h"
#include "store/UnitPolicyRepository.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace conduct;
using namespace conduct::test;

namespace {
const MonitoringScope april{QDate(2026, 4, 1), QDate(2026, 4, 30), 0, {}};
const QDate may20(2026, 5, 20);

MonitoringReport computed(MonitoringFixture& f, const MonitoringScope& scope = april)
{
    auto report = MonitoringService(f.t.db(), f.t.session()).compute(scope, may20);
    REQUIRE(report.ok());
    return report.value();
}

const MonitoringFigure& fig(const MonitoringReport& r, const char* key)
{
    const MonitoringFigure* f = r.figure(QString::fromLatin1(key));
    INFO(key);
    REQUIRE(f);
    return *f;
}

QList<qint64> ids(std::initializer_list<qint64> list) { return QList<qint64>(list); }

QString documentText(const DocumentLayout& doc)
{
    QStringList text{doc.meta.title, doc.meta.subject, doc.meta.subtitles.join(u' ')};
    for (const Block& block : doc.blocks) {
        if (const auto* h = std::get_if<HeadingBlock>(&block)) text << h->text;
        if (const auto* p = std::get_if<ParagraphBlock>(&block)) text << p->text;
        if (const auto* fs = std::get_if<FieldsBlock>(&block))
            for (const FieldItem& i : fs->items) text << i.label << i.value;
        if (const auto* t = std::get_if<TableBlock>(&block))
            for (const QStringList& row : t->rows) text << row;
    }
    return text.join(u'\n');
}
} // namespace

TEST_CASE("cases opened are counted by London date, by offence", "[monitoring][time]")
{
    MonitoringFixture f;
    const MonitoringReport r = computed(f);
    CHECK(fig(r, "opened.all").caseIds == ids({f.a, f.c, f.e}));   // B and D fall either side of April in London
    CHECK(fig(r, "opened.s2").caseIds == ids({f.a}));
    CHECK(fig(r, "opened.s2A").caseIds == ids({f.c}));
    CHECK(fig(r, "opened.s4").caseIds == ids({f.e}));
    CHECK(fig(r, "opened.s4A").count == 0);
    CHECK(fig(r, "opened.s32").caseIds == ids({f.c}));

    SECTION("March in London holds B but not A, which opened at 23:30 UTC on 31 March")
    {
        const MonitoringReport march = computed(f, {QDate(2026, 3, 1), QDate(2026, 3, 31), 0, {}});
        CHECK(fig(march, "opened.all").caseIds == ids({f.b}));
    }
    SECTION("one officer's cases only")
    {
        const MonitoringReport mine = computed(f, {april.firstDay, april.lastDay, f.other.user.id, f.other.user.displayName});
        CHECK(fig(mine, "opened.all").caseIds == ids({f.e}));
    }
}

TEST_CASE("harassment cases with and without a why-not-stalking reason (3.10)", "[monitoring]")
{
    MonitoringFixture f;
    const MonitoringReport r = computed(f);
    CHECK(fig(r, "why_not_stalking.recorded").caseIds == ids({f.a}));
    CHECK(fig(r, "why_not_stalking.missing").caseIds == ids({f.e}));   // C is stalking: not a harassment case
}

TEST_CASE("risk at the latest assessment, overdue reviews and time to screening (3.7)", "[monitoring][time]")
{
    MonitoringFixture f;
    f.addEvents();
    const MonitoringReport r = computed(f);
    CHECK(fig(r, "risk.high").caseIds == ids({f.a}));
    CHECK(fig(r, "risk.standard").caseIds == ids({f.c}));   // C's later draft at "high" is not an assessment yet
    CHECK(fig(r, "risk.medium").count == 0);                 // B's is medium, but B opened in March
    CHECK(fig(r, "risk.none").caseIds == ids({f.e}));
    CHECK(r.asOf == QDate(2026, 5, 1));
    // Overdue on 1 May: A (due 10 April) and B (due 1 March: a current figure, whenever opened).
    CHECK(fig(r, "risk.overdue").caseIds == ids({f.a, f.b}));
    // A: 2 days from its first incident; C: 6 days. E has neither.
    const MonitoringFigure& days = fig(r, "risk.days_to_screening");
    REQUIRE(days.medianDays.has_value());
    CHECK(*days.medianDays == Approx(4.0));
    CHECK(days.caseIds == ids({f.a, f.c}));

    SECTION("with no screening at all, the median is not recorded rather than zero")
    {
        MonitoringFixture empty;
        const MonitoringReport none = computed(empty);
        CHECK_FALSE(fig(none, "risk.days_to_screening").medianDays.has_value());
        CHECK(fig(none, "risk.days_to_screening").valueText() == QStringLiteral("not recorded"));
    }
}

TEST_CASE("referrals, charging decisions by outcome and days to decision (4.9)", "[monitoring]")
{
    MonitoringFixture f;
    f.addEvents();
    const MonitoringReport r = computed(f);
    CHECK(fig(r, "charging.referrals").count == 3);   // requested 1, 15 and 30 April; A's 30 March is outside
    CHECK(fig(r, "charging.referrals").caseIds == ids({f.c, f.e}));
    CHECK(fig(r, "charging.charge").caseIds == ids({f.a}));   // decided 5 April on a March referral
    CHECK(fig(r, "charging.nfa").caseIds == ids({f.c}));
    CHECK(fig(r, "charging.further_evidence").count == 0);   // decided 1 May
    REQUIRE(fig(r, "charging.days_to_decision").medianDays.has_value());
    CHECK(*fig(r, "charging.days_to_decision").medianDays == Approx((6.0 + 29.0) / 2));
}

TEST_CASE("withdrawals, pleas, restraining orders and breaches", "[monitoring]")
{
    MonitoringFixture f;
    f.addEvents();
    const MonitoringReport r = computed(f);
    // The withdrawal taken at 23:30 UTC on 31 March is 1 April in London; the one at 23:10 UTC on 30 April is May.
    CHECK(fig(r, "withdrawal.all").count == 1);
    CHECK(fig(r, "withdrawal.proceed_without_complainant").caseIds == ids({f.a}));
    CHECK(fig(r, "withdrawal.discontinue").count == 0);
    CHECK(fig(r, "pleas.offered").caseIds == ids({f.c}));
    CHECK(fig(r, "pleas.accepted").caseIds == ids({f.c}));
    CHECK(fig(r, "pleas.pending").count == 0);   // A's offer is dated 2 May
    CHECK(fig(r, "orders.applied").caseIds == ids({f.c, f.a}));   // the draft for E was never applied for
    CHECK(fig(r, "orders.granted").caseIds == ids({f.c}));
    CHECK(fig(r, "breaches.bail").caseIds == ids({f.e}));    // A's is 1 May in London
    CHECK(fig(r, "breaches.order").caseIds == ids({f.c}));
}

TEST_CASE("the median of an even and an odd number of values", "[monitoring]")
{
    CHECK_FALSE(medianOf({}).has_value());
    CHECK(*medianOf({5.0}) == 5.0);
    CHECK(*medianOf({9.0, 1.0, 4.0}) == 4.0);
    CHECK(*medianOf({1.0, 10.0, 2.0, 3.0}) == 2.5);
}

TEST_CASE("the monitoring report is a supervisor's", "[monitoring]")
{
    MonitoringFixture f;
    auto refused = MonitoringService(f.t.db(), f.other).compute(april, may20);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("monitoring")));
    CHECK(PermissionTable::cell(Role::Supervisor, Action::ViewMonitoringReport) == Decision::Allowed);
    auto backwards = MonitoringService(f.t.db(), f.t.session()).compute({april.lastDay, april.firstDay, 0, {}}, may20);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().field == QStringLiteral("To"));
}

TEST_CASE("advisor rules needing attention are counted by paragraph across open cases", "[monitoring]")
{
    MonitoringFixture f;
    auto section = MonitoringService(f.t.db(), f.t.session()).advisorSection({april.firstDay, april.lastDay, f.other.user.id, {}});
    REQUIRE(section.ok());
    int total = 0;
    for (const MonitoringFigure& figure : section->figures) {
        CHECK(figure.count == figure.caseIds.size());
        for (qint64 id : figure.caseIds) CHECK(id == f.e);   // only the other officer's open case
        total += figure.count;
    }
    CHECK(total > 0);
    // E has no risk assessment at all: 3.7 needs attention on it.
    const auto risk = std::find_if(section->figures.cbegin(), section->figures.cend(),
                                   [](const MonitoringFigure& figure) { return figure.key == QStringLiteral("advisor.3.7"); });
    REQUIRE(risk != section->figures.cend());
    CHECK(risk->caseIds == ids({f.e}));
}

TEST_CASE("exports: CSV defused and audited; the anonymised copy names nobody", "[monitoring][time]")
{
    MonitoringFixture f;
    f.addEvents();
    const MonitoringReport r = computed(f);
    MonitoringService service(f.t.db(), f.t.session());
    const QString csvPath = f.t.dir.filePath(QStringLiteral("monitoring.csv"));
    const QString pdfPath = f.t.dir.filePath(QStringLiteral("monitoring.pdf"));

    CHECK(safeCsvCell(QStringLiteral("=HYPERLINK(\"x\")")).startsWith("\"'="));
    CHECK(safeCsvCell(QStringLiteral("@SUM(A1)")) == "'@SUM(A1)");

    SECTION("a disclosure needs a reason and a recipient")
    {
        const Status s = service.exportCsv(r, {csvPath, true, {}, QStringLiteral("SPOC")});
        REQUIRE_FALSE(s.ok());
        CHECK_FALSE(QFile::exists(csvPath));
    }
    SECTION("anonymised CSV and PDF carry figures but no name, date of birth, address or URN")
    {
        REQUIRE(service.exportCsv(r, {csvPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")}).ok());
        auto pages = service.exportPdf(r, {pdfPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")});
        REQUIRE(pages.ok());
        CHECK(pages.value() >= 1);
        QFile csvFile(csvPath);
        REQUIRE(csvFile.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(csvFile.readAll());
        CHECK(csv.contains(QStringLiteral("charging.referrals")));
        const QString model = documentText(monitoringDocument(r, true, {}));
        QString pdfText;
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
            REQUIRE(p.waitForFinished(30000));
            pdfText = QString::fromUtf8(p.readAllStandardOutput());
            CHECK(pdfText.contains(QStringLiteral("MONITORING")));
        }
        const QString urnOfA = f.t.db().scalar(QStringLiteral("SELECT urn FROM cases WHERE id = ?"), {f.a})->toString();
        for (const QString& text : {csv, model, pdfText})
            for (const QString& secret : {MonitoringFixture::secretSurname(), MonitoringFixture::secretForename(),
                                          QStringLiteral("Xylophone"), QStringLiteral("1971"), QStringLiteral("03/02/1971"), urnOfA}) {
                INFO(secret.toStdString());
                CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
            }
        auto audited = f.t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclose' AND "
                                                      "entity_type = 'monitoring_report' AND recipient = 'CPS SPOC'"));
        CHECK(audited->toInt() == 2);
    }
    SECTION("both exports are private to their owner under a permissive umask (issue 24)")
    {
        ScopedUmask permissive(022);
        REQUIRE(service.exportCsv(r, {csvPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")}).ok());
        REQUIRE(service.exportPdf(r, {pdfPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")}).ok());
        CHECK(fileMode(csvPath) == 0600);
        CHECK(fileMode(pdfPath) == 0600);
    }
    SECTION("the named copy lists the cases behind each figure by URN")
    {
        REQUIRE(service.exportCsv(r, {csvPath, false, QStringLiteral("case review"), QStringLiteral("DI Lowe")}).ok());
        QFile csvFile(csvPath);
        REQUIRE(csvFile.open(QIODevice::ReadOnly));
        const QString urnOfC = f.t.db().scalar(QStringLiteral("SELECT urn FROM cases WHERE id = ?"), {f.c})->toString();
        CHECK(QString::fromUtf8(csvFile.readAll()).contains(urnOfC));
    }
}

TEST_CASE("a monitoring export stops when the unit's stored marking is unusable, rather than print the default",
          "[monitoring][policy]")
{
    MonitoringFixture f;
    // Hand-edited past the service: a blank marking, which the policy table does not allow.
    REQUIRE(UnitPolicyRepository(f.t.db()).put(QStringLiteral("documents/marking"), QStringLiteral("  "), 0, Clock::nowUtc()).ok());
    MonitoringService service(f.t.db(), f.t.session());
    auto report = service.compute(april, may20);
    REQUIRE(report.ok());   // the figures can still be read on screen
    const auto disclosures = [&] {
        return f.t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclose'"))->toInt();
    };
    const int before = disclosures();
    const QString pdfPath = f.t.dir.filePath(QStringLiteral("monitoring.pdf"));
    const QString csvPath = f.t.dir.filePath(QStringLiteral("monitoring.csv"));
    auto pdf = service.exportPdf(report.value(), {pdfPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")});
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error().field == QStringLiteral("Protective marking"));
    const Status csv = service.exportCsv(report.value(), {csvPath, true, QStringLiteral("monthly SPOC return"), QStringLiteral("CPS SPOC")});
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().field == QStringLiteral("Protective marking"));
    CHECK_FALSE(QFile::exists(pdfPath));
    CHECK_FALSE(QFile::exists(csvPath));
    CHECK(disclosures() == before);
}
