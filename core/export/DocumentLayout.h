#pragma once
// A document to print, described as data: what each document says is decided by a builder
// (Mg3Builder.cpp, ChronologyBuilder.cpp ...); how it falls onto A4 pages is decided in one
// place, the paginator behind PdfWriter. Builders never measure text or count pages.

#include "domain/Urn.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <compare>
#include <optional>
#include <string_view>
#include <variant>

namespace conduct {

// Which document a layout is. Its id is the name the command line, the audit record and file
// names use ("mg3"); what each kind is (title, builder, bundle, disclosure) is its row in the
// document registry (DocumentRegistry.h), where a new kind needs nothing but its row.
class DocumentKind {
public:
    constexpr DocumentKind() = default;
    // consteval: ids are literals, so the view never outlives its text.
    consteval explicit DocumentKind(std::string_view id) : m_id(id) {}

    QString id() const { return QString::fromLatin1(m_id.data(), qsizetype(m_id.size())); }
    friend constexpr bool operator==(DocumentKind, DocumentKind) = default;
    friend constexpr auto operator<=>(DocumentKind, DocumentKind) = default;

    static const DocumentKind Mg2;                      // special measures assessment, one per witness
    static const DocumentKind Mg3;                      // report to Crown Prosecutor for charging decision (+ MG3A)
    static const DocumentKind Mg5;                      // police report / case summary
    static const DocumentKind WithdrawalStatement;      // MG11 recording withdrawal of support (protocol 5.3)
    static const DocumentKind OfficerWithdrawalReport;  // the officer's report that accompanies it (protocol 5.4)
    static const DocumentKind RiskRecord;               // completed risk screening with supervisor sign-off (3.7, 4.5)
    static const DocumentKind EvidenceChecklist;        // status of the evidence checklist items
    static const DocumentKind Chronology;               // table of incidents: the course of conduct

private:
    std::string_view m_id;
};

inline constexpr DocumentKind DocumentKind::Mg2{"mg2"};
inline constexpr DocumentKind DocumentKind::Mg3{"mg3"};
inline constexpr DocumentKind DocumentKind::Mg5{"mg5"};
inline constexpr DocumentKind DocumentKind::WithdrawalStatement{"mg11"};
inline constexpr DocumentKind DocumentKind::OfficerWithdrawalReport{"officer-report"};
inline constexpr DocumentKind DocumentKind::RiskRecord{"risk"};
inline constexpr DocumentKind DocumentKind::EvidenceChecklist{"checklist"};
inline constexpr DocumentKind DocumentKind::Chronology{"chronology"};

// Printed wherever a value the document asks for has not been recorded in the case.
QString notRecordedText();
// Printed next to any label or heading whose official wording could not be confirmed.
QString unverifiedBadgeText();

struct DocumentMeta {
    DocumentKind kind = DocumentKind::Chronology;
    QString formCode;          // top right of every page, e.g. "MG3"
    QString title;             // printed title, upper case as on the form
    QStringList subtitles;     // printed sub-lines under the title
    QString layoutVersion;     // footer, e.g. "MG3 (Revised 22.1.20) layout"
    bool notDisclosable = false;       // police and CPS only: set from the registry row (mg-forms §1)
    bool layoutUnverified = false;     // no specimen of this form was seen (mg-forms §13)
    std::optional<ParsedUrn> urn;      // four boxes on page 1; absent when the URN is invalid
    QString urnText;                   // as recorded, printed when it could not be parsed
    QString forceName;                 // centred above the title (MG3, MG11)
    QString subject;                   // PDF subject metadata, e.g. "R v SURNAME"
};

struct HeadingBlock {
    QString text;
    int level = 1;             // 1: shaded section bar; 2: bold sub-heading
    bool unverified = false;
};

struct FieldItem {
    QString label;
    QString value;             // empty: "[not recorded]"
    bool unverified = false;
    bool forOtherParty = false;  // left blank for the CPS or the witness to complete
};

// Labelled values in a grid of one or two label/value pairs per row.
struct FieldsBlock {
    QList<FieldItem> items;
    int perRow = 1;
};

// A labelled box of free text that flows over as many pages as it needs.
struct TextBlock {
    QString label;
    QString prompt;            // printed guidance under the label, in italics
    QString text;              // empty: "[not recorded]"
    bool unverified = false;
};

// Unboxed text: printed guidance, declarations, notes.
struct ParagraphBlock {
    QString text;
    bool emphasis = false;     // italic guidance rather than plain text
    bool unverified = false;
};

struct TableColumn {
    QString header;
    int weight = 1;            // share of the page width
};

// A table whose header row is repeated at the top of every page it continues on.
struct TableBlock {
    QList<TableColumn> columns;
    QList<QStringList> rows;   // a cell may hold several lines separated by '\n'
    QString emptyText;         // printed when there are no rows; default "[not recorded]"
    bool unverified = false;
};

struct CheckItem {
    QString label;
    std::optional<bool> checked;   // nullopt: not recorded
    bool unverified = false;
    bool forOtherParty = false;    // an empty box for someone else to tick
};

struct ChecksBlock {
    QList<CheckItem> items;
    int perRow = 1;
};

// An empty box for another party to fill in (the CPS half of the MG3, signatures).
struct BlankBlock {
    QString label;
    int lines = 3;
    bool unverified = false;
};

struct PageBreakBlock {};

// One stroke of a chart. Across the page, x runs from 0 (left of the text area) to 1 (its right);
// down the page, y is in points from the top of the drawing. A Line runs from rect.topLeft() to
// rect.bottomRight(); a Text has its baseline at rect.top(), placed at rect.left() by `align`.
struct ChartMark {
    enum class Kind { Fill, Frame, Line, Text };
    Kind kind = Kind::Fill;
    QRectF rect;
    QColor colour = Qt::black;
    QString text;
    Qt::Alignment align = Qt::AlignLeft;
};

// A drawing (the chronology's timeline and escalation chart) that the paginator keeps whole on
// one page, with a bold title above and a caption below that says in words what it shows.
struct ChartBlock {
    QString title;
    qreal heightPoints = 120;
    QList<ChartMark> marks;
    QString caption;
};

using Block = std::variant<HeadingBlock, FieldsBlock, TextBlock, ParagraphBlock, TableBlock, ChecksBlock,
                           BlankBlock, PageBreakBlock, ChartBlock>;

struct DocumentLayout {
    DocumentMeta meta;
    QList<Block> blocks;

    // Builder conveniences: each appends one block and returns *this.
    DocumentLayout& heading(const QString& text, bool unverified = false);
    DocumentLayout& subheading(const QString& text, bool unverified = false);
    DocumentLayout& field(const QString& label, const QString& value, bool unverified = false);
    DocumentLayout& fields(QList<FieldItem> items, int perRow = 2);
    DocumentLayout& text(const QString& label, const QString& text, const QString& prompt = {},
                         bool unverified = false);
    DocumentLayout& paragraph(const QString& text, bool emphasis = false, bool unverified = false);
    DocumentLayout& table(TableBlock table);
    DocumentLayout& checks(QList<CheckItem> items, int perRow = 1);
    DocumentLayout& blank(const QString& label, int lines = 3, bool unverified = false);
    DocumentLayout& pageBreak();
    DocumentLayout& chart(ChartBlock chart);
};

} // namespace conduct
