#include "rules/VictimCare.h"

#include "common/UkTime.h"
#include "domain/Codes.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::VictimCare", text); }


constexpr CodeEntry<SupportService> serviceTable[] = {
    {SupportService::Isac, "isac", QT_TRANSLATE_NOOP("conduct::VictimCare", "ISAC (Independent Stalking Advocacy Caseworker)")},
    {SupportService::Idva, "idva", QT_TRANSLATE_NOOP("conduct::VictimCare", "IDVA (Independent Domestic Violence Advisor)")},
    {SupportService::Isva, "isva", QT_TRANSLATE_NOOP("conduct::VictimCare", "ISVA (Independent Sexual Violence Advisor)")},
    {SupportService::Ypva, "ypva", QT_TRANSLATE_NOOP("conduct::VictimCare", "YPVA (Young Persons Violence Advisor)")},
    {SupportService::Local, "local", QT_TRANSLATE_NOOP("conduct::VictimCare", "Local support service")},
};
constexpr CodeEntry<SpecialMeasure> measureTable[] = {
    {SpecialMeasure::Screens, "screens", QT_TRANSLATE_NOOP("conduct::VictimCare", "Screens (s23)")},
    {SpecialMeasure::LiveLink, "live_link", QT_TRANSLATE_NOOP("conduct::VictimCare", "Live link (s24)")},
    {SpecialMeasure::EvidenceInPrivate, "evidence_in_private", QT_TRANSLATE_NOOP("conduct::VictimCare", "Evidence in private (s25)")},
    {SpecialMeasure::RemovalOfWigsAndGowns, "wigs_and_gowns", QT_TRANSLATE_NOOP("conduct::VictimCare", "Removal of wigs and gowns (s26)")},
    {SpecialMeasure::VisuallyRecordedInterview, "vri", QT_TRANSLATE_NOOP("conduct::VictimCare", "Visually recorded interview (s27)")},
    {SpecialMeasure::PreRecordedCrossExamination, "s28", QT_TRANSLATE_NOOP("conduct::VictimCare", "Pre-recorded cross-examination (s28)")},
    {SpecialMeasure::Intermediary, "intermediary", QT_TRANSLATE_NOOP("conduct::VictimCare", "Intermediary (s29)")},
    {SpecialMeasure::AidsToCommunication, "aids_to_communication", QT_TRANSLATE_NOOP("conduct::VictimCare", "Aids to communication (s30)")},
};
constexpr CodeEntry<VpsPreference> preferenceTable[] = {
    {VpsPreference::NotStated, "not_stated", QT_TRANSLATE_NOOP("conduct::VictimCare", "Not yet stated")},
    {VpsPreference::ReadAloudByComplainant, "read_aloud", QT_TRANSLATE_NOOP("conduct::VictimCare", "Read it aloud in court themselves")},
    {VpsPreference::ReadForThem, "read_for_them", QT_TRANSLATE_NOOP("conduct::VictimCare", "Have it read aloud for them")},
    {VpsPreference::Played, "played", QT_TRANSLATE_NOOP("conduct::VictimCare", "Have the recording played")},
};


QString day(const QDate& d) { return uktime::formatDate(d); }
} // namespace

QString supportServiceCode(SupportService s) { return codeIn(serviceTable, s); }
std::optional<SupportService> supportServiceFromCode(const QString& code) { return fromCodeIn(serviceTable, code); }
QString supportServiceLabel(SupportService s) { return labelIn(serviceTable, s, "conduct::VictimCare"); }
QList<SupportService> allSupportServices() { return valuesIn(serviceTable); }
QString specialMeasureCode(SpecialMeasure m) { return codeIn(measureTable, m); }
std::optional<SpecialMeasure> specialMeasureFromCode(const QString& code) { return fromCodeIn(measureTable, code); }
QString specialMeasureLabel(SpecialMeasure m) { return labelIn(measureTable, m, "conduct::VictimCare"); }
QList<SpecialMeasure> allSpecialMeasures() { return valuesIn(measureTable); }
QString vpsPreferenceCode(VpsPreference p) { return codeIn(preferenceTable, p); }
std::optional<VpsPreference> vpsPreferenceFromCode(const QString& code) { return fromCodeIn(preferenceTable, code); }
QString vpsPreferenceLabel(VpsPreference p) { return labelIn(preferenceTable, p, "conduct::VictimCare"); }
QList<VpsPreference> allVpsPreferences() { return valuesIn(preferenceTable); }

