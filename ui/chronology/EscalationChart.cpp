#include "chronology/EscalationChart.h"

#include "shell/ColourContrast.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace conduct {
namespace {
// A round axis maximum: 1, 2, 5, 10, 20, 50 …
int niceCeiling(int value)
{
    int base = 1;
    for (;;) {
        for (int m : {1, 2, 5})
            if (base * m >= value) return base * m;
        base *= 10;
    }
}
} // namespace

EscalationChart::EscalationChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("escalationChart"));
    setAccessibleName(tr("Escalation chart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void EscalationChart::setSummary(const EscalationSummary& summary)
{
    m_summary = summary;
    int incidents = 0;
    for (const EscalationBucket& b : summary.buckets) incidents += b.incidents;
    setAccessibleDescription(tr("%1 per %2 over %3 periods, %4 incident(s) in all. %5")
                                 .arg(tr("Incidents"), summary.unit == BucketUnit::Week ? tr("week") : tr("month"))
                                 .arg(summary.buckets.size()).arg(incidents).arg(summary.note));
    update();
}

EscalationChart::Frame EscalationChart::frameFor(const QRect& area) const
{
    Frame f;
    const double line = fontMetrics().height();
    f.plot = QRectF(area.left() + 44, area.top() + line * 3 + 4, area.width() - 56, area.height() - line * 5 - 10);
    int top = 1;
    for (const EscalationBucket& b : m_summary.buckets) top = std::max({top, b.incidents, b.highSeverityBehaviours});
    f.maximum = niceCeiling(top);
    return f;
}

QRectF EscalationChart::barRect(int index, const QRect& area) const
{
    if (index < 0 || index >= m_summary.buckets.size()) return {};
    const Frame f = frameFor(area);
    const double slot = f.plot.width() / m_summary.buckets.size();
    const double height = f.plot.height() * m_summary.buckets[index].incidents / f.maximum;
    const double width = std::max(1.0, slot * 0.7);
    return QRectF(f.plot.left() + slot * index + (slot - width) / 2, f.plot.bottom() - height, width, height);
}

void EscalationChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paintChart(p, rect());
}

void EscalationChart::paintChart(QPainter& p, const QRect& area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    p.fillRect(area, chartPaper().background);
    const Frame f = frameFor(area);
    const QFontMetrics fm = fontMetrics();
    const double line = fm.height();

    // Title and legend, in words.
    p.setPen(chartPaper().text);
    const QString title = m_summary.unit == BucketUnit::Week ? tr("Incidents per week") : tr("Incidents per month");
    p.drawText(QPointF(area.left() + 6, area.top() + line), title);
    double x = area.left() + 6;
    const double legendY = area.top() + line * 2 + 2;
    p.fillRect(QRectF(x, legendY - line * 0.7, 14, line * 0.7), incidentColour());
    p.drawText(QPointF(x + 18, legendY), tr("Incidents"));
    x += 18 + fm.horizontalAdvance(tr("Incidents")) + 16;
    p.setPen(QPen(severityColour(), 2, Qt::DashLine));
    p.drawLine(QPointF(x, legendY - line * 0.35), QPointF(x + 22, legendY - line * 0.35));
    p.fillRect(QRectF(x + 8, legendY - line * 0.35 - 3, 6, 6), severityColour());
    p.setPen(chartPaper().text);
    p.drawText(QPointF(x + 28, legendY), tr("High-severity behaviours (threats, violence, property, following)"));

    // Axes and gridlines.
    p.setPen(chartPaper().grid);
    for (int v : {f.maximum / 2, f.maximum}) {
        const double y = f.plot.bottom() - f.plot.height() * v / f.maximum;
        p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
    }
    p.setPen(chartPaper().text);
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    for (int v : {0, f.maximum / 2, f.maximum}) {
        const double y = f.plot.bottom() - f.plot.height() * v / f.maximum;
        p.drawText(QRectF(area.left(), y - line / 2, 38, line), Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    if (m_summary.buckets.isEmpty()) {
        p.drawText(f.plot, Qt::AlignCenter, tr("No dated incidents yet."));
        p.restore();
        return;
    }

    const int count = int(m_summary.buckets.size());
    const double slot = f.plot.width() / count;
    for (int i = 0; i < count; ++i) p.fillRect(barRect(i, area), incidentColour());

    // Labels: as many as fit without overlapping, always the first and the last.
    const double labelWidth = fm.horizontalAdvance(m_summary.buckets.last().label) + 12;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < count; ++i) {
        if (i % every != 0 && i != count - 1) continue;
        if (i != count - 1 && i + every > count - 1 && (count - 1 - i) * slot < labelWidth) continue;
        const double cx = f.plot.left() + slot * (i + 0.5);
        p.drawText(QRectF(cx - labelWidth / 2, f.plot.bottom() + 4, labelWidth, line), Qt::AlignHCenter | Qt::AlignTop,
                   m_summary.buckets[i].label);
    }

    QPainterPath severity;
    for (int i = 0; i < count; ++i) {
        const QPointF pt(f.plot.left() + slot * (i + 0.5),
                         f.plot.bottom() - f.plot.height() * m_summary.buckets[i].highSeverityBehaviours / f.maximum);
        if (i == 0) severity.moveTo(pt);
        else severity.lineTo(pt);
    }
    p.setPen(QPen(severityColour(), 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPath(severity);
    for (int i = 0; i < count; ++i) {
        const QPointF pt(f.plot.left() + slot * (i + 0.5),
                         f.plot.bottom() - f.plot.height() * m_summary.buckets[i].highSeverityBehaviours / f.maximum);
        p.fillRect(QRectF(pt.x() - 3, pt.y() - 3, 6, 6), severityColour());
    }
    p.restore();
}

} // namespace conduct
