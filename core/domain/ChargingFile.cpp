#include "domain/ChargingFile.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingFile", text); }

constexpr std::array<CodeEntry<ChargingForm>, 2> formTable{{
    {ChargingForm::Mg3, "mg3", QT_TRANSLATE_NOOP("conduct::ChargingFile", "MG3")},
    {ChargingForm::Mg5, "mg5", QT_TRANSLATE_NOOP("conduct::ChargingFile", "MG5")},
}};

constexpr std::array<CodeEntry<ChargingStatus>, 4> statusTable{{
    {ChargingStatus::Draft, "draft", QT_TRANSLATE_NOOP("conduct::ChargingFile", "Draft")},
    {ChargingStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("conduct::ChargingFile", "Submitted for approval")},
    {ChargingStatus::Returned, "returned", QT_TRANSLATE_NOOP("conduct::ChargingFile", "Returned for changes")},
    {ChargingStatus::Approved, "approved", QT_TRANSLATE_NOOP("conduct::ChargingFile", "Approved")},
}};

template <typename... Checks>
Status firstRefusal(const Checks&... checks)
{
    Status out;
    ((out.ok() ? (void)(out = checks) : (void)0), ...);
    return out;
}
} // namespace

QString chargingFormCode(ChargingForm form) { return codeIn(formTable, form); }
std::optional<ChargingForm> chargingFormFromCode(const QString& code) { return fromCodeIn(formTable, code); }
QString chargingFormLabel(ChargingForm form) { return labelIn(formTable, form, "conduct::ChargingFile"); }

QString chargingStatusCode(ChargingStatus status) { return codeIn(statusTable, status); }
std::optional<ChargingStatus> chargingStatusFromCode(const QString& code) { return fromCodeIn(statusTable, code); }
QString chargingStatusLabel(ChargingStatus status) { return labelIn(statusTable, status, "conduct::ChargingFile"); }

bool Mg3SupervisorPart::isEmpty() const
{
    return evidenceAlignedToPointsToProve.trimmed().isEmpty() && availabilityOfOtherEvidence.trimmed().isEmpty()
        && whyCpsConsulted.trimmed().isEmpty() && publicInterest.trimmed().isEmpty()
        && recommendedCharges.trimmed().isEmpty() && undermineOrAssistMaterial.trimmed().isEmpty();
}

std::optional<ChargingReview> ChargingDocument::approval() const
{
    for (auto it = reviews.crbegin(); it != reviews.crend(); ++it)
        if (it->decision == ReviewDecision::Approved) return *it;
    return std::nullopt;
}

std::optional<ChargingReview> ChargingDocument::latestReturn() const
{
    for (auto it = reviews.crbegin(); it != reviews.crend(); ++it)
        if (it->decision == ReviewDecision::Returned) return *it;
    return std::nullopt;
}

Status validateMg3PolicePart(const Mg3PolicePart& part)
{
    for (const SuspectChargingEntry& s : part.suspects) {
        Status one = firstRefusal(limitText(tr("Custody Ref"), s.custodyReference, kShortTextLimit),
                                  limitText(tr("Notes on the suspect's markers"), s.flagNotes, kCommentLimit),
                                  limitText(tr("Proposed charges"), s.proposedCharges, kCommentLimit),
                                  limitText(tr("Anticipated plea"), s.anticipatedPlea, kShortTextLimit));
        if (!one.ok()) return one;
    }
    for (const MaterialEntry& m : part.material) {
        Status one = firstRefusal(limitText(tr("Material provided to CPS"), m.label, kShortTextLimit),
                                  limitText(tr("Material provided to CPS: details"), m.detail, kShortTextLimit * 5));
        if (!one.ok()) return one;
        if (m.addedByOfficer && m.label.trimmed().isEmpty())
            return Error{tr("Material provided to CPS"),
                         tr("Material provided to CPS: a row you added has no name. Name the item, or remove the row.")};
    }
    return firstRefusal(limitText(tr("Outline of circumstances"), part.outline, kLongTextLimit),
                        limitText(tr("Officer in case (If different from above)"), part.officerInCaseIfDifferent, kShortTextLimit));
}

Status validateMg3SupervisorPart(const Mg3SupervisorPart& p)
{
    return firstRefusal(limitText(tr("Supervisor's comments: points to prove"), p.evidenceAlignedToPointsToProve, kCommentLimit),
                        limitText(tr("Supervisor's comments: availability of other evidence"), p.availabilityOfOtherEvidence, kCommentLimit),
                        limitText(tr("Supervisor's comments: why CPS is consulted"), p.whyCpsConsulted, kCommentLimit),
                        limitText(tr("Supervisor's comments: public interest"), p.publicInterest, kCommentLimit),
                        limitText(tr("Supervisor's comments: recommended charges"), p.recommendedCharges, kCommentLimit),
                        limitText(tr("Supervisor's comments: undermining material"), p.undermineOrAssistMaterial, kCommentLimit));
}

Status validateMg5PolicePart(const Mg5PolicePart& p)
{
    const Mg5Interview& i = p.interview;
    return firstRefusal(limitText(tr("Key evidence"), p.keyEvidence, kLongTextLimit),
                        limitText(tr("Key witness(es) and their role"), p.keyWitnesses, kCommentLimit),
                        limitText(tr("Value of property"), p.propertyValue, kShortTextLimit),
                        limitText(tr("Interviewing officer(s)"), i.interviewingOfficers, kShortTextLimit),
                        limitText(tr("Other person(s) present"), i.otherPersonsPresent, kShortTextLimit),
                        limitText(tr("Summary of defendant explanation"), i.explanation, kLongTextLimit),
                        limitText(tr("Defendant's response/reaction to CCTV"), i.responseToCctv, kCommentLimit),
                        limitText(tr("Relevant admissions"), i.admissions, kCommentLimit),
                        limitText(tr("Non-key witness(es)"), p.nonKeyWitnesses, kCommentLimit),
                        limitText(tr("Visually recorded evidence: details"), p.vreDetails, kCommentLimit),
                        limitText(tr("Description of injuries"), p.injuries, kCommentLimit),
                        limitText(tr("Forensic evidence"), p.forensicEvidence, kCommentLimit),
                        limitText(tr("Order(s) applied for"), p.ordersApplied, kCommentLimit),
                        limitText(tr("Application for compensation"), p.compensation, kCommentLimit),
                        limitText(tr("DIP testing: trigger offence"), p.dipTriggerOffence, kShortTextLimit),
                        limitText(tr("DIP testing: result"), p.dipResult, kShortTextLimit),
                        limitText(tr("DIP testing: drug"), p.dipDrug, kShortTextLimit),
                        limitText(tr("Conditional cautioning"), p.conditionalCaution, kCommentLimit));
}

Status validateReturnReasons(const QString& reasons)
{
    if (reasons.trimmed().isEmpty())
        return Error{tr("Reasons"), tr("Reasons: say what must change before the file can be approved.")};
    return limitText(tr("Reasons"), reasons, kCommentLimit);
}

} // namespace conduct
