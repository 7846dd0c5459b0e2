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
#include "security/Signing.h"
#include "security/TrustedKeysService.h"
#include "services/CaseAccess.h"
#include "store/CaseRepository.h"
#include "store/SigningKeyRepository.h"
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
        auto identity = SigningKeyRepository(m_db).identity();   // made here on the first export
        if (!identity.ok()) return identity.error();
        auto collected = bundle::collectCase(m_db, caseId, stamp);
        if (!collected.ok()) return collected.error();
        auto entries = bundle::bundleEntries(collected.value(), {identity->name, identity->publicKey, identity->secretKey});
        if (!entries.ok()) return entries.error();
        auto file = bundle::packBundle(entries.value(), request.passphrase);
        if (!file.ok()) return file.error();

        BundleExportOutcome outcome{request.path,
                                    stamp.bundleId,
                                    signing::fingerprint(identity->publicKey),
                                    identity->name,
                                    collected->recordCount,
                                    int(collected->attachments.size()),
                                    !request.passphrase.isEmpty()};
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
                                                     {QStringLiteral("signer"), outcome.signerFingerprint},
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
    if (!checked) return auditRefusal(file, reader.claimed(), reader.summary());
    auto origin = originOf(checked.value());
    if (!origin.ok()) return origin.error();
    const QJsonObject& document = checked->document;

    auto imported = inTransaction<BundleImportOutcome>(m_db, [&]() -> Result<BundleImportOutcome> {
        auto urn = urnForImport(m_db, origin->urn, request.asCopyUrn);
        if (!urn.ok()) return urn.error();
        auto inserted = bundle::insertCase(m_db, checked.value(), urn.value(), {origin->sourceLabel, m_session.user.id});
        if (!inserted.ok()) return inserted.error();

        BundleImportOutcome outcome{origin.value(),          inserted->caseId,      inserted->urn,
                                    inserted->sourceUrn,     origin->bundleId,      inserted->recordCount,
                                    inserted->attachmentCount};
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
                                                     {QStringLiteral("formatVersion"), origin->formatVersion},
                                                     {QStringLiteral("signed"), origin->isSigned},
                                                     {QStringLiteral("signer"), origin->signerFingerprint},
                                                     {QStringLiteral("sourceDatabase"), origin->sourceLabel},
                                                     {QStringLiteral("trusted"), origin->trusted},
                                                     {QStringLiteral("records"), outcome.recordCount},
                                                     {QStringLiteral("officerInCaseHere"), m_session.user.userName},
                                                     {QStringLiteral("attachments"), outcome.attachmentCount},
                                                     {QStringLiteral("sha256"), QString::fromLatin1(bundle::sha256Hex(file))}})
                                 .toJson(QJsonDocument::Compact);
        if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
        return outcome;
    });
    if (!imported.ok()) return auditRefusal(file, checked->provenance, imported.error());
    return imported;
}

Result<BundleOrigin> BundleService::inspectFile(const QString& path, const QString& passphrase)
{
    if (Status s = requirePermission(m_session, Action::ImportCaseBundle); !s.ok()) return s.error();
    auto bytes = readFile(path);
    if (!bytes.ok()) return bytes.error();
    return inspectBytes(bytes.value(), passphrase);
}

Result<BundleOrigin> BundleService::inspectBytes(const QByteArray& file, const QString& passphrase)
{
    if (Status s = requirePermission(m_session, Action::ImportCaseBundle); !s.ok()) return s.error();
    bundle::BundleReader reader;
    const std::optional<bundle::Bundle> checked = reader.read(file, passphrase);
    if (!checked) return reader.summary();
    return originOf(checked.value());
}

Result<BundleOrigin> BundleService::originOf(const bundle::Bundle& checked) const
{
    const bundle::Provenance& p = checked.provenance;
    const QJsonObject& document = checked.document;
    BundleOrigin out;
    out.formatVersion = p.formatVersion;
    out.isSigned = p.isSigned;
    out.bundleId = document.value(bundle::bundleIdKey).toString();
    out.urn = document.value(bundle::caseKind).toObject().value(QStringLiteral("urn")).toString();
    out.exportedBy = document.value(bundle::exportedByKey).toString();
    out.exportedUtc = document.value(bundle::exportedUtcKey).toString();
    if (!p.isSigned) {
        out.sourceLabel = tr("unsigned bundle %1").arg(out.bundleId);
        return out;
    }
    auto status = TrustedKeysService(m_db).statusOf(p.signerPublicKey, KeyPurpose::CaseBundles);
    if (!status.ok()) return status.error();
    out.signerFingerprint = status->fingerprint;
    out.signerDatabase = p.sourceDatabase;
    out.trusted = status->trusted;
    out.trustedLabel = status->trustedLabel;
    // The key's first two groups go with the name, so two databases that call themselves the same
    // are still told apart in the history.
    out.sourceLabel = QStringLiteral("%1 (key %2)").arg(p.sourceDatabase, out.signerFingerprint.left(9));
    return out;
}

Error BundleService::auditRefusal(const QByteArray& file, const bundle::Provenance& claimed, const Error& error)
{
    QJsonObject after{{QStringLiteral("collection"), QStringLiteral("case_bundle")},
                      {QStringLiteral("reason"), error.text().left(2000)},
                      {QStringLiteral("sha256"), QString::fromLatin1(bundle::sha256Hex(file))}};
    if (claimed.formatVersion > 0) after.insert(QStringLiteral("formatVersion"), claimed.formatVersion);
    if (!claimed.sourceDatabase.isEmpty()) {
        after.insert(QStringLiteral("claimedSourceDatabase"), claimed.sourceDatabase);
        after.insert(QStringLiteral("claimedSigner"), signing::fingerprint(claimed.signerPublicKey));
    }
    Status recorded = inTransaction<void>(m_db, [&]() -> Status {
        AuditRecord record = AuditLog::recordFor(m_session, AuditAction::ImportRefused);
        record.entityType = QStringLiteral("case_bundle");
        record.entityId = claimed.bundleId;
        record.afterJson = QJsonDocument(after).toJson(QJsonDocument::Compact);
        return AuditLog::append(m_db, record);
    });
    if (recorded.ok()) return error;
    Error out = error;
    out.message += u'\n' + tr("The refusal could not be recorded in the audit trail: %1").arg(recorded.error().text());
    return out;
}

QString BundleOrigin::signatureText() const
{
    if (!isSigned)
        return tr("Not signed: this is a version %1 bundle, from before Conduct signed bundles. Nothing shows which database "
                  "it came from or that it is unchanged since it was exported by %2. Check with the sender before relying on it.")
            .arg(formatVersion)
            .arg(exportedBy);
    if (trusted)
        return tr("Signed by \"%1\" with the key %2, which an administrator here marked trusted as \"%3\". The file is "
                  "unchanged since that database exported it.")
            .arg(signerDatabase, signerFingerprint, trustedLabel);
    return tr("Warning: signed by a database calling itself \"%1\", with the key %2, which no administrator here has marked "
              "trusted. The file is unchanged since that key signed it, but anyone can make a key: read the fingerprint to the "
              "sender before relying on where it came from.")
        .arg(signerDatabase, signerFingerprint);
}

QString BundleOrigin::historyText() const
{
    return tr("Risk assessments, reviews and approvals in it arrive as history from %1, never as decisions made here: "
              "accounts in it cannot sign in, and a supervisor here reviews the risk level again.")
        .arg(sourceLabel);
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
