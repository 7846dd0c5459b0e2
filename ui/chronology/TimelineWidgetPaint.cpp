// Drawing of TimelineWidget: categories and their styles, the chart itself, for the screen and
// for PNG/SVG export alike.

#include "chronology/TimelineWidget.h"

#include "shell/ColourContrast.h"

#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace conduct {
namespace {
constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

const QTimeZone& ukZone()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

QPolygonF regularPolygon(const QRectF& r, int sides, double startDegrees)
{
    QPolygonF poly;
    const QPointF c = r.center();
    const double radius = r.width() / 2;
    for (int i = 0; i < sides; ++i) {
        const double a = (startDegrees + 360.0 * i / sides) * std::numbers::pi / 180.0;
        poly << QPointF(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
    }
    return poly;
}

QPainterPath shapePath(CategoryStyle::Shape shape, const QRectF& r)
{
    QPainterPath path;
    switch (shape) {
    case CategoryStyle::Circle: path.addEllipse(r); break;
    case CategoryStyle::Square: path.addRect(r.adjusted(1, 1, -1, -1)); break;
    case CategoryStyle::Triangle: path.addPolygon(regularPolygon(r.adjusted(-2, -3, 2, 1), 3, -90)); break;
    case CategoryStyle::Diamond: path.addPolygon(regularPolygon(r.adjusted(-1, -1, 1, 1), 4, -90)); break;
    case CategoryStyle::Hexagon: path.addPolygon(regularPolygon(r, 6, 0)); break;
    case CategoryStyle::Pentagon: path.addPolygon(regularPolygon(r.adjusted(-1, -1, 1, 1), 5, -90)); break;
    }
    path.closeSubpath();
    return path;
}
} // namespace

QList<BehaviourCategory> allCategories()
{
    return {BehaviourCategory::Violence, BehaviourCategory::Sexual, BehaviourCategory::Threats,
            BehaviourCategory::Presence, BehaviourCategory::Contact, BehaviourCategory::Other};
}

BehaviourCategory categoryOf(const Incident& incident)
{
    auto any = [&](std::initializer_list<Behaviour> list) {
        return std::any_of(list.begin(), list.end(), [&](Behaviour b) { return incident.has(b); });
    };
    if (any({Behaviour::Violence, Behaviour::CriminalDamage, Behaviour::InterferingWithProperty})) return BehaviourCategory::Violence;
    if (any({Behaviour::Sexual})) return BehaviourCategory::Sexual;
    if (any({Behaviour::Threats})) return BehaviourCategory::Threats;
    if (any({Behaviour::Following, Behaviour::Loitering, Behaviour::WatchingOrSpying, Behaviour::MonitoringCommunications}))
        return BehaviourCategory::Presence;
    if (any({Behaviour::Contacting, Behaviour::Publishing})) return BehaviourCategory::Contact;
    return BehaviourCategory::Other;
}

QColor filledLetterColour() { return Qt::white; }
QColor onlineLetterColour(const CategoryStyle& style) { return style.colour.darker(130); }

// Okabe–Ito hues, darkened where needed so that the white letter inside a filled glyph reads at
// 4.5:1 and every glyph stands out from the paper at 3:1 (WCAG AA; tests/ui/test_contrast.cpp).
CategoryStyle styleOf(BehaviourCategory category)
{
    switch (category) {
    case BehaviourCategory::Violence:
        return {TimelineWidget::tr("Violence, damage"), u'V', QColor(0xC2, 0x4F, 0x00), CategoryStyle::Diamond};
    case BehaviourCategory::Sexual: return {TimelineWidget::tr("Sexual"), u'S', QColor(0xB2, 0x46, 0x7F), CategoryStyle::Pentagon};
    case BehaviourCategory::Threats: return {TimelineWidget::tr("Threats"), u'T', QColor(0x9A, 0x62, 0x00), CategoryStyle::Triangle};
    case BehaviourCategory::Presence:
        return {TimelineWidget::tr("Following, watching"), u'F', QColor(0x00, 0x7A, 0x5A), CategoryStyle::Square};
    case BehaviourCategory::Contact: return {TimelineWidget::tr("Contact"), u'C', QColor(0x00, 0x72, 0xB2), CategoryStyle::Circle};
    case BehaviourCategory::Other: break;
    }
    return {TimelineWidget::tr("Other"), u'O', QColor(0x55, 0x55, 0x55), CategoryStyle::Hexagon};
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paintChart(p, rect());
}

void TimelineWidget::paintChart(QPainter& p, const QRect& area) const
{
    const Layout l = layoutFor(area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    p.fillRect(area, chartPaper().background);
    const QList<BehaviourCategory> categories = allCategories();

    // Legend: every cue spelt out in words.
    double x = l.legend.left();
    for (BehaviourCategory c : categories) {
        const CategoryStyle s = styleOf(c);
        const QRectF g(x, l.legend.center().y() - 7, 14, 14);
        p.setPen(QPen(s.colour, 1.5));
        p.setBrush(s.colour);
        p.drawPath(shapePath(s.shape, g));
        const QString text = QStringLiteral("%1 %2").arg(s.letter).arg(s.name);
        p.setPen(chartPaper().text);
        p.drawText(QPointF(x + 18, l.legend.center().y() + fontMetrics().ascent() / 2.0 - 1), text);
        x += 18 + fontMetrics().horizontalAdvance(text) + 14;
    }
    p.drawText(QPointF(x, l.legend.center().y() + fontMetrics().ascent() / 2.0 - 1), tr("filled: in person · hollow: online"));

    // Lanes, labelled.
    for (int i = 0; i < categories.size(); ++i) {
        const QRectF lane(area.left(), l.plot.top() + i * l.laneHeight, area.width(), l.laneHeight);
        p.fillRect(QRectF(l.plot.left(), lane.top(), l.plot.width(), lane.height()), i % 2 ? chartPaper().alternate : chartPaper().background);
        p.setPen(chartPaper().text);
        p.drawText(QRectF(area.left() + 6, lane.top(), l.plot.left() - area.left() - 10, lane.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, styleOf(categories[i]).name);
    }
    paintAxis(p, l);
    paintMarkers(p, l);

    // Styles, the glyph font and its letters are made once per paint, not once per incident:
    // a long course of conduct has hundreds of glyphs.
    QList<CategoryStyle> styles;
    for (int c = 0; c <= int(BehaviourCategory::Other); ++c) styles.append(styleOf(BehaviourCategory(c)));
    QFont glyphFont = font();
    glyphFont.setBold(true);
    glyphFont.setPixelSize(std::max(7, int(l.glyph * 0.6)));
    QList<QStaticText> letters;
    for (const CategoryStyle& s : styles) {
        QStaticText letter{QString(s.letter)};
        letter.prepare(QTransform(), glyphFont);
        letters.append(letter);
    }
    p.setFont(glyphFont);
    p.setClipRect(l.plot.adjusted(-l.glyph, -2, l.glyph, 2));
    for (int i = 0; i < m_incidents.size(); ++i) {
        const Incident& incident = m_incidents[i];
        const QRectF r = glyphRectIn(i, l);
        if (r.isEmpty()) continue;
        if (incident.endUtc.isValid() && incident.endUtc > incident.startUtc) {   // a period: a bar to its end
            const double x2 = std::min(xFor(incident.endUtc.toMSecsSinceEpoch(), l), l.plot.right());
            if (x2 - r.center().x() > 3) {
                p.setPen(Qt::NoPen);
                p.setBrush(styles[int(categoryOf(incident))].colour.lighter(150));
                p.drawRect(QRectF(r.center().x(), r.center().y() - 2, x2 - r.center().x(), 4));
            }
        }
        if (i != m_selected) paintGlyph(p, r, incident, styles, letters, false);
    }
    if (m_selected >= 0) {
        const QRectF r = glyphRectIn(m_selected, l);
        if (!r.isEmpty()) paintGlyph(p, r, m_incidents[m_selected], styles, letters, true);
    }
    p.restore();
}

void TimelineWidget::paintGlyph(QPainter& p, const QRectF& r, const Incident& incident, const QList<CategoryStyle>& styles,
                                const QList<QStaticText>& letters, bool selected) const
{
    const int category = int(categoryOf(incident));
    const CategoryStyle& s = styles[category];
    p.setPen(QPen(s.colour, 2));
    p.setBrush(incident.online ? QBrush(chartPaper().background) : QBrush(s.colour));
    p.drawPath(shapePath(s.shape, r));
    const QStaticText& letter = letters[category];
    p.setPen(incident.online ? onlineLetterColour(s) : filledLetterColour());
    p.drawStaticText(r.center() - QPointF(letter.size().width() / 2, letter.size().height() / 2), letter);
    if (!selected) return;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(chartPaper().text, 2.5));
    p.drawEllipse(r.center(), r.width() * 0.85, r.height() * 0.85);
    if (hasFocus()) {   // the keyboard focus: a second, dashed ring in the highlight colour
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.drawRect(r.adjusted(-r.width() * 0.6, -r.height() * 0.6, r.width() * 0.6, r.height() * 0.6));
    }
}

void TimelineWidget::paintAxis(QPainter& p, const Layout& l) const
{
    p.setPen(chartPaper().text);
    p.drawLine(QPointF(l.plot.left(), l.plot.bottom()), QPointF(l.plot.right(), l.plot.bottom()));
    const double msPerPx = double(m_viewEnd - m_viewStart) / std::max(1.0, l.plot.width());
    const double wanted = msPerPx * 110;   // at least ~110 px between labelled ticks
    struct Step { qint64 ms; int months; const char* format; };
    static const Step steps[] = {
        {hourMs, 0, "d MMM HH:mm"}, {3 * hourMs, 0, "d MMM HH:mm"}, {6 * hourMs, 0, "d MMM HH:mm"},
        {12 * hourMs, 0, "d MMM HH:mm"}, {dayMs, 0, "d MMM yy"}, {2 * dayMs, 0, "d MMM yy"},
        {7 * dayMs, 0, "d MMM yy"}, {14 * dayMs, 0, "d MMM yy"}, {0, 1, "MMM yyyy"}, {0, 3, "MMM yyyy"},
        {0, 6, "MMM yyyy"}, {0, 12, "yyyy"}, {0, 60, "yyyy"}};
    const Step* step = &steps[std::size(steps) - 1];
    for (const Step& s : steps)
        if ((s.ms ? double(s.ms) : s.months * 30.4 * dayMs) >= wanted) {
            step = &s;
            break;
        }
    QDateTime t = QDateTime::fromMSecsSinceEpoch(m_viewStart, Qt::UTC).toTimeZone(ukZone());
    t.setTime(QTime(0, 0));
    if (step->months) t.setDate(QDate(t.date().year(), step->months >= 12 ? 1 : t.date().month(), 1));
    else if (step->ms >= 7 * dayMs) t = t.addDays(1 - t.date().dayOfWeek());   // Mondays
    const QString format = QString::fromLatin1(step->format);
    for (int guard = 0; guard < 400 && t.toMSecsSinceEpoch() <= m_viewEnd; ++guard) {
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms >= m_viewStart) {
            const double x = xFor(ms, l);
            p.setPen(chartPaper().grid);
            p.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
            p.setPen(chartPaper().text);
            p.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + 4));
            p.drawText(QRectF(x - 60, l.plot.bottom() + 5, 120, fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop,
                       t.toString(format));
        }
        t = step->months ? t.addMonths(step->months) : t.addMSecs(step->ms);
    }
    p.drawText(QRectF(l.plot.left(), l.plot.bottom() + 5 + fontMetrics().height(), l.plot.width(), fontMetrics().height()),
               Qt::AlignRight | Qt::AlignTop, tr("UK time"));
}

