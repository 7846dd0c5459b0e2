// WCAG AA contrast (success criteria 1.4.3 and 1.4.11) in the light and the dark appearance:
// text at least 4.5:1 against its background, graphical marks at least 3:1. The charts are drawn
// on paper of fixed colours (ColourContrast.h), so they are checked against that paper; the risk
// icons sit in tables and combo boxes, so they are checked against the palette's base colours.

#include "GuiTestSupport.h"

#include "shell/Appearance.h"
#include "shell/ColourContrast.h"
#include "chronology/EscalationChart.h"
#include "risk/RiskLevelBadge.h"
#include "chronology/TimelineWidget.h"

#include <QApplication>

using namespace conduct;

namespace {
constexpr double textMinimum = 4.5;
constexpr double markMinimum = 3.0;

QString hex(const QColor& c) { return c.name(); }

void checkContrast(const QColor& foreground, const QColor& background, double minimum, const char* what)
{
    INFO(what << ": " << hex(foreground).toStdString() << " on " << hex(background).toStdString() << " = "
              << contrastRatio(foreground, background));
    CHECK(contrastRatio(foreground, background) >= minimum);
}
} // namespace

TEST_CASE("the contrast ratio follows the WCAG definition", "[contrast]")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));   // WCAG's own example grey
    CHECK(contrastRatio(Qt::white, QColor(0x76, 0x76, 0x76)) == contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white));
}

TEST_CASE("text, chart marks and risk icons meet WCAG AA in light and dark", "[gui][contrast]")
{
    test::RestoreLook restore;
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        const QPalette palette = QApplication::palette();
        INFO("appearance: " << appearanceCode(appearance).toStdString());

        // The palette's own text.
        checkContrast(palette.color(QPalette::Text), palette.color(QPalette::Base), textMinimum, "text");
        checkContrast(palette.color(QPalette::Text), palette.color(QPalette::AlternateBase), textMinimum, "text, alternate row");
        checkContrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window), textMinimum, "window text");
        checkContrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button), textMinimum, "button text");
        checkContrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight), textMinimum, "selection");
        checkContrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase), textMinimum, "tooltip");

        // The timeline and the escalation chart.
        const ChartPaper paper = chartPaper();
        for (const QColor& background : {paper.background, paper.alternate})
            checkContrast(paper.text, background, textMinimum, "chart text");
        checkContrast(palette.color(QPalette::Highlight), paper.background, markMinimum, "timeline focus ring");
        for (BehaviourCategory category : allCategories()) {
            const CategoryStyle style = styleOf(category);
            INFO("category: " << style.name.toStdString());
            for (const QColor& background : {paper.background, paper.alternate})
                checkContrast(style.colour, background, markMinimum, "glyph");
            checkContrast(filledLetterColour(), style.colour, textMinimum, "letter on a filled glyph");
            checkContrast(onlineLetterColour(style), paper.background, textMinimum, "letter on a hollow glyph");
        }
        checkContrast(EscalationChart::incidentColour(), paper.background, markMinimum, "incident bars");
        checkContrast(EscalationChart::severityColour(), paper.background, markMinimum, "high-severity line");

        // Risk level icons, always shown beside the level's name.
        const RiskIconColours& icons = riskIconColours();
        for (const QColor& background : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)}) {
            checkContrast(icons.low, background, markMinimum, "low risk circle");
            checkContrast(icons.middle, background, markMinimum, "middle risk triangle");
            checkContrast(icons.highest, background, markMinimum, "highest risk octagon");
            checkContrast(icons.none, background, markMinimum, "no level yet");
        }
        checkContrast(icons.highestSymbol, icons.highest, markMinimum, "the octagon's \"!\"");
    }
}
