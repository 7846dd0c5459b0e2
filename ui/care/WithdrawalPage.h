#pragma once
// The "Withdrawal" tab (protocol 5.3–5.8): the complainant's statement and the officer's report,
// one box per point of the form packs, suspected pressure, safety enquiries and the decision.

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/WithdrawalService.h"

#include <QMap>

class QCheckBox;

namespace conduct {

class DateField;
class DateTimeField;

class WithdrawalPage : public CarePage {
    Q_OBJECT
public:
    WithdrawalPage(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);
    const Withdrawal& current() const { return m_current; }

public slots:
    bool save();

signals:
    void changed();

private:
    void buildPoints(QGroupBox* section, const Result<FormPack>& pack, QMap<QString, QPlainTextEdit*>& edits, const QString& prefix);
    void display(const Withdrawal& w);
    Withdrawal edited() const;

    WithdrawalService m_service;
    qint64 m_caseId = 0;
    QList<Person> m_people;
    Withdrawal m_current;
    QComboBox* m_complainant = nullptr;
    QMap<QString, QPlainTextEdit*> m_statement;
    DateTimeField* m_takenAt = nullptr;
    QLineEdit* m_takenBy = nullptr;
    QLineEdit* m_takenWhere = nullptr;
    QLineEdit* m_present = nullptr;
    QLineEdit* m_contactBy = nullptr;
    QMap<QString, QPlainTextEdit*> m_report;
    DateField* m_reportDate = nullptr;
    QLineEdit* m_reportBy = nullptr;
    QCheckBox* m_pressure = nullptr;
    QPlainTextEdit* m_pressureDetail = nullptr;
    QPlainTextEdit* m_safety = nullptr;
    DateField* m_safetyOn = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_reasons = nullptr;
    DateField* m_decisionDate = nullptr;
    QLineEdit* m_decidedBy = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace conduct
