#include "services/ExportService.h"

#include "export/Export.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CaseAccess.h"
#include "services/CaseFileService.h"
#include "services/UnitPolicyService.h"
#include "store/Transaction.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ExportService", text); }

QStringList documentNames(const DocumentSelection& selection, const QList<DocumentKind>& kinds)
{
    QStringList names;
    for (DocumentKind kind : kinds) names.append(selection.documents().title(kind));
    return names;
}
} // namespace

ExportService::ExportService(Database& db, const Session& session, std::optional<DocumentSettings> settings)
    : m_db(db), m_session(session)
{
    if (settings) {
        m_settings = std::move(*settings);
    } else if (auto unit = unitDocumentSettings(db); unit.ok()) {
        m_settings = unit.value();
    } else {
        m_policyProblem = unit.error();   // checkDisclosure refuses every export and print
    }
    if (m_settings.marking.trimmed().isEmpty()) m_settings.marking = DocumentSettings{}.marking;
}

PdfOptions ExportService::pdfOptions() const
{
    PdfOptions options;
    options.marking = m_settings.marking;
    return options;
}

Result<CaseFile> ExportService::caseFile(qint64 caseId, bool forPrinting) const
{
    CaseFileService files(m_db, m_session);
    files.setAccessJustification(m_accessJustification);
    files.pinChargingVersions(m_pinnedMg3, m_pinnedMg5);
    return files.assemble(caseId, forPrinting ? Action::PrintDocument : Action::ExportDocument, m_settings.forceName,
                          m_settings.escalation);
}

Status ExportService::checkDisclosure(const Disclosure& disclosure) const
{
    if (m_policyProblem) return *m_policyProblem;
    auto accounts = UserRepository(m_db).count();
    if (!accounts.ok()) return accounts.error();
    if (accounts.value() == 0) return {};
    // DPA 2018 s62(3)(b): the log of a disclosure records the justification and the recipients.
    if (disclosure.justification.trimmed().isEmpty())
        return fieldError(tr("Justification"), tr("Say why these documents are being disclosed, e.g. \"pre-charge "
                                                  "file for CPS charging advice\". The audit trail records it."));
    if (disclosure.recipient.trimmed().isEmpty())
        return fieldError(tr("Recipient"), tr("Say who will receive the documents, e.g. \"CPS Direct\" or \"defence "
                                              "solicitor\". The audit trail records it."));
    return {};
}

Status ExportService::checkCase(const CaseFile& file, Medium medium) const
{
    // Someone else's case needs a justified-access grant first (issue 24); the disclosure keeps its own justification.
    const Action action = medium == Medium::File ? Action::ExportDocument : Action::PrintDocument;
    return CaseAccess(m_db, m_session).require(file.caseRecord.id, action);
}

Status ExportService::recordDisclosure(const CaseFile& file, const DocumentSelection& selection,
                                       const Disclosure& disclosure, Medium medium, int pages, const QString& path)
{
    const QList<DocumentKind> kinds = kindsOf(file, selection);
    QStringList codes;
    for (DocumentKind kind : kinds) codes.append(documentKindCode(kind));
    QJsonObject after{
        {QStringLiteral("documents"), QJsonArray::fromStringList(documentNames(selection, kinds))},
        {QStringLiteral("kinds"), QJsonArray::fromStringList(codes)},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("medium"), medium == Medium::File ? QStringLiteral("pdf") : QStringLiteral("printer")},
        {QStringLiteral("marking"), m_settings.marking},
    };
    if (selection.chargingBundle) after.insert(QStringLiteral("bundle"), QStringLiteral("charging_file"));
    // Which written version of the MG3 and MG5 went out, and whether a supervisor had approved it.
    if (file.charging && file.charging->mark.version > 0)
        after.insert(QStringLiteral("mg3_version"), QJsonObject{{QStringLiteral("version"), file.charging->mark.version},
                                                               {QStringLiteral("approved"), file.charging->mark.approved}});
    if (file.caseSummary && file.caseSummary->mark.version > 0)
        after.insert(QStringLiteral("mg5_version"), QJsonObject{{QStringLiteral("version"), file.caseSummary->mark.version},
                                                               {QStringLiteral("approved"), file.caseSummary->mark.approved}});
    // The file name says which copy went out; the folder may name the officer's home, so it is not kept.
    if (medium == Medium::File) after.insert(QStringLiteral("file"), QFileInfo(path).fileName());

    AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Disclose);
    record.caseId = file.caseRecord.id;
    record.caseUrn = file.caseRecord.urn;
    record.entityType = QStringLiteral("document");
    record.entityId = selection.chargingBundle ? QStringLiteral("charging_file") : codes.join(u',');
    record.afterJson = QJsonDocument(after).toJson(QJsonDocument::Compact);
    record.justification = disclosure.justification.trimmed();
    record.recipient = disclosure.recipient.trimmed();
    return AuditLog::append(m_db, record);
}

