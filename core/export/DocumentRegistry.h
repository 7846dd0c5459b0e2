#pragma once
// The one table of the documents Conduct prints (its rows are in DocumentRegistry.cpp): each
// kind's title, builder, the values it asks for, its place in the charging file bundle and whether
// it is served on the defence. Building, the export dialog's list, the command line's names, the
// missing-values list, the audit record and the confidential-contact warnings all read it, so a new
// document is one row plus its builder, and what is printed cannot drift from what is audited.

#include "common/Result.h"
#include "export/CaseFile.h"
#include "export/DocumentLayout.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace conduct {

class MissingValues;

struct DocumentType {
    DocumentKind kind;          // its id is the command line's and the file names' name for it
    const char* title = "";     // source text (QT_TRANSLATE_NOOP("conduct::Export", ...)), translated when read
    std::function<QList<DocumentLayout>(const CaseFile&)> build;
    // What the document asks for that the case may not have recorded (MissingValues.h).
    std::function<void(MissingValues&, const CaseFile&)> needs;
    // Its place in the charging file bundle, 1 first; 0: not in the bundle.
    int bundlePosition = 0;
    // When set, the bundle carries the document only for a case where this holds (withdrawal papers).
    bool (*inBundleOnlyWhen)(const CaseFile&) = nullptr;
    // Served on the defence: it gets no "NOT DISCLOSABLE" banner, and a complainant's confidential
    // address or phone number in it is warned about before export.
    bool servedOnDefence = false;
};

class DocumentRegistry {
public:
    // The documents Conduct prints, in the order the export dialog and the command line list them.
    static const DocumentRegistry& standard();

    explicit DocumentRegistry(QList<DocumentType> types);

    // Appends a document (a test's fictional kind, say) to this copy of a registry. Refuses a kind
    // without an id, a title or a builder, or one whose id is already listed; then nothing changes.
    Status add(DocumentType type);

    QList<DocumentKind> kinds() const;
    bool contains(DocumentKind kind) const { return find(kind) != nullptr; }
    // The kind named `id` (trimmed, any case), as typed on the command line.
    std::optional<DocumentKind> kindFromId(const QString& id) const;
    QString title(DocumentKind kind) const;   // e.g. "MG3 Report to Crown Prosecutor for charging decision"
    bool servedOnDefence(DocumentKind kind) const;

    // The drafts of one kind: several where the form is per person (one MG2 per witness) or
    // overflows (MG3 then MG3A). Each carries the kind and the registry's disclosability.
    QList<DocumentLayout> build(const CaseFile& file, DocumentKind kind) const;
    // The kinds of the pre-charge file for the CPS (protocol 4.5, 5.2, 9.3), in bundle order.
    QList<DocumentKind> chargingBundle(const CaseFile& file) const;
    // Values the document asks for that the case has not recorded (the URN for every document).
    QList<Error> missingValues(const CaseFile& file, DocumentKind kind) const;

private:
    const DocumentType* find(DocumentKind kind) const;

    QList<DocumentType> m_types;
};

} // namespace conduct
