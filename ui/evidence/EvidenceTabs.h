#pragma once
// The evidence side of the case workspace: the Evidence (checklist, 3.1), Exhibits,
// Enquiries (3.4) and Offences (4.2) tabs, the protocol advisor panel, and the evidence summary
// shown on the Overview. CaseWorkspace owns one and passes it each freshly loaded case.

#include "services/AdvisorService.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"

#include <QObject>
#include <QSet>

class QLabel;
class QTabWidget;
class QWidget;

namespace conduct {

class AdvisorPanel;
class ChecklistPage;
class EnquiriesPage;
class ExhibitsPage;
class OffencesPage;

class EvidenceTabs : public QObject {
    Q_OBJECT
public:
    EvidenceTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs);
    QWidget* overviewSummary() const;
    // After every load of the case; `work`, when the workspace has read the case's work records
    // for this load, spares the advisor reading them again.
    void show(const CaseDetail& detail, const CaseWorkRecords* work = nullptr);

    // The pages, filled with the current case first if they have not been since it was loaded.
    ChecklistPage* checklist();
    ExhibitsPage* exhibits();
    EnquiriesPage* enquiries();
    OffencesPage* offences();
    AdvisorPanel* advisor();

signals:
    void caseRecordChanged();   // the case itself changed (offences): the workspace reloads
    void evidenceChanged();     // for the case list's attention column

private:
    // Summary and advisor, after loading or any evidence change.
    void refreshDerived(bool userChange, const CaseWorkRecords* work = nullptr);
    // A page is filled from the case when its tab is shown, not on every load: a case opens
    // with one tab showing, and filling all five was a third of the time to open a large case.
    void fillIfStale(QWidget* page);
    template <typename Page> Page* filled(Page* page);
    QTabWidget* m_tabs = nullptr;
    QSet<QWidget*> m_stale;
    QList<RuleResult> m_advice;   // for the advisor panel, when it is next shown
    EvidenceService m_evidence;
    AdvisorService m_advisorService;
    CaseDetail m_detail;
    QLabel* m_summary = nullptr;
    ChecklistPage* m_checklist = nullptr;
    ExhibitsPage* m_exhibits = nullptr;
    EnquiriesPage* m_enquiries = nullptr;
    OffencesPage* m_offences = nullptr;
    AdvisorPanel* m_advisor = nullptr;
};

} // namespace conduct