Result<ExportOutcome> ExportService::exportDocuments(qint64 caseId, const DocumentSelection& selection,
                                                     const QString& path, const QString& justification,
                                                     const QString& recipient)
{
    const Disclosure disclosure{justification, recipient};
    if (Status s = checkDisclosure(disclosure); !s.ok()) return s.error();
    // Reading the case for the export is recorded with the disclosure's justification; someone
    // else's case also needs a justified-access grant (issue 24, CaseAccess).
    CaseFileService files(m_db, m_session);
    files.setAccessJustification(m_accessJustification.isEmpty() ? justification.trimmed() : m_accessJustification);
    files.pinChargingVersions(m_pinnedMg3, m_pinnedMg5);
    auto file = files.assemble(caseId, Action::ExportDocument, m_settings.forceName, m_settings.escalation);
    if (!file.ok()) return file.error();
    return exportCaseFile(file.value(), selection, path, disclosure);
}

Result<ExportOutcome> ExportService::exportCaseFile(const CaseFile& file, const DocumentSelection& selection,
                                                    const QString& path, const Disclosure& disclosure)
{
    if (Status s = checkDisclosure(disclosure); !s.ok()) return s.error();
    if (selection.isEmpty())
        return fieldError(tr("Documents"), tr("Choose at least one document, or the charging file bundle."));
    if (path.trimmed().isEmpty()) return fieldError(tr("Export file"), tr("Choose the file to save the PDF as."));
    if (Status s = checkCase(file, Medium::File); !s.ok()) return s.error();

    const QList<DocumentLayout> documents = buildSelection(file, selection);
    const bool existed = QFile::exists(path);
    // The PDF is written before its record so the store is not held locked while pages render;
    // the record is then written at once, and if it cannot be, the new file is taken back.
    int pages = 0;
    if (Status s = writePdf(path, documents, pdfOptions(), &pages); !s.ok()) return s.error();
    const Status recorded = inTransaction<void>(
        m_db, [&]() -> Status { return recordDisclosure(file, selection, disclosure, Medium::File, pages, path); });
    if (!recorded.ok()) {
        if (!existed) QFile::remove(path);
        return recorded.error();
    }
    return ExportOutcome{path, pages, documentNames(selection, kindsOf(file, selection))};
}

Result<int> ExportService::printCaseFile(const CaseFile& file, const DocumentSelection& selection,
                                         QPagedPaintDevice* printer, const Disclosure& disclosure)
{
    if (Status s = checkDisclosure(disclosure); !s.ok()) return s.error();
    if (selection.isEmpty())
        return fieldError(tr("Documents"), tr("Choose at least one document, or the charging file bundle."));
    if (Status s = checkCase(file, Medium::Printer); !s.ok()) return s.error();
    const QList<DocumentLayout> documents = buildSelection(file, selection);
    // Paper cannot be taken back: everything that can refuse (permission, justification, the store's
    // transaction) is checked before the job is sent, and the record is written in the same transaction.
    // The disclosure's audit record is written with the job: both happen, or neither.
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        auto pages = renderDocuments(printer, documents, pdfOptions());
        if (!pages.ok()) return pages.error();
        if (Status s = recordDisclosure(file, selection, disclosure, Medium::Printer, pages.value(), {}); !s.ok())
            return s.error();
        return pages.value();
    });
}

} // namespace conduct
