#pragma once
// Compares any two versions of the same risk form on a case: each question whose answer or
// comment changed, in form order, with the level and approver of both versions (protocol 3.7:
// the assessment is kept under review; what changed between reassessments is visible). It opens
// on the two latest versions of one form (AssessmentVersionPair.h), or says that form has no
// earlier version rather than setting two different forms against each other.

#include "services/RiskAssessmentService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace conduct {

class AssessmentDiffDialog : public QDialog {
    Q_OBJECT
public:
    // `selectedId`: the assessment selected on the risk tab, whose form is compared; 0 for none.
    AssessmentDiffDialog(RiskAssessmentService& service, const QList<RiskAssessment>& versions, qint64 selectedId = 0,
                         QWidget* parent = nullptr);

    void compare(qint64 beforeId, qint64 afterId);
    QTableWidget* table() const { return m_table; }
    qint64 earlierId() const;
    qint64 laterId() const;
    QString summaryText() const;

private:
    void compareSelected();

    RiskAssessmentService& m_service;
    QList<RiskAssessment> m_versions;
    QString m_noEarlierVersion;   // said when the form opened on has a single version
    QComboBox* m_before = nullptr;
    QComboBox* m_after = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

// An answer as words: "Yes", "No", "Don't know", a grid's ticks, or "(not answered)".
QString answerText(const FormItem* item, const QVariant& value);

} // namespace conduct
