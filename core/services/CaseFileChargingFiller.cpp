// The charging file's sections of the CaseFile (issue 22): the MG3's suspects, material, contact
// details, outline and supervisor's part; the MG5; the MG2's age and assessing officer. Each box
// is filled from the written document where the officer wrote it, and otherwise from the fact the
// case already holds (ChargingFileStart.h), so a filled-in case prints no "[not recorded]".

#include "services/CaseFileFillers.h"

#include "common/UkTime.h"
#include "domain/Validation.h"
#include "export/BuilderSupport.h"
#include "services/ChargingFileStart.h"
#include "services/OrdersService.h"
#include "store/ChargingFileRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseFileChargingFiller", text); }

OfficerDetails officerFor(Database& db, qint64 userId, const QString& fallbackName)
{
    OfficerDetails o;
    o.name = fallbackName;
    if (userId == 0) return o;
    auto stored = UserRepository(db).findById(userId);
    if (!stored.ok() || !*stored) return o;
    const User& u = stored->value().user;
    o.name = u.displayName;
    o.rankOrTitle = u.profile.rank;
    o.number = u.profile.collarNumber;
    o.station = u.profile.station;
    o.telephone = u.profile.telephone;
    o.mobile = u.profile.mobile;
    o.email = u.profile.email;
    return o;
}

OfficerDetails signatory(const SignatorySnapshot& s)
{
    OfficerDetails o;
    o.name = s.name;
    o.rankOrTitle = s.rank;
    o.number = s.number;
    o.email = s.email;
    return o;
}

VersionMark markOf(const ChargingDocument& d)
{
    VersionMark mark;
    mark.version = d.version;
    if (const auto approval = d.approval(); approval && d.status == ChargingStatus::Approved) {
        mark.approved = true;
        mark.approvedUtc = approval->reviewUtc;
    }
    return mark;
}

// The version to print: the one pinned for this export, or the newest.
std::optional<ChargingDocument> printed(const QList<ChargingDocument>& versions, int pinned)
{
    if (versions.isEmpty()) return std::nullopt;
    if (pinned <= 0) return versions.last();
    for (const ChargingDocument& d : versions)
        if (d.version == pinned) return d;
    return std::nullopt;
}

QString ageText(const Person& p)
{
    if (const int age = ageInYears(p.dateOfBirth, uktime::today()); age >= 0) return QString::number(age);
    if (p.over18) return *p.over18 ? tr("Over 18") : tr("Under 18");
    return {};
}

void fillSuspects(const CaseFile& file, const std::optional<ChargingDocument>& mg3, const OrdersRecords& orders,
                  ChargingInfo& info)
{
    info.suspects.clear();
    for (const Person& p : file.people) {
        if (p.role != PersonRole::Suspect) continue;
        SuspectCharging s;
        s.personId = p.id;
        s.ethnicityCode = p.ethnicityCode;
        for (const BailConditions& b : orders.bail)   // the active bail's return date (answerBailOn)
            if (b.suspectId == p.id && b.active && b.answerBailOn.isValid()) s.returnBailDate = std::max(s.returnBailDate, b.answerBailOn);
        const SuspectChargingEntry* written = nullptr;
        if (mg3)
            for (const SuspectChargingEntry& e : mg3->mg3.suspects)
                if (e.personId == p.id) written = &e;
        if (written) {
            static_cast<SuspectChargingEntry&>(s) = *written;
            s.releasedUnderInvestigation = written->releasedUnderInvestigation && !s.returnBailDate.isValid();
        }
        if (s.proposedCharges.trimmed().isEmpty()) s.proposedCharges = proposedChargesFor(file, p);
        info.suspects.append(s);
    }
}

QStringList breachLines(const OrdersRecords& orders)
{
    QStringList lines;
    for (auto it = orders.breaches.crbegin(); it != orders.breaches.crend(); ++it) {   // stored newest first
        const QString when = it->timeKnown ? uktime::formatDateTime(it->occurredUtc) : uktime::formatDate(uktime::dateOf(it->occurredUtc));
        lines.append(tr("%1 on %2: %3").arg(it->of == BreachOf::Bail ? tr("Breach of bail") : tr("Breach of order"), when,
                                              it->description.trimmed()));
    }
    return lines;
}
} // namespace

