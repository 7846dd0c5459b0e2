#include "care/Mg3Editor.h"

#include "care/ChargingFileSupport.h"
#include "common/UkTime.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum MaterialColumn { LabelColumn, DetailColumn, DateColumn, AttachedColumn };
constexpr int addedByOfficerRole = Qt::UserRole + 1;

QString idName(const char* stem, qint64 personId) { return QStringLiteral("%1_%2").arg(QLatin1String(stem)).arg(personId); }
} // namespace

QStringList Mg3Editor::supervisorLabels()
{
    // The MG3's own wording (R2a–R2f): printed and shown exactly so, never paraphrased.
    return {tr("How the evidence gathered is aligned to the points to prove for the offence(s) requiring advice:"),
            tr("If the investigation is not complete, the availability of other evidence:"),
            tr("Why it is appropriate for CPS to be consulted (refer to DPP Guidance – Police and CPS Charging responsibilities):"),
            tr("Supporting comments as to why police believe it is in the public interest to prosecute:"),
            tr("The recommended charges:"),
            tr("Is there any material which could undermine the prosecution case or assist the defence case?")};
}

Mg3Editor::Mg3Editor(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : ChargingDocumentEditor(db, session, justification, ChargingForm::Mg3, QStringLiteral("mg3Page"),
                             tr("MG3 – Report to Crown Prosecutor for charging decision. The police part is written here and approved by "
                                "a supervisor who is neither its author nor the officer in the case before referral (the MG3's \"Approved for referral to CPS\")."),
                             parent),
      m_orders(db, session)
{
    m_orders.setAccessJustification(justification);

    m_suspectSection = addSection(QStringLiteral("mg3SuspectsSection"), tr("Suspects"),
                                  tr("Name, date of birth, ethnicity and bail come from the case (People, Bail & orders) and print as "
                                     "they are there. The proposed charges start from the offences chosen in the offence guide."));
    m_noSuspects = new QLabel(tr("No suspect is recorded on the People page yet."), m_suspectSection);
    sectionLayout(m_suspectSection)->addWidget(m_noSuspects);

    auto* materialBox = addSection(QStringLiteral("mg3MaterialSection"), tr("Material provided to CPS (indicate if attached)"),
                                   tr("Rows built from the case's statements, exhibits, incident log and MG2. Tick what is attached; add "
                                      "rows for anything else."));
    m_material = makeCareTable(QStringLiteral("mg3Material"), tr("Material provided to CPS"),
                               {tr("Material"), tr("Detail"), tr("Date"), tr("Attached")}, materialBox);
    m_material->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_material->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_material->setMaximumHeight(240);
    m_material->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_material->horizontalHeader()->setStretchLastSection(false);
    sectionLayout(materialBox)->addWidget(m_material);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addStretch();
    auto* add = makeActionButton(tr("A&dd row"), QStringLiteral("mg3AddMaterial"), materialBox);
    auto* remove = makeActionButton(tr("Remo&ve row"), QStringLiteral("mg3RemoveMaterial"), materialBox);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    sectionLayout(materialBox)->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, &Mg3Editor::addMaterialRow);
    connect(remove, &QPushButton::clicked, this, &Mg3Editor::removeMaterialRow);
    registerPoliceField(m_material);
    registerPoliceField(add);
    registerPoliceField(remove);

    auto* outlineBox = addSection(QStringLiteral("mg3OutlineSection"), tr("Outline of circumstances and decision/advice sought"),
                                  tr("In your own words. The draft built from the case (course of conduct, escalation, risk, bail, "
                                     "protocol 4.3, time limit) is only a starting point: nothing of it is printed unless you keep it and save."));
    m_outline = makeText(QStringLiteral("mg3Outline"), outlineBox, 16);
    m_outline->setAccessibleName(tr("Outline of circumstances and decision/advice sought"));
    spellCheck(m_outline);
    sectionLayout(outlineBox)->addWidget(m_outline);
    auto* draftRow = new QHBoxLayout;
    draftRow->addStretch();
    auto* fromCase = makeActionButton(tr("Start from a dr&aft of the case"), QStringLiteral("mg3OutlineFromCase"), outlineBox);
    draftRow->addWidget(fromCase);
    sectionLayout(outlineBox)->addLayout(draftRow);
    connect(fromCase, &QPushButton::clicked, this, &Mg3Editor::startOutlineFromCase);
    auto* form = addForm(sectionLayout(outlineBox));
    m_officerIfDifferent = makeLine(QStringLiteral("mg3OfficerIfDifferent"), outlineBox);
    addLabelledRow(form, tr("Officer in case, &if different:"), m_officerIfDifferent);
    addPoliceButtons(sectionLayout(outlineBox));
    registerPoliceField(m_outline);
    registerPoliceField(fromCase);
    registerPoliceField(m_officerIfDifferent);
    fields().add(chargingField("Outline of circumstances"), m_outline);
    fields().add(chargingField("Officer in case (If different from above)"), m_officerIfDifferent);
    fields().add(chargingField("Material provided to CPS"), m_material);
    fields().add(chargingField("Material provided to CPS: details"), m_material);

    auto* supervisorBox = addSection(QStringLiteral("mg3SupervisorSection"), tr("Supervisor's comments – approval for referral to CPS"),
                                     tr("Written by the approving supervisor, who is neither the author nor the officer in the case."));
    const QStringList labels = supervisorLabels();
    const QStringList names = {QStringLiteral("mg3SupEvidenceAligned"), QStringLiteral("mg3SupOtherEvidence"), QStringLiteral("mg3SupWhyCps"),
                               QStringLiteral("mg3SupPublicInterest"), QStringLiteral("mg3SupRecommendedCharges"), QStringLiteral("mg3SupUndermine")};
    const char* fieldNames[] = {"Supervisor's comments: points to prove", "Supervisor's comments: availability of other evidence",
                                "Supervisor's comments: why CPS is consulted", "Supervisor's comments: public interest",
                                "Supervisor's comments: recommended charges", "Supervisor's comments: undermining material"};
    for (int i = 0; i < labels.size(); ++i) {
        auto* label = new QLabel(labels[i], supervisorBox);
        label->setWordWrap(true);
        auto* edit = makeText(names[i], supervisorBox, 4);
        edit->setAccessibleName(labels[i]);
        label->setBuddy(edit);
        spellCheck(edit);
        sectionLayout(supervisorBox)->addWidget(label);
        sectionLayout(supervisorBox)->addWidget(edit);
        registerSupervisorField(edit);
        fields().add(chargingField(fieldNames[i]), edit);
        m_supervisor.append(edit);
    }
    addDecisionButtons(sectionLayout(supervisorBox));
    addStretch();
}