Status validateCarePlan(const CarePlan& p)
{
    if (p.complainantId == 0) return Error{tr("Complainant"), tr("Choose the complainant this contact plan is for.")};
    if (Status s = requireText(tr("Point of contact"), p.spocName, limits::shortText); !s.ok())
        return Error{tr("Point of contact"), tr("Enter the name of the complainant's point of contact (SPOC) agreed with them (6.4).")};
    for (const auto& [field, value] : {std::pair{tr("SPOC contact details"), p.spocContact}, {tr("Deputy point of contact"), p.deputySpoc},
                                       {tr("Preferred means of contact"), p.preferredContact}, {tr("Safe means of contact"), p.safeContact}})
        if (Status s = limitText(field, value, limits::mediumText); !s.ok()) return s;
    if (p.agreedOn.isValid())
        if (Status s = notInFuture(tr("Agreed on"), p.agreedOn); !s.ok()) return s;
    if (p.vrrInformationGivenOn.isValid())
        if (Status s = notInFuture(tr("VRR information given on"), p.vrrInformationGivenOn); !s.ok()) return s;
    return {};
}

Status validateContact(const ContactEntry& c)
{
    if (c.personId == 0) return Error{tr("Person contacted"), tr("Choose who was contacted.")};
    if (!c.contactUtc.isValid()) return Error{tr("Contact date"), tr("Enter when the contact took place.")};
    if (Status s = notInFuture(tr("Contact date"), c.contactUtc); !s.ok()) return s;
    if (Status s = requireText(tr("Method"), c.method, limits::shortText); !s.ok()) return s;
    if (Status s = requireText(tr("By whom"), c.byWhom, limits::shortText); !s.ok()) return s;
    return requireText(tr("Summary"), c.summary, limits::longText);
}

Status validateReferral(const SupportReferral& r)
{
    if (r.personId == 0) return Error{tr("Person referred"), tr("Choose who is being referred.")};
    if (r.declined) {
        if (r.consent || r.referredOn.isValid())
            return Error{tr("Declined"), tr("A declined offer has no consent and no referral date: untick one or the other.")};
        if (!r.declinedOn.isValid()) return Error{tr("Declined on"), tr("Enter the date the complainant declined the referral.")};
        if (Status s = notInFuture(tr("Declined on"), r.declinedOn); !s.ok()) return s;
        if (Status s = limitText(tr("Organisation"), r.organisation, limits::shortText); !s.ok()) return s;
        return limitText(tr("Notes"), r.notes, limits::mediumText);
    }
    if (!r.consent)
        return Error{tr("Consent"), tr("A referral needs the complainant's consent. Protocol 6.1: complainants \"must always be afforded "
                                       "the opportunity to be referred to specialist VAWG services and not subject to automatic referral "
                                       "without their consent.\" If the complainant declined the offer, tick Declined and give the date.")};
    if (!r.consentOn.isValid()) return Error{tr("Consent given on"), tr("Enter the date the complainant consented to the referral.")};
    if (Status s = notInFuture(tr("Consent given on"), r.consentOn); !s.ok()) return s;
    if (r.service == SupportService::Local)
        if (Status s = requireText(tr("Organisation"), r.organisation, limits::shortText); !s.ok())
            return Error{tr("Organisation"), tr("Name the local support service.")};
    if (Status s = limitText(tr("Organisation"), r.organisation, limits::shortText); !s.ok()) return s;
    if (r.referredOn.isValid()) {
        if (Status s = notInFuture(tr("Referred on"), r.referredOn); !s.ok()) return s;
        if (r.referredOn < r.consentOn)
            return Error{tr("Referred on"), tr("The referral cannot be made before consent was given (%1).").arg(day(r.consentOn))};
    }
    return limitText(tr("Notes"), r.notes, limits::mediumText);
}

