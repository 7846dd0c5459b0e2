#include "care/ChargingPage.h"

#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QPushButton* rightButton(QVBoxLayout* layout, const QString& text, const QString& objectName, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* button = makeActionButton(text, objectName, parent);
    row->addWidget(button);
    layout->addLayout(row);
    return button;
}
} // namespace

ChargingPage::ChargingPage(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : CarePage(QStringLiteral("chargingPage"), tr("Action plan, charging and pleas (protocol 4.7–4.10, section 7)."), parent),
      m_service(db, session)
{
    m_service.setAccessJustification(justification);
    buildActions();
    buildRequest();
    buildPleas();
    addStretch();
}

void ChargingPage::buildActions()
{
    auto* box = addSection(QStringLiteral("actionPlanSection"), tr("Action plan — protocol 4.7"),
                           tr("Action dates are agreed between the CPS and the police. Overdue actions are shown in red."));
    m_flags = new QLabel(box);
    m_flags->setObjectName(QStringLiteral("caseFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    sectionLayout(box)->addWidget(m_flags);
    m_actions = makeCareTable(QStringLiteral("actionTable"), tr("Action plan"),
                              {tr("Action"), tr("Owner"), tr("Due"), tr("Agreed date"), tr("Status"), tr("From")}, box);
    m_actions->setMaximumHeight(220);
    sectionLayout(box)->addWidget(m_actions);
    auto* form = addForm(sectionLayout(box));
    m_actionText = makeLine(QStringLiteral("actionText"), box);
    m_actionOwner = makeLine(QStringLiteral("actionOwner"), box);
    m_actionDue = new DateField(QStringLiteral("actionDue"), box);
    m_actionAgreed = new DateField(QStringLiteral("actionAgreed"), box);
    addLabelledRow(form, tr("New action:"), m_actionText);
    addLabelledRow(form, tr("Owner:"), m_actionOwner);
    addLabelledRow(form, tr("Due date:"), m_actionDue);
    addLabelledRow(form, tr("Action date agreed with the CPS:"), m_actionAgreed);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* done = makeActionButton(tr("Mark selected action done"), QStringLiteral("actionDoneButton"), box);
    auto* add = makeActionButton(tr("Add action"), QStringLiteral("addActionButton"), box);
    row->addWidget(done);
    row->addWidget(add);
    sectionLayout(box)->addLayout(row);
    connect(add, &QPushButton::clicked, this, &ChargingPage::addAction);
    connect(done, &QPushButton::clicked, this, &ChargingPage::markActionDone);
}

void ChargingPage::buildRequest()
{
    auto* box = addSection(QStringLiteral("chargingSection"), tr("Charging request and decision — protocol 4.9, 4.10"),
                           tr("For the Threshold Test, give the further evidence likely to be obtained and when. Tell the complainant "
                              "the decision at the earliest opportunity (4.9)."));
    auto* form = addForm(sectionLayout(box));
    m_test = new QComboBox(box);
    m_test->setObjectName(QStringLiteral("chargingTest"));
    m_test->addItem(tr("Full Code Test"), int(CodeTest::FullCode));
    m_test->addItem(tr("Threshold Test"), int(CodeTest::Threshold));
    m_requestedOn = new DateField(QStringLiteral("requestedOn"), box);
    m_furtherEvidence = makeText(QStringLiteral("furtherEvidence"), box, 2);
    m_furtherBy = new DateField(QStringLiteral("furtherEvidenceBy"), box);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("chargingOutcome"));
    for (ChargingOutcome o : {ChargingOutcome::Pending, ChargingOutcome::Charge, ChargingOutcome::NoFurtherAction,
                              ChargingOutcome::FurtherEvidenceRequired})
        m_outcome->addItem(chargingOutcomeLabel(o), int(o));
    m_decisionOn = new DateField(QStringLiteral("chargingDecisionOn"), box);
    m_decisionDetail = makeText(QStringLiteral("chargingDecisionDetail"), box, 2);
    m_toldOn = new DateField(QStringLiteral("complainantToldOn"), box);
    addLabelledRow(form, tr("Test sought:"), m_test);
    addLabelledRow(form, tr("Requested on:"), m_requestedOn);
    addLabelledRow(form, tr("Further evidence expected (4.10):"), m_furtherEvidence);
    addLabelledRow(form, tr("Further evidence expected by:"), m_furtherBy);
    addLabelledRow(form, tr("Decision:"), m_outcome);
    addLabelledRow(form, tr("Decision date:"), m_decisionOn);
    addLabelledRow(form, tr("Charges, or reasons:"), m_decisionDetail);
    addLabelledRow(form, tr("Complainant told on (4.9):"), m_toldOn);
    connect(rightButton(sectionLayout(box), tr("Save charging request"), QStringLiteral("saveChargingButton"), box), &QPushButton::clicked,
            this, &ChargingPage::saveRequest);
}

void ChargingPage::buildPleas()
{
    auto* box = addSection(QStringLiteral("pleaSection"), tr("Pleas offered — protocol 7.2, 7.3"),
                           tr("Where stalking is charged, a plea to harassment is accepted only for compelling reasons, on the rarest of "
                              "occasions. The complainant's views are taken into account before a final decision."));
    auto* form = addForm(sectionLayout(box));
    m_offeredOn = new DateField(QStringLiteral("pleaOfferedOn"), box);
    m_chargedOffence = makeLine(QStringLiteral("chargedOffence"), box);
    m_offeredPlea = makeLine(QStringLiteral("offeredPlea"), box);
    addLabelledRow(form, tr("Offered on:"), m_offeredOn);
    addLabelledRow(form, tr("Offence charged:"), m_chargedOffence);
    addLabelledRow(form, tr("Plea offered:"), m_offeredPlea);
    auto* regard = new QLabel(tr("<b>Before accepting a plea to harassment, prosecutors will have regard to (7.2):</b>"), box);
    sectionLayout(box)->addWidget(regard);
    const QStringList labels = pleaConsiderationLabels();
    for (int i = 0; i < labels.size(); ++i) {
        auto* label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(labels[i]), box);
        label->setWordWrap(true);
        auto* edit = makeText(QStringLiteral("pleaConsideration%1").arg(i + 1), box, 2);
        label->setBuddy(edit);
        edit->setAccessibleName(labels[i]);
        sectionLayout(box)->addWidget(label);
        sectionLayout(box)->addWidget(edit);
        m_considerations.append(edit);
    }
    form = addForm(sectionLayout(box));
    m_pleaViews = makeText(QStringLiteral("pleaComplainantViews"), box, 2);
    m_pleaViewsOn = new DateField(QStringLiteral("pleaViewsOn"), box);
    m_pleaDecision = new QComboBox(box);
    m_pleaDecision->setObjectName(QStringLiteral("pleaDecision"));
    for (PleaDecision d : {PleaDecision::Pending, PleaDecision::Accepted, PleaDecision::Rejected}) m_pleaDecision->addItem(pleaDecisionLabel(d), int(d));
    m_pleaDecisionOn = new DateField(QStringLiteral("pleaDecisionOn"), box);
    m_pleaReasons = makeText(QStringLiteral("pleaReasons"), box, 2);
    addLabelledRow(form, tr("Complainant's views on the offer (7.3):"), m_pleaViews);
    addLabelledRow(form, tr("Views given on:"), m_pleaViewsOn);
    addLabelledRow(form, tr("Decision:"), m_pleaDecision);
    addLabelledRow(form, tr("Decision date:"), m_pleaDecisionOn);
    addLabelledRow(form, tr("Reasons:"), m_pleaReasons);
    connect(rightButton(sectionLayout(box), tr("Save plea record"), QStringLiteral("savePleaButton"), box), &QPushButton::clicked, this,
            &ChargingPage::savePlea);
}

void ChargingPage::setCase(const CaseDetail& detail)
{
    const bool keepEdits = detail.caseRecord.id == m_caseId && hasUnsavedEdits();
    m_caseId = detail.caseRecord.id;
    if (keepEdits) {   // unsaved typing wins; the lists above the editors still refresh
        refreshLists();
        return;
    }
    if (m_actionOwner->text().isEmpty()) m_actionOwner->setText(detail.caseRecord.officerInCase);
    clearMessages();
    refresh();
}

void ChargingPage::refresh()
{
    if (!refreshLists()) return;
    fillEditors();
    markClean();
}

bool ChargingPage::refreshLists()
{
    auto loaded = m_service.load(m_caseId);
    if (!loaded.ok()) {
        report(loaded.error(), {});
        return false;
    }
    m_records = loaded.value();
    QStringList open;
    for (const CaseFlag& f : m_records.flags)
        if (f.isOpen()) open.append(tr("⚑ %1 <small>(raised %2)</small>").arg(f.reason.toHtmlEscaped(), shortDateTime(f.raisedUtc)));
    m_flags->setText(open.isEmpty() ? tr("No open flags on this case.") : open.join(QStringLiteral("<br>")));
    const QDate today = uktime::today();
    m_actions->setRowCount(int(m_records.actions.size()));
    for (int row = 0; row < m_records.actions.size(); ++row) {
        const ActionItem& a = m_records.actions[row];
        const bool overdue = a.isOverdue(today);
        setRow(m_actions, row, {a.description, a.owner, shortDate(a.dueDate), shortDate(a.agreedDate),
                                overdue ? tr("OVERDUE") : actionStatusLabel(a.status), a.origin});
        if (overdue)
            for (int col = 0; col < m_actions->columnCount(); ++col) m_actions->item(row, col)->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    m_actions->resizeColumnsToContents();
    m_actions->setColumnWidth(0, qMin(m_actions->columnWidth(0), 420));
    return true;
}

void ChargingPage::fillEditors()
{
    if (!m_records.requests.isEmpty()) {
        const ChargingRequest& c = m_records.requests.last();
        m_test->setCurrentIndex(m_test->findData(int(c.test)));
        m_requestedOn->setDate(c.requestedOn);
        m_furtherEvidence->setPlainText(c.furtherEvidence);
        m_furtherBy->setDate(c.furtherEvidenceBy);
        m_outcome->setCurrentIndex(m_outcome->findData(int(c.outcome)));
        m_decisionOn->setDate(c.decisionOn);
        m_decisionDetail->setPlainText(c.decisionDetail);
        m_toldOn->setDate(c.complainantToldOn);
    }
    if (!m_records.pleas.isEmpty()) {
        const PleaOffer& p = m_records.pleas.last();
        m_offeredOn->setDate(p.offeredOn);
        m_chargedOffence->setText(p.chargedOffence);
        m_offeredPlea->setText(p.offeredPlea);
        const PleaConsiderations& c = p.considerations;
        const QStringList values = {c.complainantViews, c.newEvidence, c.changedCircumstances, c.witnessSummonsPublicInterest,
                                    c.strengthOfStalkingEvidence, c.defenceReasons, c.explanationToComplainant};
        for (int i = 0; i < m_considerations.size(); ++i) m_considerations[i]->setPlainText(values[i]);
        m_pleaViews->setPlainText(p.complainantViewsOnOffer);
        m_pleaViewsOn->setDate(p.complainantViewsOn);
        m_pleaDecision->setCurrentIndex(m_pleaDecision->findData(int(p.decision)));
        m_pleaDecisionOn->setDate(p.decisionOn);
        m_pleaReasons->setPlainText(p.decisionReasons);
    }
}

bool ChargingPage::finish(const Status& outcome, const QString& savedText)
{
    if (!report(outcome, savedText)) return false;
    refresh();
    emit changed();
    return true;
}

bool ChargingPage::addAction()
{
    if (Status dates = DateEntry::commitAll({m_actionDue, m_actionAgreed}); !dates.ok()) return report(dates, {});
    ActionItem a;
    a.caseId = m_caseId;
    a.description = m_actionText->text().trimmed();
    a.owner = m_actionOwner->text().trimmed();
    a.dueDate = m_actionDue->date();
    a.agreedDate = m_actionAgreed->date();
    auto saved = m_service.saveAction(a);
    if (saved.ok()) m_actionText->clear();
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Action added."));
}

bool ChargingPage::markActionDone()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_records.actions.size()) return false;
    ActionItem a = m_records.actions[row];
    a.status = ActionStatus::Done;
    auto saved = m_service.saveAction(a);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Action marked done."));
}

