#include "chronology/TimelineWidget.h"
#include "common/UkTime.h"

#include "common/Clock.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace conduct {
namespace {
constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 shortestSpanMs = 2 * hourMs;
constexpr qint64 longestSpanMs = 50LL * 366 * dayMs;

// UK time, or the date alone when only the date is known.
QString ukTime(const QDateTime& utc, bool timeKnown)
{
    return timeKnown ? uktime::formatDateTime(utc) : uktime::formatDateOnly(utc);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline of the course of conduct"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    fitAll();
}

void TimelineWidget::setIncidents(const QList<Incident>& incidents)
{
    const qint64 keep = selectedIncidentId();
    m_incidents = incidents;
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const Incident& a, const Incident& b) { return a.startUtc < b.startUtc; });
    m_selected = -1;
    for (int i = 0; i < m_incidents.size(); ++i)
        if (m_incidents[i].id == keep && keep != 0) m_selected = i;
    fitAll();
    updateAccessibleDescription();
}

void TimelineWidget::setMarkers(const QList<TimelineMarker>& markers)
{
    m_markers = markers;
    fitAll();
}

qint64 TimelineWidget::selectedIncidentId() const
{
    return m_selected >= 0 && m_selected < m_incidents.size() ? m_incidents[m_selected].id : 0;
}

void TimelineWidget::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_incidents.size()) return;
    m_selected = index;
    if (index >= 0) {
        const qint64 t = m_incidents[index].startUtc.toMSecsSinceEpoch();
        const qint64 margin = (m_viewEnd - m_viewStart) / 20;
        if (t < m_viewStart + margin || t > m_viewEnd - margin) {
            const qint64 span = m_viewEnd - m_viewStart;
            m_viewStart = t - span / 2;
            m_viewEnd = m_viewStart + span;
        }
    }
    updateAccessibleDescription();
    update();
    emit selectionChanged(index);
}

void TimelineWidget::fitAll()
{
    QList<qint64> times;
    for (const Incident& i : m_incidents) {
        if (i.startUtc.isValid()) times.append(i.startUtc.toMSecsSinceEpoch());
        if (i.endUtc.isValid()) times.append(i.endUtc.toMSecsSinceEpoch());
    }
    for (const TimelineMarker& m : m_markers)
        if (m.when.isValid()) times.append(m.when.toMSecsSinceEpoch());
    if (times.isEmpty()) {
        m_viewEnd = Clock::nowUtc().toMSecsSinceEpoch();
        m_viewStart = m_viewEnd - 28 * dayMs;
    } else {
        const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
        const qint64 span = std::max(*hi - *lo, 2 * dayMs);
        m_viewStart = *lo - span / 20;
        m_viewEnd = *hi + span / 20;
    }
    update();
}

void TimelineWidget::zoomBy(double factor, double anchorFraction)
{
    const double span = double(m_viewEnd - m_viewStart);
    const double newSpan = std::clamp(span * factor, double(shortestSpanMs), double(longestSpanMs));
    const double anchor = m_viewStart + span * anchorFraction;
    m_viewStart = qint64(anchor - newSpan * anchorFraction);
    m_viewEnd = m_viewStart + qint64(newSpan);
    update();
}

void TimelineWidget::panBy(double fractionOfView)
{
    const qint64 shift = qint64(double(m_viewEnd - m_viewStart) * fractionOfView);
    m_viewStart += shift;
    m_viewEnd += shift;
    update();
}

TimelineWidget::Layout TimelineWidget::layoutFor(const QRect& area) const
{
    Layout l;
    l.area = QRectF(area);
    const double line = fontMetrics().height();
    l.legend = QRectF(area.left() + 6, area.top() + 4, area.width() - 12, line + 6);
    // Markers close together stack their labels on up to three lines rather than overprint.
    const int markerLines = m_markers.isEmpty() ? 1 : 3;
    l.markerBand = QRectF(area.left() + 130, l.legend.bottom() + 2, area.width() - 142, line * markerLines + 4);
    const double axisHeight = line * 2 + 6;
    l.plot = QRectF(l.markerBand.left(), l.markerBand.bottom() + 2, l.markerBand.width(),
                    std::max(10.0, area.bottom() - axisHeight - l.markerBand.bottom() - 2));
    l.laneHeight = l.plot.height() / allCategories().size();
    l.glyph = std::clamp(l.laneHeight * 0.7, 8.0, 20.0);
    return l;
}

double TimelineWidget::xFor(qint64 ms, const Layout& l) const
{
    return l.plot.left() + double(ms - m_viewStart) / double(m_viewEnd - m_viewStart) * l.plot.width();
}

