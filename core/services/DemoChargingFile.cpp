// The demo case's charging file (issue 22): an MG3 and an MG5 written from the fictional
// incidents, submitted, and approved by the reviewing supervisor when there is one, so the demo's
// documents show a finished file. Every word is invented and matches DemoCase.cpp.

#include "services/DemoCase.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "services/ChargingFileService.h"

namespace conduct {
namespace {

const char* const demoOutline =
    "Offences: stalking involving fear of violence or serious alarm or distress (s4A PHA 1997); stalking (s2A).\n"
    "Suspect: Daniel James PLACEHOLDER, the complainant's former partner.\n"
    "Victim: Hannah Louise FICTIONAL.\n\n"
    "CIRCUMSTANCES\n"
    "The complainant ended a two-year relationship with the suspect just over three months ago. Since then he has "
    "contacted her by WhatsApp, a new Instagram account, her work e-mail and a new mobile number; waited outside her "
    "home and beside her car at work; followed her on foot to Newtown station; slashed both front tyres of her car and "
    "left a note reading 'Now you have to stay home'; and, after she moved to her sister's address in Oldbury, found "
    "her there and shouted that if he could not have her 'nobody will'. Four days ago a text from a new number said "
    "'I know where you are now. Tell the police and see what happens.'\n\n"
    "VICTIM\n"
    "The complainant has changed her routes, her phone number and her accounts, taken leave from work and moved out "
    "of her home. She describes herself as terrified. Her DASH was graded high and she has been referred to MARAC.\n\n"
    "WITNESSES\n"
    "Priya SAMPLETON, a colleague, saw the suspect waiting beside the complainant's car and walked her back inside.\n\n"
    "CCTV AND DIGITAL EVIDENCE\n"
    "Station CCTV (SE/1) shows the following. The phone download (SE/2) and screenshots (SE/3) hold the messages.\n\n"
    "SUSPECT INTERVIEW\n"
    "Interviewed under caution; accepted sending messages 'to get closure', denied the damage, the following and "
    "the threat.\n\n"
    "DECISION/ADVICE SOUGHT\n"
    "A charging decision on s4A (alternatively s2A) on the full code test. The suspect is on conditional bail. "
    "A restraining order will be sought on conviction or acquittal (protocol 9.3).";

Mg3SupervisorPart demoSupervisorComments()
{
    Mg3SupervisorPart p;
    p.evidenceAlignedToPointsToProve = QStringLiteral(
        "Course of conduct: ten incidents over three months, each evidenced by the complainant's statement and the "
        "exhibits. Stalking behaviours under s2A(3) (following, contacting, loitering, monitoring communications, "
        "interfering with property). Serious alarm or distress with a substantial adverse effect: change of address, "
        "leave from work, new routes and phone number.");
    p.availabilityOfOtherEvidence = QStringLiteral(
        "Investigation complete save the forensic examination of the note (SE/4), expected within 14 days; the "
        "result will be sent on an MG3A.");
    p.whyCpsConsulted = QStringLiteral("Stalking (s4A) is an either-way offence: a CPS charging decision is required.");
    p.publicInterest = QStringLiteral(
        "Escalating behaviour, a threat to the complainant and a high DASH risk with MARAC referral: a prosecution is "
        "required to protect her.");
    p.recommendedCharges = QStringLiteral("Stalking involving serious alarm or distress, s4A(1)(b)(ii) PHA 1997.");
    p.undermineOrAssistMaterial = QStringLiteral(
        "None known. The complainant's withdrawal statement and the officer's report are on the file (protocol 5.3-5.4).");
    return p;
}

QString demoInterviewExplanation()
{
    return QStringLiteral(
        "Accepted sending the WhatsApp and Instagram messages 'to get closure' and said he did not know they upset "
        "her. Denied damaging the car, following her to the station and going to Oldbury. Said the text of four days "
        "ago was not from him.");
}

} // namespace

Status addDemoChargingFile(Database& db, qint64 caseId, const Session& officer, const Session* reviewer)
{
    ChargingFileService service(db, officer);
    auto start = service.startingPoints(caseId);
    if (!start.ok()) return start.error();
    const QDate today = uktime::today();

    ChargingDocument mg3;
    mg3.caseId = caseId;
    mg3.form = ChargingForm::Mg3;
    mg3.mg3.suspects = start->suspects;
    for (SuspectChargingEntry& s : mg3.mg3.suspects) {
        s.custodyReference = QStringLiteral("EX/C/26/1187");
        s.prolificPriorityOffender = false;
        s.deterYoungOffender = false;
        s.youthOffender = false;
        s.badCharacterEvidence = false;
        s.dangerousOffender = false;
        s.anticipatedPlea = QStringLiteral("Not guilty");
    }
    mg3.mg3.material = start->material;
    for (MaterialEntry& m : mg3.mg3.material) m.attached = true;
    mg3.mg3.material.append({QStringLiteral("Previous convictions/disposals:"), QStringLiteral("PNC print: none"), today.addDays(-3),
                             true, true});
    mg3.mg3.outline = QString::fromUtf8(demoOutline);
    auto savedMg3 = service.save(mg3);
    if (!savedMg3.ok()) return savedMg3.error();
    if (auto s = service.submit(savedMg3->id); !s.ok()) return s.error();

    ChargingDocument mg5;
    mg5.caseId = caseId;
    mg5.form = ChargingForm::Mg5;
    Mg5PolicePart& p = mg5.mg5;
    p.keyEvidence = QStringLiteral("Headline: a course of stalking over three months by the complainant's former partner, "
                                   "ending in a threat.\n\nChronological summary:\n") + start->keyEvidence;
    // The MG5 is served on the defence: her sister's address, where she now lives, stays off it.
    p.keyEvidence.replace(QStringLiteral("3 Sample Close, Oldbury"), QStringLiteral("her sister's address in Oldbury"));
    p.keyWitnesses = start->keyWitnesses;
    p.propertyValue = QStringLiteral("Two car tyres, £180 (estimate)");
    for (const SuspectChargingEntry& s : start->suspects) p.interview.defendantPersonId = s.personId;
    p.interview.startUtc = londonToUtc(today.addDays(-3), QTime(14, 5)).utcReadings.first();
    p.interview.interviewingOfficers = QStringLiteral("DC 4127 Sam EXAMPLE; DC 3301 Jo SAMPLE");
    p.interview.otherPersonsPresent = QStringLiteral("Duty solicitor (Example & Co)");
    p.interview.explanation = demoInterviewExplanation();
    p.interview.responseToCctv = QStringLiteral("Shown SE/1; said 'that could be anyone'.");
    p.interview.admissions = QStringLiteral("Sending the messages of incidents 1-3: counter 00:06:40 to 00:11:15.");
    p.nonKeyWitnesses = QStringLiteral("The neighbour at 16 Example Terrace (saw the car parked opposite): statement to follow.");
    p.visuallyRecordedEvidence = start->visuallyRecordedEvidence;
    p.vreIsKeyEvidence = true;
    p.vreDetails = start->vreDetails + QStringLiteral("\nSE/1 counter 00:02:10 to 00:04:30: the suspect 20 metres behind the complainant.");
    p.injuries = QStringLiteral("No physical injury. Psychological effect described in the complainant's statement.");
    p.forensicEvidence = QStringLiteral("Note SE/4 submitted for fingerprint examination; result expected within 14 days.");
    // Served on the defence: the excluded addresses (where she now lives and works) go on the MG6.
    p.ordersApplied = QStringLiteral("Restraining order on conviction (s.360 Sentencing Act 2020), until further order: no "
                                     "contact with Hannah Louise FICTIONAL directly or indirectly, nothing published about "
                                     "her, and not to attend her home or workplace (addresses on the MG6, confidential).");
    p.compensation = QStringLiteral("Victim: Hannah Louise FICTIONAL. Two car tyres, £180 (estimate). MG19 sent to the victim.");
    p.dipTested = false;
    p.ticsMg18 = false;
    p.preConsAttached = true;
    p.mg6Attached = true;
    p.conditionalCaution = QStringLiteral("Stalking with threats against a high-risk victim: the offending is too serious and the "
                                          "risk of re-offending is not reduced by conditions.");
    p.certifiedOn = today.addDays(-1);
    auto savedMg5 = service.save(mg5);
    if (!savedMg5.ok()) return savedMg5.error();
    if (auto s = service.submit(savedMg5->id); !s.ok()) return s.error();

    if (!reviewer) return {};   // left awaiting a supervisor, as a real file would be
    ChargingFileService supervisor(db, *reviewer);
    if (auto a = supervisor.approve(savedMg3->id, demoSupervisorComments()); !a.ok()) return a.error();
    if (auto a = supervisor.approve(savedMg5->id, {}); !a.ok()) return a.error();
    return {};
}

} // namespace conduct
