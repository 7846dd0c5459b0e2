#include "export/DocumentLayout.h"

#include <QCoreApplication>

namespace conduct {

QString notRecordedText() { return QCoreApplication::translate("conduct::Export", "[not recorded]"); }

QString unverifiedBadgeText() { return QCoreApplication::translate("conduct::Export", "wording not verified"); }

DocumentLayout& DocumentLayout::heading(const QString& text, bool unverified)
{
    blocks.append(HeadingBlock{text, 1, unverified});
    return *this;
}

DocumentLayout& DocumentLayout::subheading(const QString& text, bool unverified)
{
    blocks.append(HeadingBlock{text, 2, unverified});
    return *this;
}

DocumentLayout& DocumentLayout::field(const QString& label, const QString& value, bool unverified)
{
    blocks.append(FieldsBlock{{FieldItem{label, value, unverified, false}}, 1});
    return *this;
}

DocumentLayout& DocumentLayout::fields(QList<FieldItem> items, int perRow)
{
    blocks.append(FieldsBlock{std::move(items), perRow});
    return *this;
}

DocumentLayout& DocumentLayout::text(const QString& label, const QString& text, const QString& prompt,
                                     bool unverified)
{
    blocks.append(TextBlock{label, prompt, text, unverified});
    return *this;
}

DocumentLayout& DocumentLayout::paragraph(const QString& text, bool emphasis, bool unverified)
{
    blocks.append(ParagraphBlock{text, emphasis, unverified});
    return *this;
}

DocumentLayout& DocumentLayout::table(TableBlock table)
{
    blocks.append(std::move(table));
    return *this;
}

DocumentLayout& DocumentLayout::checks(QList<CheckItem> items, int perRow)
{
    blocks.append(ChecksBlock{std::move(items), perRow});
    return *this;
}

DocumentLayout& DocumentLayout::chart(ChartBlock chart)
{
    blocks.append(std::move(chart));
    return *this;
}

DocumentLayout& DocumentLayout::blank(const QString& label, int lines, bool unverified)
{
    blocks.append(BlankBlock{label, lines, unverified});
    return *this;
}

DocumentLayout& DocumentLayout::pageBreak()
{
    blocks.append(PageBreakBlock{});
    return *this;
}

} // namespace conduct
