#include "care/WithdrawalPage.h"

#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include "widgets/FieldErrors.h"
#include "widgets/SpellCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {

WithdrawalPage::WithdrawalPage(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : CarePage(QStringLiteral("withdrawalPage"),
               tr("When a complainant asks the police not to proceed or withdraws support for a prosecution (protocol 5.3–5.8). "
                  "Record the statement in the complainant's own words, in the first person; then the officer's report and the decision."),
               parent),
      m_service(db, session)
{
    m_service.setAccessJustification(justification);

    auto* who = addSection(QStringLiteral("withdrawalWho"), tr("Complainant"));
    auto* whoForm = addForm(sectionLayout(who));
    m_complainant = new QComboBox(who);
    m_complainant->setObjectName(QStringLiteral("withdrawalComplainant"));
    addLabelledRow(whoForm, tr("&Complainant withdrawing support:"), m_complainant);
    m_status = new QLabel(who);
    m_status->setObjectName(QStringLiteral("withdrawalStatus"));
    m_status->setWordWrap(true);
    whoForm->addRow(m_status);

    auto* statement = addSection(QStringLiteral("withdrawalStatementSection"), tr("1. Withdrawal statement — protocol 5.3"),
                                 tr("In the complainant's own words, first person (\"I …\"). Every point must be answered."));
    buildPoints(statement, m_service.statementPack(), m_statement, QStringLiteral("statementPoint"));
    auto* statementForm = addForm(sectionLayout(statement));
    m_takenAt = new DateTimeField(QStringLiteral("statementTakenAt"), statement);
    m_takenAt->setRequired(true);
    m_takenBy = makeLine(QStringLiteral("statementTakenBy"), statement);
    addLabelledRow(statementForm, tr("Statement &taken (date and time):"), m_takenAt);
    addLabelledRow(statementForm, tr("Taken &by:"), m_takenBy);
    // The circumstances the officer's report and the MG11 print (mg-forms §7.3).
    m_takenWhere = makeLine(QStringLiteral("statementTakenWhere"), statement);
    m_takenWhere->setPlaceholderText(tr("e.g. the complainant's home address, or the police station"));
    m_present = makeLine(QStringLiteral("presentAtStatement"), statement);
    m_present->setPlaceholderText(tr("Anyone else present, e.g. her ISAC; \"nobody else\""));
    m_contactBy = makeLine(QStringLiteral("contactInitiatedBy"), statement);
    m_contactBy->setPlaceholderText(tr("Who made contact, how and when, e.g. \"she telephoned the OIC on 01/12/2026\""));
    addLabelledRow(statementForm, tr("Place ta&ken:"), m_takenWhere);
    addLabelledRow(statementForm, tr("Ot&hers present:"), m_present);
    addLabelledRow(statementForm, tr("Contact &initiated by:"), m_contactBy);

    auto* report = addSection(QStringLiteral("withdrawalReportSection"), tr("2. Officer's report — protocol 5.4"),
                              tr("The officer's own views. Needed before a decision can be recorded."));
    buildPoints(report, m_service.reportPack(), m_report, QStringLiteral("reportPoint"));
    auto* reportForm = addForm(sectionLayout(report));
    m_reportDate = new DateField(QStringLiteral("reportDate"), report);
    m_reportBy = makeLine(QStringLiteral("reportBy"), report);
    addLabelledRow(reportForm, tr("Report &date:"), m_reportDate);
    addLabelledRow(reportForm, tr("Report b&y:"), m_reportBy);

    auto* pressure = addSection(QStringLiteral("withdrawalPressureSection"), tr("3. Suspected pressure or fear — protocol 5.5"),
                                tr("Ticking this adds an action to investigate and flags the case."));
    auto* pressureForm = addForm(sectionLayout(pressure));
    m_pressure = new QCheckBox(tr("The complainant may have been &pressurised or is frightened"), pressure);
    m_pressure->setObjectName(QStringLiteral("pressureSuspected"));
    pressureForm->addRow(m_pressure);
    m_pressureDetail = makeText(QStringLiteral("pressureDetail"), pressure, 2);
    addLabelledRow(pressureForm, tr("What makes you suspect it:"), m_pressureDetail);

    auto* safety = addSection(QStringLiteral("withdrawalSafetySection"), tr("4. Safety enquiries — protocol 5.8"),
                              tr("Required before a witness summons can be chosen: that the safety of the complainant, any children "
                                 "and/or other dependents will not be endangered (sources: police, support organisations)."));
    auto* safetyForm = addForm(sectionLayout(safety));
    m_safety = makeText(QStringLiteral("safetyEnquiries"), safety, 3);
    m_safetyOn = new DateField(QStringLiteral("safetyEnquiriesOn"), safety);
    addLabelledRow(safetyForm, tr("Enquiries made and &findings:"), m_safety);
    addLabelledRow(safetyForm, tr("Completed &on:"), m_safetyOn);

    auto* decision = addSection(QStringLiteral("withdrawalDecisionSection"), tr("5. Decision — protocol 5.6, 5.7"),
                                tr("A witness summons (SOCPA 2005 s169) is a last resort."));
    auto* decisionForm = addForm(sectionLayout(decision));
    m_decision = new QComboBox(decision);
    m_decision->setObjectName(QStringLiteral("withdrawalDecision"));
    for (WithdrawalDecision d : allWithdrawalDecisions()) m_decision->addItem(withdrawalDecisionLabel(d), int(d));
    m_reasons = makeText(QStringLiteral("decisionReasons"), decision, 3);
    m_decisionDate = new DateField(QStringLiteral("decisionDate"), decision);
    m_decidedBy = makeLine(QStringLiteral("decidedBy"), decision);
    addLabelledRow(decisionForm, tr("Decisio&n:"), m_decision);
    addLabelledRow(decisionForm, tr("&Reasons:"), m_reasons);
    addLabelledRow(decisionForm, tr("Decision dat&e:"), m_decisionDate);
    addLabelledRow(decisionForm, tr("Decided b&y:"), m_decidedBy);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* saveButton = makeActionButton(tr("&Save withdrawal"), QStringLiteral("saveWithdrawalButton"), decision);
    buttons->addWidget(saveButton);
    sectionLayout(decision)->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &WithdrawalPage::save);
    addStretch();
}

