// The chronology widgets under the offscreen platform: what is drawn where (pixel sampling and
// glyph geometry, never golden images), keyboard and mouse use, and PNG/SVG export.

#include "FileModes.h"
#include "TestSupport.h"

#include "chronology/ChronologyPage.h"
#include "chronology/EscalationChart.h"
#include "chronology/TimelineWidget.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <iostream>

using namespace conduct;

namespace {
const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

Incident incident(qint64 id, int day, QList<Behaviour> behaviours, bool online = false)
{
    Incident i;
    i.id = id;
    i.caseId = 1;
    i.startUtc = base.addDays(day);
    i.behaviours = behaviours;
    i.online = online;
    i.location = online ? QString() : QStringLiteral("Church Street");
    i.platform = online ? QStringLiteral("Instagram") : QString();
    i.description = QStringLiteral("Incident %1").arg(id);
    return i;
}

QList<Incident> sampleCourse()
{
    return {incident(1, 0, {Behaviour::Contacting}, true), incident(2, 6, {Behaviour::Loitering}),
            incident(3, 12, {Behaviour::Following}, true), incident(4, 20, {Behaviour::Threats}),
            incident(5, 27, {Behaviour::Violence, Behaviour::Threats}), incident(6, 33, {Behaviour::Other})};
}

QImage render(TimelineWidget& w, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    w.paintChart(p, QRect(QPoint(0, 0), size));
    return image;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

int darkPixels(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && qGray(image.pixel(x, y)) < 80) ++n;
    return n;
}
} // namespace

TEST_CASE("the timeline draws each incident in its category's lane, filled in person and hollow online", "[timeline]")
{
    TimelineWidget w;
    w.resize(1000, 360);
    w.setIncidents(sampleCourse());
    w.setMarkers({{base.addDays(15), QStringLiteral("bail"), QStringLiteral("Bail with conditions")},
                  {base.addDays(30), QStringLiteral("risk"), QStringLiteral("DASH review")}});
    const QSize size(1000, 360);
    const QImage image = render(w, size);
    REQUIRE(test::keepScreenshot(image, QStringLiteral("conduct-timeline-test.png")));

    const QRect area(QPoint(0, 0), size);
    QList<QRectF> rects;
    for (int i = 0; i < 6; ++i) {
        rects.append(w.glyphRect(i, area));
        REQUIRE_FALSE(rects.last().isEmpty());
    }
    // Time runs left to right; lanes go from the most serious (top) to the least.
    for (int i = 1; i < 6; ++i) CHECK(rects[i].center().x() > rects[i - 1].center().x());
    CHECK(rects[4].center().y() < rects[3].center().y());   // violence above threats
    CHECK(rects[3].center().y() < rects[1].center().y());   // threats above loitering
    CHECK(rects[1].center().y() < rects[0].center().y());   // loitering above contact
    CHECK(rects[1].center().y() == rects[2].center().y());  // loitering and following share a lane

    // Incident 2 (loitering, in person) is a filled green square; 3 (following, online) a hollow one.
    const QColor presence = styleOf(BehaviourCategory::Presence).colour;
    const QPoint insideFilled = (rects[1].topLeft() + QPointF(3.5, 3.5)).toPoint();
    const QPoint insideHollow = (rects[2].topLeft() + QPointF(3.5, 3.5)).toPoint();
    CHECK(near(image.pixelColor(insideFilled), presence));
    CHECK(near(image.pixelColor(insideHollow), Qt::white));
    bool outlineFound = false;   // the hollow glyph's outline, a little below the letter
    for (int x = int(rects[2].left()) - 1; x <= int(rects[2].left()) + 4; ++x)
        outlineFound = outlineFound || near(image.pixelColor(x, int(rects[2].center().y()) + 4), presence, 30);
    CHECK(outlineFound);
    // Threats and violence look different (colour and shape differ; the letter is checked by the style).
    CHECK(styleOf(BehaviourCategory::Threats).letter != styleOf(BehaviourCategory::Violence).letter);
    CHECK(styleOf(BehaviourCategory::Threats).shape != styleOf(BehaviourCategory::Violence).shape);

    // The bail marker is a dashed line between incidents 3 and 4.
    const double pxPerDay = (rects[5].center().x() - rects[0].center().x()) / 33.0;   // incidents 1 and 6: days 0 and 33
    const int markerX = int(std::lround(rects[0].center().x() + 15 * pxPerDay));
    int dark = 0;
    for (int dx = -2; dx <= 2; ++dx) dark += darkPixels(image, QRect(markerX + dx, int(rects[4].top()), 1, int(rects[0].bottom() - rects[4].top())));
    CHECK(dark > 10);
}

