#include "case/IncidentDialog.h"

#include "common/UkTime.h"
#include "services/DraftService.h"
#include "widgets/DateTimeField.h"
#include "widgets/Prompts.h"
#include "widgets/SpellCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace conduct {
namespace {

QCheckBox* makeCheck(const QString& text, const char* objectName)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(withoutMnemonic(text));
    // As wide as its text, not the form: a click beside the words would otherwise do nothing.
    box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return box;
}

// A read-only, selectable line of the Source section, reached by keyboard and named for a screen reader.
QLabel* sourceLine(const QString& text, const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

// Where an imported or derived incident came from, read-only: for a complainant's log, the file, its
// row and the exhibit holding the file, and (from schema v14, issue 31) the entry's date and time
// and words as the complainant wrote them. The officer's description may have been tidied, merged
// or split since; these never change.
QGroupBox* sourceBox(const Incident& incident, QWidget* parent)
{
    auto* box = new QGroupBox(IncidentDialog::tr("Source"), parent);
    box->setObjectName(QStringLiteral("sourceSection"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(sourceLine(incident.provenance, "sourceText", IncidentDialog::tr("Source"), box));
    const bool hasOriginal = !incident.sourceWording.isEmpty() || !incident.sourceWhenText.isEmpty();
    if (hasOriginal) {
        auto* form = new QFormLayout;
        if (!incident.sourceWhenText.isEmpty())
            form->addRow(IncidentDialog::tr("Date and time as written:"),
                         sourceLine(incident.sourceWhenText, "sourceWhenText",
                                    IncidentDialog::tr("Date and time as written in the complainant's log"), box));
        if (!incident.sourceWording.isEmpty())
            form->addRow(IncidentDialog::tr("Complainant's words:"),
                         sourceLine(incident.sourceWording, "sourceWording",
                                    IncidentDialog::tr("The complainant's words as written in their log"), box));
        layout->addLayout(form);
    }
    auto* note = new QLabel(hasOriginal ? IncidentDialog::tr("As the complainant wrote it in their log; kept as it was, "
                                                             "whatever is edited above or below.")
                                        : IncidentDialog::tr("Where the source names an exhibit, the entry as first written, in "
                                                             "the complainant's words and with their time, is that exhibit's "
                                                             "attached file."),
                            box);
    note->setObjectName(QStringLiteral("sourceNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    return box;
}

} // namespace

IncidentDialog::IncidentDialog(const Incident& initial, SaveFunction save, DraftService* drafts, QString draftKey,
                               QWidget* parent)
    : QDialog(parent), m_initial(initial), m_save(std::move(save)), m_drafts(drafts), m_draftKey(std::move(draftKey))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(initial.id == 0 ? tr("Add incident") : tr("Edit incident"));

    auto* outer = new QVBoxLayout(this);
    buildDraftBanner();
    outer->addWidget(m_draftBanner);
    m_banner = new ErrorBanner(this);
    outer->addWidget(m_banner);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formPage = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(m_formPage);
    // First, so an officer checking an imported entry sees where it came from without scrolling.
    if (!initial.provenance.isEmpty()) pageLayout->addWidget(sourceBox(initial, m_formPage));
    m_form = new QFormLayout;
    buildWhen(m_form);
    buildWhere(m_form);
    pageLayout->addLayout(m_form);
    pageLayout->addWidget(buildBehaviours());
    auto* detail = new QFormLayout;
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the complainant's words where possible"));
    enableSpellCheck(m_description);
    addLabelledRow(detail, tr("&Description"), m_description);
    buildImpact(detail);
    pageLayout->addLayout(detail);
    scroll->setWidget(m_formPage);
    outer->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Ok);
    m_saveButton->setText(tr("Save"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the incident (Ctrl+Return)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);

    QList<QWidget*> order = {m_restoreDraft, m_discardDraft, m_start->lineEdit(), m_start->timeNotKnownCheck(), m_spansPeriod,
                             m_end->lineEdit(), m_end->timeNotKnownCheck(), m_online, m_location, m_platform};
    for (const auto& [behaviour, box] : m_behaviours) order.append(box);
    order << m_description << m_fearOfViolence << m_alarmOrDistress << m_alteredBehaviour << m_alteredHow
          << m_reportedToPolice << m_policeReference << m_saveButton << buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i) setTabOrder(order[i - 1], order[i]);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &IncidentDialog::saveDraftNow);

    load(initial);
    m_baseline = m_lastDraftWritten = formState();
    mapErrorFields();
    connectEdits();
    m_start->setFocus();
    offerDraftIfAny();
    resize(640, 760);
}

IncidentDialog::~IncidentDialog()
{
    // Closed by the application rather than by the officer: keep what was typed.
    if (!m_finished) saveDraftNow();
}

void IncidentDialog::buildWhen(QFormLayout* form)
{
    m_start = new DateTimeField(QStringLiteral("startEdit"));
    m_start->setRequired(true);
    m_start->setToolTip(tr("UK time, e.g. 31/03/2026 23:10. An estimate is fine; if only the day is known, type the "
                           "date alone or tick \"Time not known\"."));
    QCheckBox* startUnknown = m_start->offerTimeNotKnown(QStringLiteral("startTimeNotKnownCheck"));
    startUnknown->setText(tr("Ti&me not known"));
    startUnknown->setAccessibleName(tr("Start time not known"));
    addLabelledRow(form, tr("&Start (UK time)"), m_start);
    m_spansPeriod = makeCheck(tr("Spans a &period (add an end)"), "spansPeriodCheck");
    form->addRow(QString(), m_spansPeriod);
    m_end = new DateTimeField(QStringLiteral("endEdit"));
    QCheckBox* endUnknown = m_end->offerTimeNotKnown(QStringLiteral("endTimeNotKnownCheck"));
    endUnknown->setText(tr("Time not &known"));
    endUnknown->setAccessibleName(tr("End time not known"));
    addLabelledRow(form, tr("&End (UK time)"), m_end);
}

void IncidentDialog::buildWhere(QFormLayout* form)
{
    m_online = makeCheck(tr("&Online (social media, messaging, e-mail, calls)"), "onlineCheck");
    form->addRow(QString(), m_online);
    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("locationEdit"));
    addLabelledRow(form, tr("&Location"), m_location);
    m_platform = new QLineEdit;
    m_platform->setObjectName(QStringLiteral("platformEdit"));
    m_platform->setPlaceholderText(tr("e.g. Instagram, WhatsApp, text message"));
    addLabelledRow(form, tr("&Platform"), m_platform);
}

