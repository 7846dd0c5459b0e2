// The paginator: lays out blocks onto pages (see Paginator.h). One routine, emitRow(), places
// every boxed cell, so splitting across pages and repeating headers behave the same everywhere.

#include "export/Paginator.h"

#include <functional>

namespace conduct::pdf {

namespace {

const QColor kBarShade(0xDD, 0xDD, 0xDD);
const QColor kLabelShade(0xF3, 0xF3, 0xF3);
const QColor kNotRecorded(0x55, 0x55, 0x55);
const QColor kBadge(0xA0, 0x40, 0x00);

struct CellLine {
    QString text;
    FontRole font = FontRole::Body;
    QColor colour = Qt::black;
};

struct Cell {
    qreal x = 0;
    qreal width = 0;
    QList<CellLine> lines;
    bool shaded = false;
};

class Paginator {
public:
    Paginator(const DocumentLayout& document, const Fonts& fonts, const PageGeometry& geometry)
        : m_doc(document), m_fonts(fonts), m_pt(geometry.pt), m_width(geometry.paintSize.width()),
          m_top(geometry.headerHeight()), m_bottom(geometry.paintSize.height() - geometry.footerHeight()),
          m_lineHeight(fonts.metrics(FontRole::Body).lineSpacing()), m_pad(2.5 * geometry.pt)
    {
    }

    QList<Page> run()
    {
        m_pages.append(Page{});
        m_y = m_top;
        titleBlock();
        for (const Block& block : m_doc.blocks)
            std::visit([this](const auto& b) { layOut(b); }, block);
        return m_pages;
    }

private:
    Page& page() { return m_pages.last(); }
    bool atTop() const { return m_y <= m_top + 0.5; }
    qreal remaining() const { return m_bottom - m_y; }
    void gap(qreal points) { if (!atTop()) m_y = qMin(m_bottom, m_y + points * m_pt); }

    void newPage()
    {
        m_pages.append(Page{});
        m_y = m_top;
    }

    void text(QPointF at, const QString& s, FontRole role, QColor colour = Qt::black)
    {
        page().ops.append(DrawOp{DrawOp::Kind::Text, at, {}, s, role, colour});
    }

    void centred(const QString& s, FontRole role, QColor colour = Qt::black)
    {
        const QFontMetricsF fm = m_fonts.metrics(role);
        for (const QString& line : wrapText(s, m_fonts, role, m_width * 0.9)) {
            text(QPointF((m_width - fm.horizontalAdvance(line)) / 2, m_y + fm.ascent()), line, role, colour);
            m_y += fm.lineSpacing();
        }
    }

    CellLine badgeLine() const
    {
        return CellLine{QStringLiteral("(") + unverifiedBadgeText() + QStringLiteral(")"), FontRole::SmallItalic, kBadge};
    }

    QList<CellLine> wrapped(const QString& s, FontRole role, qreal width, QColor colour = Qt::black) const
    {
        QList<CellLine> out;
        for (const QString& line : wrapText(s, m_fonts, role, width - 2 * m_pad))
            out.append(CellLine{line, role, colour});
        return out;
    }

    QList<CellLine> valueLines(const QString& value, qreal width) const
    {
        if (value.trimmed().isEmpty()) return wrapped(notRecordedText(), FontRole::Italic, width, kNotRecorded);
        return wrapped(value, FontRole::Body, width);
    }

