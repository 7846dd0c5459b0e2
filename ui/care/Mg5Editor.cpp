#include "care/Mg5Editor.h"

#include "care/ChargingFileSupport.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace conduct {

Mg5Editor::Mg5Editor(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : ChargingDocumentEditor(db, session, justification, ChargingForm::Mg5, QStringLiteral("mg5Page"),
                             tr("MG5 – Case summary. The boxes start from what the case holds when they are empty; the supervisor's "
                                "approval is the MG5's supervisor's certification (part 12)."),
                             parent)
{
    auto* evidence = addSection(QStringLiteral("mg5EvidenceSection"), tr("Key evidence and witnesses"));
    auto* form = addForm(sectionLayout(evidence));
    m_keyEvidence = text(QStringLiteral("mg5KeyEvidence"), evidence, form, tr("&Key evidence:"), 12, "Key evidence");
    m_keyWitnesses = text(QStringLiteral("mg5KeyWitnesses"), evidence, form, tr("Key &witness(es) and their role:"), 5, "Key witness(es) and their role");
    m_propertyValue = makeLine(QStringLiteral("mg5PropertyValue"), evidence);
    addLabelledRow(form, tr("Value of &property (stolen, damaged):"), m_propertyValue);
    registerPoliceField(m_propertyValue);
    fields().add(chargingField("Value of property"), m_propertyValue);

    auto* interview = addSection(QStringLiteral("mg5InterviewSection"), tr("Defendant interview"),
                                 tr("Give the relevant admissions with the start and finish counter times of the recording."));
    form = addForm(sectionLayout(interview));
    m_defendant = new QComboBox(interview);
    m_defendant->setObjectName(QStringLiteral("mg5Defendant"));
    addLabelledRow(form, tr("&Defendant:"), m_defendant);
    registerPoliceField(m_defendant);
    m_interviewStart = new DateTimeField(QStringLiteral("mg5InterviewStart"), interview);
    addLabelledRow(form, tr("Interview date and &time:"), m_interviewStart);
    registerPoliceField(m_interviewStart);
    m_interviewers = makeLine(QStringLiteral("mg5Interviewers"), interview);
    addLabelledRow(form, tr("Interviewing officer(s):"), m_interviewers);
    m_othersPresent = makeLine(QStringLiteral("mg5OthersPresent"), interview);
    addLabelledRow(form, tr("Other persons present:"), m_othersPresent);
    registerPoliceField(m_interviewers);
    registerPoliceField(m_othersPresent);
    fields().add(chargingField("Interviewing officer(s)"), m_interviewers);
    fields().add(chargingField("Other person(s) present"), m_othersPresent);
    m_explanation = text(QStringLiteral("mg5Explanation"), interview, form, tr("Summary of &explanation:"), 6, "Summary of defendant explanation");
    m_cctv = text(QStringLiteral("mg5Cctv"), interview, form, tr("Response to CCTV:"), 3, "Defendant's response/reaction to CCTV");
    m_admissions = text(QStringLiteral("mg5Admissions"), interview, form, tr("Relevant &admissions (with counter times):"), 5, "Relevant admissions");

    auto* other = addSection(QStringLiteral("mg5OtherSection"), tr("Other evidence"));
    form = addForm(sectionLayout(other));
    m_nonKeyWitnesses = text(QStringLiteral("mg5NonKeyWitnesses"), other, form, tr("&Non-key witnesses:"), 4, "Non-key witness(es)");
    m_vre = makeTriState(QStringLiteral("mg5Vre"), other);
    addLabelledRow(form, tr("&Visually recorded evidence (VRE):"), m_vre);
    m_vreKey = makeTriState(QStringLiteral("mg5VreKey"), other);
    addLabelledRow(form, tr("Is the VRE key evidence?"), m_vreKey);
    registerPoliceField(m_vre);
    registerPoliceField(m_vreKey);
    m_vreDetails = text(QStringLiteral("mg5VreDetails"), other, form, tr("VRE details:"), 3, "Visually recorded evidence: details");
    m_injuries = text(QStringLiteral("mg5Injuries"), other, form, tr("&Injuries:"), 3, "Description of injuries");
    m_forensic = text(QStringLiteral("mg5Forensic"), other, form, tr("&Forensic evidence:"), 3, "Forensic evidence");

    auto* orders = addSection(QStringLiteral("mg5OrdersSection"), tr("Orders and compensation"),
                              tr("Orders applied for start from the restraining order draft (protocol section 9)."));
    form = addForm(sectionLayout(orders));
    m_orders = text(QStringLiteral("mg5Orders"), orders, form, tr("&Orders applied for:"), 4, "Order(s) applied for");
    m_compensation = text(QStringLiteral("mg5Compensation"), orders, form, tr("&Compensation:"), 3, "Application for compensation");

    auto* misc = addSection(QStringLiteral("mg5OtherFormsSection"), tr("DIP testing, other forms and conditional cautioning"),
                            tr("The MG5 asks for the conditional cautioning section to be completed on every file."));
    form = addForm(sectionLayout(misc));
    m_dipTested = makeTriState(QStringLiteral("mg5DipTested"), misc);
    addLabelledRow(form, tr("DIP: tested?"), m_dipTested);
    m_dipTrigger = makeLine(QStringLiteral("mg5DipTrigger"), misc);
    addLabelledRow(form, tr("DIP: trigger offence:"), m_dipTrigger);
    m_dipResult = makeLine(QStringLiteral("mg5DipResult"), misc);
    addLabelledRow(form, tr("DIP: result:"), m_dipResult);
    m_dipDrug = makeLine(QStringLiteral("mg5DipDrug"), misc);
    addLabelledRow(form, tr("DIP: drug:"), m_dipDrug);
    m_tics = makeTriState(QStringLiteral("mg5Tics"), misc);
    addLabelledRow(form, tr("MG18 (TICs)?"), m_tics);
    m_preCons = makeTriState(QStringLiteral("mg5PreCons"), misc);
    addLabelledRow(form, tr("Previous convictions/cautions attached?"), m_preCons);
    m_mg6 = makeTriState(QStringLiteral("mg5Mg6"), misc);
    addLabelledRow(form, tr("MG6 attached?"), m_mg6);
    for (QWidget* w : std::initializer_list<QWidget*>{m_dipTested, m_dipTrigger, m_dipResult, m_dipDrug, m_tics, m_preCons, m_mg6})
        registerPoliceField(w);
    fields().add(chargingField("DIP testing: trigger offence"), m_dipTrigger);
    fields().add(chargingField("DIP testing: result"), m_dipResult);
    fields().add(chargingField("DIP testing: drug"), m_dipDrug);
    m_conditionalCaution = text(QStringLiteral("mg5ConditionalCaution"), misc, form,
                                tr("Not suitable for conditional caution &because:"), 2, "Conditional cautioning");

    auto* certification = addSection(QStringLiteral("mg5CertificationSection"), tr("Officer's certification"),
                                     tr("The supervisor's certification is their approval of this version."));
    form = addForm(sectionLayout(certification));
    m_certifiedOn = new DateField(QStringLiteral("mg5CertifiedOn"), certification);
    addLabelledRow(form, tr("Certified on (officer):"), m_certifiedOn);
    registerPoliceField(m_certifiedOn);
    addPoliceButtons(sectionLayout(certification));

    auto* supervisor = addSection(QStringLiteral("mg5SupervisorSection"), tr("Supervisor's certification (MG5 part 12)"),
                                  tr("By a supervisor who is neither the author nor the officer in the case."));
    addDecisionButtons(sectionLayout(supervisor));
    addStretch();
}

QPlainTextEdit* Mg5Editor::text(const QString& objectName, QGroupBox* box, QFormLayout* form, const QString& label, int lines, const char* field)
{
    QPlainTextEdit* edit = makeText(objectName, box, lines);
    addLabelledRow(form, label, edit);
    spellCheck(edit);
    registerPoliceField(edit);
    fields().add(chargingField(field), edit);
    m_texts.append(edit);
    return edit;
}

void Mg5Editor::peopleChanged(const QList<Person>& people)
{
    fillPeople(m_defendant, people, {PersonRole::Suspect});
    if (m_defendant->findData(0) < 0) m_defendant->insertItem(0, tr("Not chosen"), 0);
}

void Mg5Editor::showPolice(const ChargingDocument& document, const ChargingFileStart* start)
{
    const Mg5PolicePart& p = document.mg5;
    // An empty box starts from the case; what the officer saved is never replaced.
    const auto orStart = [start](const QString& saved, QString ChargingFileStart::*from) {
        return saved.isEmpty() && start ? start->*from : saved;
    };
    m_keyEvidence->setPlainText(orStart(p.keyEvidence, &ChargingFileStart::keyEvidence));
    m_keyWitnesses->setPlainText(orStart(p.keyWitnesses, &ChargingFileStart::keyWitnesses));
    m_propertyValue->setText(p.propertyValue);
    selectId(m_defendant, p.interview.defendantPersonId);
    if (p.interview.defendantPersonId == 0) {
        // One suspect: they are the defendant.
        m_defendant->setCurrentIndex(m_defendant->count() == 2 ? 1 : 0);
    }
    m_interviewStart->setUtc(p.interview.startUtc);
    m_interviewers->setText(p.interview.interviewingOfficers);
    m_othersPresent->setText(p.interview.otherPersonsPresent);
    m_explanation->setPlainText(p.interview.explanation);
    m_cctv->setPlainText(p.interview.responseToCctv);
    m_admissions->setPlainText(p.interview.admissions);
    m_nonKeyWitnesses->setPlainText(orStart(p.nonKeyWitnesses, &ChargingFileStart::nonKeyWitnesses));
    setTriState(m_vre, !p.visuallyRecordedEvidence && start ? start->visuallyRecordedEvidence : p.visuallyRecordedEvidence);
    setTriState(m_vreKey, p.vreIsKeyEvidence);
    m_vreDetails->setPlainText(orStart(p.vreDetails, &ChargingFileStart::vreDetails));
    m_injuries->setPlainText(p.injuries);
    m_forensic->setPlainText(p.forensicEvidence);
    m_orders->setPlainText(orStart(p.ordersApplied, &ChargingFileStart::ordersApplied));
    m_compensation->setPlainText(p.compensation);
    setTriState(m_dipTested, p.dipTested);
    m_dipTrigger->setText(p.dipTriggerOffence);
    m_dipResult->setText(p.dipResult);
    m_dipDrug->setText(p.dipDrug);
    setTriState(m_tics, p.ticsMg18);
    setTriState(m_preCons, p.preConsAttached);
    setTriState(m_mg6, p.mg6Attached);
    m_conditionalCaution->setPlainText(p.conditionalCaution);
    m_certifiedOn->setDate(p.certifiedOn);
}

void Mg5Editor::readPolice(ChargingDocument& document) const
{
    Mg5PolicePart& p = document.mg5;
    p.keyEvidence = m_keyEvidence->toPlainText();
    p.keyWitnesses = m_keyWitnesses->toPlainText().trimmed();
    p.propertyValue = m_propertyValue->text().trimmed();
    p.interview.defendantPersonId = currentId(m_defendant);
    p.interview.startUtc = m_interviewStart->utc();
    p.interview.interviewingOfficers = m_interviewers->text().trimmed();
    p.interview.otherPersonsPresent = m_othersPresent->text().trimmed();
    p.interview.explanation = m_explanation->toPlainText().trimmed();
    p.interview.responseToCctv = m_cctv->toPlainText().trimmed();
    p.interview.admissions = m_admissions->toPlainText().trimmed();
    p.nonKeyWitnesses = m_nonKeyWitnesses->toPlainText().trimmed();
    p.visuallyRecordedEvidence = triStateValue(m_vre);
    p.vreIsKeyEvidence = triStateValue(m_vreKey);
    p.vreDetails = m_vreDetails->toPlainText().trimmed();
    p.injuries = m_injuries->toPlainText().trimmed();
    p.forensicEvidence = m_forensic->toPlainText().trimmed();
    p.ordersApplied = m_orders->toPlainText().trimmed();
    p.compensation = m_compensation->toPlainText().trimmed();
    p.dipTested = triStateValue(m_dipTested);
    p.dipTriggerOffence = m_dipTrigger->text().trimmed();
    p.dipResult = m_dipResult->text().trimmed();
    p.dipDrug = m_dipDrug->text().trimmed();
    p.ticsMg18 = triStateValue(m_tics);
    p.preConsAttached = triStateValue(m_preCons);
    p.mg6Attached = triStateValue(m_mg6);
    p.conditionalCaution = m_conditionalCaution->toPlainText().trimmed();
    p.certifiedOn = m_certifiedOn->date();
}

QList<QPlainTextEdit*> Mg5Editor::longTexts() const { return m_texts; }
QJsonObject Mg5Editor::draftState() const { return textsOf(longTexts()); }
void Mg5Editor::applyDraftState(const QJsonObject& state) { restoreTexts(longTexts(), state); }
QList<DateEntry*> Mg5Editor::dateFields() const { return {m_interviewStart, m_certifiedOn}; }

} // namespace conduct
