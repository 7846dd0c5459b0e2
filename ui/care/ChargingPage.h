#pragma once
// The "Charging" tab (protocol 4.7–4.10, section 7): the case's flags, the action plan with
// agreed action dates, the charging request and decision, and pleas offered.

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/ChargingService.h"

namespace conduct {

class DateField;
class DateTimeField;

class ChargingPage : public CarePage {
    Q_OBJECT
public:
    ChargingPage(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);
    // The flags and actions lists, after another tab added some; typing in the editors is kept.
    bool refreshLists();

public slots:
    bool addAction();
    bool markActionDone();
    bool saveRequest();
    bool savePlea();

signals:
    void changed();

private:
    void refresh();       // lists and editors, from the store
    void fillEditors();
    void buildActions();
    void buildRequest();
    void buildPleas();
    bool finish(const Status& outcome, const QString& savedText);

    ChargingService m_service;
    qint64 m_caseId = 0;
    ChargingRecords m_records;

    QLabel* m_flags = nullptr;
    QTableWidget* m_actions = nullptr;
    QLineEdit* m_actionText = nullptr;
    QLineEdit* m_actionOwner = nullptr;
    DateField* m_actionDue = nullptr;
    DateField* m_actionAgreed = nullptr;

    QComboBox* m_test = nullptr;
    DateField* m_requestedOn = nullptr;
    QPlainTextEdit* m_furtherEvidence = nullptr;
    DateField* m_furtherBy = nullptr;
    QComboBox* m_outcome = nullptr;
    DateField* m_decisionOn = nullptr;
    QPlainTextEdit* m_decisionDetail = nullptr;
    DateField* m_toldOn = nullptr;

    DateField* m_offeredOn = nullptr;
    QLineEdit* m_chargedOffence = nullptr;
    QLineEdit* m_offeredPlea = nullptr;
    QList<QPlainTextEdit*> m_considerations;
    QPlainTextEdit* m_pleaViews = nullptr;
    DateField* m_pleaViewsOn = nullptr;
    QComboBox* m_pleaDecision = nullptr;
    DateField* m_pleaDecisionOn = nullptr;
    QPlainTextEdit* m_pleaReasons = nullptr;
};

} // namespace conduct
