#pragma once
// Adds or edits one incident in the course of conduct. Times are typed in UK time (Europe/London,
// whatever the desk's zone) and stored in UTC; a start or end whose time is not known is a date
// alone, stored as London midnight with the "time known" flag off. The dialog edits an Incident value and hands it to `save`
// (normally CaseService::addIncident or updateIncident); core decides whether it is valid and a
// refusal is shown inline, naming the field, with the dialog kept open.
//
// Nothing typed is lost: with a DraftService, the form is saved as the signed-in officer's draft
// about a second after each edit and whenever the dialog closes or is destroyed unsaved; the next
// dialog the same officer opens with the same draft key offers it back, saying whose it is and
// when it was saved. Saving the incident settles it; choosing to discard it is audited.
// A draft longer than the incident allows is refused like the incident would be: the banner names
// the field and says the typing stays on screen, and the draft kept before stays as it was.

#include "widgets/FieldErrors.h"
#include "common/Result.h"
#include "domain/Incident.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>
#include <functional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace conduct {

class DateTimeField;
class DraftService;

class IncidentDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<Incident>(const Incident&)>;

    // `drafts` may be null (no drafts kept); it must outlive the dialog. `draftKey` names this
    // editing session's draft, e.g. "incident:new:case=12" or "incident:345".
    IncidentDialog(const Incident& initial, SaveFunction save, DraftService* drafts, QString draftKey,
                   QWidget* parent = nullptr);
    ~IncidentDialog() override;

    // The incident as edited so far; id, case, provenance and row version are the initial's.
    Incident incident() const;
    // What `save` returned, once the dialog has been accepted.
    const Incident& savedIncident() const { return m_saved; }

    bool hasUnsavedChanges() const;
    bool isDraftOffered() const { return m_draftOffered; }
    // Writes the draft now instead of waiting for the debounce timer.
    void saveDraftNow();

    // How long after the last edit the draft is written.
    static constexpr int draftDelayMs = 1000;

public slots:
    void accept() override;
    // Cancel, Escape and closing the window: asks before throwing edits away (prompts::ask).
    void reject() override;
    void restoreDraft();
    void discardDraft();

private:
    void buildWhen(QFormLayout* form);
    void buildWhere(QFormLayout* form);
    QWidget* buildBehaviours();
    void buildImpact(QFormLayout* form);
    void buildDraftBanner();
    void connectEdits();
    void mapErrorFields();
    void load(const Incident& incident);
    void updateDependentFields();
    void onEdited();
    void offerDraftIfAny();
    void showDraftOffer(bool offered);

    // The form as JSON: what a draft holds. Includes fields the incident itself would drop
    // (an end time while "spans a period" is unticked, say) so that restoring loses nothing.
    QJsonObject formState() const;
    void applyFormState(const QJsonObject& state);
    QString draftTitle() const;

    Incident m_initial;
    Incident m_saved;
    SaveFunction m_save;
    DraftService* m_drafts = nullptr;
    QString m_draftKey;
    QJsonObject m_baseline;        // the form as first loaded: anything else is an unsaved change
    QJsonObject m_offeredDraft;
    QJsonObject m_lastDraftWritten;
    QTimer m_draftTimer;
    bool m_loading = false;
    bool m_draftOffered = false;
    bool m_finished = false;       // saved or deliberately discarded: no draft to keep

    ErrorBanner* m_banner = nullptr;
    FieldFocus m_fieldFocus;
    QFrame* m_draftBanner = nullptr;
    QLabel* m_draftBannerText = nullptr;
    QPushButton* m_restoreDraft = nullptr;
    QPushButton* m_discardDraft = nullptr;
    QWidget* m_formPage = nullptr;
    QFormLayout* m_form = nullptr;

    DateTimeField* m_start = nullptr;
    QCheckBox* m_spansPeriod = nullptr;
    DateTimeField* m_end = nullptr;
    QCheckBox* m_online = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_platform = nullptr;
    std::vector<std::pair<Behaviour, QCheckBox*>> m_behaviours;
    QPlainTextEdit* m_description = nullptr;
    QCheckBox* m_fearOfViolence = nullptr;
    QCheckBox* m_alarmOrDistress = nullptr;
    QComboBox* m_alteredBehaviour = nullptr;
    QPlainTextEdit* m_alteredHow = nullptr;
    QCheckBox* m_reportedToPolice = nullptr;
    QLineEdit* m_policeReference = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace conduct