    // The single routine that puts cells on pages. A row taller than the space left is split
    // between lines and continues on the next page (after onContinue, e.g. a repeated table header).
    // continuedNote is printed at the top of the first cell when the row carries on over a page
    // (e.g. "15 (continued)"), so a reader knows which table row the text belongs to.
    void emitRow(const QList<Cell>& cells, bool boxed, const std::function<void()>& onContinue = {},
                 const QString& continuedNote = {})
    {
        qsizetype total = 1;
        for (const Cell& c : cells) total = qMax(total, c.lines.size());
        const qreal vpad = boxed ? m_pad : 0;
        const qreal hpad = boxed ? m_pad : 0;
        const qreal ascent = m_fonts.metrics(FontRole::Body).ascent();
        qsizetype done = 0;
        while (done < total) {
            const qsizetype left = total - done;
            qsizetype fit = static_cast<qsizetype>((remaining() - 2 * vpad) / m_lineHeight + 1e-6);
            if (fit < qMin<qsizetype>(left, 2) && !atTop()) {
                newPage();
                if (onContinue) onContinue();
                continue;
            }
            fit = qMax<qsizetype>(fit, 1);
            const qsizetype take = qMin(fit, left);
            const qreal height = take * m_lineHeight + 2 * vpad;
            for (const Cell& c : cells) {
                const QRectF r(c.x, m_y, c.width, height);
                if (c.shaded) page().ops.append(DrawOp{DrawOp::Kind::Fill, {}, r, {}, FontRole::Body, kLabelShade});
                if (boxed) page().ops.append(DrawOp{DrawOp::Kind::Frame, {}, r, {}, FontRole::Body, Qt::black});
                for (qsizetype i = 0; i < take && done + i < c.lines.size(); ++i) {
                    const CellLine& line = c.lines[done + i];
                    if (line.text.isEmpty()) continue;
                    text(QPointF(c.x + hpad, m_y + vpad + i * m_lineHeight + ascent), line.text, line.font,
                         line.colour);
                }
            }
            if (done > 0 && !continuedNote.isEmpty() && !cells.isEmpty() && cells.first().lines.size() <= done) {
                const Cell& first = cells.first();
                const QStringList note = wrapText(continuedNote, m_fonts, FontRole::SmallItalic, first.width - 2 * hpad);
                for (qsizetype i = 0; i < qMin<qsizetype>(note.size(), take); ++i)
                    text(QPointF(first.x + hpad, m_y + vpad + i * m_lineHeight + ascent), note[i],
                         FontRole::SmallItalic, kNotRecorded);
            }
            m_y += height;
            done += take;
            if (done < total) {
                newPage();
                if (onContinue) onContinue();
            }
        }
    }

    void titleBlock()
    {
        const DocumentMeta& meta = m_doc.meta;
        if (!meta.forceName.isEmpty()) centred(meta.forceName.toUpper(), FontRole::Bold);
        centred(meta.title, FontRole::Title);
        for (const QString& sub : meta.subtitles) centred(sub, FontRole::Body);
        if (meta.notDisclosable) centred(QStringLiteral("Not disclosable"), FontRole::Bold);
        if (meta.layoutUnverified)
            centred(QStringLiteral("Layout not taken from an official specimen (") + unverifiedBadgeText()
                        + QStringLiteral(")"), FontRole::SmallItalic, kBadge);
        m_y += 4 * m_pt;
        urnBoxes();
        m_y += 6 * m_pt;
    }

    // Page 1 shows the URN in its four boxes, top right, as the MG forms print it (mg-forms §1).
    void urnBoxes()
    {
        const QFontMetricsF fm = m_fonts.metrics(FontRole::Bold);
        const qreal height = fm.lineSpacing() + 5 * m_pt;
        const qreal baseline = m_y + (height - fm.height()) / 2 + fm.ascent();
        if (!m_doc.meta.urn) {
            const QString s = QStringLiteral("URN: ")
                + (m_doc.meta.urnText.isEmpty() ? notRecordedText() : m_doc.meta.urnText);
            text(QPointF(m_width - fm.horizontalAdvance(s), baseline), s, FontRole::Bold);
            m_y += height;
            return;
        }
        const QStringList boxes = m_doc.meta.urn->boxes();
        QList<qreal> widths;
        qreal total = 0;
        for (const QString& b : boxes) {
            widths.append(qMax(fm.horizontalAdvance(b) + 10 * m_pt, 24 * m_pt));
            total += widths.last() + 3 * m_pt;
        }
        const QString label = QStringLiteral("URN");
        qreal x = m_width - total - fm.horizontalAdvance(label) - 3 * m_pt;
        text(QPointF(x, baseline), label, FontRole::Bold);
        x += fm.horizontalAdvance(label) + 6 * m_pt;
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            page().ops.append(DrawOp{DrawOp::Kind::Frame, {}, QRectF(x, m_y, widths[i], height), {}, FontRole::Body,
                                     Qt::black});
            text(QPointF(x + (widths[i] - fm.horizontalAdvance(boxes[i])) / 2, baseline), boxes[i], FontRole::Bold);
            x += widths[i] + 3 * m_pt;
        }
        m_y += height;
    }

