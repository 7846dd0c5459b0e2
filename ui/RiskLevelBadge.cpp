#include "RiskLevelBadge.h"

#include "services/RiskAssessmentService.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <cmath>

namespace conduct {

QIcon riskLevelIcon(double weight)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(3, 3, 26, 26);
    if (weight < 0) {
        p.setPen(QPen(Qt::gray, 2, Qt::DashLine));
        p.drawEllipse(box);
    } else if (weight < 0.5) {
        p.setPen(QPen(QColor(0x1b, 0x6e, 0x20), 3));   // low: an open circle
        p.drawEllipse(box);
    } else if (weight < 1.0) {
        QPolygonF triangle({QPointF(16, 3), QPointF(30, 29), QPointF(2, 29)});   // middle: a warning triangle
        p.setPen(QPen(Qt::black, 2));
        p.setBrush(QColor(0xf2, 0xa9, 0x00));
        p.drawPolygon(triangle);
    } else {
        QPolygonF octagon;   // highest: a stop-sign octagon with "!"
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(16 + 14 * std::cos(angle), 16 + 14 * std::sin(angle));
        }
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(QColor(0xb0, 0x00, 0x20));
        p.drawPolygon(octagon);
        p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
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
