#pragma once
// The evidence checklist (protocol 3.1): each item with its status, date, exhibit references and
// note, grouped by the pack's sections. Every committed change is saved at once.

#include "domain/Evidence.h"
#include "services/CaseService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace conduct {

class EvidenceService;
struct FormPack;

class ChecklistPage : public QWidget {
    Q_OBJECT
public:
    ChecklistPage(EvidenceService& service, QWidget* parent = nullptr);
    void show(const CaseDetail& detail);
    QTableWidget* table() const { return m_table; }
    // "12 of 17 obtained · 3 outstanding: …" for the Overview.
    static QString summaryText(const QList<ChecklistItemRecord>& records, int itemCount, QStringList* outstanding = nullptr);

signals:
    void changed();

private:
    void fill();
    void save(int row);
    struct Row {
        QString packId;
        QString itemId;
    };
    EvidenceService& m_service;
    qint64 m_caseId = 0;
    bool m_domesticAbuse = false;
    bool m_filling = false;
    QList<ChecklistItemRecord> m_records;
    QList<Row> m_rows;   // parallel to the table; section rows have an empty itemId
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace conduct
