#pragma once
// A small bar chart of one section's counts, painted with QPainter: the figures are a handful of
// bars, so the report needs no Qt Charts dependency (not packaged everywhere we deploy, and a
// whole module for a few rectangles). Clicking a bar asks for the cases behind it.

#include "monitoring/MonitoringReport.h"

#include <QWidget>

namespace conduct {

class MonitoringChart : public QWidget {
    Q_OBJECT
public:
    explicit MonitoringChart(QWidget* parent = nullptr);
    void setSection(const MonitoringSection& section);
    QSize sizeHint() const override;
    // The bar of a figure, for tests and clicks; empty when the figure is not drawn.
    QRect barRect(const QString& figureKey) const;

signals:
    void figureClicked(const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QList<const MonitoringFigure*> bars() const;
    QRect rowRect(int row) const;

    MonitoringSection m_section;
};

} // namespace conduct
