#pragma once
// WCAG 2.1 contrast, and the "paper" every chart is drawn on. The timeline and the escalation
// chart are drawn as documents, the same on screen in light or dark appearance as in their PNG,
// SVG and PDF exports, so their background and text colours are fixed here rather than taken
// from the palette. tests/ui/test_contrast.cpp checks every colour against WCAG AA: text 4.5:1,
// graphical marks 3:1 (success criteria 1.4.3 and 1.4.11).

#include <QColor>
#include <cmath>

namespace conduct {

// WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white).
inline double relativeLuminance(const QColor& colour)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// 1:1 (same) … 21:1 (black on white), whichever colour is lighter.
inline double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct ChartPaper {
    QColor background{0xFF, 0xFF, 0xFF};
    QColor alternate{0xF4, 0xF4, 0xF4};   // every other timeline lane
    QColor text{0x00, 0x00, 0x00};
    QColor grid{0xCC, 0xCC, 0xCC};        // decoration only: the values are written as text
};

inline ChartPaper chartPaper() { return {}; }

} // namespace conduct
