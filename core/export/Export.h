#pragma once
// Public entry points of the export module for the documents Conduct prints (the standard
// document registry, DocumentRegistry.h): build the drafts of one kind, build the charging file
// bundle, and list what is missing before export. Render the result with writePdf()
// (PdfWriter.h), or renderDocuments() onto a QPrinter for print preview.

#include "common/Result.h"
#include "export/CaseFile.h"
#include "export/DocumentLayout.h"
#include "export/DocumentRegistry.h"

#include <QList>
#include <QString>

namespace conduct {

// The drafts of one kind. Several documents where the form is per person (one MG2 per
// witness, one risk record per assessment) or overflows (MG3 followed by an MG3A continuation).
QList<DocumentLayout> buildDocuments(const CaseFile& file, DocumentKind kind);

// Pre-charge file for the CPS (protocol 4.5, 5.2, 9.3): the registry's bundle kinds, in order.
QList<DocumentLayout> buildChargingFile(const CaseFile& file);

// Values the document asks for that the case has not recorded, in the user's words; the
// export dialog lists them. The document still prints, showing "[not recorded]".
QList<Error> missingValues(const CaseFile& file, DocumentKind kind);

QString documentKindName(DocumentKind kind);   // e.g. "MG3 Report to Crown Prosecutor"
QList<DocumentKind> allDocumentKinds();

} // namespace conduct