void Mg3Editor::peopleChanged(const QList<Person>& people)
{
    QList<Person> suspects;
    for (const Person& p : people)
        if (p.role == PersonRole::Suspect) suspects.append(p);
    auto bail = m_orders.load(detail().caseRecord.id);
    const QList<BailConditions> bailRecords = bail.ok() ? bail->bail : QList<BailConditions>{};
    QList<qint64> ids, shown;
    for (const Person& p : suspects) ids.append(p.id);
    for (const SuspectFields& f : m_suspects) shown.append(f.personId);
    if (ids != shown) {
        // Keep what was typed for suspects still in the case; their blocks are rebuilt in order.
        QHash<qint64, SuspectChargingEntry> typed;
        for (const SuspectFields& f : m_suspects) {
            typed.insert(f.personId, readSuspect(f));
            delete f.box;
        }
        m_suspects.clear();
        for (const Person& p : suspects) {
            buildSuspect(p);
            if (typed.contains(p.id)) showSuspect(m_suspects.last(), typed.value(p.id));
        }
        m_noSuspects->setVisible(suspects.isEmpty());
        // The refusals do not say which suspect: the cursor goes to the first one's field.
        if (!m_suspects.isEmpty()) {
            const SuspectFields& first = m_suspects.first();
            fields().add(chargingField("Custody Ref"), first.custody);
            fields().add(chargingField("Notes on the suspect's markers"), first.flagNotes);
            fields().add(chargingField("Proposed charges"), first.charges);
            fields().add(chargingField("Anticipated plea"), first.plea);
        }
        fieldsRebuilt();
    }
    for (int i = 0; i < m_suspects.size(); ++i) m_suspects[i].facts->setText(carriedFacts(suspects[i], bailRecords));
}