void TimelineWidget::paintMarkers(QPainter& p, const Layout& l) const
{
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    const int lines = std::max(1, int(l.markerBand.height() / line));
    QList<double> lineEnds(lines, -1e9);   // the right edge of the last label on each line
    QList<const TimelineMarker*> visible;
    for (const TimelineMarker& m : m_markers)
        if (m.when.isValid()) visible.append(&m);
    std::sort(visible.begin(), visible.end(), [](auto* a, auto* b) { return a->when < b->when; });
    // Markers on (nearly) the same day share one line and one label.
    struct Group { double x; QStringList labels; };
    QList<Group> groups;
    for (const TimelineMarker* m : visible) {
        const double x = xFor(m->when.toMSecsSinceEpoch(), l);
        if (x < l.plot.left() || x > l.plot.right()) continue;
        const QString label = m->label.isEmpty() ? m->kind : m->label;
        if (!groups.isEmpty() && x - groups.last().x < 6) groups.last().labels.append(label);
        else groups.append({x, {label}});
    }
    for (const Group& g : groups) {
        const double x = g.x;
        p.setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, l.markerBand.top()), QPointF(x, l.plot.bottom()));
        const QString text = QStringLiteral("▸ ") + g.labels.join(QStringLiteral(" · "));
        const double width = metrics.horizontalAdvance(text) + 6;
        // Right of the line where it fits, else left of it (near the plot's right edge).
        const double left = x + width <= l.plot.right() ? x + 3 : std::max(l.plot.left(), x - width);
        int row = 0;
        while (row < lines && lineEnds[row] > left) ++row;
        double start = left;
        if (row == lines) {   // crowded: after the last label on the last line, elided
            row = lines - 1;
            start = lineEnds[row] + 4;
        }
        const double drawn = std::min(width, std::max(0.0, l.plot.right() - start));
        lineEnds[row] = start + drawn;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(start, l.markerBand.top() + row * line, drawn, line), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(text, Qt::ElideRight, drawn));
    }
}

} // namespace conduct