bool ChargingPage::saveRequest()
{
    if (Status dates = DateEntry::commitAll({m_requestedOn, m_furtherBy, m_decisionOn, m_toldOn}); !dates.ok()) return report(dates, {});
    ChargingRequest c = m_records.requests.isEmpty() ? ChargingRequest{} : m_records.requests.last();
    c.caseId = m_caseId;
    c.test = CodeTest(m_test->currentData().toInt());
    c.requestedOn = m_requestedOn->date();
    c.furtherEvidence = m_furtherEvidence->toPlainText().trimmed();
    c.furtherEvidenceBy = m_furtherBy->date();
    c.outcome = ChargingOutcome(m_outcome->currentData().toInt());
    c.decisionOn = m_decisionOn->date();
    c.decisionDetail = m_decisionDetail->toPlainText().trimmed();
    c.complainantToldOn = m_toldOn->date();
    auto saved = m_service.saveRequest(c);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Charging request saved."));
}

bool ChargingPage::savePlea()
{
    if (Status dates = DateEntry::commitAll({m_offeredOn, m_pleaViewsOn, m_pleaDecisionOn}); !dates.ok()) return report(dates, {});
    PleaOffer p = m_records.pleas.isEmpty() ? PleaOffer{} : m_records.pleas.last();
    p.caseId = m_caseId;
    p.offeredOn = m_offeredOn->date();
    p.chargedOffence = m_chargedOffence->text().trimmed();
    p.offeredPlea = m_offeredPlea->text().trimmed();
    QStringList v;
    for (QPlainTextEdit* e : m_considerations) v.append(e->toPlainText().trimmed());
    p.considerations = PleaConsiderations{v[0], v[1], v[2], v[3], v[4], v[5], v[6]};
    p.complainantViewsOnOffer = m_pleaViews->toPlainText().trimmed();
    p.complainantViewsOn = m_pleaViewsOn->date();
    p.decision = PleaDecision(m_pleaDecision->currentData().toInt());
    p.decisionOn = m_pleaDecisionOn->date();
    p.decisionReasons = m_pleaReasons->toPlainText().trimmed();
    auto saved = m_service.savePlea(p);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Plea record saved."));
}

} // namespace conduct
