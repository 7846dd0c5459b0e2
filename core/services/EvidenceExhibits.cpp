// EvidenceService: the exhibit register, continuity and attached files.

#include "services/EvidenceService.h"

#include "common/Clock.h"
#include "domain/Validation.h"
#include "services/AuditFields.h"
#include "services/EvidenceSupport.h"
#include "store/ExhibitRepository.h"
#include "store/IncidentRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace conduct {
using namespace evidence_detail;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::EvidenceService", text); }

QByteArray sha256Hex(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }
} // namespace

Result<EvidenceService::CaseRef> EvidenceService::checkExhibit(qint64 exhibitId, Action action, qint64* caseId) const
{
    auto owner = ExhibitRepository(m_db).caseOf(exhibitId);
    if (!owner.ok()) return owner.error();
    if (!owner->has_value()) return Error{tr("Exhibit"), tr("The exhibit no longer exists. It may have been deleted.")};
    if (caseId) *caseId = **owner;
    return m_access.check(**owner, action);
}

Status EvidenceService::validateExhibit(const Exhibit& e) const
{
    // Producer's initials, then a number: "SE/1", "SE1", "HLF/12", "SE/1A".
    static const QRegularExpression reference(QStringLiteral("^[A-Za-z]{1,4}\\s*/?\\s*\\d{1,4}[A-Za-z]?$"));
    if (e.reference.trimmed().isEmpty())
        return fieldError(tr("Reference"), tr("Give the exhibit reference: the producer's initials and a number, e.g. SE/1."));
    if (!reference.match(e.reference.trimmed()).hasMatch())
        return fieldError(tr("Reference"), tr("\"%1\" is not an exhibit reference. Use the producer's initials and a number, "
                                              "e.g. SE/1.").arg(e.reference.trimmed()));
    if (e.description.trimmed().isEmpty())
        return fieldError(tr("Description"), tr("Describe the exhibit, e.g. \"CCTV, Newtown station, 18:40–19:10\"."));
    const QDateTime now = Clock::nowUtc();
    for (int i = 0; i < e.continuity.size(); ++i) {
        const ContinuityEntry& c = e.continuity[i];
        const QString row = tr("Continuity row %1").arg(i + 1);
        if (c.heldBy.trimmed().isEmpty()) return fieldError(row, tr("Say who had the exhibit (name and collar number, or the store)."));
        if (!c.fromUtc.isValid()) return fieldError(row, tr("Give the date and time from which they had it."));
        if (c.fromUtc > now) return fieldError(row, tr("The \"from\" time cannot be in the future."));
        if (c.toUtc.isValid() && c.toUtc < c.fromUtc)
            return fieldError(row, tr("The \"to\" time is before the \"from\" time; correct one of them."));
        if (i > 0 && c.fromUtc < e.continuity[i - 1].fromUtc)
            return fieldError(row, tr("Continuity must be in time order: this row starts before the row above it."));
        if (i + 1 < e.continuity.size() && !c.toUtc.isValid())
            return fieldError(row, tr("Only the last row may be open: give the time the exhibit was handed on."));
    }
    return {};
}

Result<QList<Exhibit>> EvidenceService::exhibits(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return ExhibitRepository(m_db).listForCase(caseId);
}

Result<Exhibit> EvidenceService::addExhibit(Exhibit exhibit)
{
    removeBidiControls(exhibit);
    exhibit.reference = standardExhibitReference(exhibit.reference);
    exhibit.description = exhibit.description.trimmed();
    if (Status s = validateExhibit(exhibit); !s.ok()) return s.error();
    return inTransaction<Exhibit>(m_db, [&]() -> Result<Exhibit> {
        auto ref = m_access.check(exhibit.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        ExhibitRepository repo(m_db);
        auto clash = repo.findByReference(exhibit.caseId, exhibit.reference);
        if (!clash.ok()) return clash.error();
        if (clash.value())
            return fieldError(tr("Reference"), tr("Exhibit %1 is already in this case's register. Each reference must be "
                                                  "unique within the case: use the producer's next number.").arg(exhibit.reference));
        for (qint64 incidentId : exhibit.incidentIds) {
            auto inCase = IncidentRepository(m_db).isInCase(incidentId, exhibit.caseId);
            if (!inCase.ok()) return inCase.error();
            if (!inCase.value()) return fieldError(tr("Incidents"), tr("A linked incident is not part of this case."));
        }
        auto id = repo.insert(exhibit);
        if (!id.ok()) return id.error();
        exhibit.id = id.value();
        exhibit.rowVersion = 1;
        if (Status s = m_access.audit(AuditAction::Create, ref.value(), QStringLiteral("exhibit"), exhibit.id, {}, auditFields(exhibit));
            !s.ok())
            return s.error();
        return exhibit;
    });
}

Result<Exhibit> EvidenceService::updateExhibit(Exhibit exhibit)
{
    removeBidiControls(exhibit);
    exhibit.reference = exhibit.reference.trimmed();
    exhibit.description = exhibit.description.trimmed();
    if (Status s = validateExhibit(exhibit); !s.ok()) return s.error();
    return inTransaction<Exhibit>(m_db, [&]() -> Result<Exhibit> {
        qint64 caseId = 0;
        auto ref = checkExhibit(exhibit.id, Action::EditCase, &caseId);
        if (!ref.ok()) return ref.error();
        exhibit.caseId = caseId;
        ExhibitRepository repo(m_db);
        auto clash = repo.findByReference(caseId, exhibit.reference, exhibit.id);
        if (!clash.ok()) return clash.error();
        if (clash.value())
            return fieldError(tr("Reference"), tr("Exhibit %1 is already in this case's register. Each reference must be "
                                                  "unique within the case: use the producer's next number.").arg(exhibit.reference));
        auto before = repo.get(exhibit.id);
        if (!before.ok()) return before.error();
        if (changesNothing(before->rowVersion, auditFields(before.value()), exhibit.rowVersion, auditFields(exhibit)))
            return before.value();
        if (Status s = repo.update(exhibit); !s.ok()) return s.error();
        ++exhibit.rowVersion;
        exhibit.attachments = before->attachments;
        if (Status s = m_access.audit(AuditAction::Update, ref.value(), QStringLiteral("exhibit"), exhibit.id, auditFields(before.value()),
                                      auditFields(exhibit));
            !s.ok())
            return s.error();
        return exhibit;
    });
}

Status EvidenceService::removeExhibit(const Exhibit& exhibit)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = checkExhibit(exhibit.id, Action::EditCase);
        if (!ref.ok()) return ref.error();
        ExhibitRepository repo(m_db);
        auto before = repo.get(exhibit.id);
        if (!before.ok()) return before.error();
        if (Status s = repo.remove(exhibit.id); !s.ok()) return s.error();
        if (Status s = m_access.audit(AuditAction::Delete, ref.value(), QStringLiteral("exhibit"), exhibit.id, auditFields(before.value()), {});
            !s.ok())
            return s.error();
        return {};
    });
}