Status fillChargingFile(const FillerContext& context, qint64 caseId, CaseFile& file)
{
    OrdersService ordersService(context.db, context.session);
    ordersService.setAccessJustification(context.accessJustification);
    auto orders = ordersService.load(caseId);
    if (!orders.ok()) return orders.error();

    const ChargingFileRepository repo(context.db);
    auto mg3Versions = repo.versions(caseId, ChargingForm::Mg3);
    if (!mg3Versions.ok()) return mg3Versions.error();
    auto mg5Versions = repo.versions(caseId, ChargingForm::Mg5);
    if (!mg5Versions.ok()) return mg5Versions.error();
    const std::optional<ChargingDocument> mg3 = printed(mg3Versions.value(), context.pinnedMg3Version);
    const std::optional<ChargingDocument> mg5 = printed(mg5Versions.value(), context.pinnedMg5Version);
    if (context.pinnedMg3Version > 0 && !mg3)
        return Error{tr("MG3 version"), tr("MG3 version: this case has no version %1.").arg(context.pinnedMg3Version)};
    if (context.pinnedMg5Version > 0 && !mg5)
        return Error{tr("MG5 version"), tr("MG5 version: this case has no version %1.").arg(context.pinnedMg5Version)};

    const OfficerDetails officerInCase = officerFor(context.db, file.caseRecord.oicUserId, file.caseRecord.officerInCase);

    // The MG11 withdrawal statement records who took it by name; when that is the officer in the
    // case, their profile fills the station and the rest of the block.
    if (file.withdrawalStatement && file.withdrawalStatement->takenBy.name.trimmed() == officerInCase.name)
        file.withdrawalStatement->takenBy = officerInCase;

    if (!file.charging) file.charging = ChargingInfo{};
    ChargingInfo& info = *file.charging;
    info.facts = carriedFacts(file, breachLines(orders.value()));
    fillSuspects(file, mg3, orders.value(), info);
    info.completingOfficer = officerInCase;
    if (mg3) {
        info.mark = markOf(*mg3);
        if (mg3->authorUserId != file.caseRecord.oicUserId) {
            info.completingOfficer = officerFor(context.db, mg3->authorUserId, mg3->authorName);
            info.officerInCaseIfDifferent = officerInCase.name;
        }
        if (!mg3->mg3.officerInCaseIfDifferent.trimmed().isEmpty()) info.officerInCaseIfDifferent = mg3->mg3.officerInCaseIfDifferent;
        info.dateCompleted = uktime::dateOf(mg3->submittedUtc.isValid() ? mg3->submittedUtc : mg3->updatedUtc);
        info.outlineOfCircumstances = mg3->mg3.outline;
        for (const MaterialEntry& m : mg3->mg3.material)
            info.materialProvided.append(MaterialItem{m.label, m.attached ? m.detail : tr("%1 (to follow)").arg(m.detail).trimmed(), m.date});
        if (info.mark.approved) {
            const ChargingReview approval = *mg3->approval();
            const Mg3SupervisorPart& part = approval.supervisorPart;
            info.evidenceAlignedToPointsToProve = part.evidenceAlignedToPointsToProve;
            info.availabilityOfOtherEvidence = part.availabilityOfOtherEvidence;
            info.whyCpsConsulted = part.whyCpsConsulted;
            info.publicInterest = part.publicInterest;
            info.recommendedCharges = part.recommendedCharges;
            info.undermineOrAssistMaterial = part.undermineOrAssistMaterial;
            info.supervisor = signatory(approval.reviewer);
        }
    } else {
        // Nothing written yet: the material the case holds, so the CPS sees what exists.
        for (const MaterialEntry& m : materialFromCase(file, std::nullopt))
            info.materialProvided.append(MaterialItem{m.label, m.detail, m.date});
    }

    if (mg5) {
        CaseSummaryInfo s;
        const Mg5PolicePart& p = mg5->mg5;
        s.mark = markOf(*mg5);
        s.keyEvidence = p.keyEvidence;
        s.keyWitnesses = p.keyWitnesses;
        s.propertyValue = p.propertyValue;
        if (const Person* d = exportsupport::findPerson(file, p.interview.defendantPersonId)) s.interviewDefendant = d->displayName();
        s.interviewUtc = p.interview.startUtc;
        s.interviewingOfficers = p.interview.interviewingOfficers;
        s.otherPersonsPresent = p.interview.otherPersonsPresent;
        s.defendantExplanation = p.interview.explanation;
        s.responseToCctv = p.interview.responseToCctv;
        s.admissions = p.interview.admissions;
        s.nonKeyWitnesses = p.nonKeyWitnesses;
        s.visuallyRecordedEvidence = p.visuallyRecordedEvidence;
        s.vreIsKeyEvidence = p.vreIsKeyEvidence;
        s.vreDetails = p.vreDetails;
        s.injuries = p.injuries;
        s.forensicEvidence = p.forensicEvidence;
        s.ordersApplied = p.ordersApplied;
        s.compensation = p.compensation;
        s.dipTested = p.dipTested;
        s.dipTriggerOffence = p.dipTriggerOffence;
        s.dipResult = p.dipResult;
        s.dipDrug = p.dipDrug;
        s.ticsMg18 = p.ticsMg18;
        s.preConsAttached = p.preConsAttached;
        s.mg6Attached = p.mg6Attached;
        s.conditionalCaution = p.conditionalCaution;
        s.certifyingOfficer = officerFor(context.db, mg5->authorUserId, mg5->authorName);
        s.certifiedOn = p.certifiedOn;
        if (s.mark.approved) {
            const ChargingReview approval = *mg5->approval();
            s.certifyingSupervisor = signatory(approval.reviewer);
            s.supervisorCertifiedOn = uktime::dateOf(approval.reviewUtc);
        }
        file.caseSummary = s;
    }

    for (SpecialMeasuresAssessment& a : file.specialMeasures) {
        if (const Person* p = exportsupport::findPerson(file, a.personId)) a.witnessAge = ageText(*p);
        if (a.assessingOfficer.name.isEmpty()) a.assessingOfficer = officerInCase;
        // A complainant in a domestic abuse case is eligible as an intimidated witness (YJCEA 1999 s17(4A)).
        const Person* p = exportsupport::findPerson(file, a.personId);
        if (p && p->role == PersonRole::Complainant && info.facts.domesticAbuse) a.domesticAbuseComplainant = true;
    }
    return {};
}

} // namespace conduct