QRectF TimelineWidget::glyphRect(int index, const QRect& area) const { return glyphRectIn(index, layoutFor(area)); }

QRectF TimelineWidget::glyphRectIn(int index, const Layout& l) const
{
    if (index < 0 || index >= m_incidents.size() || !m_incidents[index].startUtc.isValid()) return {};
    const double x = xFor(m_incidents[index].startUtc.toMSecsSinceEpoch(), l);
    if (x < l.plot.left() - 1 || x > l.plot.right() + 1) return {};
    static const QList<BehaviourCategory> lanes = allCategories();
    const int lane = int(lanes.indexOf(categoryOf(m_incidents[index])));
    const double y = l.plot.top() + l.laneHeight * (lane + 0.5);
    return QRectF(x - l.glyph / 2, y - l.glyph / 2, l.glyph, l.glyph);
}

int TimelineWidget::incidentAt(const QPoint& pos) const
{
    // The nearest glyph within reach, so a dense cluster still picks the one under the pointer.
    int best = -1;
    double bestDistance = 1e9;
    const Layout l = layoutFor(rect());
    for (int i = 0; i < m_incidents.size(); ++i) {
        const QRectF r = glyphRectIn(i, l);
        if (r.isEmpty() || !r.adjusted(-3, -3, 3, 3).contains(pos)) continue;
        const double d = QLineF(r.center(), QPointF(pos)).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

QString TimelineWidget::describe(const Incident& i) const
{
    QStringList behaviours;
    for (Behaviour b : i.behaviours) behaviours.append(labelOf(b));
    QStringList lines;
    QString when = ukTime(i.startUtc, i.startTimeKnown);
    if (i.endUtc.isValid()) when += tr(" to %1").arg(ukTime(i.endUtc, i.endTimeKnown));
    lines << when + tr(" (UK time)");
    lines << styleOf(categoryOf(i)).name + QStringLiteral(": ") + behaviours.join(QStringLiteral(", "));
    lines << (i.online ? tr("Online: %1").arg(i.platform) : tr("In person: %1").arg(i.location));
    if (i.fearOfViolence) lines << tr("Fear of violence");
    lines << i.description.simplified().left(240);
    return lines.join(u'\n');
}

void TimelineWidget::updateAccessibleDescription()
{
    if (m_selected < 0) {
        setAccessibleDescription(tr("%n incident(s). Use Left and Right to step through them.", nullptr, int(m_incidents.size())));
        return;
    }
    setAccessibleDescription(tr("Incident %1 of %2. %3").arg(m_selected + 1).arg(m_incidents.size())
                                 .arg(describe(m_incidents[m_selected]).replace(u'\n', QStringLiteral(". "))));
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    const Layout l = layoutFor(rect());
    const double anchor = std::clamp((event->position().x() - l.plot.left()) / l.plot.width(), 0.0, 1.0);
    zoomBy(std::pow(0.8, steps), anchor);
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressViewStart = m_viewStart;
    m_dragging = false;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) return;
    const int dx = event->position().toPoint().x() - m_pressPos.x();
    if (!m_dragging && std::abs(dx) < 4) return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    const qint64 span = m_viewEnd - m_viewStart;
    m_viewStart = m_pressViewStart - qint64(double(dx) / layoutFor(rect()).plot.width() * double(span));
    m_viewEnd = m_viewStart + span;
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const int hit = incidentAt(event->position().toPoint());
    if (hit < 0) return;
    setSelectedIndex(hit);
    emit incidentActivated(m_incidents[hit].id);
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift) {
            panBy(0.1 * direction);
        } else if (!m_incidents.isEmpty()) {
            const int next = m_selected < 0 ? (direction > 0 ? 0 : int(m_incidents.size()) - 1)
                                            : std::clamp(m_selected + direction, 0, int(m_incidents.size()) - 1);
            setSelectedIndex(next);
        }
        return event->accept();
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(0.8); return event->accept();
    case Qt::Key_Minus: zoomBy(1.25); return event->accept();
    case Qt::Key_0:
    case Qt::Key_Home: fitAll(); return event->accept();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) emit incidentActivated(m_incidents[m_selected].id);
        return event->accept();
    default: QWidget::keyPressEvent(event);
    }
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int hit = incidentAt(help->pos());
        if (hit >= 0) QToolTip::showText(help->globalPos(), describe(m_incidents[hit]), this);
        else QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) update();
    return QWidget::event(event);
}

} // namespace conduct