TEST_CASE("Left and Right step through incidents with a visible focus ring; Enter opens", "[timeline]")
{
    TimelineWidget w;
    w.resize(1000, 360);
    w.setIncidents(sampleCourse());
    w.show();
    w.activateWindow();
    w.setFocus();
    REQUIRE(test::waitFor([&] { return w.hasFocus(); }));
    QSignalSpy activated(&w, &TimelineWidget::incidentActivated);
    const QImage before = w.grab().toImage();

    CHECK(w.selectedIndex() == -1);
    QTest::keyClick(&w, Qt::Key_Right);
    CHECK(w.selectedIndex() == 0);
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    CHECK(w.selectedIndex() == 2);
    CHECK(w.selectedIncidentId() == 3);
    QTest::keyClick(&w, Qt::Key_Left);
    CHECK(w.selectedIncidentId() == 2);
    CHECK(w.accessibleDescription().contains(QStringLiteral("Incident 2 of 6")));

    const QImage after = w.grab().toImage();
    const QRect around = w.glyphRect(1).adjusted(-16, -16, 16, 16).toRect();
    const QRect aroundScaled(around.topLeft() * after.devicePixelRatio(), around.size() * after.devicePixelRatio());
    CHECK(darkPixels(after, aroundScaled) > darkPixels(before, aroundScaled) + 20);   // the selection ring

    QTest::keyClick(&w, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toLongLong() == 2);
    QTest::keyClick(&w, Qt::Key_Left);
    QTest::keyClick(&w, Qt::Key_Left);   // stays on the first
    CHECK(w.selectedIndex() == 0);
}

TEST_CASE("the timeline zooms, pans and opens an incident on click", "[timeline]")
{
    TimelineWidget w;
    w.resize(1000, 360);
    w.setIncidents(sampleCourse());
    w.show();
    w.setFocus();
    const qint64 span = w.visibleEndMs() - w.visibleStartMs();
    QTest::keyClick(&w, Qt::Key_Plus);
    CHECK(w.visibleEndMs() - w.visibleStartMs() == Approx(span * 0.8).epsilon(0.01));
    QTest::keyClick(&w, Qt::Key_Minus);
    CHECK(w.visibleEndMs() - w.visibleStartMs() == Approx(span).epsilon(0.01));
    const qint64 start = w.visibleStartMs();
    QTest::keyClick(&w, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(w.visibleStartMs() > start);
    CHECK(w.selectedIndex() == -1);   // Shift+arrow pans; it does not select
    QTest::keyClick(&w, Qt::Key_0);
    CHECK(w.visibleStartMs() == start);

    // Dragging right moves the view back in time.
    const QPoint from = w.rect().center();
    QTest::mousePress(&w, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(200, 0)), w.mapToGlobal(QPointF(from + QPoint(200, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &move);
    QTest::mouseRelease(&w, Qt::LeftButton, {}, from + QPoint(200, 0));
    CHECK(w.visibleStartMs() < start);

    QTest::keyClick(&w, Qt::Key_0);
    QSignalSpy activated(&w, &TimelineWidget::incidentActivated);
    QTest::mouseClick(&w, Qt::LeftButton, {}, w.glyphRect(3).center().toPoint());
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toLongLong() == 4);
    CHECK(w.selectedIndex() == 3);
}

TEST_CASE("the escalation chart draws incidents per week with the high-severity series and the note", "[timeline]")
{
    QList<Incident> course;
    qint64 id = 1;
    for (int week = 0; week < 8; ++week)
        for (int n = 0; n <= week / 2; ++n)
            course.append(incident(id++, week * 7 + n, {week >= 6 ? Behaviour::Threats : Behaviour::Contacting}));
    const QDateTime now = base.addDays(8 * 7);
    ChronologyPage page;
    page.resize(1000, 700);
    page.setIncidents(course, now);
    const EscalationSummary& summary = page.chart()->summary();
    REQUIRE(summary.unit == BucketUnit::Week);
    REQUIRE(summary.buckets.size() >= 8);
    CHECK(page.note()->text().contains(summary.note));
    CHECK_FALSE(summary.note.isEmpty());

    const QSize size(1000, 260);
    QImage image(size, QImage::Format_ARGB32);
    QPainter p(&image);
    page.chart()->paintChart(p, QRect(QPoint(0, 0), size));
    p.end();
    REQUIRE(test::keepScreenshot(image, QStringLiteral("conduct-escalation-test.png")));
    int tallest = 0;
    for (int i = 0; i < summary.buckets.size(); ++i) {
        const QRectF bar = page.chart()->barRect(i, QRect(QPoint(0, 0), size));
        if (summary.buckets[i].incidents == 0) {
            CHECK(bar.height() == Approx(0));
            continue;
        }
        CHECK(near(image.pixelColor(bar.center().toPoint()), EscalationChart::incidentColour()));
        if (bar.height() > page.chart()->barRect(tallest, QRect(QPoint(0, 0), size)).height()) tallest = i;
    }
    int most = 0;
    for (const EscalationBucket& b : summary.buckets) most = std::max(most, b.incidents);
    CHECK(summary.buckets[tallest].incidents == most);
}

TEST_CASE("the timeline and the chart export as PNG and SVG", "[timeline]")
{
    QTemporaryDir dir;
    ChronologyPage page;
    page.setIncidents(sampleCourse(), base.addDays(40));
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(page.exportTimeline(png).ok());
    REQUIRE(page.exportEscalation(svg).ok());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1600);
    // Not blank: the legend, lanes and glyphs put many dark and coloured pixels on it.
    CHECK(darkPixels(image, image.rect()) > 500);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("Escalation of the course of conduct"));
    auto bad = page.exportTimeline(dir.filePath(QStringLiteral("timeline.gif")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral(".png")));
}

