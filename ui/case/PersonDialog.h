#pragma once
// Adds or edits one person in a case: complainant, suspect or witness, with the identifiers that
// linked-incident search matches on (protocol 3.8). The dialog edits a Person value and hands it
// to `save` (normally CaseService::addPerson or updatePerson); core decides whether it is valid.
// A refusal is shown inline, naming the field, and the dialog stays open with nothing lost.
// Choosing a partner, ex-partner or family relationship for a suspect ticks "domestic abuse" with
// the reason shown (protocol 4.3); the officer may untick it and that decision stands.

#include "widgets/FieldErrors.h"
#include "common/Result.h"
#include "domain/Person.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace conduct {

class DateField;

class PersonDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<Person>(const Person&)>;

    PersonDialog(const Person& initial, SaveFunction save, QWidget* parent = nullptr);

    // The person as edited so far; id, case and row version are those of the initial value.
    Person person() const;
    // What `save` returned, once the dialog has been accepted.
    const Person& savedPerson() const { return m_saved; }

    void accept() override;

private:
    void buildIdentity(QFormLayout* form);
    // PersonDialogDetails.cpp: witness details (issue 22) and the suspect's relationship (4.3).
    void buildWitnessDetails(QFormLayout* form);
    void buildRelationshipDetails(QFormLayout* form);
    void loadDetails(const Person& p);
    void readDetails(Person& p) const;
    void relationshipChanged();
    void updateRelationshipFields();
    void updateAge();
    QWidget* buildAddresses();
    void load(const Person& p);
    void mapErrorFields();
    void updateRoleFields();
    void setDateOfBirthKnown(bool known);
    void addAddressRow(const Address& address);
    void removeSelectedAddresses();
    QList<Address> addresses() const;
    void commitPendingEdits();

    Person m_initial;
    Person m_saved;
    SaveFunction m_save;
    ErrorBanner* m_banner = nullptr;
    FieldFocus m_fieldFocus;
    QFormLayout* m_form = nullptr;

    QComboBox* m_role = nullptr;
    QComboBox* m_relationship = nullptr;
    QCheckBox* m_domesticAbuse = nullptr;
    QLabel* m_domesticAbuseReason = nullptr;   // why 4.3 suggests it, beside the box
    DateField* m_relationshipEnded = nullptr;
    QLineEdit* m_occupation = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QComboBox* m_over18 = nullptr;             // asked only while the date of birth is not known
    QLabel* m_age = nullptr;                   // shown instead, worked out from the date of birth
    DateField* m_statementDate = nullptr;
    QLineEdit* m_preferredContact = nullptr;
    QLineEdit* m_safeContact = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_forenames = nullptr;
    QLineEdit* m_surname = nullptr;
    QLabel* m_dateOfBirthLabel = nullptr;
    DateField* m_dateOfBirth = nullptr;
    QCheckBox* m_dateOfBirthUnknown = nullptr;
    QLineEdit* m_gender = nullptr;
    QPlainTextEdit* m_aliases = nullptr;
    QPlainTextEdit* m_phones = nullptr;
    QPlainTextEdit* m_emails = nullptr;
    QPlainTextEdit* m_handles = nullptr;
    QPlainTextEdit* m_vehicles = nullptr;
    QTableWidget* m_addresses = nullptr;
    QPushButton* m_addAddress = nullptr;
    QPushButton* m_removeAddress = nullptr;
};

} // namespace conduct
