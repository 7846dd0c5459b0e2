#include "shell/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace conduct {
namespace {
const QString settingsKey = QStringLiteral("view/appearance");

struct AppearanceEntry {
    Appearance appearance;
    const char* code;
};
constexpr AppearanceEntry appearanceTable[] = {
    {Appearance::System, "system"},
    {Appearance::Light, "light"},
    {Appearance::Dark, "dark"},
};

// White selected text on this blue is 5.7:1 (WCAG AA asks 4.5:1); Fusion's own #308cc6 is 3.7:1.
const QColor selectionBlue(0x2f, 0x65, 0xb5);

// Fusion's light palette with a selection colour that passes WCAG AA.
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, selectionBlue);
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Contrast checked against WCAG AA for body text (about 13:1 text on window, 4.6:1 disabled).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed), disabled(0x9a, 0xa0, 0xa6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x54, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x4a, 0x4e));
    p.setColor(QPalette::Mid, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, selectionBlue);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

QString appearanceCode(Appearance appearance)
{
    for (const auto& e : appearanceTable)
        if (e.appearance == appearance) return QString::fromLatin1(e.code);
    return QStringLiteral("system");
}

std::optional<Appearance> appearanceFromCode(const QString& code)
{
    for (const auto& e : appearanceTable)
        if (code.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0) return e.appearance;
    return std::nullopt;
}

Appearance savedAppearance()
{
    return appearanceFromCode(QSettings().value(settingsKey).toString()).value_or(Appearance::System);
}

void saveAppearance(Appearance appearance) { QSettings().setValue(settingsKey, appearanceCode(appearance)); }

void applyAppearance(Appearance appearance)
{
    // Fusion draws every control from the palette, so light and dark look the same everywhere.
    if (appearance != Appearance::System) QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (appearance) {
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Appearance::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Appearance::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

} // namespace conduct
