#pragma once
// Everything the document builders read, gathered in one value. The Case, people and incidents
// come from the store today; the other sections belong to issues not yet built (special
// measures, risk assessments, withdrawal, charging, orders, exhibits), so each is optional or an
// empty list and the documents print "[not recorded]" where they are missing.

#include "domain/Case.h"
#include "domain/ChargingFile.h"
#include "domain/Evidence.h"
#include "domain/Incident.h"
#include "domain/Person.h"
#include "search/Escalation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct {

struct OfficerDetails {
    QString name;
    QString rankOrTitle;     // "Rank/Job title" (MG3)
    QString number;          // collar / staff number
    QString station;
    QString telephone;
    QString mobile;
    QString email;
};

// MG3 suspect block (mg-forms §4.1, S1.1–S1.13), one per suspect.
// What the officer wrote on the MG3 page (domain/ChargingFile.h), with the facts the case holds.
struct SuspectCharging : SuspectChargingEntry {
    QString ethnicityCode;                 // 16+1 code from the person record, e.g. "W1"
    QDate returnBailDate;                  // from the suspect's active bail record
};

// "Material provided to CPS (indicate if attached)": one line per item with its date.
struct MaterialItem {
    QString label;           // the printed label, e.g. "Statement of:" or "Police incident log:"
    QString detail;          // e.g. the witness's name
    QDate date;
};

enum class ChargingTest { NotStated, FullCode, Threshold };   // protocol 4.10

// Which version of a written form is printed, and whether a supervisor approved it (issue 22).
// A version not approved prints its supervisor's block blank and "Version n – not yet approved".
struct VersionMark {
    int version = 0;           // 0: nothing written in the application yet
    bool approved = false;
    QDateTime approvedUtc;
};

// Facts the case already holds that the MG3 carries (protocol 4.3, 3.7, 4.13; MCA 1980 s127).
struct CarriedCaseFacts {
    bool domesticAbuse = false;
    QString domesticAbuseReason;
    QString approvedRiskLevel;       // the latest risk assessment a supervisor approved, with its instrument
    QDate riskApprovedOn;
    QString maracReferral;           // "Referred on …" / "Not referred: …"
    QStringList breaches;            // one line each, oldest first
    QDate timeLimit;                 // summary-only offences: six months after the last incident
};

struct ChargingInfo {
    VersionMark mark;
    CarriedCaseFacts facts;
    QList<SuspectCharging> suspects;
    QList<MaterialItem> materialProvided;
    OfficerDetails completingOfficer;
    QString officerInCaseIfDifferent;
    QDate dateCompleted;
    ChargingTest testSought = ChargingTest::NotStated;
    QString outlineOfCircumstances;        // MG3 R1; long, flows over pages (and onto an MG3A)
    // Supervisor's comments (MG3 R2a–R2f).
    QString evidenceAlignedToPointsToProve;
    QString availabilityOfOtherEvidence;
    QString whyCpsConsulted;
    QString publicInterest;
    QString recommendedCharges;
    QString undermineOrAssistMaterial;
    OfficerDetails supervisor;             // "Approved for referral to CPS"
    // The CPS decision as the officer recorded it on the Action plan page (ChargingRequest);
    // printed in the CPS part, which is otherwise left blank for the prosecutor.
    QString cpsOutcome;                    // empty: no decision recorded
    QDate cpsDecisionOn;
    QString cpsDecisionDetail;
};

// An MG3 action plan item with the action date agreed between police and CPS (protocol 4.7).
struct ActionPlanItem {
    QString action;
    QDate actionDate;
    QString owner;
    bool done = false;
};

// MG5 content (mg-forms §5).
struct CaseSummaryInfo {
    VersionMark mark;
    QString keyEvidence;
    QString keyWitnesses;
    QString propertyValue;
    QString interviewDefendant;
    QDateTime interviewUtc;
    QString interviewingOfficers;
    QString otherPersonsPresent;
    QString defendantExplanation;
    QString responseToCctv;
    QString admissions;
    QString nonKeyWitnesses;
    std::optional<bool> visuallyRecordedEvidence;
    std::optional<bool> vreIsKeyEvidence;
    QString vreDetails;
    QString injuries;
    QString forensicEvidence;
    QString compensation;
    QString ordersApplied;
    std::optional<bool> dipTested;
    QString dipTriggerOffence;
    QString dipResult;
    QString dipDrug;
    std::optional<bool> ticsMg18;
    std::optional<bool> preConsAttached;
    std::optional<bool> mg6Attached;
    QString conditionalCaution;
    OfficerDetails certifyingOfficer;
    QDate certifiedOn;
    OfficerDetails certifyingSupervisor;
    QDate supervisorCertifiedOn;
};

// MG2 content (mg-forms §3), one per vulnerable or intimidated witness.
struct SpecialMeasuresAssessment {
    qint64 personId = 0;
    QString witnessAge;      // worked out from the date of birth, or "Over 18" from the person record
    // 1. Type of witness
    bool youthUnder18 = false;
    bool mentalDisorder = false;
    bool learningDisability = false;
    bool physicalDisability = false;
    bool fearOrDistress = false;
    bool sexualOffenceComplainant = false;
    bool weaponsOffence = false;
    bool domesticAbuseComplainant = false;    // s.17(4A): added box, not on the 2010/11 form
    // 2. Eligibility
    QString evidenceOfEligibility;
    QString effectOnQuality;
    // 3. Measures sought (YJCEA 1999 ss.23–30)
    bool screens = false;
    bool liveLink = false;
    bool evidenceInPrivate = false;
    bool removalOfWigsAndGowns = false;
    bool visuallyRecordedInterview = false;
    bool intermediary = false;
    bool aidsToCommunication = false;
    bool preRecordedCrossExamination = false;  // s.28: added box
    // 4. Witness's views (MoG-2011 note 3.2)
    QString viewsOnEligibility;
    QString viewsOnQualityImprovement;
    QString viewsOnMeasures;
    // 5. Other interested parties
    QString otherPartiesViews;
    std::optional<bool> supportingMaterial;
    QString supportingMaterialList;
    // 6.
    std::optional<bool> meetingRequired;
    OfficerDetails assessingOfficer;
    QDate assessedOn;
    // Additional information, not official MG2 boxes (protocol 6.5).
    QString supporterName;
    QString interpreterNeeds;
};