QWidget* IncidentDialog::buildBehaviours()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* stalking = new QGroupBox(tr("Stalking behaviours (PHA 1997 s2A(3))"), box);
    stalking->setObjectName(QStringLiteral("stalkingBehavioursGroup"));
    auto* other = new QGroupBox(tr("Other behaviours"), box);
    other->setObjectName(QStringLiteral("otherBehavioursGroup"));
    auto* stalkingLayout = new QVBoxLayout(stalking);
    auto* otherLayout = new QVBoxLayout(other);
    for (Behaviour b : allValues<Behaviour>()) {
        const bool isStalking = isStalkingBehaviour(b);
        auto* check = new QCheckBox(labelOf(b), isStalking ? stalking : other);
        check->setObjectName(QStringLiteral("behaviour_") + toCode(b));
        check->setAccessibleName(labelOf(b));
        check->setAccessibleDescription(isStalking ? stalking->title() : other->title());
        (isStalking ? stalkingLayout : otherLayout)->addWidget(check, 0, Qt::AlignLeft);
        m_behaviours.emplace_back(b, check);
    }
    layout->addWidget(stalking);
    layout->addWidget(other);
    return box;
}

void IncidentDialog::buildImpact(QFormLayout* form)
{
    m_fearOfViolence = makeCheck(tr("Fear of &violence on this occasion"), "fearOfViolenceCheck");
    form->addRow(QString(), m_fearOfViolence);
    m_alarmOrDistress = makeCheck(tr("&Alarm or distress"), "alarmOrDistressCheck");
    form->addRow(QString(), m_alarmOrDistress);
    m_alteredBehaviour = new QComboBox;
    m_alteredBehaviour->setObjectName(QStringLiteral("alteredBehaviourCombo"));
    m_alteredBehaviour->addItem(tr("Not asked"), static_cast<int>(Answer::NotAsked));
    m_alteredBehaviour->addItem(tr("No"), static_cast<int>(Answer::No));
    m_alteredBehaviour->addItem(tr("Yes"), static_cast<int>(Answer::Yes));
    addLabelledRow(form, tr("Did the complainant alter their &behaviour? (protocol 3.9)"), m_alteredBehaviour);
    m_alteredHow = makeListEdit(QStringLiteral("alteredBehaviourHowEdit"), nullptr);
    m_alteredHow->setPlaceholderText(tr("e.g. changed route to work, moved house, closed social media accounts"));
    addLabelledRow(form, tr("&How"), m_alteredHow);
    m_alteredHow->setAccessibleName(tr("How the complainant altered their behaviour"));
    m_reportedToPolice = makeCheck(tr("&Reported to police at the time"), "reportedToPoliceCheck");
    form->addRow(QString(), m_reportedToPolice);
    m_policeReference = new QLineEdit;
    m_policeReference->setObjectName(QStringLiteral("policeReferenceEdit"));
    addLabelledRow(form, tr("Police refere&nce"), m_policeReference);
}

