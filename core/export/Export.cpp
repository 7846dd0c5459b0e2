#include "export/Export.h"

#include "export/BuilderSupport.h"
#include "export/Builders.h"

namespace conduct {

using exportsupport::tr;

QList<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::Mg3, DocumentKind::Mg5, DocumentKind::Mg2, DocumentKind::Chronology,
            DocumentKind::RiskRecord, DocumentKind::EvidenceChecklist, DocumentKind::WithdrawalStatement,
            DocumentKind::OfficerWithdrawalReport};
}

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Mg2: return tr("MG2 Special measures assessment");
    case DocumentKind::Mg3: return tr("MG3 Report to Crown Prosecutor for charging decision");
    case DocumentKind::Mg5: return tr("MG5 Police report (case summary)");
    case DocumentKind::WithdrawalStatement: return tr("MG11 Withdrawal statement");
    case DocumentKind::OfficerWithdrawalReport: return tr("Officer's report on withdrawal (5.4)");
    case DocumentKind::RiskRecord: return tr("Risk assessment record");
    case DocumentKind::EvidenceChecklist: return tr("Evidence checklist status");
    case DocumentKind::Chronology: return tr("Chronology of incidents");
    }
    return {};
}

QList<DocumentLayout> buildDocuments(const CaseFile& file, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Mg2: return builders::mg2(file);
    case DocumentKind::Mg3: return builders::mg3(file);
    case DocumentKind::Mg5: return {builders::mg5(file)};
    case DocumentKind::WithdrawalStatement: return {builders::withdrawalStatement(file)};
    case DocumentKind::OfficerWithdrawalReport: return {builders::officerWithdrawalReport(file)};
    case DocumentKind::RiskRecord: return builders::riskRecords(file);
    case DocumentKind::EvidenceChecklist: return {builders::evidenceChecklist(file)};
    case DocumentKind::Chronology: return {builders::chronology(file)};
    }
    return {};
}

QList<DocumentLayout> buildChargingFile(const CaseFile& file)
{
    QList<DocumentLayout> bundle;
    for (DocumentKind kind : {DocumentKind::Mg3, DocumentKind::Mg5, DocumentKind::Chronology, DocumentKind::RiskRecord,
                              DocumentKind::Mg2, DocumentKind::EvidenceChecklist})
        bundle.append(buildDocuments(file, kind));
    // A withdrawal changes the charging picture (5.3-5.6): its statement and report travel with the file.
    if (file.withdrawalStatement) bundle.append(builders::withdrawalStatement(file));
    if (file.withdrawalReport) bundle.append(builders::officerWithdrawalReport(file));
    return bundle;
}

} // namespace conduct
