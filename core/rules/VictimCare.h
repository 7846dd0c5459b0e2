#pragma once
// Victim and witness care (protocol section 6): the complainant's point of contact and means of
// contact (6.4), the contact log, referrals to specialist support with consent (6.1, 6.2), the
// special measures discussion that feeds the MG2 (6.5, 6.6), Victim Personal Statements (6.7, 6.8)
// and the Victims' Right to Review information after no further action (6.9).

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct {

// 6.4: who speaks to the complainant, agreed with them. Preferred and safe means of contact live
// on the Person (preferredContact / safeContact) and are edited together with this.
struct CarePlan {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 complainantId = 0;
    QString spocName;          // the complainant's specific point of contact
    QString spocContact;       // how the complainant reaches the SPOC
    QString deputySpoc;        // succession planning for absence (6.4)
    QDate agreedOn;
    bool sharedWithCpsAndWcu = false;   // 6.4: the SPOC's identity is shared with CPS and the Witness Care Unit
    QString preferredContact;  // Person::preferredContact
    QString safeContact;       // Person::safeContact
    QDate vrrInformationGivenOn;   // 6.9: after a decision not to charge or to end proceedings
    qint64 rowVersion = 0;
};

struct ContactEntry {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    QDateTime contactUtc;
    bool timeKnown = true;     // false: a date only, contactUtc is London midnight (uktime::startOfDayUtc)
    QString method;            // telephone, text, email, in person, other
    QString byWhom;
    QString summary;
    qint64 rowVersion = 0;
};

enum class SupportService { Isac, Idva, Isva, Ypva, Local };
QString supportServiceCode(SupportService s);
std::optional<SupportService> supportServiceFromCode(const QString& code);
QString supportServiceLabel(SupportService s);
QList<SupportService> allSupportServices();

struct SupportReferral {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    SupportService service = SupportService::Isac;
    QString organisation;      // required for a local service; optional otherwise
    bool consent = false;      // 6.1: never an automatic referral without consent
    QDate consentOn;
    QDate referredOn;
    // The complainant declined the offer (6.1): kept as a record, with the date, and no referral.
    bool declined = false;
    QDate declinedOn;
    QString notes;
    qint64 rowVersion = 0;
};

// Measures under YJCEA 1999 ss23–30, the boxes of MG2 part 3.
enum class SpecialMeasure { Screens, LiveLink, EvidenceInPrivate, RemovalOfWigsAndGowns, VisuallyRecordedInterview,
                            Intermediary, AidsToCommunication, PreRecordedCrossExamination };
QString specialMeasureCode(SpecialMeasure m);
std::optional<SpecialMeasure> specialMeasureFromCode(const QString& code);
QString specialMeasureLabel(SpecialMeasure m);
QList<SpecialMeasure> allSpecialMeasures();

// 6.5, 6.6: the special measures discussion, the MG2's data for this witness.
struct SpecialMeasuresRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    bool vulnerable = false;           // YJCEA 1999 s16
    bool intimidated = false;          // YJCEA 1999 s17 (complainants in stalking cases usually are)
    QString eligibilityEvidence;
    QList<SpecialMeasure> measuresDiscussed;   // advantages and disadvantages explained (6.5)
    QList<SpecialMeasure> measuresWanted;      // the complainant's informed choice
    QString complainantViews;
    QString supporter;                 // e.g. the ISAC who will accompany them (6.5)
    QDate discussedOn;
    QDate earlyMeetingOn;              // 6.6: early special measures meeting
    QDate supportServiceUpdateOn;      // 6.6: update sought from the support service before the meeting
    // The rest of the MG2 (mg-forms §3; issue 22).
    QString effectOnQuality;           // 2: effect on the quality of the witness's evidence
    QString viewsOnEligibility;        // 4 (MoG-2011 note 3.2): the witness's own views
    QString viewsOnQualityImprovement;
    QString otherPartiesViews;         // 5: parent, carer, ISAC/IDVA, agencies
    std::optional<bool> supportingMaterial;
    QString supportingMaterialList;
    std::optional<bool> meetingRequired;   // 6: a special measures meeting
    QString communicationNeeds;        // additional information, not an MG2 box: interpreter, aids
    qint64 rowVersion = 0;
};

enum class VpsPreference { NotStated, ReadAloudByComplainant, ReadForThem, Played };
QString vpsPreferenceCode(VpsPreference p);
std::optional<VpsPreference> vpsPreferenceFromCode(const QString& code);
QString vpsPreferenceLabel(VpsPreference p);
QList<VpsPreference> allVpsPreferences();

struct VictimPersonalStatement {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    bool addendum = false;     // 6.8: at each significant stage
    QString stage;             // for an addendum: e.g. "after guilty plea"
    bool taken = true;
    QDate offeredOn;           // 6.7: when the opportunity to make a VPS was offered
    QDate takenOn;
    QString whyNotTaken;       // 6.7: the CPS is told why a VPS was not taken
    VpsPreference preference = VpsPreference::NotStated;
    qint64 rowVersion = 0;
};

Status validateCarePlan(const CarePlan& p);
Status validateContact(const ContactEntry& c);
Status validateReferral(const SupportReferral& r);
Status validateSpecialMeasures(const SpecialMeasuresRecord& m);
Status validateVps(const VictimPersonalStatement& v);
// 6.9: the Victims' Right to Review follows a decision not to charge or to end proceedings.
// `proceedingsEndedOn` is the date of that decision, empty when none is recorded on the case.
Status checkRightToReviewDate(const QDate& informationGivenOn, const std::optional<QDate>& proceedingsEndedOn);

} // namespace conduct