    void layOut(const HeadingBlock& h)
    {
        if (h.level == 1) {
            gap(6);
            const QFontMetricsF fm = m_fonts.metrics(FontRole::Heading);
            const qreal badgeWidth = h.unverified ? m_fonts.advance(FontRole::SmallItalic, badgeLine().text) + 8 * m_pt : 0;
            const QStringList lines = wrapText(h.text, m_fonts, FontRole::Heading, m_width - 2 * m_pad - badgeWidth);
            const qreal barHeight = lines.size() * fm.lineSpacing() + 2 * m_pad;
            if (remaining() < barHeight + 3 * m_lineHeight + 2 * m_pad && !atTop()) newPage();
            const QRectF bar(0, m_y, m_width, barHeight);
            page().ops.append(DrawOp{DrawOp::Kind::Fill, {}, bar, {}, FontRole::Body, kBarShade});
            page().ops.append(DrawOp{DrawOp::Kind::Frame, {}, bar, {}, FontRole::Body, Qt::black});
            for (qsizetype i = 0; i < lines.size(); ++i)
                text(QPointF(m_pad, m_y + m_pad + i * fm.lineSpacing() + fm.ascent()), lines[i], FontRole::Heading);
            if (h.unverified)
                text(QPointF(m_width - badgeWidth + 4 * m_pt, m_y + m_pad + fm.ascent()), badgeLine().text,
                     FontRole::SmallItalic, kBadge);
            m_y += barHeight;
            return;
        }
        gap(4);
        QList<CellLine> lines = wrapped(h.text, FontRole::Bold, m_width);
        if (h.unverified) lines.append(badgeLine());
        if (remaining() < (lines.size() + 2) * m_lineHeight && !atTop()) newPage();
        emitRow({Cell{0, m_width, lines, false}}, false);
    }

    void layOut(const FieldsBlock& f)
    {
        const int perRow = qMax(1, f.perRow);
        const qreal pairWidth = m_width / perRow;
        const qreal labelWidth = pairWidth * (perRow == 1 ? 0.36 : 0.42);
        for (qsizetype i = 0; i < f.items.size(); i += perRow) {
            QList<Cell> cells;
            for (qsizetype j = 0; j < perRow && i + j < f.items.size(); ++j) {
                const FieldItem& item = f.items[i + j];
                const qreal x = j * pairWidth;
                Cell label{x, labelWidth, wrapped(item.label, FontRole::Bold, labelWidth), true};
                if (item.unverified) label.lines.append(badgeLine());
                Cell value{x + labelWidth, pairWidth - labelWidth, {}, false};
                value.lines = item.forOtherParty ? QList<CellLine>{CellLine{}} : valueLines(item.value, value.width);
                cells << label << value;
            }
            if (cells.size() < perRow * 2) {   // a short last row: the last value takes the rest of the width
                const FieldItem& last = f.items[i + cells.size() / 2 - 1];
                cells.last().width = m_width - cells.last().x;
                if (!last.forOtherParty) cells.last().lines = valueLines(last.value, cells.last().width);
            }
            // A short row moves whole to the next page rather than split: a wrapped label cut in two
            // ("Officer in case (If different from" / "above):") would print the form's label wrongly.
            qsizetype rowLines = 1;
            for (const Cell& c : cells) rowLines = qMax(rowLines, c.lines.size());
            if (rowLines <= 6 && remaining() < rowLines * m_lineHeight + 2 * m_pad && !atTop()) newPage();
            emitRow(cells, true);
        }
        gap(4);
    }

