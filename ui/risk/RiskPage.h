#pragma once
// The "Risk" tab of a case (protocol 3.7): every version of every risk screening form with its
// status, level (words and shape) and approver; buttons to start DASH, S-DASH or SASH; the S-DASH
// prompt (DASH Q8 yes, or two or more incidents); an overdue-review warning; and the comparison
// of any two versions.

#include "services/RiskAssessmentService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace conduct {

class Database;

class RiskPage : public QWidget {
    Q_OBJECT
public:
    RiskPage(Database& db, const Session& session, qint64 caseId, const QString& justification, QWidget* parent = nullptr);

    const QList<RiskAssessment>& assessments() const { return m_history; }
    QTableWidget* table() const { return m_table; }
    RiskAssessmentService& service() { return m_service; }
    bool sdashPromptShown() const;

public slots:
    void reload();
    void startAssessment(const QString& packId);
    void openSelected();
    void openAssessment(qint64 assessmentId);
    void compareVersions();

signals:
    void assessmentsChanged();

private:
    void fill();
    void updatePrompts();

    RiskAssessmentService m_service;
    qint64 m_caseId;
    QList<RiskAssessment> m_history;
    QTableWidget* m_table = nullptr;
    QLabel* m_sdashPrompt = nullptr;
    QLabel* m_overdue = nullptr;
    QPushButton* m_compare = nullptr;
};

// The form's short name for tables: "DASH", "S-DASH", "SASH"; else the pack id.
QString instrumentName(const QString& packId);

} // namespace conduct