void WithdrawalPage::buildPoints(QGroupBox* section, const Result<FormPack>& pack, QMap<QString, QPlainTextEdit*>& edits,
                                 const QString& prefix)
{
    if (!pack.ok()) {
        auto* label = new QLabel(pack.error().text(), section);
        label->setWordWrap(true);
        sectionLayout(section)->addWidget(label);
        return;
    }
    // The point's wording above its box, full width: the 5.4 points are long and must not be cut.
    for (const FormItem* item : pack->items()) {
        auto* label = new QLabel(QStringLiteral("<b>%1.</b> %2").arg(item->number, item->text.toHtmlEscaped()), section);
        label->setWordWrap(true);
        auto* edit = makeText(prefix + item->id, section, 2);
        label->setBuddy(edit);
        edit->setAccessibleName(tr("Point %1: %2").arg(item->number, item->text));
        enableSpellCheck(edit);   // the statement and the officer's report are prose for court
        sectionLayout(section)->addWidget(label);
        sectionLayout(section)->addWidget(edit);
        edits.insert(item->id, edit);
    }
}

void WithdrawalPage::setCase(const CaseDetail& detail)
{
    const bool keepEdits = detail.caseRecord.id == m_caseId && hasUnsavedEdits();
    m_caseId = detail.caseRecord.id;
    m_people = detail.people;
    fillPeople(m_complainant, m_people, {PersonRole::Complainant});
    if (keepEdits) return;   // the officer's unsaved statement wins over a refresh of the case
    clearMessages();
    auto list = m_service.list(m_caseId);
    if (!list.ok()) {
        report(list.error(), {});
        return;
    }
    Withdrawal w;
    if (!list->isEmpty()) w = list->last();
    else {
        w.statementTakenUtc = uktime::nowUtcToTheMinute();
        w.statementTakenBy = detail.caseRecord.officerInCase;
        w.reportBy = detail.caseRecord.officerInCase;
    }
    display(w);
    markClean();
}

