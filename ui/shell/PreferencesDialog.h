#pragma once
// Edit ▸ Preferences…: a thin editor over core's Preferences (services/Preferences.h), one spin
// box per row of preferenceTable() plus the document marking and force name. Validation is
// core's; errors show inline, naming the field and its range. OK saves; the caller applies the
// new values (MainWindow restarts the idle lock; exports read the marking when they run).

#include "widgets/FieldErrors.h"
#include "services/Preferences.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace conduct {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    Preferences edited() const;   // what the fields hold now
    const Preferences& saved() const { return m_saved; }   // valid after accept()

    void accept() override;

private:
    void showErrors();
    bool confirmMarkingChange(const Preferences& edited);

    Preferences m_original;
    Preferences m_saved;
    QLineEdit* m_marking = nullptr;
    QLineEdit* m_forceName = nullptr;
    QList<QSpinBox*> m_spins;   // in preferenceTable() order
    ErrorBanner* m_errors = nullptr;
    FieldFocus m_fields;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace conduct
