#pragma once
// Add or edit one exhibit: reference, type, description, producer, where held, continuity and the
// incidents it evidences. Errors from the service show in the banner, naming the field.

#include "common/Result.h"
#include "domain/Evidence.h"
#include "domain/Incident.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace conduct {

class ExhibitDialog : public QDialog {
    Q_OBJECT
public:
    using Saver = std::function<Result<Exhibit>(const Exhibit&)>;
    ExhibitDialog(const Exhibit& exhibit, const QList<Incident>& incidents, Saver saver, QWidget* parent = nullptr);
    Exhibit exhibit() const;
    const Exhibit& saved() const { return m_saved; }

public slots:
    void accept() override;
    void addContinuityRow();

private:
    Exhibit m_original;
    Exhibit m_saved;
    QList<Incident> m_incidents;
    Saver m_saver;
    QLabel* m_error = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_producedBy = nullptr;
    QLineEdit* m_heldAt = nullptr;
    QTableWidget* m_continuity = nullptr;
    QListWidget* m_incidentList = nullptr;
};

} // namespace conduct