struct RiskAnswer {
    QString number;          // as numbered on the instrument
    QString question;
    QString answer;          // "Yes" / "No" / "Not known" ...
    QString comment;
    bool wordingUnverified = false;
};

struct SupervisorSignOff {
    QString supervisor;
    QString decision;        // agree / raise / return with comments
    QString comments;
    QDateTime signedUtc;
};

// One completed risk screening (protocol 3.7, 4.5): never edited, each reassessment a new version.
struct RiskAssessmentRecord {
    QString instrument;      // "S-DASH", "DASH 2009 (police)" ...
    QString instrumentVersion;
    int assessmentVersion = 1;
    QDateTime completedUtc;
    QString assessor;
    qint64 subjectPersonId = 0;   // the complainant assessed
    QList<RiskAnswer> answers;
    std::optional<int> score;
    QString suggestedLevel;
    QString officerLevel;
    QString rationale;
    std::optional<bool> maracReferral;
    std::optional<bool> mappaReferral;
    QDate nextReview;
    std::optional<SupervisorSignOff> signOff;   // a supervisor of this database only
    // Issue 24: the database a bundle brought it from, and its reviews there, as history lines
    // (never a sign-off).
    QString transferredFrom;
    QStringList transferredHistory;
};

struct EvidenceChecklistItem {
    QString item;
    QString status;          // obtained / requested / outstanding / not applicable
    QString note;
    QString exhibitReference;
    QDate date;
    bool wordingUnverified = true;   // the 2018 checklist items are unconfirmed (risk-and-evidence-forms §1.2)
};

// Protocol 5.3: what the withdrawal statement must cover, in the complainant's words.
struct WithdrawalStatementInfo {
    qint64 complainantId = 0;
    QString occupation;
    QDate originalStatementDate;
    QString reasons;
    QString amendmentExplanation;
    QString originalComplaintTrue;
    QString pressure;
    QString discussedWith;
    QString civilAction;
    QString ownDecision;         // capacity / own free will (specimen)
    QString willingnessToAttend;
    QDateTime takenUtc;
    QString takenAt;
    OfficerDetails takenBy;
};

// Protocol 5.4: the officer's report that accompanies the withdrawal statement.
struct OfficerWithdrawalReportInfo {
    QString circumstances;       // date, place, who was present, who initiated contact (mg-forms §7.3)
    QString viewsOnCase;         // veracity, intimidation or pressure, assessment of the reasons
    QString howToProceed;        // including proceeding against the complainant's wishes (5.6)
    QString reactionToCompulsion;
    QString risks;               // to the complainant, children or any other person
    QString supportAvailable;    // ISAC/IDVA/YPVA/ISVA, special measures offered; whether a reason
    QString supportOrganisationViews;
    QString impactOfProceeding;  // on the complainant and any children/dependants
    QString otherEvidence;       // to continue without the complainant (5.6)
    QString previousWithdrawals;
    OfficerDetails officer;
    QDate reportDate;
};

// Draft restraining order (protocol 9.2, mg-forms §10).
struct RestrainingOrderDraft {
    QString basis;               // on conviction (s.360 SA 2020) / on acquittal (s.5A PHA 1997)
    QList<qint64> protectedPersonIds;
    QStringList prohibitions;
    QString duration;
    QString victimViews;
};

struct ExhibitRecord {
    QString reference;
    QString description;
    QString location;
    bool visuallyRecorded = false;   // CCTV, body-worn video, screenshots, captures: the MG5's section 4
    QString kind;                    // the exhibit type as shown to people
    QList<AttachmentInfo> attachments;   // each file's SHA-256 and last check, for the checklist (issue 31)
};

// A dated event of the case other than an incident, marked on the chronology's timeline:
// risk screenings, bail, orders, breaches, charging decisions, withdrawals of support.
struct CaseFileEvent {
    QDateTime whenUtc;
    QString kind;    // "risk", "bail", "order", "breach", "charge", "withdrawal"
    QString label;
    bool timeKnown = true;   // false: a date alone, printed without a time
};

struct CaseFile {
    Case caseRecord;
    QList<Person> people;
    QList<Incident> incidents;
    QString forceName;           // e.g. "WEST YORKSHIRE POLICE", centred on MG3 and MG11
    EscalationOptions escalation;   // the escalation rule the charts and summaries apply (Preferences)

    std::optional<ChargingInfo> charging;
    QList<ActionPlanItem> actionPlan;
    std::optional<CaseSummaryInfo> caseSummary;
    QList<SpecialMeasuresAssessment> specialMeasures;
    QList<RiskAssessmentRecord> riskAssessments;
    QList<EvidenceChecklistItem> evidenceChecklist;
    std::optional<WithdrawalStatementInfo> withdrawalStatement;
    std::optional<OfficerWithdrawalReportInfo> withdrawalReport;
    std::optional<RestrainingOrderDraft> restrainingOrder;
    QList<ExhibitRecord> exhibits;
    QList<CaseFileEvent> timelineMarkers;   // oldest first
};

} // namespace conduct
