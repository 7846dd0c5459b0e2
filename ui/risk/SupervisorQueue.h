#pragma once
// The supervisor's review queue (protocol 3.7: first response staff and their supervisor identify
// the risk): submitted assessments across all cases, high risk first, then the longest waiting,
// with overdue ones flagged. Opening one shows its answers, score, rationale, the case's
// incidents and the previous version's level. With the list focused, A approves and R returns the
// selected assessment, with the comment typed in the comment box.

#include "services/RiskAssessmentService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace conduct {

class Database;

class SupervisorQueue : public QWidget {
    Q_OBJECT
public:
    SupervisorQueue(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<QueueEntry>& entries() const { return m_entries; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QString statusText() const;

public slots:
    void reload();
    bool approveSelected();
    bool returnSelected();

signals:
    void decided(qint64 caseId);
    void openCaseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSelected();
    const QueueEntry* selected() const;
    void report(const QString& text, bool problem);

    RiskAssessmentService m_service;
    QList<QueueEntry> m_entries;
    std::optional<ReviewPacket> m_packet;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QComboBox* m_level = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace conduct
