#include "risk/RiskLevelBadge.h"

#include "services/RiskAssessmentService.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <cmath>

namespace conduct {

const RiskIconColours& riskIconColours()
{
    // Each shape's fill stands out at 3:1 from the table's base and alternate rows in both the
    // light and the dark appearance (WCAG 1.4.11; tests/ui/test_contrast.cpp).
    static const RiskIconColours colours{QColor(0x2F, 0x8A, 0x3B), QColor(0xA8, 0x74, 0x00), QColor(0xDB, 0x2C, 0x43),
                                         QColor(0x80, 0x80, 0x80), Qt::white};
    return colours;
}

QIcon riskLevelIcon(double weight)
{
    const RiskIconColours& c = riskIconColours();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(3, 3, 26, 26);
    if (weight < 0) {
        p.setPen(QPen(c.none, 2, Qt::DashLine));
        p.drawEllipse(box);
    } else if (weight < 0.5) {
        p.setPen(QPen(c.low, 3));   // low: an open circle
        p.drawEllipse(box);
    } else if (weight < 1.0) {
        QPolygonF triangle({QPointF(16, 3), QPointF(30, 29), QPointF(2, 29)});   // middle: a warning triangle
        p.setPen(QPen(c.middle, 2));
        p.setBrush(c.middle);
        p.drawPolygon(triangle);
    } else {
        QPolygonF octagon;   // highest: a stop-sign octagon with "!"
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(16 + 14 * std::cos(angle), 16 + 14 * std::sin(angle));
        }
        p.setPen(QPen(c.highest, 1.5));
        p.setBrush(c.highest);
        p.drawPolygon(octagon);
        p.setPen(QPen(c.highestSymbol, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 8), QPointF(16, 18));
        p.drawPoint(QPointF(16, 24));
    }
    return QIcon(pixmap);
}

QIcon riskLevelIcon(const FormPack& pack, const QString& levelId)
{
    if (pack.scoring.levelRank(levelId) < 0) return riskLevelIcon(-1);
    return riskLevelIcon(levelWeight(pack, levelId));
}

} // namespace conduct
