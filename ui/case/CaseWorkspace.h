#pragma once
// One case, as the officer works it: overview, people and the course of conduct. Every
// committed edit is saved at once through CaseService; the page then re-reads the store.

#include "services/CaseService.h"

#include <QWidget>
#include <optional>

class QTabWidget;
class QTableWidget;
class QDateTime;
class QLabel;

namespace conduct {

class CaseForm;
class ChangedElsewhereBar;
class ChronologyPage;
class EvidenceTabs;
class CareTabs;
class Database;
class LinkedMatchesBanner;
class RiskPage;
struct CasePlace;
struct ChronologyEvent;
struct LinkedSearchOutcome;

class CaseWorkspace : public QWidget {
    Q_OBJECT
public:
    // Opens the case as `session`'s user; `justification` is recorded when it is someone else's case.
    CaseWorkspace(Database& db, const Session& session, qint64 caseId, const QString& justification,
                  QWidget* parent = nullptr);
    bool isLoaded() const { return m_detail.caseRecord.id != 0; }
    // False for a case from a read-only store (issue 24): its editing controls are locked
    // (ReadOnlyLock) and no editor or draft is opened; reading, search and export stay.
    bool isEditable() const { return m_editable; }

    qint64 caseId() const { return m_caseId; }
    QString title() const;
    const CaseDetail& detail() const { return m_detail; }
    ChronologyPage* chronology() const { return m_chronology; }
    LinkedMatchesBanner* linkedMatchesBanner() const { return m_banner; }
    RiskPage* risk() const { return m_risk; }
    EvidenceTabs* evidence() const { return m_evidence; }
    CareTabs* care() const { return m_care; }
    bool hasUnsavedChanges() const;   // the Overview form (CaseWorkspaceProgress.cpp from here)
    // Anything not yet saved: the Overview form, typing on the care tabs, or an incident draft
    // kept for this officer (DraftService). MainWindow marks its title bar with it.
    bool hasWorkInProgress() const;
    // Asks to save or discard an unfinished edit. False when the user chose to stay. Incident
    // drafts are not asked about: they stay in the store and are offered back next time.
    bool confirmClose();
    // Someone else saved one of this case's records (MainWindow, from LiveUpdates): the bar at the
    // top says who and when, with Reload (issue 30). Nothing reloads until the officer asks.
    void noteChangeElsewhere(const QString& savedBy, const QDateTime& savedUtc);
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changedElsewhere; }

public slots:
    bool saveOverview();
    void addPerson();
    void editPerson();
    void removePerson();
    void addIncident();
    void editIncident();
    void removeIncident();
    void reload();
    void showIncidents();
    // Protocol 3.8: searches other cases for the selected person and shows the matches.
    void findPersonElsewhere();
    // Ctrl+E (MainWindow's File menu) and the Overview's button: ExportDialog for this case.
    void exportDocuments();
    // Brings forward the tab (and sub-page) where a value is recorded, the cursor in its field:
    // the export dialog's "not recorded" list and the review queue's charging file rows.
    void showPlace(const CasePlace& place);

signals:
    void caseChanged(qint64 caseId);
    void titleChanged();
    void workInProgressChanged();   // hasWorkInProgress() may have changed
    void openCaseRequested(qint64 caseId);   // from the linked matches: another case to open

private:
    std::optional<Case> chooseOverSomeoneElses(const Case& mine, const Error& refusal);
    Result<Incident> saveIncident(const Incident& opened, const Incident& edited);
    Result<Person> savePerson(const Person& opened, const Person& edited);
    QWidget* buildOverviewPage();
    QWidget* buildPeoplePage();
    QWidget* buildIncidentsPage();
    void display(const CaseDetail& detail);
    void fillPeople();
    void fillIncidents();
    void editPersonAt(int row);
    void editIncidentAt(int row);
    void reportError(const Error& error);
    void editIncidentById(qint64 incidentId);
    void refreshMarkers();
    void showMarkers(const QList<ChronologyEvent>& events);
    void checkNewSuspect(const Person& suspect);   // the banner, when a suspect is added
    void showLinkedMatches(const Person& probe, const LinkedSearchOutcome& outcome);
    void refreshDraftFlag();

    Database& m_db;
    CaseService m_service;
    qint64 m_caseId;
    QString m_justification;   // why a user who is not the OIC or supervisor opened the case
    CaseDetail m_detail;
    QTabWidget* m_tabs = nullptr;
    CaseForm* m_form = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_people = nullptr;
    QTableWidget* m_incidents = nullptr;
    ChronologyPage* m_chronology = nullptr;
    EvidenceTabs* m_evidence = nullptr;
    CareTabs* m_care = nullptr;   // Withdrawal, Victim care, Bail & orders, Charging (protocol 4–9)
    LinkedMatchesBanner* m_banner = nullptr;
    ChangedElsewhereBar* m_changedElsewhere = nullptr;
    RiskPage* m_risk = nullptr;
    bool m_hasIncidentDraft = false;
    bool m_editable = true;
};

} // namespace conduct
