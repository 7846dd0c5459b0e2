#include "evidence/EvidenceTabs.h"

#include "evidence/AdvisorPanel.h"
#include "evidence/ChecklistPage.h"
#include "evidence/EnquiriesPage.h"
#include "evidence/ExhibitsPage.h"
#include "evidence/OffencesPage.h"
#include "forms/FormPack.h"

#include <QLabel>
#include <QTabWidget>

namespace conduct {

EvidenceTabs::EvidenceTabs(Database& db, const Session& session, const QString& justification, QTabWidget* tabs)
    : QObject(tabs), m_tabs(tabs), m_evidence(db, session), m_advisorService(db, session)
{
    m_evidence.setAccessJustification(justification);
    m_advisorService.setAccessJustification(justification);
    m_summary = new QLabel(tabs);
    m_summary->setObjectName(QStringLiteral("evidenceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_checklist = new ChecklistPage(m_evidence, tabs);
    m_exhibits = new ExhibitsPage(m_evidence, tabs);
    m_enquiries = new EnquiriesPage(m_evidence, tabs);
    m_offences = new OffencesPage(m_evidence, tabs);
    m_advisor = new AdvisorPanel(tabs);
    tabs->addTab(m_checklist, tr("&Evidence"));
    tabs->addTab(m_exhibits, tr("E&xhibits"));
    tabs->addTab(m_enquiries, tr("En&quiries (3.4)"));
    tabs->addTab(m_offences, tr("O&ffences"));
    tabs->addTab(m_advisor, tr("Protocol &advisor"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) { fillIfStale(m_tabs->widget(index)); });
    connect(m_checklist, &ChecklistPage::changed, this, [this] { refreshDerived(true); });
    connect(m_exhibits, &ExhibitsPage::changed, this, [this] {
        m_stale.insert(m_checklist);   // its exhibit references
        refreshDerived(true);
    });
    connect(m_enquiries, &EnquiriesPage::changed, this, [this] { refreshDerived(true); });
    connect(m_offences, &OffencesPage::changed, this, [this] { refreshDerived(true); });
    connect(m_offences, &OffencesPage::caseRecordChanged, this, &EvidenceTabs::caseRecordChanged);
}

QWidget* EvidenceTabs::overviewSummary() const { return m_summary; }

void EvidenceTabs::show(const CaseDetail& detail, const CaseWorkRecords* work)
{
    m_detail = detail;
    m_stale = {m_checklist, m_exhibits, m_enquiries, m_offences, m_advisor};
    refreshDerived(false, work);
    fillIfStale(m_tabs->currentWidget());
}

void EvidenceTabs::fillIfStale(QWidget* page)
{
    if (!page || !m_stale.remove(page)) return;
    if (page == m_checklist) m_checklist->show(m_detail);
    else if (page == m_exhibits) m_exhibits->show(m_detail);
    else if (page == m_enquiries) m_enquiries->show(m_detail);
    else if (page == m_offences) m_offences->show(m_detail);
    else if (page == m_advisor) m_advisor->setResults(m_advice);
}

template <typename Page> Page* EvidenceTabs::filled(Page* page)
{
    fillIfStale(page);
    return page;
}

ChecklistPage* EvidenceTabs::checklist() { return filled(m_checklist); }
ExhibitsPage* EvidenceTabs::exhibits() { return filled(m_exhibits); }
EnquiriesPage* EvidenceTabs::enquiries() { return filled(m_enquiries); }
OffencesPage* EvidenceTabs::offences() { return filled(m_offences); }
AdvisorPanel* EvidenceTabs::advisor() { return filled(m_advisor); }

void EvidenceTabs::refreshDerived(bool userChange, const CaseWorkRecords* work)
{
    const qint64 caseId = m_detail.caseRecord.id;
    auto records = m_evidence.checklist(caseId);
    const FormPack* pack = evidencePack(QString::fromLatin1(stalkingChecklistPackId));
    QStringList outstanding;
    const QString figure = ChecklistPage::summaryText(records.ok() ? records.value() : QList<ChecklistItemRecord>(),
                                                      pack ? pack->itemCount() : 0, &outstanding);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(figure.toHtmlEscaped());
    if (!outstanding.isEmpty()) {
        html += tr("<p>Still to obtain:</p><ul>");
        for (const QString& item : outstanding) html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    // The workspace's loaded case (and its work records when read with it), not read again.
    auto advice = work ? m_advisorService.advise(m_detail, *work) : m_advisorService.advise(m_detail);
    m_advice = advice.ok() ? advice.value() : QList<RuleResult>();
    m_stale.insert(m_advisor);
    fillIfStale(m_tabs->currentWidget());   // at once when the advisor is the tab on show
    if (advice.ok()) {
        html += tr("<p>Protocol advisor: <b>%1 rule(s) need attention</b> (see the Protocol advisor tab).</p>")
                    .arg(countNeedingAttention(advice.value()));
    }
    m_summary->setText(html);
    if (userChange) emit evidenceChanged();
}

} // namespace conduct
