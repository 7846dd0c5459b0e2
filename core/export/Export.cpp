#include "export/Export.h"

namespace conduct {

QList<DocumentKind> allDocumentKinds() { return DocumentRegistry::standard().kinds(); }

QString documentKindName(DocumentKind kind) { return DocumentRegistry::standard().title(kind); }

QList<DocumentLayout> buildDocuments(const CaseFile& file, DocumentKind kind)
{
    return DocumentRegistry::standard().build(file, kind);
}

QList<DocumentLayout> buildChargingFile(const CaseFile& file)
{
    const DocumentRegistry& registry = DocumentRegistry::standard();
    QList<DocumentLayout> bundle;
    for (DocumentKind kind : registry.chargingBundle(file)) bundle.append(registry.build(file, kind));
    return bundle;
}

QList<Error> missingValues(const CaseFile& file, DocumentKind kind)
{
    return DocumentRegistry::standard().missingValues(file, kind);
}

} // namespace conduct
