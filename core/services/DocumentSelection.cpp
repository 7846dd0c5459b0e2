// The selection helpers and the confidential-contact check of ExportService.h: pure functions
// of a CaseFile, so the export dialog can run them on every change of the ticked documents.

#include "services/ExportService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <variant>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ExportService", text); }

// Every piece of text a document prints, one entry per value, for searching.
QStringList printedText(const DocumentLayout& doc)
{
    QStringList out{doc.meta.title, doc.meta.subject};
    out += doc.meta.subtitles;
    for (const Block& block : doc.blocks) {
        std::visit(
            [&out](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, HeadingBlock> || std::is_same_v<T, ParagraphBlock>) out.append(b.text);
                else if constexpr (std::is_same_v<T, FieldsBlock>)
                    for (const FieldItem& f : b.items) out << f.label << f.value;
                else if constexpr (std::is_same_v<T, TextBlock>) out << b.label << b.text;
                else if constexpr (std::is_same_v<T, TableBlock>)
                    for (const QStringList& row : b.rows) out += row;
                else if constexpr (std::is_same_v<T, ChecksBlock>)
                    for (const CheckItem& c : b.items) out.append(c.label);
                else if constexpr (std::is_same_v<T, BlankBlock>) out.append(b.label);
            },
            block);
    }
    return out;
}

QString squeezed(const QString& text) { return text.simplified().toCaseFolded(); }

// A UK number in its national form, digits only: "+44 7700 900461" and "07700 900461" match.
QString phoneDigits(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit()) digits.append(c);
    if (digits.startsWith(QStringLiteral("44")) && text.trimmed().startsWith(u'+')) digits = u'0' + digits.mid(2);
    return digits;
}

bool printsPhone(const QString& text, const QString& wanted)
{
    static const QRegularExpression phoneLike(QStringLiteral("\\+?\\d[\\d ()\\-]{7,}\\d"));
    for (auto it = phoneLike.globalMatch(text); it.hasNext();)
        if (phoneDigits(it.next().captured()) == wanted) return true;
    return false;
}

// The parts of an address that identify it on their own: the whole text, its first line and a postcode.
QStringList addressNeedles(const QString& address)
{
    QStringList needles{squeezed(address)};
    const QString firstLine = squeezed(address.section(QRegularExpression(QStringLiteral("[,\\n]")), 0, 0));
    if (firstLine.size() >= 5 && firstLine.contains(QRegularExpression(QStringLiteral("\\d")))) needles.append(firstLine);
    static const QRegularExpression postcode(QStringLiteral("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (auto m = postcode.match(address); m.hasMatch()) needles.append(squeezed(m.captured()));
    needles.removeDuplicates();
    return needles;
}
} // namespace

QString documentKindCode(DocumentKind kind) { return kind.id(); }

// The bundle's kinds come from the registry, once: what is printed, what the audit record lists and
// what the confidential-contact check reads are the same list.
QList<DocumentKind> kindsOf(const CaseFile& file, const DocumentSelection& selection)
{
    return selection.chargingBundle ? selection.documents().chargingBundle(file) : selection.kinds;
}

QList<DocumentLayout> buildSelection(const CaseFile& file, const DocumentSelection& selection)
{
    QList<DocumentLayout> documents;
    for (DocumentKind kind : kindsOf(file, selection)) documents += selection.documents().build(file, kind);
    return documents;
}

QList<Error> missingValues(const CaseFile& file, const DocumentSelection& selection)
{
    QList<Error> out;
    for (DocumentKind kind : kindsOf(file, selection))
        for (Error e : selection.documents().missingValues(file, kind)) {
            e.field = documentKindCode(kind).toUpper() + QStringLiteral(": ") + e.field;
            out.append(e);
        }
    return out;
}

QList<Error> confidentialContactWarnings(const CaseFile& file, const QList<DocumentKind>& kinds,
                                         const DocumentRegistry& registry)
{
    QList<Error> out;
    QList<DocumentLayout> served;
    for (DocumentKind kind : kinds)
        if (registry.servedOnDefence(kind)) served += registry.build(file, kind);
    for (const DocumentLayout& doc : served) {
        const QStringList texts = printedText(doc);
        const QString folded = squeezed(texts.join(QLatin1Char('\n')));
        const QString documentName = registry.title(doc.meta.kind);
        for (const Person& person : file.people) {
            if (person.role != PersonRole::Complainant) continue;
            for (const Address& address : person.addresses) {
                if (!address.confidential || address.text.trimmed().isEmpty()) continue;
                for (const QString& needle : addressNeedles(address.text)) {
                    if (!folded.contains(needle)) continue;
                    out.append(Error{documentName,
                                     tr("%1's confidential address (\"%2\") appears in the %3, which is served on the "
                                        "defence. Remove it from the text, or confirm that it may be disclosed.")
                                         .arg(person.displayName(), needle, documentName)});
                    break;
                }
            }
            for (const QString& phone : person.phones) {
                const QString digits = phoneDigits(phone);
                if (digits.size() < 6) continue;
                if (std::any_of(texts.cbegin(), texts.cend(), [&](const QString& t) { return printsPhone(t, digits); }))
                    out.append(Error{documentName,
                                     tr("%1's phone number (%2) appears in the %3, which is served on the defence. "
                                        "Remove it from the text, or confirm that it may be disclosed.")
                                         .arg(person.displayName(), phone, documentName)});
            }
        }
    }
    return out;
}

QList<Error> confidentialContactWarnings(const CaseFile& file, const DocumentSelection& selection)
{
    return confidentialContactWarnings(file, kindsOf(file, selection), selection.documents());
}

} // namespace conduct
