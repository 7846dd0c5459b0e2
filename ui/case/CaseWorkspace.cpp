#include "case/CaseWorkspace.h"

#include "case/CaseAccessGate.h"
#include "common/UkTime.h"

#include "care/CareTabs.h"
#include "care/ChargingFilePage.h"
#include "export/MissingValuePlaces.h"
#include "case/CaseForm.h"
#include "case/ChangedElsewhereBar.h"
#include "case/ConflictDialog.h"
#include "chronology/ChronologyPage.h"
#include "chronology/TimelineWidget.h"
#include "services/ChronologyEvents.h"
#include "services/UnitPolicyService.h"
#include "export/ExportDialog.h"
#include "case/IncidentDialog.h"
#include "logimport/LogImportDialog.h"
#include "chronology/LinkedMatchesBanner.h"
#include "evidence/ChecklistPage.h"
#include "evidence/EvidenceTabs.h"
#include "case/PersonDialog.h"
#include "case/ReadOnlyLock.h"
#include "risk/RiskPage.h"
#include "widgets/Prompts.h"
#include "common/Clock.h"
#include "domain/RecordMerge.h"
#include "services/LinkedSearchService.h"
#include "services/DraftService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace conduct {
namespace {
QTableWidget* makeTable(const QString& objectName, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

int selectedRow(const QTableWidget* table)
{
    const auto rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString localTime(const QDateTime& utc)
{
    return uktime::formatDateTime(utc);
}

QString behaviourList(const QList<Behaviour>& behaviours)
{
    QStringList labels;
    for (Behaviour b : behaviours) labels.append(labelOf(b));
    return labels.join(QStringLiteral("; "));
}
} // namespace

CaseWorkspace::CaseWorkspace(Database& db, const Session& session, qint64 caseId, const QString& justification,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_service(db, session), m_caseId(caseId)
{
    m_service.setAccessJustification(justification);
    m_justification = justification;
    setObjectName(QStringLiteral("caseWorkspace"));
    auto* layout = new QVBoxLayout(this);
    m_changedElsewhere = new ChangedElsewhereBar(this);
    layout->addWidget(m_changedElsewhere);
    connect(m_changedElsewhere, &ChangedElsewhereBar::reloadRequested, this, &CaseWorkspace::reload);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_banner = new LinkedMatchesBanner(this);
    layout->addWidget(m_banner);
    connect(m_banner, &LinkedMatchesBanner::viewRequested, this, [this] { showLinkedMatches(m_banner->probe(), m_banner->outcome()); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(buildOverviewPage(), tr("&Overview"));
    m_tabs->addTab(buildPeoplePage(), tr("&People"));
    m_tabs->addTab(buildIncidentsPage(), tr("&Incidents"));
    m_chronology = new ChronologyPage(this);
    m_tabs->addTab(m_chronology, tr("&Chronology"));
    connect(m_chronology, &ChronologyPage::incidentActivated, this, &CaseWorkspace::editIncidentById);
    // Risk screening forms and their supervisor review (protocol 3.7).
    m_risk = new RiskPage(db, session, caseId, justification, m_tabs);
    m_tabs->addTab(m_risk, tr("&Risk"));
    connect(m_risk, &RiskPage::assessmentsChanged, this, [this] { refreshMarkers(); emit caseChanged(m_caseId); });
    // Evidence, Exhibits, Enquiries (3.4), Offences and the protocol advisor (issue: evidence).
    m_evidence = new EvidenceTabs(db, session, justification, m_tabs);
    if (auto* overview = qobject_cast<QVBoxLayout*>(m_tabs->widget(0)->layout())) overview->insertWidget(1, m_evidence->overviewSummary());
    connect(m_evidence, &EvidenceTabs::caseRecordChanged, this, [this] { reload(); emit caseChanged(m_caseId); });
    connect(m_evidence, &EvidenceTabs::evidenceChanged, this, [this] { emit caseChanged(m_caseId); });
    // Withdrawal, victim care, bail and orders, charging and pleas (protocol 4–9).
    m_care = new CareTabs(db, session, justification, m_tabs);
    connect(m_care, &CareTabs::changed, this, [this] { refreshMarkers(); emit caseChanged(m_caseId); });
    connect(m_care, &CareTabs::incidentsChanged, this, [this] { reload(); emit caseChanged(m_caseId); });
    connect(m_care, &CareTabs::editsChanged, this, &CaseWorkspace::workInProgressChanged);
    layout->addWidget(m_tabs);
    // Focusing the workspace focuses its tab bar: arrows or Ctrl+Page Down choose a tab, Tab enters it.
    setFocusProxy(m_tabs->tabBar());
    // A read-only store: every tab's editing controls are locked here, in one place.
    m_editable = !db.isReadOnly();
    if (!m_editable) new ReadOnlyLock(this);
    // Opening is a consultation: checked against the permission table and recorded in the audit trail.
    auto opened = m_service.openCase(m_caseId);
    if (!opened.ok()) {
        reportError(opened.error());
        return;
    }
    display(opened.value());
}

QWidget* CaseWorkspace::buildOverviewPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_form = new CaseForm(page);
    layout->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    auto* exportButton = makeButton(tr("E&xport / print…"), QStringLiteral("exportButton"), page);
    exportButton->setToolTip(tr("MG forms, risk record and chronology as PDF or on paper (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &CaseWorkspace::exportDocuments);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    auto* revert = makeButton(tr("&Revert"), QStringLiteral("revertCaseButton"), page);
    auto* save = makeButton(tr("&Save case details"), QStringLiteral("saveCaseButton"), page);
    save->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &CaseWorkspace::saveOverview);
    connect(revert, &QPushButton::clicked, this, [this] { m_form->setCase(m_detail.caseRecord); emit titleChanged(); });
    connect(m_form, &CaseForm::modified, this, &CaseWorkspace::titleChanged);
    connect(m_form, &CaseForm::modified, this, &CaseWorkspace::workInProgressChanged);
    auto* shortcut = new QShortcut(QKeySequence::Save, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CaseWorkspace::saveOverview);
    return page;
}

QWidget* CaseWorkspace::buildPeoplePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_people = makeTable(QStringLiteral("peopleTable"), tr("People in the case"),
                         {tr("Role"), tr("Name"), tr("Date of birth"), tr("Relationship"), tr("Phones")}, page);
    layout->addWidget(m_people);
    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(tr("&Add person…"), QStringLiteral("addPersonButton"), page);
    auto* edit = makeButton(tr("&Edit…"), QStringLiteral("editPersonButton"), page);
    auto* remove = makeButton(tr("Re&move"), QStringLiteral("removePersonButton"), page);
    auto* elsewhere = makeButton(tr("Find this person else&where…"), QStringLiteral("findElsewhereButton"), page);
    elsewhere->setToolTip(tr("Search every case for this person (protocol 3.8: linked incidents)"));
    for (QPushButton* b : {add, edit, remove, elsewhere}) buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* elsewhereAction = new QAction(elsewhere->text(), m_people);
    m_people->addAction(elsewhereAction);
    m_people->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(elsewhereAction, &QAction::triggered, this, &CaseWorkspace::findPersonElsewhere);
    connect(elsewhere, &QPushButton::clicked, this, &CaseWorkspace::findPersonElsewhere);
    connect(add, &QPushButton::clicked, this, &CaseWorkspace::addPerson);
    connect(edit, &QPushButton::clicked, this, &CaseWorkspace::editPerson);
    connect(remove, &QPushButton::clicked, this, &CaseWorkspace::removePerson);
    connect(m_people, &QTableWidget::cellActivated, this, [this](int row, int) { editPersonAt(row); });
    return page;
}

QWidget* CaseWorkspace::buildIncidentsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_incidents = makeTable(QStringLiteral("incidentsTable"), tr("Incidents in the course of conduct"),
                            {tr("When"), tr("Where"), tr("Behaviours"), tr("Fear of violence"), tr("Description")}, page);
    // Column widths from the first 100 rows, not all of a long course of conduct: measuring
    // every cell of 600 incidents took longer than the rest of opening the case.
    m_incidents->horizontalHeader()->setResizeContentsPrecision(100);
    layout->addWidget(m_incidents);
    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(tr("&Add incident…"), QStringLiteral("addIncidentButton"), page);
    auto* edit = makeButton(tr("&Edit…"), QStringLiteral("editIncidentButton"), page);
    auto* remove = makeButton(tr("Re&move"), QStringLiteral("removeIncidentButton"), page);
    // Issue 14: the complainant's own log, reviewed and imported as incidents in one go.
    auto* importLog = makeButton(tr("Import complainant's &log…"), QStringLiteral("importLogButton"), page);
    importLog->setToolTip(tr("Read a diary or spreadsheet the complainant kept into incidents (Ctrl+Shift+I)"));
    for (QPushButton* b : {add, edit, remove, importLog}) buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* importShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this);
    importShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    const auto runImport = [this] {
        if (runLogImport(this, m_db, m_service.session(), m_caseId)) {
            reload();
            emit caseChanged(m_caseId);
        }
    };
    connect(importLog, &QPushButton::clicked, this, runImport);
    connect(importShortcut, &QShortcut::activated, this, runImport);
    connect(add, &QPushButton::clicked, this, &CaseWorkspace::addIncident);
    connect(edit, &QPushButton::clicked, this, &CaseWorkspace::editIncident);
    connect(remove, &QPushButton::clicked, this, &CaseWorkspace::removeIncident);
    connect(m_incidents, &QTableWidget::cellActivated, this, [this](int row, int) { editIncidentAt(row); });
    return page;
}

QString CaseWorkspace::title() const
{
    // An asterisk marks an unsaved edit, as in every desktop editor.
    return m_detail.caseRecord.urn + (hasUnsavedChanges() ? QStringLiteral(" *") : QString());
}

bool CaseWorkspace::hasUnsavedChanges() const { return m_form && m_form->isModified(); }

// Risk screenings, bail, orders, breaches, charging and withdrawal as markers on the timeline.
void CaseWorkspace::refreshMarkers()
{
    auto events = loadChronologyEvents(m_db, m_service.session(), m_caseId, m_justification);
    if (!events.ok()) return reportError(events.error());
    showMarkers(events.value());
}

void CaseWorkspace::showMarkers(const QList<ChronologyEvent>& events)
{
    QList<TimelineMarker> markers;
    for (const ChronologyEvent& e : events) markers.append({e.whenUtc, e.kind, e.label});
    m_chronology->setMarkers(markers);
}

void CaseWorkspace::reload()
{
    auto detail = m_service.loadCase(m_caseId);
    if (!detail.ok()) {
        reportError(detail.error());
        return;
    }
    display(detail.value());
    m_changedElsewhere->hide();   // what is shown is now the newest
}

void CaseWorkspace::noteChangeElsewhere(const QString& savedBy, const QDateTime& savedUtc)
{
    m_changedElsewhere->showChange(savedBy, savedUtc);
}

void CaseWorkspace::display(const CaseDetail& detail)
{
    const bool opening = m_detail.caseRecord.id == 0;   // the first display, from the constructor
    m_detail = detail;
    if (!m_form->isModified()) m_form->setCase(m_detail.caseRecord);
    QStringList offences;
    for (Offence o : m_detail.caseRecord.offences) offences.append(labelOf(o));
    m_summary->setText(tr("<b>%1</b> · %2 · OIC %3 · %4 incident(s)<br><small>%5</small>")
                           .arg(m_detail.caseRecord.urn.toHtmlEscaped(), labelOf(m_detail.caseRecord.status).toHtmlEscaped(),
                                m_detail.caseRecord.officerInCase.toHtmlEscaped())
                           .arg(m_detail.incidents.size())
                           .arg(offences.isEmpty() ? tr("No offences recorded yet") : offences.join(QStringLiteral("; ")).toHtmlEscaped()));
    fillPeople();
    fillIncidents();
    m_chronology->setEscalationRule(unitPolicyOrDefaults(m_db).escalationOptions());
    m_chronology->setIncidents(m_detail.incidents, Clock::nowUtc());
    // The S-DASH prompt follows the number of incidents. At the opening the Risk tab has just read
    // its assessments and the incidents' figures, built a moment before; reading them again was
    // four more round trips.
    if (!opening) m_risk->reload();
    // The case's work records are read once for this load (after one access check) and shared:
    // the chronology's markers and the advisor both need them, and the markers take their risk
    // screenings from the Risk tab's fresh list rather than reading it again.
    auto work = loadCaseWorkRecords(m_db, m_service.session(), m_caseId, m_justification);
    if (work.ok()) showMarkers(chronologyEvents(m_risk->assessments(), work.value()));
    else reportError(work.error());
    m_evidence->show(m_detail, work.ok() ? &work.value() : nullptr);
    m_care->setCase(m_detail);
    refreshDraftFlag();
    emit titleChanged();
    emit workInProgressChanged();   // a save re-reads the case: the Overview is no longer modified
}

void CaseWorkspace::fillPeople()
{
    m_people->setRowCount(int(m_detail.people.size()));
    for (int row = 0; row < m_detail.people.size(); ++row) {
        const Person& p = m_detail.people[row];
        const QStringList cells = {labelOf(p.role), p.displayName(), uktime::formatDate(p.dateOfBirth),
                                   p.role == PersonRole::Suspect ? labelOf(p.relationship) : QString(),
                                   p.phones.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) m_people->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_people->resizeColumnsToContents();
}

void CaseWorkspace::fillIncidents()
{
    m_incidents->setRowCount(int(m_detail.incidents.size()));
    for (int row = 0; row < m_detail.incidents.size(); ++row) {
        const Incident& i = m_detail.incidents[row];
        const QString where = i.online ? tr("Online: %1").arg(i.platform) : i.location;
        const QStringList cells = {(i.startTimeKnown ? localTime(i.startUtc) : uktime::formatDateOnly(i.startUtc)), where, behaviourList(i.behaviours),
                                   i.fearOfViolence ? tr("Yes") : tr("No"), i.description.simplified().left(200)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 4) item->setToolTip(i.description);
            m_incidents->setItem(row, col, item);
        }
    }
    m_incidents->resizeColumnsToContents();
    m_incidents->setColumnWidth(1, qMin(m_incidents->columnWidth(1), 260));
    m_incidents->setColumnWidth(2, qMin(m_incidents->columnWidth(2), 300));
}

bool CaseWorkspace::saveOverview()
{
    const Case mine = m_form->edited();
    auto saved = m_service.updateCase(mine);
    if (!saved.ok())
        if (auto chosen = chooseOverSomeoneElses(mine, saved.error())) saved = m_service.updateCase(*chosen);
    if (!saved.ok()) {
        // Refused, or the officer went back to their edit: the typing stays, with the reason.
        m_tabs->setCurrentIndex(0);
        m_form->showError(saved.error().field, saved.error().message);
        return false;
    }
    m_form->setCase(saved.value());
    reload();
    emit caseChanged(m_caseId);
    return true;
}

// Someone else saved the case after this officer opened it (issues 12 and 30). The conflict
// dialog shows who and when, each field both changed with both values, and what only they changed;
// the officer chooses each clash. The record to save, or none when that was not the problem or
// the officer went back to their edit (the form keeps it, and what they opened, for next time).
std::optional<Case> CaseWorkspace::chooseOverSomeoneElses(const Case& mine, const Error& refusal)
{
    auto current = m_service.loadCase(m_caseId);
    if (!current.ok() || current->caseRecord.rowVersion == mine.rowVersion) return std::nullopt;
    const CaseMerge merge = mergeCaseEdit(m_form->loaded(), mine, current->caseRecord);
    return chooseOverConflict(this, tr("Case changed on another desk"), refusal.message, merge, resolveCaseEdit);
}

void CaseWorkspace::addPerson()
{
    if (!m_editable) return;   // a read-only store: no editor is opened, its typing could not be kept
    Person p;
    p.caseId = m_caseId;
    p.role = m_detail.people.isEmpty() ? PersonRole::Complainant : PersonRole::Suspect;
    Person saved;
    PersonDialog dialog(p, [this, &saved](const Person& edited) {
        auto r = m_service.addPerson(edited);
        if (r.ok()) saved = r.value();
        return r;
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_caseId);
        if (saved.id != 0 && saved.role == PersonRole::Suspect) checkNewSuspect(saved);
    }
}

void CaseWorkspace::checkNewSuspect(const Person& suspect)
{
    // Not a dialog: the officer carries on, and the bar says whether there is anything to look at.
    auto outcome = LinkedSearchService(m_db, m_service.session()).searchAndRecord(suspect);
    if (!outcome.ok()) return reportError(outcome.error());
    m_banner->showOutcome(suspect, outcome.value());
}

void CaseWorkspace::findPersonElsewhere()
{
    const int row = selectedRow(m_people);
    if (row < 0 || row >= m_detail.people.size()) return;
    const Person person = m_detail.people[row];
    auto outcome = LinkedSearchService(m_db, m_service.session()).searchAndRecord(person);
    if (!outcome.ok()) return reportError(outcome.error());
    showLinkedMatches(person, outcome.value());
}

void CaseWorkspace::showLinkedMatches(const Person& probe, const LinkedSearchOutcome& outcome)
{
    LinkedSearchService service(m_db, m_service.session());
    LinkedMatchesDialog dialog(service, probe, outcome, this);
    const bool open = dialog.exec() == QDialog::Accepted && dialog.caseToOpen() != 0;
    if (open) emit openCaseRequested(dialog.caseToOpen());
}

void CaseWorkspace::editIncidentById(qint64 incidentId)
{
    for (int row = 0; row < m_detail.incidents.size(); ++row)
        if (m_detail.incidents[row].id == incidentId) return editIncidentAt(row);
}

void CaseWorkspace::editPerson() { editPersonAt(selectedRow(m_people)); }

void CaseWorkspace::editPersonAt(int row)
{
    if (!m_editable || row < 0 || row >= m_detail.people.size()) return;
    const Person& person = m_detail.people[row];
    PersonDialog dialog(person, [this, opened = person](const Person& edited) { return savePerson(opened, edited); }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_caseId);
    }
}

void CaseWorkspace::removePerson()
{
    const int row = selectedRow(m_people);
    if (row < 0) return;
    const Person& p = m_detail.people[row];
    if (prompts::ask(this, tr("Remove person"), tr("Remove %1 (%2) from this case?").arg(p.displayName(), labelOf(p.role)),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status s = m_service.removePerson(p); !s.ok()) reportError(s.error());
    reload();
    emit caseChanged(m_caseId);
}

void CaseWorkspace::addIncident()
{
    if (!m_editable) return;
    Incident incident;
    incident.caseId = m_caseId;
    DraftService drafts(m_db, m_service.session());
    IncidentDialog dialog(incident, [this](const Incident& edited) { return m_service.addIncident(edited); }, &drafts,
                          QStringLiteral("incident:new:case=%1").arg(m_caseId), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_caseId);
    } else {
        refreshDraftFlag();   // closed with a draft kept, or its draft discarded
    }
}

void CaseWorkspace::editIncident() { editIncidentAt(selectedRow(m_incidents)); }

void CaseWorkspace::editIncidentAt(int row)
{
    if (!m_editable || row < 0 || row >= m_detail.incidents.size()) return;
    const Incident& incident = m_detail.incidents[row];
    DraftService drafts(m_db, m_service.session());
    IncidentDialog dialog(incident, [this, opened = incident](const Incident& edited) { return saveIncident(opened, edited); },
                          &drafts, QStringLiteral("incident:%1").arg(incident.id), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit caseChanged(m_caseId);
    } else {
        refreshDraftFlag();   // closed with a draft kept, or its draft discarded
    }
}

// Saves an edited incident. When someone else saved it after it was opened (issues 12 and 30), the
// conflict dialog shows both values of each field both changed and the officer chooses each;
// otherwise, or when they go back to their edit, the incident dialog stays open with their typing
// and the refusal.
Result<Incident> CaseWorkspace::saveIncident(const Incident& opened, const Incident& edited)
{
    auto saved = m_service.updateIncident(edited);
    if (saved.ok()) return saved;
    auto current = m_service.loadCase(m_caseId);
    if (!current.ok()) return saved;
    const auto stored = std::find_if(current->incidents.cbegin(), current->incidents.cend(),
                                     [&](const Incident& i) { return i.id == edited.id; });
    if (stored == current->incidents.cend() || stored->rowVersion == edited.rowVersion) return saved;
    const auto chosen = chooseOverConflict(this, tr("Incident changed on another desk"), saved.error().message,
                                           mergeIncidentEdit(opened, edited, *stored), resolveIncidentEdit);
    return chosen ? m_service.updateIncident(*chosen) : saved;
}

// The same for a person edited at two desks.
Result<Person> CaseWorkspace::savePerson(const Person& opened, const Person& edited)
{
    auto saved = m_service.updatePerson(edited);
    if (saved.ok()) return saved;
    auto current = m_service.loadCase(m_caseId);
    if (!current.ok()) return saved;
    const auto stored = std::find_if(current->people.cbegin(), current->people.cend(),
                                     [&](const Person& p) { return p.id == edited.id; });
    if (stored == current->people.cend() || stored->rowVersion == edited.rowVersion) return saved;
    const auto chosen = chooseOverConflict(this, tr("Person changed on another desk"), saved.error().message,
                                           mergePersonEdit(opened, edited, *stored), resolvePersonEdit);
    return chosen ? m_service.updatePerson(*chosen) : saved;
}

void CaseWorkspace::removeIncident()
{
    const int row = selectedRow(m_incidents);
    if (row < 0) return;
    const Incident& incident = m_detail.incidents[row];
    if (prompts::ask(this, tr("Remove incident"), tr("Remove the incident of %1 from the course of conduct?").arg(incident.startTimeKnown ? localTime(incident.startUtc) : uktime::formatDateOnly(incident.startUtc)),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status s = m_service.removeIncident(incident); !s.ok()) reportError(s.error());
    reload();
    emit caseChanged(m_caseId);
}

void CaseWorkspace::showIncidents() { m_tabs->setCurrentIndex(2); }

void CaseWorkspace::reportError(const Error& error)
{
    prompts::warn(this, tr("Conduct"), error.text());
}

void CaseWorkspace::exportDocuments()
{
    // An unsaved edit on the Overview would not be in the documents: save it first or stay.
    if (hasUnsavedChanges() && !saveOverview()) return;
    // Asked before the choosing begins (issue 31); the export itself is still its own disclosure.
    if (!mayBeginOnCase(this, m_db, m_service.session(), m_caseId, Action::ExportDocument, tr("Export / print"))) return;
    ExportDialog dialog(m_db, m_service.session(), m_caseId, unitPolicyOrDefaults(m_db).documentSettings(), this);
    std::optional<CasePlace> goTo;
    connect(&dialog, &ExportDialog::placeRequested, this, [&goTo](const CasePlace& place) { goTo = place; });
    dialog.exec();
    if (goTo) showPlace(*goTo);
}

void CaseWorkspace::showPlace(const CasePlace& place)
{
    const auto focus = [&place](QWidget* page) {
        if (QWidget* field = place.field.isEmpty() ? nullptr : page->findChild<QWidget*>(place.field)) field->setFocus(Qt::OtherFocusReason);
    };
    switch (place.area) {
    case CaseArea::Overview: m_tabs->setCurrentIndex(0); focus(m_tabs->widget(0)); break;
    case CaseArea::People: m_tabs->setCurrentIndex(1); break;
    case CaseArea::Incidents: m_tabs->setCurrentIndex(2); break;
    case CaseArea::Risk: m_tabs->setCurrentWidget(m_risk); focus(m_risk); break;
    case CaseArea::Evidence: m_tabs->setCurrentWidget(m_evidence->checklist()); break;
    case CaseArea::Withdrawal: m_care->showTab(CareTabs::Withdrawal); break;
    case CaseArea::VictimCare: m_care->showTab(CareTabs::VictimCare); break;
    case CaseArea::Orders: m_care->showTab(CareTabs::Orders); break;
    case CaseArea::ChargingMg3: m_care->showCharging(int(ChargingSubPage::Mg3), place.field); break;
    case CaseArea::ChargingMg5: m_care->showCharging(int(ChargingSubPage::Mg5), place.field); break;
    case CaseArea::ChargingMg2: m_care->showCharging(int(ChargingSubPage::Mg2), place.field); break;
    case CaseArea::ChargingActionPlan: m_care->showCharging(int(ChargingSubPage::ActionPlan), place.field); break;
    case CaseArea::OwnProfile:
        // The main window's File ▸ My profile… action: the profile is the user's, not the case's.
        if (auto* action = window()->findChild<QAction*>(QStringLiteral("myProfileAction"))) action->trigger();
        break;
    }
}

} // namespace conduct
