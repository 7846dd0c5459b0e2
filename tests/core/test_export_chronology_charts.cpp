// The chronology's timeline and escalation chart in print (issue 8, protocol 3.2 and 4.14):
// checked by the geometry of their marks, by the words a prosecutor reads, and by sampling the
// pixels of the rendered page, never by comparing a golden image.

#include "TestSupport.h"
#include "test_export_support.h"

#include "common/Clock.h"
#include "export/ChronologyCharts.h"
#include "export/Export.h"
#include "export/PdfWriter.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace conduct;
using namespace conduct::exportsupport;
using namespace conduct::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 12) { return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()); }

Incident incident(const QDateTime& when, QList<Behaviour> behaviours, bool online)
{
    Incident i;
    i.startUtc = when;
    i.behaviours = std::move(behaviours);
    i.online = online;
    if (online) i.platform = QStringLiteral("Instagram");
    i.description = QStringLiteral("chartincident");
    return i;
}

CaseFile chartCase()
{
    CaseFile f = fullCaseFile();
    f.incidents = {incident(utc(2024, 5, 1), {Behaviour::Other}, false),                   // other (not s2A(3))
                   incident(utc(2024, 5, 20), {Behaviour::Contacting}, true),              // stalking, online
                   incident(utc(2024, 6, 10), {Behaviour::Threats, Behaviour::Loitering}, false)};   // high severity
    f.timelineMarkers = {{utc(2024, 5, 5), QStringLiteral("risk"), QStringLiteral("S-DASH: Medium")},
                         {utc(2024, 6, 12), QStringLiteral("order"), QStringLiteral("Stalking protection order applied for")}};
    return f;
}

QList<ChartMark> marksOf(const ChartBlock& c, ChartMark::Kind kind)
{
    QList<ChartMark> out;
    for (const ChartMark& m : c.marks)
        if (m.kind == kind) out.append(m);
    return out;
}

// Incident ticks are the narrow filled marks (markers' white boxes and frames are wider).
QList<ChartMark> ticksOf(const ChartBlock& c)
{
    QList<ChartMark> out;
    for (const ChartMark& m : marksOf(c, ChartMark::Kind::Fill))
        if (m.rect.width() < 0.005 && m.colour != Qt::white) out.append(m);
    return out;
}

QStringList textsOf(const ChartBlock& c)
{
    QStringList out;
    for (const ChartMark& m : marksOf(c, ChartMark::Kind::Text)) out.append(m.text);
    return out;
}

} // namespace

TEST_CASE("Timeline chart: one tick per incident in time order, height by severity, row by online", "[export][chronology]")
{
    const ChartBlock chart = timelineChart(chartCase());
    const QList<ChartMark> ticks = ticksOf(chart);
    REQUIRE(ticks.size() == 3);
    // Time runs left to right, inside the plot and the page.
    CHECK(ticks[0].rect.center().x() < ticks[1].rect.center().x());
    CHECK(ticks[1].rect.center().x() < ticks[2].rect.center().x());
    for (const ChartMark& t : ticks) {
        CHECK(t.rect.left() > 0.1);
        CHECK(t.rect.right() < 1.0);
    }
    // Severity is shown by height as well as colour: other < stalking < high severity.
    CHECK(ticks[0].rect.height() < ticks[1].rect.height());
    CHECK(ticks[1].rect.height() < ticks[2].rect.height());
    CHECK(ticks[0].colour != ticks[2].colour);
    // The online incident sits on the lower (online) row; the in-person ones share the upper.
    CHECK(ticks[1].rect.bottom() > ticks[0].rect.bottom());
    CHECK(ticks[0].rect.bottom() == ticks[2].rect.bottom());
    // Markers are lettered, and the caption explains every letter and height.
    const QStringList texts = textsOf(chart);
    CHECK(texts.contains(QStringLiteral("R")));
    CHECK(texts.contains(QStringLiteral("O")));
    CHECK(texts.contains(QStringLiteral("May 2024")));
    CHECK(chart.caption.contains(QStringLiteral("R risk screening")));
    CHECK(chart.caption.contains(QStringLiteral("high-severity")));
}

