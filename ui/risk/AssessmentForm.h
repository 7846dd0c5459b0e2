#pragma once
// A risk screening form (DASH, S-DASH, SASH) as the officer completes it (protocol 3.7): every
// question with its number and exact wording, the pack's copyright and notice, a live score and
// suggested level, the officer's level and rationale, and the MARAC/MAPPA decisions. Drafts are
// saved as the officer answers (shortly after each change), so nothing is lost; Submit sends the
// form for supervisory review. Submitted and approved versions open read-only.

#include "services/RiskAssessmentService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace conduct {

class DateField;

class AssessmentItemRow;

class AssessmentForm : public QDialog {
    Q_OBJECT
public:
    AssessmentForm(RiskAssessmentService& service, const RiskAssessment& assessment, QWidget* parent = nullptr);

    const RiskAssessment& assessment() const { return m_assessment; }
    RiskAssessment edited() const;
    QList<AssessmentItemRow*> rows() const { return m_rows; }
    AssessmentItemRow* row(const QString& itemId) const;
    bool isReadOnly() const { return m_readOnly; }
    QString errorText() const;

public slots:
    bool saveDraft();
    bool submit();

signals:
    void saved(const RiskAssessment& assessment);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    QWidget* buildHeader();
    QWidget* buildOutcome();
    QWidget* buildReferral(const QString& name, const QString& key, QComboBox*& decision, DateField*& date, QLineEdit*& reason);
    void load(const RiskAssessment& a);
    void onChanged();
    void refreshSummary();
    void focusNextRow(AssessmentItemRow* from);
    void focusPreviousRow(AssessmentItemRow* from);
    void showError(const Error& error);
    void setReadOnly(bool readOnly);

    RiskAssessmentService& m_service;
    RiskAssessment m_assessment;
    FormPack m_pack;
    RiskContext m_context;
    bool m_readOnly = false;
    bool m_loading = false;
    QList<AssessmentItemRow*> m_rows;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_savedState = nullptr;
    QComboBox* m_level = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QComboBox* m_maracDecision = nullptr;
    DateField* m_maracDate = nullptr;
    QLineEdit* m_maracReason = nullptr;
    QComboBox* m_mappaDecision = nullptr;
    DateField* m_mappaDate = nullptr;
    QLineEdit* m_mappaReason = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QTimer* m_autosave = nullptr;
};

} // namespace conduct
