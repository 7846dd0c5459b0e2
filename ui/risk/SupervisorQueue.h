#pragma once
// The supervisor's review queue (protocol 3.7: first response staff and their supervisor identify
// the risk): submitted assessments across all cases, high risk first, then the longest waiting,
// with overdue ones flagged. Opening one shows its answers, score, rationale, the case's
// incidents and the previous version's level. With the list focused, A approves and R returns the
// selected assessment, with the comment typed in the comment box.
// Below them, the charging file's MG3s and MG5s waiting for approval (issue 22): Enter or a
// double-click opens the case on that form, where the supervisor writes their comments.

#include "services/ChargingFileService.h"
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
    QTableWidget* chargingTable() const { return m_chargingTable; }
    const QList<ChargingQueueItem>& chargingItems() const { return m_chargingItems; }
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
    void openChargingRequested(qint64 caseId, conduct::ChargingForm form);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSelected();
    const QueueEntry* selected() const;
    void report(const QString& text, bool problem);
    void reloadCharging();
    void openSelectedCharging();

    RiskAssessmentService m_service;
    QList<QueueEntry> m_entries;
    std::optional<ReviewPacket> m_packet;
    ChargingFileService m_chargingService;
    QList<ChargingQueueItem> m_chargingItems;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_chargingTable = nullptr;
    QTextBrowser* m_detail = nullptr;
    QComboBox* m_level = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace conduct