QString Mg3Editor::carriedFacts(const Person& s, const QList<BailConditions>& bail) const
{
    const QString notRecorded = tr("not recorded");
    // "Released under investigation" is the officer's tick below; the MG3 prints it only when
    // no active bail has a return date.
    QString bailText = tr("no active bail recorded on Bail & orders");
    for (const BailConditions& b : bail)
        if (b.active && b.suspectId == s.id)
            bailText = b.answerBailOn.isValid() ? tr("On bail to return on %1").arg(uktime::formatDate(b.answerBailOn)) : tr("On bail (return date not recorded)");
    return tr("<b>Name:</b> %1 &nbsp; <b>Date of birth:</b> %2 &nbsp; <b>Ethnicity code:</b> %3<br><b>Bail:</b> %4")
        .arg(s.displayName().toHtmlEscaped(), s.dateOfBirth.isValid() ? uktime::formatDate(s.dateOfBirth) : notRecorded,
             s.ethnicityCode.isEmpty() ? notRecorded : s.ethnicityCode.toHtmlEscaped(), bailText.toHtmlEscaped());
}

void Mg3Editor::buildSuspect(const Person& suspect)
{
    SuspectFields f;
    f.personId = suspect.id;
    f.box = new QGroupBox(tr("Suspect: %1").arg(suspect.displayName()), m_suspectSection);
    f.box->setObjectName(idName("mg3Suspect", suspect.id));
    auto* layout = new QVBoxLayout(f.box);
    f.facts = new QLabel(f.box);
    f.facts->setObjectName(idName("mg3SuspectFacts", suspect.id));
    f.facts->setTextFormat(Qt::RichText);
    f.facts->setWordWrap(true);
    f.facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(f.facts);
    auto* form = addForm(layout);
    f.custody = makeLine(idName("mg3Custody", suspect.id), f.box);
    f.releasedUnderInvestigation = new QCheckBox(tr("Released under investigation (no bail to return to)"), f.box);
    f.releasedUnderInvestigation->setObjectName(idName("mg3Rui", suspect.id));
    f.ppo = makeTriState(idName("mg3Ppo", suspect.id), f.box);
    f.dyo = makeTriState(idName("mg3Dyo", suspect.id), f.box);
    f.yo = makeTriState(idName("mg3Yo", suspect.id), f.box);
    f.badCharacter = makeTriState(idName("mg3BadCharacter", suspect.id), f.box);
    f.dangerous = makeTriState(idName("mg3Dangerous", suspect.id), f.box);
    f.flagNotes = makeText(idName("mg3FlagNotes", suspect.id), f.box, 2);
    f.charges = makeText(idName("mg3Charges", suspect.id), f.box, 4);
    f.plea = new QComboBox(f.box);
    f.plea->setObjectName(idName("mg3Plea", suspect.id));
    f.plea->addItem(tr("Not stated"), QString());
    f.plea->addItem(tr("Guilty"), QStringLiteral("Guilty"));
    f.plea->addItem(tr("Not guilty"), QStringLiteral("Not guilty"));
    spellCheck(f.flagNotes);
    spellCheck(f.charges);
    addLabelledRow(form, tr("&Custody reference:"), f.custody);
    form->addRow(QString(), f.releasedUnderInvestigation);
    addLabelledRow(form, tr("PPO (prolific and priority offender):"), f.ppo);
    addLabelledRow(form, tr("DYO (deter young offender):"), f.dyo);
    addLabelledRow(form, tr("YO (youth offender):"), f.yo);
    addLabelledRow(form, tr("Bad character evidence:"), f.badCharacter);
    addLabelledRow(form, tr("Dangerous offender:"), f.dangerous);
    addLabelledRow(form, tr("Notes on the above:"), f.flagNotes);
    addLabelledRow(form, tr("P&roposed charges:"), f.charges);
    addLabelledRow(form, tr("Anticipated p&lea:"), f.plea);
    for (QWidget* w : std::initializer_list<QWidget*>{f.custody, f.releasedUnderInvestigation, f.ppo, f.dyo, f.yo, f.badCharacter, f.dangerous, f.flagNotes, f.charges, f.plea})
        registerPoliceField(w);
    sectionLayout(m_suspectSection)->addWidget(f.box);
    m_suspects.append(f);
}

