#pragma once
// The evidence side of the case workspace: the Evidence (checklist, 3.1), Exhibits,
// Enquiries (3.4) and Offences (4.2) tabs, the protocol advisor panel, and the evidence summary
// shown on the Overview. CaseWorkspace owns one and passes it each freshly loaded case.

#include "services/AdvisorService.h"
#include "services/CaseService.h"
#include "services/EvidenceService.h"

#include <QObject>

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
    void show(const CaseDetail& detail);   // after every load of the case

    ChecklistPage* checklist() const { return m_checklist; }
    ExhibitsPage* exhibits() const { return m_exhibits; }
    EnquiriesPage* enquiries() const { return m_enquiries; }
    OffencesPage* offences() const { return m_offences; }
    AdvisorPanel* advisor() const { return m_advisor; }

signals:
    void caseRecordChanged();   // the case itself changed (offences): the workspace reloads
    void evidenceChanged();     // for the case list's attention column

private:
    void refreshDerived(bool userChange);   // summary and advisor, after loading or any evidence change
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