TEST_CASE("exported charts are private to their owner under a permissive umask (issue 24)", "[timeline][files]")
{
    test::ScopedUmask permissive(022);
    QTemporaryDir dir;
    ChronologyPage page;
    page.setIncidents(sampleCourse(), base.addDays(40));
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(page.exportTimeline(png).ok());
    REQUIRE(page.exportEscalation(svg).ok());
    CHECK(test::fileMode(png) == 0600);
    CHECK(test::fileMode(svg) == 0600);
    // A refused name leaves nothing behind.
    REQUIRE_FALSE(page.exportTimeline(dir.filePath(QStringLiteral("timeline.gif"))).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

// Not part of the normal run: the paint time of a 500-incident course of conduct, for the
// benchmark program. Run with ui_tests "[.timelinebench]".
TEST_CASE("timeline paint time for 500 incidents (measurement)", "[.timelinebench]")
{
    QList<Incident> course;
    const QList<Behaviour> kinds = {Behaviour::Contacting, Behaviour::Loitering, Behaviour::Threats, Behaviour::Violence,
                                    Behaviour::Sexual, Behaviour::Other};
    for (int i = 0; i < 500; ++i) {
        Incident inc = incident(i + 1, 0, {kinds[i % kinds.size()]}, i % 3 == 0);
        inc.startUtc = base.addSecs(qint64(i) * 5 * 3600);   // about 100 days
        if (i % 10 == 0) inc.endUtc = inc.startUtc.addSecs(7200);
        course.append(inc);
    }
    TimelineWidget w;
    w.setIncidents(course);
    w.setMarkers({{base.addDays(20), QStringLiteral("bail"), QStringLiteral("Bail")},
                  {base.addDays(60), QStringLiteral("order"), QStringLiteral("Restraining order")}});
    w.setSelectedIndex(250);
    for (const QSize size : {QSize(1000, 360), QSize(1600, 520)}) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QList<double> ms;
        for (int run = 0; run < 30; ++run) {
            QPainter p(&image);
            QElapsedTimer t;
            t.start();
            w.paintChart(p, QRect(QPoint(0, 0), size));
            ms.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::cout << "timeline paint, 500 incidents, " << size.width() << "x" << size.height() << ": median "
                  << (ms[14] + ms[15]) / 2 << " ms, max " << ms.last() << " ms" << std::endl;
        CHECK(ms.first() > 0);
    }
}