void Mg3Editor::showSuspect(const SuspectFields& f, const SuspectChargingEntry& e)
{
    f.custody->setText(e.custodyReference);
    f.releasedUnderInvestigation->setChecked(e.releasedUnderInvestigation);
    setTriState(f.ppo, e.prolificPriorityOffender);
    setTriState(f.dyo, e.deterYoungOffender);
    setTriState(f.yo, e.youthOffender);
    setTriState(f.badCharacter, e.badCharacterEvidence);
    setTriState(f.dangerous, e.dangerousOffender);
    f.flagNotes->setPlainText(e.flagNotes);
    f.charges->setPlainText(e.proposedCharges);
    const int plea = f.plea->findData(e.anticipatedPlea);
    f.plea->setCurrentIndex(plea >= 0 ? plea : 0);
}

SuspectChargingEntry Mg3Editor::readSuspect(const SuspectFields& f) const
{
    SuspectChargingEntry e;
    e.personId = f.personId;
    e.custodyReference = f.custody->text().trimmed();
    e.releasedUnderInvestigation = f.releasedUnderInvestigation->isChecked();
    e.prolificPriorityOffender = triStateValue(f.ppo);
    e.deterYoungOffender = triStateValue(f.dyo);
    e.youthOffender = triStateValue(f.yo);
    e.badCharacterEvidence = triStateValue(f.badCharacter);
    e.dangerousOffender = triStateValue(f.dangerous);
    e.flagNotes = f.flagNotes->toPlainText().trimmed();
    e.proposedCharges = f.charges->toPlainText().trimmed();
    e.anticipatedPlea = f.plea->currentData().toString();
    return e;
}

void Mg3Editor::showPolice(const ChargingDocument& document, const ChargingFileStart* start)
{
    const Mg3PolicePart& part = document.mg3;
    for (const SuspectFields& f : m_suspects) {
        SuspectChargingEntry entry;
        entry.personId = f.personId;
        bool saved = false;
        for (const SuspectChargingEntry& s : part.suspects)
            if (s.personId == f.personId) {
                entry = s;
                saved = true;
            }
        if (start && !saved)
            for (const SuspectChargingEntry& s : start->suspects)
                if (s.personId == f.personId) entry = s;
        // "Start from the offences chosen in the offence guide, worded as charges, and editable."
        if (start && entry.proposedCharges.isEmpty())
            for (const SuspectChargingEntry& s : start->suspects)
                if (s.personId == f.personId) entry.proposedCharges = s.proposedCharges;
        showSuspect(f, entry);
    }
    setMaterial(part.material.isEmpty() && start ? start->material : part.material);
    m_outline->setPlainText(part.outline);
    m_officerIfDifferent->setText(part.officerInCaseIfDifferent);
}

void Mg3Editor::readPolice(ChargingDocument& document) const
{
    Mg3PolicePart& part = document.mg3;
    // Entries for people no longer suspects in the case are dropped with their block.
    part.suspects.clear();
    for (const SuspectFields& f : m_suspects) part.suspects.append(readSuspect(f));
    part.material = material();
    part.outline = m_outline->toPlainText();
    part.officerInCaseIfDifferent = m_officerIfDifferent->text().trimmed();
}

void Mg3Editor::showSupervisor(const Mg3SupervisorPart& p)
{
    const QStringList values = {p.evidenceAlignedToPointsToProve, p.availabilityOfOtherEvidence, p.whyCpsConsulted, p.publicInterest,
                                p.recommendedCharges, p.undermineOrAssistMaterial};
    for (int i = 0; i < m_supervisor.size(); ++i) m_supervisor[i]->setPlainText(values[i]);
}

Mg3SupervisorPart Mg3Editor::supervisorPart() const
{
    Mg3SupervisorPart p;
    p.evidenceAlignedToPointsToProve = m_supervisor[0]->toPlainText().trimmed();
    p.availabilityOfOtherEvidence = m_supervisor[1]->toPlainText().trimmed();
    p.whyCpsConsulted = m_supervisor[2]->toPlainText().trimmed();
    p.publicInterest = m_supervisor[3]->toPlainText().trimmed();
    p.recommendedCharges = m_supervisor[4]->toPlainText().trimmed();
    p.undermineOrAssistMaterial = m_supervisor[5]->toPlainText().trimmed();
    return p;
}

