#pragma once
// How a risk level is shown: its words and a shape that differs by level (circle, triangle,
// octagon with "!"), so the level never depends on colour alone.

#include <QColor>
#include <QIcon>
#include <QString>

namespace conduct {

struct FormPack;

// The icon colours, in one place: open circle (lowest), triangle (middle), octagon (highest) and
// its "!", and the dashed circle of "no level yet".
struct RiskIconColours {
    QColor low, middle, highest, none, highestSymbol;
};
const RiskIconColours& riskIconColours();

// `weight` is the level's position in its form, 0 (lowest) … 1 (highest); negative: no level yet.
QIcon riskLevelIcon(double weight);
QIcon riskLevelIcon(const FormPack& pack, const QString& levelId);

} // namespace conduct
