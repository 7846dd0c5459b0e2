// Fonts, line wrapping and painting of laid-out pages: the device-facing half of the paginator.

#include "export/Paginator.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace conduct::pdf {

Fonts::Fonts(QPaintDevice* device) : m_device(device)
{
    const auto make = [](qreal points, bool bold, bool italic) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setKerning(false);   // keeps extracted text free of spurious gaps
        // No "fi"/"ffi" ligatures in Latin text: searches and copy-paste from the PDF must find
        // "Officer" as typed. Scripts that need shaping are still shaped.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    };
    const auto set = [this](FontRole role, QFont f) { m_fonts[static_cast<int>(role)] = std::move(f); };
    set(FontRole::Body, make(9, false, false));
    set(FontRole::Bold, make(9, true, false));
    set(FontRole::Italic, make(9, false, true));
    set(FontRole::Small, make(7, false, false));
    set(FontRole::SmallBold, make(7.5, true, false));
    set(FontRole::SmallItalic, make(7, false, true));
    set(FontRole::Heading, make(10, true, false));
    set(FontRole::Title, make(12.5, true, false));
    set(FontRole::FormCode, make(15, true, false));
    set(FontRole::Marking, make(9, true, false));
    set(FontRole::Watermark, make(110, true, false));
}

QString pageCountToken() { return QStringLiteral("{{pageCount}}"); }

QStringList wrapText(const QString& text, const Fonts& fonts, FontRole role, qreal width)
{
    QStringList out;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    normalised.replace(u'\t', QStringLiteral("    "));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : normalised.split(u'\n')) {
        if (paragraph.trimmed().isEmpty()) {
            out.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, fonts.font(role), fonts.device());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(qMax<qreal>(width, 1));
            QString piece = paragraph.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace()) piece.chop(1);
            out.append(piece);
        }
        layout.endLayout();
    }
    return out;
}

void paintPage(QPainter& painter, const Page& page, const Fonts& fonts, qreal pt)
{
    for (const DrawOp& op : page.ops) {
        switch (op.kind) {
        case DrawOp::Kind::Text:
            painter.setFont(fonts.font(op.font));
            painter.setPen(op.colour);
            painter.drawText(op.at, op.text);
            break;
        case DrawOp::Kind::Fill:
            painter.fillRect(op.rect, op.colour);
            break;
        case DrawOp::Kind::Frame:
            painter.setPen(QPen(op.colour, 0.6 * pt));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(op.rect);
            break;
        case DrawOp::Kind::Line:
            painter.setPen(QPen(op.colour, 0.6 * pt));
            painter.drawLine(op.at, op.rect.bottomRight());
            break;
        case DrawOp::Kind::Watermark:
            painter.save();
            painter.translate(op.rect.center());
            painter.rotate(-50);
            {
                // Drawn as outlines, not text, so it never mixes into the text a reader copies or searches.
                QFont font = fonts.font(op.font);
                font.setPixelSize(qRound(font.pointSizeF() * pt));   // paths are built in pixels, not points
                QPainterPath path;
                path.addText(0, 0, font, op.text);
                const QRectF bounds = path.boundingRect();
                painter.translate(-bounds.center());
                painter.fillPath(path, op.colour);
            }
            painter.restore();
            break;
        }
    }
}

} // namespace conduct::pdf
