#include "export/DocumentRegistry.h"

#include "export/BuilderSupport.h"
#include "export/Builders.h"
#include "export/MissingValues.h"

#include <QtGlobal>
#include <algorithm>

namespace conduct {
namespace {

using exportsupport::tr;

// A builder that makes exactly one document, as a row's builder (which may make several).
template <DocumentLayout (*buildOne)(const CaseFile&)>
QList<DocumentLayout> single(const CaseFile& file)
{
    return {buildOne(file)};
}

// A withdrawal changes the charging picture (protocol 5.3-5.6): its statement and the officer's
// report travel with the charging file once they are recorded.
bool withdrawalStatementRecorded(const CaseFile& file) { return file.withdrawalStatement.has_value(); }
bool withdrawalReportRecorded(const CaseFile& file) { return file.withdrawalReport.has_value(); }

// Served on the defence, from /work/shared/reference/mg-forms.md (cited per row as "mg-forms §n").
// Where the reference says nothing about a document, the row says so and the document is treated
// as not served: police and CPS only, printed with the "NOT DISCLOSABLE" banner.
QList<DocumentType> standardTypes()
{
    return {
        // mg-forms §1 and §4: the MG3 prints "Not disclosable" and must never go into a defence-facing bundle.
        {DocumentKind::Mg3, QT_TRANSLATE_NOOP("conduct::Export", "MG3 Report to Crown Prosecutor for charging decision"),
         &builders::mg3, &needs::mg3, 1, nullptr, false},
        // mg-forms §5: "The MG5 is served on the defence and court as part of the initial details".
        {DocumentKind::Mg5, QT_TRANSLATE_NOOP("conduct::Export", "MG5 Police report (case summary)"),
         &single<&builders::mg5>, &needs::mg5, 2, nullptr, true},
        // mg-forms §1 and §3: the MG2 is headed "Not Disclosable".
        {DocumentKind::Mg2, QT_TRANSLATE_NOOP("conduct::Export", "MG2 Special measures assessment"),
         &builders::mg2, &needs::mg2, 5, nullptr, false},
        // The reference describes no stand-alone chronology (Conduct's own layout). Treated as served, not
        // as the silent default: mg-forms §5 has the MG5, which is served, set out the key evidence "in
        // chronological order", so the incidents reach the defence anyway, and "not served" would switch
        // off the confidential-address check on the document most likely to print where things happened.
        {DocumentKind::Chronology, QT_TRANSLATE_NOOP("conduct::Export", "Chronology of incidents"),
         &single<&builders::chronology>, &needs::chronology, 3, nullptr, true},
        // The reference is silent on a risk record (Conduct's own layout): not served.
        {DocumentKind::RiskRecord, QT_TRANSLATE_NOOP("conduct::Export", "Risk assessment record"),
         &builders::riskRecords, &needs::riskRecord, 4, nullptr, false},
        // The reference is silent on serving the evidence checklist (mg-forms §8.3 describes the DA
        // checklist, marked "OFFICIAL-SENSITIVE: Personal"): not served.
        {DocumentKind::EvidenceChecklist, QT_TRANSLATE_NOOP("conduct::Export", "Evidence checklist status"),
         &single<&builders::evidenceChecklist>, &needs::evidenceChecklist, 6, nullptr, false},
        // mg-forms §7 and §11: an MG11 statement's pages are served; only its rear page of witness contact
        // details is "not served" (§7.2), and Conduct does not print that page.
        {DocumentKind::WithdrawalStatement, QT_TRANSLATE_NOOP("conduct::Export", "MG11 Withdrawal statement"),
         &single<&builders::withdrawalStatement>, &needs::withdrawalStatement, 7, &withdrawalStatementRecorded, true},
        // mg-forms §7.3 gives the report's content but is silent on serving it (its structure is
        // unconfirmed): not served.
        {DocumentKind::OfficerWithdrawalReport, QT_TRANSLATE_NOOP("conduct::Export", "Officer's report on withdrawal (5.4)"),
         &single<&builders::officerWithdrawalReport>, &needs::officerWithdrawalReport, 8, &withdrawalReportRecorded,
         false},
    };
}

} // namespace

const DocumentRegistry& DocumentRegistry::standard()
{
    static const DocumentRegistry registry(standardTypes());
    return registry;
}

DocumentRegistry::DocumentRegistry(QList<DocumentType> types) : m_types(std::move(types)) {}

Status DocumentRegistry::add(DocumentType type)
{
    const QString id = type.kind.id();
    if (id.isEmpty() || !type.build || !type.needs || qstrlen(type.title) == 0)
        return fieldError(tr("Document"), tr("A document needs an id, a title, a builder and a missing-values check."));
    if (kindFromId(id))
        return fieldError(tr("Document"), tr("A document with the id \"%1\" is already listed; give the new one "
                                             "another id.").arg(id));
    m_types.append(std::move(type));
    return {};
}

const DocumentType* DocumentRegistry::find(DocumentKind kind) const
{
    for (const DocumentType& type : m_types)
        if (type.kind == kind) return &type;
    return nullptr;
}

QList<DocumentKind> DocumentRegistry::kinds() const
{
    QList<DocumentKind> kinds;
    for (const DocumentType& type : m_types) kinds.append(type.kind);
    return kinds;
}

std::optional<DocumentKind> DocumentRegistry::kindFromId(const QString& id) const
{
    for (const DocumentType& type : m_types)
        if (id.trimmed().compare(type.kind.id(), Qt::CaseInsensitive) == 0) return type.kind;
    return std::nullopt;
}

QString DocumentRegistry::title(DocumentKind kind) const
{
    const DocumentType* type = find(kind);
    return type ? tr(type->title) : QString();
}

bool DocumentRegistry::servedOnDefence(DocumentKind kind) const
{
    const DocumentType* type = find(kind);
    return type && type->servedOnDefence;
}

QList<DocumentLayout> DocumentRegistry::build(const CaseFile& file, DocumentKind kind) const
{
    const DocumentType* type = find(kind);
    if (!type) return {};
    QList<DocumentLayout> documents = type->build(file);
    // The row, not the builder, decides disclosability, so the banner printed and the confidential-
    // contact check read the same value.
    for (DocumentLayout& doc : documents) {
        doc.meta.kind = kind;
        doc.meta.notDisclosable = !type->servedOnDefence;
    }
    return documents;
}

QList<DocumentKind> DocumentRegistry::chargingBundle(const CaseFile& file) const
{
    QList<const DocumentType*> members;
    for (const DocumentType& type : m_types)
        if (type.bundlePosition > 0 && (!type.inBundleOnlyWhen || type.inBundleOnlyWhen(file))) members.append(&type);
    std::stable_sort(members.begin(), members.end(),
                     [](const DocumentType* a, const DocumentType* b) { return a->bundlePosition < b->bundlePosition; });
    QList<DocumentKind> kinds;
    for (const DocumentType* type : members) kinds.append(type->kind);
    return kinds;
}

QList<Error> DocumentRegistry::missingValues(const CaseFile& file, DocumentKind kind) const
{
    const DocumentType* type = find(kind);
    if (!type) return {};
    MissingValues missing(tr(type->title));
    missing.need(parseUrn(file.caseRecord.urn).ok(), tr("URN"), tr("the Case details page"));
    type->needs(missing, file);
    return missing.take();
}

} // namespace conduct
