#pragma once
// Edit ▸ Preferences…: a thin editor over core's Preferences (services/Preferences.h), one spin
// box per row of preferenceTable() plus the document marking and force name. Validation is
// core's; errors show inline, naming the field and its range.
//
// The unit's policy (PreferenceHome::Unit) comes from the store: an administrator edits it and
// confirms a list of the changes, which UnitPolicyService saves and audits; everyone else sees it
// greyed, "Set by your unit's administrator". The officer's own idle lock (within the unit's
// maximum) is this desk's and always editable. The caller applies the new values (MainWindow
// restarts the idle lock; exports and risk reviews read the policy when they run).

#include "widgets/FieldErrors.h"
#include "security/User.h"
#include "services/Preferences.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace conduct {

class Database;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Database& db, const Session& session, QWidget* parent = nullptr);

    Preferences edited() const;   // what the fields hold now
    const Preferences& saved() const { return m_saved; }   // valid after accept()
    bool canChangeUnitPolicy() const { return m_canChangePolicy; }

    void accept() override;

private:
    void showErrors();
    bool confirmPolicyChanges(const Preferences& edited);

    Database& m_db;
    Session m_session;
    bool m_canChangePolicy = false;
    Preferences m_original;
    Preferences m_saved;
    QList<Error> m_policyProblems;   // stored values ignored, and what the desk's idle lock became
    QLineEdit* m_marking = nullptr;
    QLineEdit* m_forceName = nullptr;
    QList<QSpinBox*> m_spins;   // in preferenceTable() order
    ErrorBanner* m_errors = nullptr;
    FieldFocus m_fields;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace conduct