TEST_CASE("Timeline chart of a case with nothing dated says so instead of drawing an empty axis", "[export][chronology]")
{
    CaseFile f = fullCaseFile();
    f.incidents.clear();
    f.timelineMarkers.clear();
    const ChartBlock chart = timelineChart(f);
    CHECK(chart.marks.isEmpty());
    CHECK(chart.heightPoints == 0);
    CHECK(chart.caption.contains(QStringLiteral("nothing to place")));
}

TEST_CASE("Escalation chart: bars scale to the busiest week and the caption carries the escalation note", "[export][chronology][time]")
{
    ScopedFakeClock clock(utc(2024, 6, 14));
    CaseFile f = fullCaseFile();
    f.incidents.clear();
    // Two weeks ago a quiet week (1 incident); this week a burst of 4, two of them threats.
    f.incidents.append(incident(utc(2024, 5, 28), {Behaviour::Contacting}, true));
    for (int day = 10; day <= 13; ++day)
        f.incidents.append(incident(utc(2024, 6, day), {day % 2 ? Behaviour::Threats : Behaviour::Contacting}, true));
    const ChartBlock chart = escalationChart(f, Clock::nowUtc());
    QList<ChartMark> bars;
    for (const ChartMark& m : marksOf(chart, ChartMark::Kind::Fill)) bars.append(m);
    REQUIRE(bars.size() == 3);   // week of 27 May: 1 incident; week of 10 June: 4 incidents and 2 threats
    const ChartMark& quiet = bars[0];
    const ChartMark& busy = bars[1];
    const ChartMark& severe = bars[2];
    CHECK(busy.rect.height() == Approx(quiet.rect.height() * 4));
    CHECK(severe.rect.height() == Approx(quiet.rect.height() * 2));
    CHECK(severe.rect.width() < busy.rect.width());
    CHECK(textsOf(chart).contains(QStringLiteral("4")));   // the scale's top
    CHECK(chart.caption.contains(QStringLiteral("5 incidents in the last 4 weeks")));
    CHECK(chart.caption.contains(QStringLiteral("high-severity")));

    // The force's own escalation rule (Preferences) is the one the print applies.
    f.escalation.windowDays = 7;
    CHECK(escalationChart(f, Clock::nowUtc()).caption.contains(QStringLiteral("4 incidents in the last week")));
    CHECK(courseOfConductSummary(f, Clock::nowUtc()).contains(QStringLiteral("4 incidents in the last week")));
}

TEST_CASE("The chronology PDF draws both charts and lists the case's events; MG3 and MG5 summarise the pattern",
          "[export][chronology][time]")
{
    ScopedFakeClock clock(utc(2024, 6, 14));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CaseFile file = chartCase();
    const QString path = dir.filePath(QStringLiteral("chronology.pdf"));
    REQUIRE(writePdf(path, buildDocuments(file, DocumentKind::Chronology)).ok());
    const QString flat = pdfText(path).flat();
    CHECK(flat.contains(QStringLiteral("Timeline of the course of conduct")));
    CHECK(flat.contains(QStringLiteral("Escalation: incidents per week")));
    CHECK(flat.contains(QStringLiteral("Other events in the case")));
    CHECK(flat.contains(QStringLiteral("Stalking protection order applied for")));

    // Pixels: the page holds the chart colours (dark red threat tick, blue bars) somewhere.
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                              path, dir.filePath(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    QImage page(dir.filePath(QStringLiteral("page-1.png")));
    REQUIRE(!page.isNull());
    const auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40 && std::abs(a.blue() - b.blue()) < 40;
    };
    bool red = false, blue = false;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            red = red || near(c, QColor(0x8b, 0x1a, 0x1a));
            blue = blue || near(c, QColor(0x3f, 0x6f, 0xa8));
        }
    CHECK(red);
    CHECK(blue);

    for (DocumentKind kind : {DocumentKind::Mg3, DocumentKind::Mg5}) {
        const QString out = dir.filePath(QStringLiteral("summary.pdf"));
        REQUIRE(writePdf(out, buildDocuments(file, kind)).ok());
        const QString text = collapseSpaces(pdfText(out).flat());
        CHECK(text.contains(QStringLiteral("Course of conduct and escalation (protocol 3.2, 4.14)")));
        CHECK(text.contains(QStringLiteral("Incidents recorded: 3, between 01/05/2024 13:00 and 10/06/2024 13:00")));
    }
}