void IncidentDialog::buildDraftBanner()
{
    m_draftBanner = new QFrame(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setFrameShape(QFrame::StyledPanel);
    m_draftBanner->setStyleSheet(QStringLiteral("#draftBanner { background: #fff7e0; border: 1px solid #b7791f; }"));
    auto* layout = new QHBoxLayout(m_draftBanner);
    m_draftBannerText = new QLabel(m_draftBanner);
    m_draftBannerText->setObjectName(QStringLiteral("draftBannerText"));
    m_draftBannerText->setWordWrap(true);
    m_restoreDraft = new QPushButton(tr("Res&tore draft"), m_draftBanner);
    m_restoreDraft->setObjectName(QStringLiteral("restoreDraftButton"));
    m_discardDraft = new QPushButton(tr("Discard dra&ft"), m_draftBanner);
    m_discardDraft->setObjectName(QStringLiteral("discardDraftButton"));
    m_restoreDraft->setAutoDefault(false);
    m_discardDraft->setAutoDefault(false);
    layout->addWidget(m_draftBannerText, 1);
    layout->addWidget(m_restoreDraft);
    layout->addWidget(m_discardDraft);
    m_draftBanner->setVisible(false);
    connect(m_restoreDraft, &QPushButton::clicked, this, &IncidentDialog::restoreDraft);
    connect(m_discardDraft, &QPushButton::clicked, this, &IncidentDialog::discardDraft);
}

void IncidentDialog::connectEdits()
{
    const auto edited = [this] { onEdited(); };
    for (DateTimeField* field : {m_start, m_end}) {
        connect(field, &DateTimeField::edited, this, edited);
        connect(field, &DateTimeField::valueChanged, this, edited);
    }
    for (QCheckBox* box : {m_spansPeriod, m_online, m_fearOfViolence, m_alarmOrDistress, m_reportedToPolice})
        connect(box, &QCheckBox::toggled, this, edited);
    for (const auto& [behaviour, box] : m_behaviours) connect(box, &QCheckBox::toggled, this, edited);
    for (QLineEdit* line : {m_location, m_platform, m_policeReference}) connect(line, &QLineEdit::textChanged, this, edited);
    for (QPlainTextEdit* text : {m_description, m_alteredHow}) connect(text, &QPlainTextEdit::textChanged, this, edited);
    connect(m_alteredBehaviour, &QComboBox::currentIndexChanged, this, edited);
    connect(m_spansPeriod, &QCheckBox::toggled, this, [this](bool spans) {
        // The end is usually the same day or soon after: its calendar opens at the start.
        m_end->setReferenceDate(uktime::dateOf(m_start->utc()));
        if (spans && !m_loading) m_end->setFocus(Qt::OtherFocusReason);
    });
}

void IncidentDialog::mapErrorFields()
{
    const QList<QPair<const char*, QWidget*>> fields = {
        {"Start", m_start}, {"End", m_end}, {"Platform", m_platform}, {"Location", m_location},
        {"Behaviours", m_behaviours.front().second}, {"Description", m_description},
        {"How the complainant altered their behaviour", m_alteredHow}, {"Police reference", m_policeReference}};
    for (const auto& [field, widget] : fields) m_fieldFocus.add(validationField(field), widget);
}

void IncidentDialog::load(const Incident& incident)
{
    m_loading = true;
    if (incident.startUtc.isValid()) m_start->setUtc(incident.startUtc, incident.startTimeKnown);
    else m_start->setUtc(uktime::nowUtcToTheMinute());
    m_spansPeriod->setChecked(incident.endUtc.isValid());
    if (incident.endUtc.isValid()) m_end->setUtc(incident.endUtc, incident.endTimeKnown);
    else m_end->setText(QString());
    m_end->setReferenceDate(uktime::dateOf(m_start->utc()));
    m_online->setChecked(incident.online);
    m_location->setText(incident.location);
    m_platform->setText(incident.platform);
    for (const auto& [behaviour, box] : m_behaviours) box->setChecked(incident.has(behaviour));
    m_description->setPlainText(incident.description);
    m_fearOfViolence->setChecked(incident.fearOfViolence);
    m_alarmOrDistress->setChecked(incident.alarmOrDistress);
    m_alteredBehaviour->setCurrentIndex(m_alteredBehaviour->findData(static_cast<int>(incident.alteredBehaviour)));
    m_alteredHow->setPlainText(incident.alteredBehaviourHow);
    m_reportedToPolice->setChecked(incident.reportedToPolice);
    m_policeReference->setText(incident.policeReference);
    m_loading = false;
    updateDependentFields();
}

void IncidentDialog::updateDependentFields()
{
    m_end->setEnabled(m_spansPeriod->isChecked());
    m_end->setRequired(m_spansPeriod->isChecked());
    m_form->setRowVisible(m_location, !m_online->isChecked());
    m_form->setRowVisible(m_platform, m_online->isChecked());
    m_alteredHow->setEnabled(m_alteredBehaviour->currentData().toInt() == static_cast<int>(Answer::Yes));
    m_policeReference->setEnabled(m_reportedToPolice->isChecked());
}

Incident IncidentDialog::incident() const
{
    Incident i = m_initial;   // keeps id, case, provenance and row version
    i.startUtc = m_start->utc();
    i.startTimeKnown = m_start->timeKnown();
    const bool spans = m_spansPeriod->isChecked();
    i.endUtc = spans ? m_end->utc() : QDateTime();
    i.endTimeKnown = spans ? m_end->timeKnown() : true;
    i.online = m_online->isChecked();
    // Only the field that applies is stored; the other stays in the form (and its draft) meanwhile.
    i.location = i.online ? QString() : m_location->text().trimmed();
    i.platform = i.online ? m_platform->text().trimmed() : QString();
    i.behaviours.clear();
    for (const auto& [behaviour, box] : m_behaviours)
        if (box->isChecked()) i.behaviours.append(behaviour);
    i.description = m_description->toPlainText().trimmed();
    i.fearOfViolence = m_fearOfViolence->isChecked();
    i.alarmOrDistress = m_alarmOrDistress->isChecked();
    i.alteredBehaviour = static_cast<Answer>(m_alteredBehaviour->currentData().toInt());
    i.alteredBehaviourHow = i.alteredBehaviour == Answer::Yes ? m_alteredHow->toPlainText().trimmed() : QString();
    i.reportedToPolice = m_reportedToPolice->isChecked();
    i.policeReference = i.reportedToPolice ? m_policeReference->text().trimmed() : QString();
    return i;
}

bool IncidentDialog::hasUnsavedChanges() const { return formState() != m_baseline; }

void IncidentDialog::accept()
{
    m_banner->clearError();
    if (m_draftOffered) {
        m_banner->showError(Error{QString(), tr("Restore or discard the unsaved draft before saving.")});
        m_restoreDraft->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A date or time that cannot be read is refused here, before anything is stored.
    if (Status dates = DateEntry::commitAll({m_start, m_end}); !dates.ok()) {
        m_banner->showError(dates.error());
        saveDraftNow();
        return;
    }
    Result<Incident> saved = m_save ? m_save(incident())
                                    : Result<Incident>(Error{QString(), tr("This incident cannot be saved here.")});
    if (!saved.ok()) {
        m_banner->showError(saved.error());
        m_fieldFocus.focus(saved.error());
        saveDraftNow();
        return;
    }
    m_saved = saved.value();
    m_finished = true;
    m_draftTimer.stop();
    if (m_drafts) {
        // The incident is saved; a leftover draft would only offer stale text back. A failure
        // here loses nothing, so it does not hold the dialog open.
        const Status settled = m_drafts->settle(m_draftKey);
        Q_UNUSED(settled);
    }
    QDialog::accept();
}

void IncidentDialog::reject()
{
    if (m_draftOffered) {   // the offered draft is left for next time: nothing was decided
        QDialog::reject();
        return;
    }
    saveDraftNow();
    if (hasUnsavedChanges()) {
        if (prompts::ask(this, tr("Discard changes"), tr("Discard this incident's changes?"),
                         QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
            return;
        if (m_drafts) {
            const Status discarded = m_drafts->discard(m_draftKey);
            Q_UNUSED(discarded);
        }
    }
    m_finished = true;
    m_draftTimer.stop();
    QDialog::reject();
}

} // namespace conduct
