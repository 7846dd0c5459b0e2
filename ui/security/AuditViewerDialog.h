#pragma once
// Tools ▸ Audit trail…: supervisors search the audit trail (DPA 2018 s62) by case, user, action
// and UK dates, page through the results, see whether the hash chain is intact, and export the
// filtered records to CSV (recorded as a disclosure, with the reason and recipient asked for).

#include "security/User.h"
#include "services/AuditQueryService.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace conduct {

class DateField;

class AuditTableModel;
class Database;
class ErrorBanner;

class AuditViewerDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int pageSize = 200;

    AuditViewerDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    AuditFilter filter() const;
    AuditTableModel* model() const { return m_model; }
    qint64 total() const { return m_total; }
    QString chainStatus() const;

    // Runs the search from the first page; false (and an error shown) when refused.
    bool search();
    bool nextPage();
    bool previousPage();
    // Asks for the reason and recipient, then writes the filtered records to `path`.
    bool exportTo(const QString& path);
    // Where the Export button saves; tests replace the file dialog through this.
    static std::function<QString(QWidget*)>& saveFileOverride();

private:
    void buildFilters(QFormLayout* form);
    bool load(int offset);
    void refreshChainStatus();
    void exportClicked();

    Database& m_db;
    Session m_session;
    AuditTableModel* m_model = nullptr;
    ErrorBanner* m_error = nullptr;
    QLabel* m_chain = nullptr;
    QLineEdit* m_urn = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_useFrom = nullptr;
    DateField* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    DateField* m_to = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_export = nullptr;
    int m_offset = 0;
    qint64 m_total = 0;
};

} // namespace conduct