    void layOut(const TextBlock& t)
    {
        Cell head{0, m_width, wrapped(t.label, FontRole::Bold, m_width), true};
        if (!t.prompt.isEmpty()) head.lines.append(wrapped(t.prompt, FontRole::SmallItalic, m_width));
        if (t.unverified) head.lines.append(badgeLine());
        const Cell body{0, m_width, valueLines(t.text, m_width), false};
        const qreal keep = (head.lines.size() + qMin<qsizetype>(2, body.lines.size())) * m_lineHeight + 4 * m_pad;
        if (remaining() < keep && !atTop()) newPage();
        emitRow({head}, true);
        const Cell continued{0, m_width, {CellLine{t.label + QStringLiteral(" (continued)"), FontRole::Bold}}, true};
        emitRow({body}, true, [&] { emitRow({continued}, true); });
        gap(4);
    }

    void layOut(const ParagraphBlock& p)
    {
        QList<CellLine> lines = wrapped(p.text, p.emphasis ? FontRole::Italic : FontRole::Body, m_width + 2 * m_pad);
        if (p.unverified) lines.append(badgeLine());
        emitRow({Cell{0, m_width, lines, false}}, false);
        gap(3);
    }

    void layOut(const TableBlock& t)
    {
        int totalWeight = 0;
        for (const TableColumn& c : t.columns) totalWeight += qMax(1, c.weight);
        QList<qreal> xs, widths;
        qreal x = 0;
        for (const TableColumn& c : t.columns) {
            xs.append(x);
            widths.append(m_width * qMax(1, c.weight) / qMax(1, totalWeight));
            x += widths.last();
        }
        QList<Cell> header;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            header.append(Cell{xs[i], widths[i], wrapped(t.columns[i].header, FontRole::SmallBold, widths[i]), true});
        if (t.unverified && !header.isEmpty()) header.first().lines.append(badgeLine());
        const auto repeatHeader = [&] { emitRow(header, true); };
        if (remaining() < (header.first().lines.size() + 3) * m_lineHeight + 4 * m_pad && !atTop()) newPage();
        repeatHeader();
        if (t.rows.isEmpty()) {
            const QString empty = t.emptyText.isEmpty() ? notRecordedText() : t.emptyText;
            emitRow({Cell{0, m_width, wrapped(empty, FontRole::Italic, m_width, kNotRecorded), false}}, true);
        }
        for (const QStringList& row : t.rows) {
            QList<Cell> cells;
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                const QString value = row.value(i);
                cells.append(Cell{xs[i], widths[i],
                                  value.isEmpty() ? QList<CellLine>{CellLine{}} : wrapped(value, FontRole::Body, widths[i]),
                                  false});
            }
            emitRow(cells, true, repeatHeader, row.value(0).section(u'\n', 0, 0) + QStringLiteral(" (cont.)"));
        }
        gap(4);
    }

    void layOut(const ChecksBlock& c)
    {
        const int perRow = qMax(1, c.perRow);
        const qreal cellWidth = m_width / perRow;
        for (qsizetype i = 0; i < c.items.size(); i += perRow) {
            QList<Cell> cells;
            for (qsizetype j = 0; j < perRow && i + j < c.items.size(); ++j) {
                const CheckItem& item = c.items[i + j];
                const bool ticked = !item.forOtherParty && item.checked.value_or(false);
                const QString box = ticked ? QStringLiteral("\u2612 ") : QStringLiteral("\u2610 ");
                Cell cell{j * cellWidth, cellWidth, wrapped(box + item.label, FontRole::Body, cellWidth), false};
                if (!item.forOtherParty && !item.checked)
                    cell.lines.append(CellLine{notRecordedText(), FontRole::Italic, kNotRecorded});
                if (item.unverified) cell.lines.append(badgeLine());
                cells.append(cell);
            }
            cells.last().width = m_width - cells.last().x;
            emitRow(cells, true);
        }
        gap(4);
    }

