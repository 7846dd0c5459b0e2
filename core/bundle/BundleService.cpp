#include "bundle/BundleService.h"

#include "bundle/BundleContainer.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImporter.h"
#include "bundle/BundleWriter.h"
#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "domain/Urn.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CaseAccess.h"
#include "store/AccessGrantRepository.h"
#include "store/CaseRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleService", text); }

Status writePrivately(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (Status s = openPrivately(file, tr("File")); !s.ok()) return s;
    if (file.write(data) != data.size() || !file.commit())
        return Error{tr("File"), tr("Could not write %1: %2. Check the free space.").arg(path, file.errorString())};
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("File"), tr("Could not open %1: %2.").arg(path, file.errorString())};
    if (file.size() > bundle::maxBundleBytes) return Error{tr("File"), tr("%1 is larger than a bundle can be (2 GiB).").arg(path)};
    return file.readAll();
}

// The URN the case will have here: the bundle's, unless that is taken; or the copy's new one.
Result<QString> urnForImport(Database& db, const QString& bundleUrn, const QString& asCopyUrn)
{
    const CaseRepository cases(db);
    if (asCopyUrn.trimmed().isEmpty()) {
        auto existing = cases.findIdByUrn(bundleUrn);
        if (!existing.ok()) return existing.error();
        if (existing.value())
            return Error{tr("URN"), tr("A case with URN %1 is already in this database, so the bundle was not imported. "
                                       "Import it as a copy under a new URN if both are needed.").arg(bundleUrn)};
        return bundleUrn;
    }
    auto parsed = parseUrn(asCopyUrn);
    if (!parsed.ok()) return Error{tr("New URN"), parsed.error().message};
    auto existing = cases.findIdByUrn(parsed->normalised);
    if (!existing.ok()) return existing.error();
    if (existing.value())
        return Error{tr("New URN"), tr("A case with URN %1 is already in this database. Give a URN no case uses.")
                                        .arg(parsed->normalised)};
    return parsed->normalised;
}
} // namespace

Result<BundleExportOutcome> BundleService::exportCase(qint64 caseId, const BundleExportRequest& request)
{
    // DPA 2018 s62(3)(b): a transfer's log records the justification and the recipient.
    if (request.disclosure.justification.trimmed().isEmpty())
        return fieldError(tr("Justification"), tr("Say why the case is transferred, e.g. \"case moved to West Division\". "
                                                  "The audit trail records it."));
    if (request.disclosure.recipient.trimmed().isEmpty())
        return fieldError(tr("Recipient"), tr("Say who receives the case, e.g. \"DC 456 Patel, West Division\". "
                                              "The audit trail records it."));
    // Someone else's case needs a justified-access grant first (issue 24); the transfer keeps its own justification.
    if (Status s = CaseAccess(m_db, m_session).require(caseId, Action::ExportCaseBundle); !s.ok()) return s.error();

    const bundle::BundleStamp stamp{QUuid::createUuid().toString(QUuid::WithoutBraces), Clock::nowUtc(),
                                    m_session.user.userName};
    bool written = false;
    auto exported = inTransaction<BundleExportOutcome>(m_db, [&]() -> Result<BundleExportOutcome> {
        auto collected = bundle::collectCase(m_db, caseId, stamp);
        if (!collected.ok()) return collected.error();
        auto file = bundle::packBundle(bundle::bundleEntries(collected.value()), request.passphrase);
        if (!file.ok()) return file.error();

        BundleExportOutcome outcome{request.path, stamp.bundleId, collected->recordCount,
                                    int(collected->attachments.size()), !request.passphrase.isEmpty()};
        AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Disclose);
        record.caseId = caseId;
        record.caseUrn = collected->urn;
        record.entityType = QStringLiteral("case_bundle");
        record.entityId = stamp.bundleId;
        // The file name says which copy went out; the folder may name the officer's home, so it is not kept.
        record.afterJson = QJsonDocument(QJsonObject{{QStringLiteral("transfer"), QStringLiteral("case_bundle")},
                                                     {QStringLiteral("file"), QFileInfo(request.path).fileName()},
                                                     {QStringLiteral("formatVersion"), bundle::formatVersion},
                                                     {QStringLiteral("records"), outcome.recordCount},
                                                     {QStringLiteral("attachments"), outcome.attachmentCount},
                                                     {QStringLiteral("encrypted"), outcome.encrypted},
                                                     {QStringLiteral("sha256"), QString::fromLatin1(bundle::sha256Hex(file.value()))}})
                                 .toJson(QJsonDocument::Compact);
        record.justification = request.disclosure.justification.trimmed();
        record.recipient = request.disclosure.recipient.trimmed();
        if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
        if (Status s = writePrivately(request.path, file.value()); !s.ok()) return s.error();
        written = true;
        return outcome;
    });
    if (!exported.ok() && written) QFile::remove(request.path);   // no transfer without its record
    return exported;
}