Status validateSpecialMeasures(const SpecialMeasuresRecord& m)
{
    if (m.personId == 0) return Error{tr("Witness"), tr("Choose the witness the special measures are for.")};
    if (!m.vulnerable && !m.intimidated)
        return Error{tr("Eligibility"), tr("Tick whether the witness is vulnerable (YJCEA 1999 s16) or intimidated (s17), or both.")};
    if (!m.discussedOn.isValid()) return Error{tr("Discussed on"), tr("Enter the date special measures were explained to the witness (6.5).")};
    if (Status s = notInFuture(tr("Discussed on"), m.discussedOn); !s.ok()) return s;
    for (SpecialMeasure wanted : m.measuresWanted)
        if (!m.measuresDiscussed.contains(wanted))
            return Error{tr("Measures wanted"), tr("\"%1\" is wanted but was not recorded as discussed: the witness's views must be "
                                                   "informed (6.5). Tick it under measures discussed.").arg(specialMeasureLabel(wanted))};
    if (m.supportServiceUpdateOn.isValid())
        if (Status s = notInFuture(tr("Support service update on"), m.supportServiceUpdateOn); !s.ok()) return s;
    if (m.earlyMeetingOn.isValid() && m.earlyMeetingOn < m.discussedOn)
        return Error{tr("Early special measures meeting"), tr("The meeting (6.6) cannot be before special measures were discussed with "
                                                              "the witness (%1).").arg(day(m.discussedOn))};
    if (m.supportServiceUpdateOn.isValid() && m.earlyMeetingOn.isValid() && m.supportServiceUpdateOn > m.earlyMeetingOn)
        return Error{tr("Support service update on"), tr("6.6: the update from the support service comes before the meeting (%1).")
                                                          .arg(day(m.earlyMeetingOn))};
    for (const auto& [field, value] : {std::pair{tr("Evidence of eligibility"), m.eligibilityEvidence},
                                       {tr("Complainant's views"), m.complainantViews},
                                       {tr("Effect on the quality of the witness's evidence"), m.effectOnQuality},
                                       {tr("Witness's views on their eligibility"), m.viewsOnEligibility},
                                       {tr("Witness's views on improving their evidence"), m.viewsOnQualityImprovement},
                                       {tr("Views of other interested parties"), m.otherPartiesViews},
                                       {tr("Supporting material"), m.supportingMaterialList}})
        if (Status s = limitText(field, value, limits::longText); !s.ok()) return s;
    if (m.supportingMaterial == true && m.supportingMaterialList.trimmed().isEmpty())
        return Error{tr("Supporting material"), tr("Supporting material: list what is attached, or answer No.")};
    if (Status s = limitText(tr("Interpreter or communication needs"), m.communicationNeeds, limits::mediumText); !s.ok()) return s;
    return limitText(tr("Supporter"), m.supporter, limits::shortText);
}

Status validateVps(const VictimPersonalStatement& v)
{
    if (v.personId == 0) return Error{tr("Complainant"), tr("Choose whose Victim Personal Statement this is.")};
    if (v.addendum && v.stage.trimmed().isEmpty())
        return Error{tr("Stage"), tr("Say at which stage the addendum was offered, e.g. after a guilty plea (6.8).")};
    if (v.offeredOn.isValid())
        if (Status s = notInFuture(tr("Offered on"), v.offeredOn); !s.ok()) return s;
    if (!v.taken) {
        if (Status s = requireText(tr("Why not taken"), v.whyNotTaken, limits::longText); !s.ok())
            return Error{tr("Why not taken"), tr("Say why the Victim Personal Statement was not taken: the CPS must be told (6.7).")};
        return {};
    }
    if (!v.takenOn.isValid()) return Error{tr("Taken on"), tr("Enter the date the Victim Personal Statement was taken.")};
    if (v.offeredOn.isValid() && v.takenOn < v.offeredOn)
        return Error{tr("Taken on"), tr("The statement cannot be taken before it was offered (%1).").arg(day(v.offeredOn))};
    return notInFuture(tr("Taken on"), v.takenOn);
}

Status checkRightToReviewDate(const QDate& informationGivenOn, const std::optional<QDate>& proceedingsEndedOn)
{
    if (!informationGivenOn.isValid()) return {};
    if (!proceedingsEndedOn)
        return Error{tr("VRR information given on"),
                     tr("The Victims' Right to Review follows a decision not to charge or to end proceedings (protocol 6.9). "
                        "Record the no-further-action decision on the Charging tab, or the decision to discontinue on the "
                        "Withdrawal tab, first.")};
    if (proceedingsEndedOn->isValid() && informationGivenOn < *proceedingsEndedOn)
        return Error{tr("VRR information given on"), tr("The VRR information cannot be given before the decision it follows (%1).")
                                                         .arg(day(*proceedingsEndedOn))};
    return {};
}

} // namespace conduct
