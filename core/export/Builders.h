#pragma once
// Internal to export/: one builder per document, each in its own file. Each is named in its
// document's row of the registry (DocumentRegistry.cpp), which is how the rest of Conduct reaches it.

#include "export/CaseFile.h"
#include "export/DocumentLayout.h"

#include <QList>

namespace conduct::builders {

QList<DocumentLayout> mg3(const CaseFile& file);          // Mg3Builder.cpp (+ Mg3CpsPart.cpp)
void appendMg3CpsPart(DocumentLayout& doc, const CaseFile& file);
DocumentLayout mg5(const CaseFile& file);                 // Mg5Builder.cpp
QList<DocumentLayout> mg2(const CaseFile& file);          // Mg2Builder.cpp
DocumentLayout withdrawalStatement(const CaseFile& file); // WithdrawalBuilder.cpp
DocumentLayout officerWithdrawalReport(const CaseFile& file);
QList<DocumentLayout> riskRecords(const CaseFile& file);  // RiskRecordBuilder.cpp
DocumentLayout evidenceChecklist(const CaseFile& file);   // RiskRecordBuilder.cpp
DocumentLayout chronology(const CaseFile& file);          // ChronologyBuilder.cpp

// The MG3 outline box holds about two pages (the specimen's pages 3-4); beyond this the text
// continues on an MG3A continuation sheet.
constexpr qsizetype kMg3OutlineCapacity = 12000;

} // namespace conduct::builders
