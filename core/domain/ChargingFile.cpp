#include "domain/ChargingFile.h"

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

// One refusal per field over its limit, naming the field as the form labels it.
Status within(const QString& text, const QString& field, int limit)
{
    if (text.size() <= limit) return {};
    return Error{field, tr("%1: at most %2 characters (this has %3). Shorten it, or attach the rest as a "
                           "document and list it under material provided.")
                            .arg(field)
                            .arg(limit)
                            .arg(text.size())};
}

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
        Status one = firstRefusal(within(s.custodyReference, tr("Custody Ref"), kShortTextLimit),
                                  within(s.flagNotes, tr("Notes on the suspect's markers"), kCommentLimit),
                                  within(s.proposedCharges, tr("Proposed charges"), kCommentLimit),
                                  within(s.anticipatedPlea, tr("Anticipated plea"), kShortTextLimit));
        if (!one.ok()) return one;
    }
    for (const MaterialEntry& m : part.material) {
        Status one = firstRefusal(within(m.label, tr("Material provided to CPS"), kShortTextLimit),
                                  within(m.detail, tr("Material provided to CPS: details"), kShortTextLimit * 5));
        if (!one.ok()) return one;
        if (m.addedByOfficer && m.label.trimmed().isEmpty())
            return Error{tr("Material provided to CPS"),
                         tr("Material provided to CPS: a row you added has no name. Name the item, or remove the row.")};
    }
    return firstRefusal(within(part.outline, tr("Outline of circumstances"), kLongTextLimit),
                        within(part.officerInCaseIfDifferent, tr("Officer in case (If different from above)"),
                               kShortTextLimit));
}

Status validateMg3SupervisorPart(const Mg3SupervisorPart& p)
{
    return firstRefusal(within(p.evidenceAlignedToPointsToProve, tr("Supervisor's comments: points to prove"), kCommentLimit),
                        within(p.availabilityOfOtherEvidence, tr("Supervisor's comments: availability of other evidence"),
                               kCommentLimit),
                        within(p.whyCpsConsulted, tr("Supervisor's comments: why CPS is consulted"), kCommentLimit),
                        within(p.publicInterest, tr("Supervisor's comments: public interest"), kCommentLimit),
                        within(p.recommendedCharges, tr("Supervisor's comments: recommended charges"), kCommentLimit),
                        within(p.undermineOrAssistMaterial, tr("Supervisor's comments: undermining material"),
                               kCommentLimit));
}

Status validateMg5PolicePart(const Mg5PolicePart& p)
{
    const Mg5Interview& i = p.interview;
    return firstRefusal(within(p.keyEvidence, tr("Key evidence"), kLongTextLimit),
                        within(p.keyWitnesses, tr("Key witness(es) and their role"), kCommentLimit),
                        within(p.propertyValue, tr("Value of property"), kShortTextLimit),
                        within(i.interviewingOfficers, tr("Interviewing officer(s)"), kShortTextLimit),
                        within(i.otherPersonsPresent, tr("Other person(s) present"), kShortTextLimit),
                        within(i.explanation, tr("Summary of defendant explanation"), kLongTextLimit),
                        within(i.responseToCctv, tr("Defendant's response/reaction to CCTV"), kCommentLimit),
                        within(i.admissions, tr("Relevant admissions"), kCommentLimit),
                        within(p.nonKeyWitnesses, tr("Non-key witness(es)"), kCommentLimit),
                        within(p.vreDetails, tr("Visually recorded evidence: details"), kCommentLimit),
                        within(p.injuries, tr("Description of injuries"), kCommentLimit),
                        within(p.forensicEvidence, tr("Forensic evidence"), kCommentLimit),
                        within(p.ordersApplied, tr("Order(s) applied for"), kCommentLimit),
                        within(p.compensation, tr("Application for compensation"), kCommentLimit),
                        within(p.dipTriggerOffence, tr("DIP testing: trigger offence"), kShortTextLimit),
                        within(p.dipResult, tr("DIP testing: result"), kShortTextLimit),
                        within(p.dipDrug, tr("DIP testing: drug"), kShortTextLimit),
                        within(p.conditionalCaution, tr("Conditional cautioning"), kCommentLimit));
}

Status validateReturnReasons(const QString& reasons)
{
    if (reasons.trimmed().isEmpty())
        return Error{tr("Reasons"), tr("Reasons: say what must change before the file can be approved.")};
    return within(reasons, tr("Reasons"), kCommentLimit);
}

} // namespace conduct
