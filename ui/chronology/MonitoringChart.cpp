#include "chronology/MonitoringChart.h"

#include <QMouseEvent>
#include <QPainter>

namespace conduct {
namespace {
constexpr int rowHeight = 22;
constexpr int labelWidth = 230;
constexpr int valueWidth = 44;
constexpr int margin = 6;
} // namespace

MonitoringChart::MonitoringChart(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(rowHeight * 2);
    setCursor(Qt::PointingHandCursor);
}

void MonitoringChart::setSection(const MonitoringSection& section)
{
    m_section = section;
    updateGeometry();
    setMinimumHeight(std::max(rowHeight * 2, int(bars().size()) * rowHeight + 2 * margin + rowHeight));
    update();
}

QSize MonitoringChart::sizeHint() const { return {520, int(bars().size()) * rowHeight + 2 * margin + rowHeight}; }

QList<const MonitoringFigure*> MonitoringChart::bars() const
{
    QList<const MonitoringFigure*> out;
    // Medians are days, not counts: they would share no scale with the bars.
    for (const MonitoringFigure& f : m_section.figures)
        if (!f.isMedian) out.append(&f);
    return out;
}

QRect MonitoringChart::rowRect(int row) const { return {margin, margin + rowHeight + row * rowHeight, width() - 2 * margin, rowHeight}; }

QRect MonitoringChart::barRect(const QString& figureKey) const
{
    const QList<const MonitoringFigure*> figures = bars();
    int most = 1;
    for (const MonitoringFigure* f : figures) most = std::max(most, f->count);
    const int span = std::max(10, width() - 2 * margin - labelWidth - valueWidth);
    for (int i = 0; i < figures.size(); ++i)
        if (figures[i]->key == figureKey) {
            const QRect row = rowRect(i);
            // A zero still gets a sliver to click, so its (empty) case list can be opened too.
            const int length = std::max(3, span * figures[i]->count / most);
            return {row.left() + labelWidth, row.top() + 4, length, row.height() - 8};
        }
    return {};
}

void MonitoringChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(QRect(margin, margin, width() - 2 * margin, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 (protocol %2)").arg(m_section.title, m_section.paragraph));
    p.setFont(font());
    const QList<const MonitoringFigure*> figures = bars();
    for (int i = 0; i < figures.size(); ++i) {
        const QRect row = rowRect(i);
        const QRect label(row.left(), row.top(), labelWidth - margin, row.height());
        p.setPen(palette().text().color());
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(figures[i]->label, Qt::ElideRight, label.width()));
        const QRect bar = barRect(figures[i]->key);
        p.setPen(Qt::NoPen);
        p.setBrush(figures[i]->count > 0 ? palette().highlight() : palette().mid());
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(palette().text().color());
        p.drawText(QRect(bar.right() + margin, row.top(), valueWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(figures[i]->count));
    }
}

void MonitoringChart::mousePressEvent(QMouseEvent* event)
{
    for (const MonitoringFigure* f : bars())
        if (rowRect(int(bars().indexOf(f))).contains(event->position().toPoint())) {
            emit figureClicked(f->key);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace conduct
