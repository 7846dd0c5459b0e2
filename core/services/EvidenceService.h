#pragma once
// Evidence work on a case: the evidence checklist (protocol 3.1), the exhibit register with
// continuity and attached files, the 3.4 lines of enquiry, PINs and postal requisitions (3.11,
// 4.8) and the offence guide's inputs and the officer's choice (4.2, 3.10). Like CaseService:
// each call checks the permission table through the case's owner, validates, writes in one
// transaction with its audit record, and reports the outcome as a value.

#include "common/Result.h"
#include "domain/Evidence.h"
#include "forms/FormAnswers.h"
#include "rules/OffenceGuide.h"
#include "security/AuditRecord.h"
#include "security/Permissions.h"
#include "security/User.h"
#include "services/CaseAccess.h"

#include <optional>

namespace conduct {

class Database;
struct FormPack;

struct MeasureOutcome {
    CaseMeasure measure;
    QString warning;   // e.g. 4.8's caution for a postal requisition in a harassment case
};

// The shipped packs the evidence tabs use (parsed once).
const FormPack* evidencePack(const QString& packId);

class EvidenceService {
public:
    static constexpr qint64 defaultAttachmentLimitBytes = 50LL * 1024 * 1024;

    EvidenceService(Database& db, const Session& session);
    void setAccessJustification(const QString& justification) { m_access.setJustification(justification); }
    // Larger files are refused with a message naming the limit (configurable; 50 MB by default).
    void setAttachmentLimitBytes(qint64 bytes) { m_attachmentLimit = bytes; }
    qint64 attachmentLimitBytes() const { return m_attachmentLimit; }

    // --- Evidence checklist (3.1) ---
    Result<QList<ChecklistItemRecord>> checklist(qint64 caseId) const;
    // Sets one item's status, note, dates and exhibit references (which must be in the register).
    Result<ChecklistItemRecord> setChecklistItem(ChecklistItemRecord item);

    // --- Lines of enquiry (3.4) ---
    Result<FormAnswers> enquiryAnswers(qint64 caseId) const;
    Status saveEnquiryAnswers(qint64 caseId, const FormAnswers& answers);

    // --- Exhibits ---
    Result<QList<Exhibit>> exhibits(qint64 caseId) const;
    Result<Exhibit> addExhibit(Exhibit exhibit);
    Result<Exhibit> updateExhibit(Exhibit exhibit);
    Status removeExhibit(const Exhibit& exhibit);
    // Reads the file and stores it with its SHA-256; refused above the size limit.
    Result<AttachmentInfo> attachFile(qint64 exhibitId, const QString& path);
    Result<AttachmentInfo> attachBytes(qint64 exhibitId, const QString& fileName, const QByteArray& content);
    // Re-reads the stored content and compares its SHA-256 with the hash taken when it was attached.
    Result<VerifyOutcome> verifyAttachment(qint64 attachmentId);
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;

    // --- PINs and postal requisitions (3.11, 4.8) ---
    Result<MeasureOutcome> recordMeasure(CaseMeasure measure);
    Result<QList<CaseMeasure>> measures(qint64 caseId) const;

    // --- Offence guide (4.2, 3.10) ---
    Result<FourAnswers> fourAnswers(qint64 caseId) const;
    Status saveFourAnswers(qint64 caseId, const FourAnswers& answers);
    Result<OffenceGuideResult> offenceGuide(qint64 caseId) const;
    // Records the officer's choice and makes it the case's offences under consideration. A
    // choice that differs from the guide's starting points needs a reason; choosing harassment
    // where stalking is indicated also records that reason as why not stalking (3.10).
    Result<OffenceChoice> recordOffenceChoice(OffenceChoice choice);
    Result<std::optional<OffenceChoice>> latestOffenceChoice(qint64 caseId) const;

private:
    using CaseRef = CaseAccess::Ref;
    // The exhibit's case, checked for `action`; the case's id is also written to `caseId`.
    Result<CaseRef> checkExhibit(qint64 exhibitId, Action action, qint64* caseId = nullptr) const;
    Status validateExhibit(const Exhibit& exhibit) const;
    QString actorName() const;

    Database& m_db;
    Session m_session;
    CaseAccess m_access;
    qint64 m_attachmentLimit = defaultAttachmentLimitBytes;
};

} // namespace conduct
