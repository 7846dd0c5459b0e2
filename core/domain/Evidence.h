#pragma once
// Evidence gathered for a case: the evidence checklist (protocol 3.1), the exhibit register with
// continuity and attached files, the 3.4 lines of enquiry, and case measures whose use the
// protocol restricts (PINs, 3.11; postal requisitions, 4.8).

#include "domain/Codes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct {

// The shipped packs the evidence tabs work from (resources/forms).
inline constexpr const char* stalkingChecklistPackId = "evidence-checklist-stalking";
inline constexpr const char* domesticAbuseChecklistPackId = "evidence-checklist-domestic-abuse";
inline constexpr const char* enquiriesPackId = "lines-of-enquiry-3-4";

// The statuses of the Joint NPCC/CPS checklist items (resources/forms/evidence-checklist-stalking.json).
enum class EvidenceStatus { Obtained, Requested, Outstanding, NotApplicable, NotAvailable };
enum class ExhibitType { Cctv, PhoneDownload, Screenshots, LettersOrGifts, EmergencyCallRecording, BodyWornVideo,
                         SocialMediaCapture, Documents, Other };
enum class CaseMeasureKind { Pin, PostalRequisition };

std::span<const CodeEntry<EvidenceStatus>> evidenceStatusTable();
std::span<const CodeEntry<ExhibitType>> exhibitTypeTable();
std::span<const CodeEntry<CaseMeasureKind>> caseMeasureKindTable();
// Visually recorded evidence for the MG5's section 4 ("CCTV, photos, mobile phone(s)").
bool isVisuallyRecorded(ExhibitType type);
template <> inline std::span<const CodeEntry<EvidenceStatus>> codeTable<EvidenceStatus>() { return evidenceStatusTable(); }
template <> inline std::span<const CodeEntry<ExhibitType>> codeTable<ExhibitType>() { return exhibitTypeTable(); }
template <> inline std::span<const CodeEntry<CaseMeasureKind>> codeTable<CaseMeasureKind>() { return caseMeasureKindTable(); }

// One checklist item's state in one case. Items never given a status have no record.
struct ChecklistItemRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString packId;
    int packVersion = 0;
    QString itemId;
    EvidenceStatus status = EvidenceStatus::Outstanding;
    QString note;
    QStringList exhibitRefs;     // references in the exhibit register (linked, not free text)
    QDate obtainedOn;
    QDate requestedOn;
    QString updatedBy;
    QDateTime updatedUtc;
};

struct ContinuityEntry {
    QString heldBy;        // who had the exhibit: name, collar number or store
    QDateTime fromUtc;
    QDateTime toUtc;       // invalid while still held
    QString note;
    bool operator==(const ContinuityEntry&) const = default;
};

struct AttachmentInfo {
    qint64 id = 0;
    qint64 exhibitId = 0;
    QString fileName;
    qint64 sizeBytes = 0;
    QByteArray sha256Hex;   // of the content as received
    QString addedBy;
    QDateTime addedUtc;
    QDateTime lastVerifiedUtc;
    bool lastVerifiedOk = false;
};

struct Exhibit {
    qint64 id = 0;
    qint64 caseId = 0;
    QString reference;       // producer's initials and a number, e.g. "SE/1"; unique within the case
    QString description;
    ExhibitType type = ExhibitType::Other;
    QString producedBy;
    QString heldAt;          // where the exhibit is now
    QList<ContinuityEntry> continuity;   // oldest first
    QList<qint64> incidentIds;           // incidents the exhibit evidences
    QList<AttachmentInfo> attachments;   // read-only here: added through EvidenceService::attachFile
    qint64 rowVersion = 0;
};

// The standard form of an exhibit reference, stored, shown and printed: the producer's initials in
// capitals, a slash, the number ("se / 5" → "SE/5", "jb12a" → "JB/12A"). A reference that is not
// of that shape comes back trimmed, for validation to refuse with its message.
QString standardExhibitReference(const QString& typed);

struct VerifyOutcome {
    bool intact = false;
    QByteArray storedHash;
    QByteArray computedHash;
    QString message;   // a sentence for the officer
};

struct CaseMeasure {
    qint64 id = 0;
    qint64 caseId = 0;
    CaseMeasureKind kind = CaseMeasureKind::Pin;
    QDate date;
    QString note;
    QString recordedBy;
    QDateTime recordedUtc;
};

// The officer's answers to the FOUR mnemonic (College of Policing): unset until asked.
struct FourAnswers {
    std::optional<bool> fixated;
    std::optional<bool> obsessive;
    std::optional<bool> unwanted;
    std::optional<bool> repeated;
    bool allYes() const { return fixated.value_or(false) && obsessive.value_or(false) && unwanted.value_or(false)
                                 && repeated.value_or(false); }
    bool operator==(const FourAnswers&) const = default;
};

// The offences the officer chose, with the reason when it differs from the guide's suggestion.
struct OffenceChoice {
    qint64 id = 0;
    qint64 caseId = 0;
    QList<Offence> offences;
    QString reason;
    QString chosenBy;
    QDateTime chosenUtc;
};

} // namespace conduct
