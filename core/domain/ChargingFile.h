#pragma once
// The charging file written in the application (issue 22): the police part of the MG3 and the
// MG5 as the officer writes them, one version at a time, and the supervisor's decision on each
// version. The MG2's content is the special measures record (rules/VictimCare.h); the CPS
// decision stays in ChargingRequest (rules/Charging.h).
//
// Who writes what. The officer in the case (or a colleague on their behalf) writes the police
// part; a supervisor who is neither its author nor the officer in the case approves it, writing
// the MG3's supervisor's comments or the MG5's supervisor's certification as they do; the CPS
// part is left blank for the prosecutor unless the officer has recorded the CPS decision.

#include "common/Result.h"
#include "domain/Codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

enum class ChargingForm { Mg3, Mg5 };
QString chargingFormCode(ChargingForm form);                  // "mg3", as stored
std::optional<ChargingForm> chargingFormFromCode(const QString& code);
QString chargingFormLabel(ChargingForm form);                 // "MG3"

// As risk assessments (protocol 3.7): a draft or a returned version is edited in place; a
// submitted one waits for the supervisor; an approved one is never changed again.
enum class ChargingStatus { Draft, Submitted, Returned, Approved };
QString chargingStatusCode(ChargingStatus status);
std::optional<ChargingStatus> chargingStatusFromCode(const QString& code);
QString chargingStatusLabel(ChargingStatus status);

// MG3 suspect block (mg-forms §4.1, S1.5–S1.13): what the officer adds to the person record.
struct SuspectChargingEntry {
    qint64 personId = 0;
    QString custodyReference;
    // Printed for "Return bail date:" when the suspect has no bail to return to (no active bail record).
    bool releasedUnderInvestigation = false;
    std::optional<bool> prolificPriorityOffender;   // PPO
    std::optional<bool> deterYoungOffender;         // DYO
    std::optional<bool> youthOffender;              // YO
    std::optional<bool> badCharacterEvidence;
    std::optional<bool> dangerousOffender;
    QString flagNotes;                              // why, for any flag ticked
    QString proposedCharges;                        // worded as charges; starts from the offence guide
    QString anticipatedPlea;                        // MG5 header: "Guilty" / "Not guilty" / ""
};

// "Material provided to CPS (indicate if attached)": one row per item. Rows built from the case
// keep the label the MG3 prints; the officer ticks what is attached and may add rows.
struct MaterialEntry {
    QString label;
    QString detail;
    QDate date;
    bool attached = false;
    bool addedByOfficer = false;
};

struct Mg3PolicePart {
    QList<SuspectChargingEntry> suspects;
    QList<MaterialEntry> material;
    QString outline;                       // R1, the officer's own text (a generated draft is only a start)
    QString officerInCaseIfDifferent;      // C7
};

// MG3 R2a–R2f, written by the approving supervisor.
struct Mg3SupervisorPart {
    QString evidenceAlignedToPointsToProve;
    QString availabilityOfOtherEvidence;
    QString whyCpsConsulted;
    QString publicInterest;
    QString recommendedCharges;
    QString undermineOrAssistMaterial;
    bool isEmpty() const;
};

struct Mg5Interview {
    qint64 defendantPersonId = 0;
    QDateTime startUtc;
    QString interviewingOfficers;
    QString otherPersonsPresent;
    QString explanation;
    QString responseToCctv;
    QString admissions;                    // with start/finish counter times
};

struct Mg5PolicePart {
    QString keyEvidence;                   // starts from the incidents in order
    QString keyWitnesses;                  // starts from the people
    QString propertyValue;
    Mg5Interview interview;
    QString nonKeyWitnesses;
    std::optional<bool> visuallyRecordedEvidence;
    std::optional<bool> vreIsKeyEvidence;
    QString vreDetails;                    // starts from exhibits of that kind
    QString injuries;
    QString forensicEvidence;
    QString ordersApplied;                 // section 8; starts from the restraining-order draft
    QString compensation;
    // 7. DIP testing; 10. Other; the conditional cautioning section the MG5 says always to complete.
    std::optional<bool> dipTested;
    QString dipTriggerOffence;
    QString dipResult;                     // "Positive" / "Negative"
    QString dipDrug;
    std::optional<bool> ticsMg18;          // MG18 (TICs)?
    std::optional<bool> preConsAttached;   // Pre-cons/cautions attached?
    std::optional<bool> mg6Attached;       // MG6?
    QString conditionalCaution;            // "Not suitable for conditional caution because …"
    QDate certifiedOn;                     // section 11, the officer's certification
};

// The name, rank, number and e-mail printed for an account, as they were when it acted.
struct SignatorySnapshot {
    qint64 userId = 0;
    QString name;
    QString rank;
    QString number;
    QString email;
};

struct ChargingReview {
    qint64 id = 0;
    SignatorySnapshot reviewer;
    ReviewDecision decision = ReviewDecision::Approved;
    Mg3SupervisorPart supervisorPart;      // MG3 only
    QString reasons;                       // a return's reasons; an approval's optional note
    QDateTime reviewUtc;
};

struct ChargingDocument {
    qint64 id = 0;
    qint64 caseId = 0;
    ChargingForm form = ChargingForm::Mg3;
    int version = 1;
    ChargingStatus status = ChargingStatus::Draft;
    qint64 authorUserId = 0;
    QString authorName;
    Mg3PolicePart mg3;                     // when form is Mg3
    Mg5PolicePart mg5;                     // when form is Mg5
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime submittedUtc;
    qint64 rowVersion = 0;
    QList<ChargingReview> reviews;         // oldest first

    bool isEditable() const { return status == ChargingStatus::Draft || status == ChargingStatus::Returned; }
    std::optional<ChargingReview> approval() const;
    std::optional<ChargingReview> latestReturn() const;
};

// A version waiting for a supervisor, for the review queue beside risk assessments.
struct ChargingQueueItem {
    qint64 documentId = 0;
    qint64 caseId = 0;
    QString urn;
    ChargingForm form = ChargingForm::Mg3;
    int version = 1;
    QString authorName;
    QDateTime submittedUtc;
};

// Limits on what is typed; each refusal names the field and the limit.
struct TextLimit {
    const char* field;
    int maxChars;
};
inline constexpr int kLongTextLimit = 40000;     // the outline and key evidence: several MG3A pages
inline constexpr int kCommentLimit = 8000;       // a supervisor's comment, an MG5 summary box
inline constexpr int kShortTextLimit = 200;      // a custody reference, a property value

Status validateMg3PolicePart(const Mg3PolicePart& part);
Status validateMg3SupervisorPart(const Mg3SupervisorPart& part);
Status validateMg5PolicePart(const Mg5PolicePart& part);
Status validateReturnReasons(const QString& reasons);

} // namespace conduct
