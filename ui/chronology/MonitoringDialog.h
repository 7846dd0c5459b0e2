#pragma once
// Tools ▸ Monitoring report: the unit's figures for a period (protocol 4.1, 10.1), optionally one
// officer's, with a bar chart per section. Every figure opens the list of cases behind it; a case
// in that list opens in the main window. Exports go out as PDF or CSV, audited as disclosures.

#include "monitoring/MonitoringService.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace conduct {

class DateField;

class MonitoringChart;

class MonitoringDialog : public QDialog {
    Q_OBJECT
public:
    MonitoringDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    const MonitoringReport& report() const { return m_report; }
    qint64 chosenCaseId() const { return m_chosenCaseId; }   // a case to open after the dialog closes
    // Tests answer the save-file dialog with this; empty means the real dialog.
    static std::function<QString(QWidget*, const QString& suffix)>& saveFileOverride();

    bool compute();
    void showCasesOf(const QString& figureKey);

private:
    void showReport();
    void itemClicked(QTreeWidgetItem* item);
    void computeAdvisor();
    void exportReport(bool pdf);
    MonitoringScope scope() const;
    void showError(const QString& text);

    Database& m_db;
    Session m_session;
    MonitoringReport m_report;
    qint64 m_chosenCaseId = 0;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_officer = nullptr;
    QTreeWidget* m_figures = nullptr;
    MonitoringChart* m_chart = nullptr;
    QLabel* m_casesTitle = nullptr;
    QTableWidget* m_cases = nullptr;
    QCheckBox* m_anonymised = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace conduct
