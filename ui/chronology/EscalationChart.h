#pragma once
// Incidents per week (per month over long spans) with the high-severity behaviours as a second
// series: the escalation of a course of conduct at a glance (protocol 4.14: stalking "can often
// escalate in frequency and seriousness"; 3.7: the risk assessment is kept under review). Bars
// are incidents; the dashed line with square points is high-severity behaviours, so the two
// series differ in form as well as colour. The plain-language note is shown beside the chart
// by ChronologyPage, from the same EscalationSummary.

#include "search/Escalation.h"

#include <QWidget>

namespace conduct {

class EscalationChart : public QWidget {
    Q_OBJECT
public:
    explicit EscalationChart(QWidget* parent = nullptr);

    void setSummary(const EscalationSummary& summary);
    const EscalationSummary& summary() const { return m_summary; }

    // Where bucket `index`'s incident bar is drawn in a chart of this size: for tests.
    QRectF barRect(int index, const QRect& area) const;
    void paintChart(QPainter& painter, const QRect& area) const;

    QSize sizeHint() const override { return {900, 220}; }
    QSize minimumSizeHint() const override { return {320, 140}; }

    static QColor incidentColour() { return QColor(0x00, 0x72, 0xB2); }
    static QColor severityColour() { return QColor(0xD5, 0x5E, 0x00); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Frame {
        QRectF plot;
        int maximum = 1;
    };
    Frame frameFor(const QRect& area) const;

    EscalationSummary m_summary;
};

} // namespace conduct
