#pragma once
// One case, as the officer works it: overview, people and the course of conduct. Every
// committed edit is saved at once through CaseService; the page then re-reads the store.

#include "services/CaseService.h"

#include <QWidget>

class QTabWidget;
class QTableWidget;
class QLabel;

namespace conduct {

class CaseForm;
class Database;

class CaseWorkspace : public QWidget {
    Q_OBJECT
public:
    CaseWorkspace(Database& db, qint64 caseId, QWidget* parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    QString title() const;
    const CaseDetail& detail() const { return m_detail; }
    bool hasUnsavedChanges() const;
    // Asks to save or discard an unfinished edit. False when the user chose to stay.
    bool confirmClose();

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

signals:
    void caseChanged(qint64 caseId);
    void titleChanged();

private:
    QWidget* buildOverviewPage();
    QWidget* buildPeoplePage();
    QWidget* buildIncidentsPage();
    void fillPeople();
    void fillIncidents();
    void editPersonAt(int row);
    void editIncidentAt(int row);
    void reportError(const Error& error);

    Database& m_db;
    CaseService m_service;
    qint64 m_caseId;
    CaseDetail m_detail;
    QTabWidget* m_tabs = nullptr;
    CaseForm* m_form = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_people = nullptr;
    QTableWidget* m_incidents = nullptr;
};

} // namespace conduct
