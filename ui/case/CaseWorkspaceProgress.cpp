// CaseWorkspace: what is unsaved or in progress, and the question asked before the case closes.
#include "case/CaseWorkspace.h"

#include "care/CareTabs.h"
#include "case/CaseForm.h"
#include "widgets/Prompts.h"
#include "services/DraftService.h"


namespace conduct {

bool CaseWorkspace::hasWorkInProgress() const
{
    return hasUnsavedChanges() || m_hasIncidentDraft || !m_care->tabsWithUnsavedEdits().isEmpty();
}

void CaseWorkspace::refreshDraftFlag()
{
    auto drafts = DraftService(m_db, m_service.session()).listForCase(m_caseId);
    // An unreadable draft list is not work in progress we can show; the editor reports it when opened.
    const bool hasDraft = drafts.ok() && !drafts->isEmpty();
    if (hasDraft == m_hasIncidentDraft) return;
    m_hasIncidentDraft = hasDraft;
    emit workInProgressChanged();
}

bool CaseWorkspace::confirmClose()
{
    if (hasUnsavedChanges()) {
        const auto answer = prompts::ask(this, tr("Unsaved case details"),
                                         tr("The details of case %1 have changed. Save them before closing?").arg(m_detail.caseRecord.urn),
                                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) return false;
        if (answer == QMessageBox::Save && !saveOverview()) return false;
        if (answer == QMessageBox::Discard) m_form->setCase(m_detail.caseRecord);
    }
    // The care tabs save section by section, so there is no single Save to offer: say where the typing is.
    if (const QStringList tabs = m_care->tabsWithUnsavedEdits(); !tabs.isEmpty()) {
        const auto answer = prompts::ask(this, tr("Unsaved case work"),
                                         tr("Case %1 has typing not yet saved on the %2 tab(s). Close and lose it?")
                                             .arg(m_detail.caseRecord.urn, tabs.join(tr(", "))),
                                         QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) return false;
    }
    return true;
}

} // namespace conduct