Result<BundleImportOutcome> BundleService::importFile(const QString& path, const BundleImportRequest& request)
{
    if (Status s = requirePermission(m_session, Action::ImportCaseBundle); !s.ok()) return s.error();
    auto bytes = readFile(path);
    if (!bytes.ok()) return bytes.error();
    return importBytes(bytes.value(), request);
}

Result<BundleImportOutcome> BundleService::importBytes(const QByteArray& file, const BundleImportRequest& request)
{
    if (Status s = requirePermission(m_session, Action::ImportCaseBundle); !s.ok()) return s.error();
    bundle::BundleReader reader;
    const std::optional<bundle::Bundle> checked = reader.read(file, request.passphrase);
    if (!checked) return reader.summary();
    const QJsonObject& document = checked->document;
    const QString bundleUrn = document.value(bundle::caseKind).toObject().value(QStringLiteral("urn")).toString();

    return inTransaction<BundleImportOutcome>(m_db, [&]() -> Result<BundleImportOutcome> {
        auto urn = urnForImport(m_db, bundleUrn, request.asCopyUrn);
        if (!urn.ok()) return urn.error();
        auto imported = bundle::insertCase(m_db, checked.value(), urn.value());
        if (!imported.ok()) return imported.error();
        // Need to know (issue 24): the officer who brings the case in is its officer in the case
        // here, so they see it in full; the officer named in the source database stays on the case.
        if (Status s = AccessGrantRepository(m_db).assignOfficerInCase(imported->caseId, m_session.user.id); !s.ok())
            return s.error();

        BundleImportOutcome outcome{imported->caseId, imported->urn, imported->sourceUrn,
                                    document.value(bundle::bundleIdKey).toString(), imported->recordCount,
                                    imported->attachmentCount};
        AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Create);
        record.caseId = outcome.caseId;
        record.caseUrn = outcome.urn;
        record.entityType = QStringLiteral("case_bundle");
        record.entityId = outcome.bundleId;
        record.afterJson = QJsonDocument(QJsonObject{{QStringLiteral("collection"), QStringLiteral("case_bundle")},
                                                     {QStringLiteral("sourceUrn"), outcome.sourceUrn},
                                                     {QStringLiteral("copy"), outcome.urn != outcome.sourceUrn},
                                                     {QStringLiteral("exportedUtc"), document.value(bundle::exportedUtcKey)},
                                                     {QStringLiteral("exportedBy"), document.value(bundle::exportedByKey)},
                                                     {QStringLiteral("records"), outcome.recordCount},
                                                     {QStringLiteral("officerInCaseHere"), m_session.user.userName},
                                                     {QStringLiteral("attachments"), outcome.attachmentCount},
                                                     {QStringLiteral("sha256"), QString::fromLatin1(bundle::sha256Hex(file))}})
                                 .toJson(QJsonDocument::Compact);
        if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
        return outcome;
    });
}

Result<bool> bundleNeedsPassphrase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return Error{tr("File"), tr("Could not open %1: %2.").arg(path, file.errorString())};
    auto protection = bundle::bundleProtection(file.read(16));
    if (!protection.ok()) return protection.error();
    return protection.value() == bundle::Protection::Passphrase;
}

} // namespace conduct
