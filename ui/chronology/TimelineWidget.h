#pragma once
// The course of conduct on a time axis (protocol 3.2: stalking and harassment are "characterised
// by [their] serial nature"; 4.14: conduct "can often escalate in frequency and seriousness").
// One lane per behaviour category; each incident is a glyph whose colour, shape AND letter name
// the category (colour is never the only cue), filled when in person and hollow when online.
// Other events of the case (risk assessments, bail, orders, breaches, charge, withdrawal) come
// in as generic markers: vertical lines with a text label.
//
// Keyboard: Left/Right step through incidents (the selected one has a focus ring), Enter opens
// it, +/- zoom, 0 fits everything, Shift+Left/Right pan. Mouse: wheel zooms around the pointer,
// drag pans, hover shows details, click opens.

#include "domain/Incident.h"

#include <QDateTime>
#include <QList>
#include <QStaticText>
#include <QString>
#include <QWidget>

namespace conduct {

// Any dated event of the case other than an incident. `kind` is a short code ("risk",
// "bail", "order", "breach", "charge", "withdrawal"…); `label` is shown beside the line.
struct TimelineMarker {
    QDateTime when;
    QString kind;
    QString label;
};

enum class BehaviourCategory { Contact, Presence, Threats, Violence, Sexual, Other };

struct CategoryStyle {
    QString name;     // "Threats"
    QChar letter;     // "T": drawn inside the glyph
    QColor colour;    // Okabe–Ito palette: distinguishable with the common colour-vision deficiencies
    enum Shape { Circle, Square, Triangle, Diamond, Hexagon, Pentagon } shape;
};

// The category an incident is drawn in: its most serious behaviour's.
BehaviourCategory categoryOf(const Incident& incident);
CategoryStyle styleOf(BehaviourCategory category);
// The letter inside a glyph: on a filled glyph (in person), and on a hollow one (online), which is
// filled with the chart paper (ColourContrast.h).
QColor filledLetterColour();
QColor onlineLetterColour(const CategoryStyle& style);
QList<BehaviourCategory> allCategories();

class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setIncidents(const QList<Incident>& incidents);   // any order; shown by start time
    void setMarkers(const QList<TimelineMarker>& markers);
    const QList<Incident>& incidents() const { return m_incidents; }
    const QList<TimelineMarker>& markers() const { return m_markers; }

    int selectedIndex() const { return m_selected; }   // -1 when none
    qint64 selectedIncidentId() const;
    void setSelectedIndex(int index);                  // scrolls it into view

    qint64 visibleStartMs() const { return m_viewStart; }
    qint64 visibleEndMs() const { return m_viewEnd; }
    void zoomBy(double factor, double anchorFraction = 0.5);   // factor < 1 zooms in
    void panBy(double fractionOfView);
    void fitAll();

    // Where incident `index` is drawn in a chart of this size (empty when out of view): for
    // hit-testing, tests and accessibility.
    QRectF glyphRect(int index, const QRect& area) const;
    QRectF glyphRect(int index) const { return glyphRect(index, rect()); }
    int incidentAt(const QPoint& pos) const;
    // Draws the whole chart into `area`: used by paintEvent and by PNG/SVG export.
    void paintChart(QPainter& painter, const QRect& area) const;

    QSize sizeHint() const override { return {900, 300}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

signals:
    void incidentActivated(qint64 incidentId);
    void selectionChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {   // where each part of the chart goes in a given area
        QRectF area, legend, markerBand, plot;
        double laneHeight = 0;
        double glyph = 0;
    };
    Layout layoutFor(const QRect& area) const;
    double xFor(qint64 ms, const Layout& layout) const;
    void paintAxis(QPainter& p, const Layout& l) const;
    void paintMarkers(QPainter& p, const Layout& l) const;
    QRectF glyphRectIn(int index, const Layout& layout) const;
    // `styles` by BehaviourCategory, `letters` prepared in the glyph font: made once per paint.
    void paintGlyph(QPainter& p, const QRectF& r, const Incident& incident, const QList<CategoryStyle>& styles,
                    const QList<QStaticText>& letters, bool selected) const;
    QString describe(const Incident& incident) const;
    void updateAccessibleDescription();

    QList<Incident> m_incidents;
    QList<TimelineMarker> m_markers;
    int m_selected = -1;
    qint64 m_viewStart = 0;
    qint64 m_viewEnd = 1;
    QPoint m_pressPos;
    qint64 m_pressViewStart = 0;
    bool m_dragging = false;
};

} // namespace conduct