void WithdrawalPage::display(const Withdrawal& w)
{
    m_current = w;
    if (w.complainantId != 0) selectId(m_complainant, w.complainantId);
    for (auto it = m_statement.begin(); it != m_statement.end(); ++it) it.value()->setPlainText(w.statement.value(it.key()).toString());
    m_takenAt->setUtc(w.statementTakenUtc.isValid() ? w.statementTakenUtc : uktime::nowUtcToTheMinute());
    m_takenBy->setText(w.statementTakenBy);
    m_takenWhere->setText(w.statementTakenAt);
    m_present->setText(w.presentAtStatement);
    m_contactBy->setText(w.contactInitiatedBy);
    for (auto it = m_report.begin(); it != m_report.end(); ++it) it.value()->setPlainText(w.report.value(it.key()).toString());
    m_reportDate->setDate(w.reportDate);
    m_reportBy->setText(w.reportBy);
    m_pressure->setChecked(w.pressureSuspected);
    m_pressureDetail->setPlainText(w.pressureDetail);
    m_safety->setPlainText(w.safetyEnquiries);
    m_safetyOn->setDate(w.safetyEnquiriesOn);
    m_decision->setCurrentIndex(m_decision->findData(int(w.decision)));
    m_reasons->setPlainText(w.decisionReasons);
    m_decisionDate->setDate(w.decisionDate);
    m_decidedBy->setText(w.decidedBy);
    m_status->setText(w.id == 0 ? tr("No withdrawal recorded on this case.")
                                : tr("Recorded with %1 version %2. Decision: %3.")
                                      .arg(w.statementPackId).arg(w.statementPackVersion).arg(withdrawalDecisionLabel(w.decision)));
}

Withdrawal WithdrawalPage::edited() const
{
    Withdrawal w = m_current;
    w.caseId = m_caseId;
    w.complainantId = currentId(m_complainant);
    w.statement = {};
    for (auto it = m_statement.begin(); it != m_statement.end(); ++it)
        if (!it.value()->toPlainText().trimmed().isEmpty()) w.statement.setValue(it.key(), it.value()->toPlainText().trimmed());
    w.statementTakenUtc = m_takenAt->utc();
    w.statementTakenBy = m_takenBy->text().trimmed();
    w.statementTakenAt = m_takenWhere->text().trimmed();
    w.presentAtStatement = m_present->text().trimmed();
    w.contactInitiatedBy = m_contactBy->text().trimmed();
    w.report = {};
    for (auto it = m_report.begin(); it != m_report.end(); ++it)
        if (!it.value()->toPlainText().trimmed().isEmpty()) w.report.setValue(it.key(), it.value()->toPlainText().trimmed());
    w.reportDate = m_reportDate->date();
    w.reportBy = m_reportBy->text().trimmed();
    w.pressureSuspected = m_pressure->isChecked();
    w.pressureDetail = m_pressureDetail->toPlainText().trimmed();
    w.safetyEnquiries = m_safety->toPlainText().trimmed();
    w.safetyEnquiriesOn = m_safetyOn->date();
    w.decision = WithdrawalDecision(m_decision->currentData().toInt());
    w.decisionReasons = m_reasons->toPlainText().trimmed();
    w.decisionDate = m_decisionDate->date();
    w.decidedBy = m_decidedBy->text().trimmed();
    return w;
}

bool WithdrawalPage::save()
{
    // A date or time that cannot be read is refused before anything is stored.
    if (Status dates = DateEntry::commitAll({m_takenAt, m_reportDate, m_safetyOn, m_decisionDate}); !dates.ok())
        return report(dates, {});
    auto saved = m_service.save(edited());
    if (!report(saved.ok() ? Status{} : Status{saved.error()}, tr("Withdrawal saved.")))
        return false;
    display(saved.value());
    markClean();
    emit changed();
    return true;
}

} // namespace conduct
