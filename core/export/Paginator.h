#pragma once
// Internal to export/: turns a DocumentLayout into pages of simple drawing operations, measured
// with the fonts of the device that will print them. Every document goes through this one
// paginator, so tables repeat their header, free text flows and nothing is ever clipped.

#include "export/DocumentLayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <array>

class QPainter;
class QPaintDevice;

namespace conduct::pdf {

enum class FontRole { Body, Bold, Italic, Small, SmallBold, SmallItalic, Heading, Title, FormCode, Marking,
                      Watermark, Count };

// DejaVu Sans throughout: installed with the application's dependencies, embedded in the PDF, and
// it has the ballot-box glyphs used for tick boxes.
class Fonts {
public:
    explicit Fonts(QPaintDevice* device);
    const QFont& font(FontRole role) const { return m_fonts[static_cast<int>(role)]; }
    QFontMetricsF metrics(FontRole role) const { return QFontMetricsF(font(role), m_device); }
    qreal advance(FontRole role, const QString& text) const { return metrics(role).horizontalAdvance(text); }
    QPaintDevice* device() const { return m_device; }

private:
    QPaintDevice* m_device;
    std::array<QFont, static_cast<int>(FontRole::Count)> m_fonts;
};

struct DrawOp {
    enum class Kind { Text, Frame, Fill, Line, Watermark };
    Kind kind = Kind::Text;
    QPointF at;          // Text: baseline start; Line: start
    QRectF rect;         // Frame, Fill, Watermark; Line: end point in bottomRight()
    QString text;
    FontRole font = FontRole::Body;
    QColor colour = Qt::black;
};

struct Page {
    QList<DrawOp> ops;
};

// The printable area in device pixels, and how many pixels make one typographic point.
struct PageGeometry {
    QSizeF paintSize;
    qreal pt = 1.0;
    qreal headerHeight() const { return 40 * pt; }
    qreal footerHeight() const { return 40 * pt; }
};

// Replaced by the total page count once pagination is done (the MG11 declaration's "consisting of N pages").
QString pageCountToken();

QList<Page> paginate(const DocumentLayout& document, const Fonts& fonts, const PageGeometry& geometry);

// Wraps text to a width, honouring explicit line breaks; a word longer than the width is broken.
QStringList wrapText(const QString& text, const Fonts& fonts, FontRole role, qreal width);

void paintPage(QPainter& painter, const Page& page, const Fonts& fonts, qreal pt);

} // namespace conduct::pdf
