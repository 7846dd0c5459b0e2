#pragma once
// The Chronology tab of a case: the timeline of the course of conduct and the escalation chart
// with its plain-language note (protocol 3.2, 4.14), each exportable as PNG or SVG for a
// case file or a briefing.

#include "chronology/TimelineWidget.h"
#include "common/Result.h"
#include "search/Escalation.h"

#include <QWidget>
#include <functional>

class QLabel;

namespace conduct {

class EscalationChart;

// Draws `paint` into a file of this size: PNG when the name ends in .png, SVG when .svg.
using ChartPainter = std::function<void(QPainter&, const QRect&)>;
Status exportChart(const ChartPainter& paint, const QSize& size, const QString& path, const QString& title);

class ChronologyPage : public QWidget {
    Q_OBJECT
public:
    explicit ChronologyPage(QWidget* parent = nullptr);

    // The note compares the four weeks before `nowUtc` with the four before those.
    void setIncidents(const QList<Incident>& incidents, const QDateTime& nowUtc);
    // The escalation rule as the unit's policy sets it (the case workspace passes it before each
    // setIncidents); the built-in rule until then.
    void setEscalationRule(const EscalationOptions& rule) { m_rule = rule; }
    void setMarkers(const QList<TimelineMarker>& markers);

    TimelineWidget* timeline() const { return m_timeline; }
    EscalationChart* chart() const { return m_chart; }
    QLabel* note() const { return m_note; }

    Status exportTimeline(const QString& path) const;
    Status exportEscalation(const QString& path) const;

signals:
    void incidentActivated(qint64 incidentId);

private:
    void chooseAndExport(bool timeline);

    TimelineWidget* m_timeline = nullptr;
    EscalationChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    EscalationOptions m_rule;
};

} // namespace conduct
