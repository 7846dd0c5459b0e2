#pragma once
// The MG5 sub-page of the charging file (issue 22): the case summary the officer writes and
// certifies (key evidence, key witnesses, the defendant's interview, visually recorded evidence,
// injuries, forensics, orders applied for, compensation), approved by a supervisor whose approval
// is the MG5's supervisor's certification. Boxes start from what the case holds when empty.

#include "care/ChargingDocumentEditor.h"

namespace conduct {

class DateField;
class DateTimeField;

class Mg5Editor : public ChargingDocumentEditor {
    Q_OBJECT
public:
    Mg5Editor(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);

protected:
    void showPolice(const ChargingDocument& document, const ChargingFileStart* start) override;
    void readPolice(ChargingDocument& document) const override;
    QJsonObject draftState() const override;
    void applyDraftState(const QJsonObject& state) override;
    QList<DateEntry*> dateFields() const override;
    void peopleChanged(const QList<Person>& people) override;

private:
    QPlainTextEdit* text(const QString& objectName, QGroupBox* box, QFormLayout* form, const QString& label, int lines, const char* field);
    QList<QPlainTextEdit*> longTexts() const;

    QPlainTextEdit* m_keyEvidence = nullptr;
    QPlainTextEdit* m_keyWitnesses = nullptr;
    QLineEdit* m_propertyValue = nullptr;
    QComboBox* m_defendant = nullptr;
    DateTimeField* m_interviewStart = nullptr;
    QLineEdit* m_interviewers = nullptr;
    QLineEdit* m_othersPresent = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QPlainTextEdit* m_cctv = nullptr;
    QPlainTextEdit* m_admissions = nullptr;
    QPlainTextEdit* m_nonKeyWitnesses = nullptr;
    QComboBox* m_vre = nullptr;
    QComboBox* m_vreKey = nullptr;
    QPlainTextEdit* m_vreDetails = nullptr;
    QPlainTextEdit* m_injuries = nullptr;
    QPlainTextEdit* m_forensic = nullptr;
    QPlainTextEdit* m_orders = nullptr;
    QPlainTextEdit* m_compensation = nullptr;
    QComboBox* m_dipTested = nullptr;
    QLineEdit* m_dipTrigger = nullptr;
    QLineEdit* m_dipResult = nullptr;
    QLineEdit* m_dipDrug = nullptr;
    QComboBox* m_tics = nullptr;
    QComboBox* m_preCons = nullptr;
    QComboBox* m_mg6 = nullptr;
    QPlainTextEdit* m_conditionalCaution = nullptr;
    DateField* m_certifiedOn = nullptr;
    QList<QPlainTextEdit*> m_texts;
};

} // namespace conduct
