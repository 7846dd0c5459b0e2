#pragma once
// The "Victim care" tab (protocol section 6): point of contact and means of contact (6.4), the
// contact log, referrals with consent (6.1), special measures for the MG2 (6.5, 6.6), Victim
// Personal Statements (6.7, 6.8) and the Victims' Right to Review (6.9).

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/VictimCareService.h"

class QCheckBox;
class QListWidget;

namespace conduct {

class Mg2DetailsEditor;

class DateField;
class DateTimeField;

class VictimCarePage : public CarePage {
    Q_OBJECT
public:
    VictimCarePage(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);

public slots:
    bool savePlan();
    bool addContact();
    bool addReferral();
    bool saveSpecialMeasures();
    bool addVps();

signals:
    void changed();

private:
    void buildPlan();
    void buildContacts();
    void buildReferrals();
    void buildSpecialMeasures();
    void buildVps();
    void reloadRecords();
    bool finish(const Status& outcome, const QString& savedText);

    VictimCareService m_service;
    qint64 m_caseId = 0;
    QList<Person> m_people;
    VictimCareRecords m_records;

    QComboBox* m_planComplainant = nullptr;
    QLineEdit* m_spoc = nullptr;
    QLineEdit* m_spocContact = nullptr;
    QLineEdit* m_deputy = nullptr;
    DateField* m_agreedOn = nullptr;
    QCheckBox* m_shared = nullptr;
    QLineEdit* m_preferred = nullptr;
    QLineEdit* m_safe = nullptr;
    DateField* m_vrrOn = nullptr;

    QTableWidget* m_contacts = nullptr;
    QComboBox* m_contactPerson = nullptr;
    DateTimeField* m_contactAt = nullptr;
    QComboBox* m_contactMethod = nullptr;
    QLineEdit* m_contactBy = nullptr;
    QLineEdit* m_contactSummary = nullptr;

    QTableWidget* m_referrals = nullptr;
    QComboBox* m_referralPerson = nullptr;
    QComboBox* m_referralService = nullptr;
    QLineEdit* m_referralOrganisation = nullptr;
    QCheckBox* m_referralConsent = nullptr;
    QCheckBox* m_referralDeclined = nullptr;
    DateField* m_declinedOn = nullptr;
    DateField* m_consentOn = nullptr;
    DateField* m_referredOn = nullptr;

    QComboBox* m_measuresPerson = nullptr;
    QCheckBox* m_vulnerable = nullptr;
    QCheckBox* m_intimidated = nullptr;
    QPlainTextEdit* m_eligibility = nullptr;
    QListWidget* m_discussed = nullptr;
    QListWidget* m_wanted = nullptr;
    QPlainTextEdit* m_views = nullptr;
    QLineEdit* m_supporter = nullptr;
    DateField* m_discussedOn = nullptr;
    DateField* m_meetingOn = nullptr;
    Mg2DetailsEditor* m_mg2 = nullptr;
    DateField* m_supportUpdateOn = nullptr;

    QTableWidget* m_vpsTable = nullptr;
    QCheckBox* m_vpsTaken = nullptr;
    DateField* m_vpsOn = nullptr;
    DateField* m_vpsOfferedOn = nullptr;
    QLineEdit* m_vpsWhyNot = nullptr;
    QComboBox* m_vpsPreference = nullptr;
    QCheckBox* m_vpsAddendum = nullptr;
    QLineEdit* m_vpsStage = nullptr;
};

} // namespace conduct
