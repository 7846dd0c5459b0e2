#pragma once
// Compares any two versions of the same risk form on a case: each question whose answer or
// comment changed, in form order, with the level and approver of both versions (protocol 3.7:
// the assessment is kept under review; what changed between reassessments is visible).

#include "services/RiskAssessmentService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace conduct {

class AssessmentDiffDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentDiffDialog(RiskAssessmentService& service, const QList<RiskAssessment>& versions, QWidget* parent = nullptr);

    void compare(qint64 beforeId, qint64 afterId);
    QTableWidget* table() const { return m_table; }

private:
    void compareSelected();

    RiskAssessmentService& m_service;
    QList<RiskAssessment> m_versions;
    QComboBox* m_before = nullptr;
    QComboBox* m_after = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

// An answer as words: "Yes", "No", "Don't know", a grid's ticks, or "(not answered)".
QString answerText(const FormItem* item, const QVariant& value);

} // namespace conduct