QList<QPlainTextEdit*> Mg3Editor::longTexts() const
{
    QList<QPlainTextEdit*> texts = {m_outline};
    for (const SuspectFields& f : m_suspects) texts << f.flagNotes << f.charges;
    return texts + m_supervisor;
}

QJsonObject Mg3Editor::draftState() const { return textsOf(longTexts()); }
void Mg3Editor::applyDraftState(const QJsonObject& state) { restoreTexts(longTexts(), state); }

void Mg3Editor::appendMaterial(const MaterialEntry& m)
{
    const int row = m_material->rowCount();
    m_material->insertRow(row);
    auto* label = new QTableWidgetItem(m.label);
    label->setData(addedByOfficerRole, m.addedByOfficer);
    // A row built from the case keeps the label the MG3 prints; the officer's own rows are theirs.
    if (!m.addedByOfficer) label->setFlags(label->flags() & ~Qt::ItemIsEditable);
    m_material->setItem(row, LabelColumn, label);
    m_material->setItem(row, DetailColumn, new QTableWidgetItem(m.detail));
    m_material->setItem(row, DateColumn, new QTableWidgetItem(uktime::formatDate(m.date)));
    auto* attached = new QTableWidgetItem(tr("Attached"));
    attached->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    attached->setCheckState(m.attached ? Qt::Checked : Qt::Unchecked);
    m_material->setItem(row, AttachedColumn, attached);
}

void Mg3Editor::setMaterial(const QList<MaterialEntry>& rows)
{
    const QSignalBlocker block(m_material);
    m_material->setRowCount(0);
    for (const MaterialEntry& m : rows) appendMaterial(m);
    m_material->resizeColumnToContents(LabelColumn);
    m_material->resizeColumnToContents(DateColumn);
    m_material->resizeColumnToContents(AttachedColumn);
}

QList<MaterialEntry> Mg3Editor::material() const
{
    QList<MaterialEntry> rows;
    for (int row = 0; row < m_material->rowCount(); ++row) {
        MaterialEntry m;
        m.label = m_material->item(row, LabelColumn)->text().trimmed();
        m.addedByOfficer = m_material->item(row, LabelColumn)->data(addedByOfficerRole).toBool();
        m.detail = m_material->item(row, DetailColumn)->text().trimmed();
        // A date the parser refuses is left out rather than guessed; the cell shows what was typed.
        if (auto date = uktime::parseDate(m_material->item(row, DateColumn)->text().trimmed(), tr("Date")); date.ok()) m.date = date.value();
        m.attached = m_material->item(row, AttachedColumn)->checkState() == Qt::Checked;
        if (m.addedByOfficer && m.label.isEmpty() && m.detail.isEmpty()) continue;   // an added row left blank
        rows.append(m);
    }
    return rows;
}

void Mg3Editor::addMaterialRow()
{
    MaterialEntry added;
    added.addedByOfficer = true;
    {
        const QSignalBlocker block(m_material);
        appendMaterial(added);
    }
    const int last = m_material->rowCount() - 1;
    m_material->setFocus(Qt::OtherFocusReason);
    m_material->setCurrentCell(last, LabelColumn);
    m_material->editItem(m_material->item(last, LabelColumn));
    emit editsChanged();
}

bool Mg3Editor::removeMaterialRow()
{
    const int row = m_material->currentRow();
    if (row < 0) return false;
    if (!m_material->item(row, LabelColumn)->data(addedByOfficerRole).toBool()) {
        report(Error{tr("Material provided to CPS"),
                     tr("This row comes from the case; untick \"Attached\" instead. Only rows you added can be removed.")},
               {});
        return false;
    }
    m_material->removeRow(row);
    emit editsChanged();
    return true;
}

void Mg3Editor::startOutlineFromCase()
{
    const QString draft = start().outline;
    if (draft.trimmed().isEmpty()) {
        report(Error{tr("Outline of circumstances"), tr("The case holds nothing yet to draft an outline from.")}, {});
        return;
    }
    if (!m_outline->toPlainText().trimmed().isEmpty()
        && prompts::ask(this, tr("Replace the outline?"),
                        tr("Replace the text in the outline with a draft built from the case? (Ctrl+Z in the box brings your text back.)"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    // Through the cursor, not setPlainText: the replacement can be undone.
    QTextCursor cursor(m_outline->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(draft);
    m_outline->setFocus(Qt::OtherFocusReason);
}

} // namespace conduct