Result<AttachmentInfo> EvidenceService::attachFile(qint64 exhibitId, const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) return fieldError(tr("File"), tr("%1 is not a file that can be read.").arg(path));
    // Checked before reading, so an over-size file is never loaded into memory.
    if (info.size() > m_attachmentLimit)
        return fieldError(tr("File"), tr("%1 is %2 MB, over the %3 MB limit for attached files. Keep the original on the "
                                         "force's evidence system and record where it is held.")
                                          .arg(info.fileName(), megabytes(info.size()), megabytes(m_attachmentLimit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fieldError(tr("File"), tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
    return attachBytes(exhibitId, info.fileName(), file.readAll());
}

Result<AttachmentInfo> EvidenceService::attachBytes(qint64 exhibitId, const QString& fileName, const QByteArray& content)
{
    if (content.size() > m_attachmentLimit)
        return fieldError(tr("File"), tr("%1 is %2 MB, over the %3 MB limit for attached files. Keep the original on the "
                                         "force's evidence system and record where it is held.")
                                          .arg(fileName, megabytes(content.size()), megabytes(m_attachmentLimit)));
    if (fileName.trimmed().isEmpty()) return fieldError(tr("File"), tr("Give the attached file a name."));
    AttachmentInfo a;
    a.exhibitId = exhibitId;
    a.fileName = fileName.trimmed();
    a.sizeBytes = content.size();
    a.sha256Hex = sha256Hex(content);
    a.addedBy = actorName();
    a.addedUtc = Clock::nowUtc();
    a.lastVerifiedUtc = a.addedUtc;
    a.lastVerifiedOk = true;
    return inTransaction<AttachmentInfo>(m_db, [&]() -> Result<AttachmentInfo> {
        auto ref = checkExhibit(exhibitId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto id = ExhibitRepository(m_db).addAttachment(a, content);
        if (!id.ok()) return id.error();
        a.id = id.value();
        if (Status s = m_access.audit(AuditAction::Create, ref.value(), QStringLiteral("attachment"), a.id, {}, auditFields(a)); !s.ok())
            return s.error();
        return a;
    });
}

Result<VerifyOutcome> EvidenceService::verifyAttachment(qint64 attachmentId)
{
    return inTransaction<VerifyOutcome>(m_db, [&]() -> Result<VerifyOutcome> {
        ExhibitRepository repo(m_db);
        auto info = repo.attachment(attachmentId);
        if (!info.ok()) return info.error();
        auto ref = checkExhibit(info->exhibitId, Action::ViewCase);
        if (!ref.ok()) return ref.error();
        auto content = repo.attachmentContent(attachmentId);
        if (!content.ok()) return content.error();
        VerifyOutcome out;
        out.storedHash = info->sha256Hex;
        out.computedHash = sha256Hex(content.value());
        out.intact = out.computedHash == out.storedHash && content->size() == info->sizeBytes;
        out.message = out.intact
                          ? tr("%1 is unchanged: its SHA-256 matches the hash taken when it was attached.").arg(info->fileName)
                          : tr("%1 HAS CHANGED since it was attached: its SHA-256 no longer matches. Do not rely on this copy; "
                               "report it to your supervisor and retrieve the original.").arg(info->fileName);
        if (Status s = repo.recordVerification(attachmentId, Clock::nowUtc(), out.intact); !s.ok()) return s.error();
        if (Status s = m_access.audit(AuditAction::Consult, ref.value(), QStringLiteral("attachment"), attachmentId, {},
                                      QJsonObject{{QStringLiteral("verified"), out.intact},
                                                  {QStringLiteral("sha256"), QString::fromLatin1(out.computedHash)}});
            !s.ok())
            return s.error();
        return out;
    });
}

Result<QByteArray> EvidenceService::attachmentContent(qint64 attachmentId) const
{
    ExhibitRepository repo(m_db);
    auto info = repo.attachment(attachmentId);
    if (!info.ok()) return info.error();
    if (auto ref = checkExhibit(info->exhibitId, Action::ViewCase); !ref.ok()) return ref.error();
    return repo.attachmentContent(attachmentId);
}

} // namespace conduct