    void layOut(const BlankBlock& b)
    {
        QList<CellLine> lines = wrapped(b.label, FontRole::Bold, m_width);
        if (b.unverified) lines.append(badgeLine());
        const int maxLines = static_cast<int>((m_bottom - m_top - 2 * m_pad) / m_lineHeight);
        const qsizetype blankLines = qBound<qsizetype>(qsizetype(1), qsizetype(b.lines), qMax<qsizetype>(1, maxLines - lines.size()));
        for (qsizetype i = 0; i < blankLines; ++i) lines.append(CellLine{});
        if (remaining() < lines.size() * m_lineHeight + 2 * m_pad && !atTop()) newPage();
        emitRow({Cell{0, m_width, lines, false}}, true);
        gap(4);
    }

    void layOut(const PageBreakBlock&)
    {
        if (!atTop()) newPage();
    }

    // A chart is never split: it moves whole to the next page when it does not fit.
    void layOut(const ChartBlock& c)
    {
        const QFontMetricsF titleMetrics = m_fonts.metrics(FontRole::Bold);
        const QFontMetricsF small = m_fonts.metrics(FontRole::Small);
        const QStringList caption = wrapText(c.caption, m_fonts, FontRole::SmallItalic, m_width);
        const qreal height = titleMetrics.lineSpacing() + c.heightPoints * m_pt + caption.size() * small.lineSpacing();
        if (remaining() < height && !atTop()) newPage();
        text(QPointF(0, m_y + titleMetrics.ascent()), c.title, FontRole::Bold);
        m_y += titleMetrics.lineSpacing();
        const auto at = [&](QPointF p) { return QPointF(p.x() * m_width, m_y + p.y() * m_pt); };
        for (const ChartMark& mark : c.marks) {
            switch (mark.kind) {
            case ChartMark::Kind::Fill:
            case ChartMark::Kind::Frame:
                page().ops.append(DrawOp{mark.kind == ChartMark::Kind::Fill ? DrawOp::Kind::Fill : DrawOp::Kind::Frame, {},
                                         QRectF(at(mark.rect.topLeft()), at(mark.rect.bottomRight())).normalized(), {},
                                         FontRole::Small, mark.colour});
                break;
            case ChartMark::Kind::Line:
                page().ops.append(DrawOp{DrawOp::Kind::Line, at(mark.rect.topLeft()), QRectF(QPointF(), at(mark.rect.bottomRight())),
                                         {}, FontRole::Small, mark.colour});
                break;
            case ChartMark::Kind::Text: {
                QPointF p = at(mark.rect.topLeft());
                const qreal advance = small.horizontalAdvance(mark.text);
                if (mark.align & Qt::AlignHCenter) p.rx() -= advance / 2;
                else if (mark.align & Qt::AlignRight) p.rx() -= advance;
                p.setX(qBound(0.0, p.x(), qMax(0.0, m_width - advance)));   // labels never leave the text area
                text(p, mark.text, FontRole::Small, mark.colour);
                break;
            }
            }
        }
        m_y += c.heightPoints * m_pt;
        for (const QString& line : caption) {
            text(QPointF(0, m_y + small.ascent()), line, FontRole::SmallItalic);
            m_y += small.lineSpacing();
        }
        gap(6);
    }

    const DocumentLayout& m_doc;
    const Fonts& m_fonts;
    const qreal m_pt;
    const qreal m_width;
    const qreal m_top;
    const qreal m_bottom;
    const qreal m_lineHeight;
    const qreal m_pad;
    qreal m_y = 0;
    QList<Page> m_pages;
};

} // namespace

QList<Page> paginate(const DocumentLayout& document, const Fonts& fonts, const PageGeometry& geometry)
{
    return Paginator(document, fonts, geometry).run();
}

} // namespace conduct::pdf
