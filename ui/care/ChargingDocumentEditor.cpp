#include "care/ChargingDocumentEditor.h"

#include "care/ChargingFileSupport.h"
#include "common/UkTime.h"
#include "store/Database.h"
#include "widgets/DateEntry.h"
#include "widgets/Prompts.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace conduct {
namespace {
void setFieldEditable(QWidget* field, bool editable)
{
    // Read-only rather than disabled where Qt allows it: an approved version stays easy to read
    // and to copy from, and typing in it simply does nothing.
    if (auto* text = qobject_cast<QPlainTextEdit*>(field)) text->setReadOnly(!editable);
    else if (auto* line = qobject_cast<QLineEdit*>(field)) line->setReadOnly(!editable);
    else field->setEnabled(editable);
}
} // namespace

ChargingDocumentEditor::ChargingDocumentEditor(Database& db, const Session& session, const QString& justification, ChargingForm form,
                                               const QString& objectName, const QString& intro, QWidget* parent)
    : CarePage(objectName, intro, parent), m_service(db, session), m_drafts(db, session), m_session(session), m_form(form),
      m_storeWritable(!db.isReadOnly())
{
    m_service.setAccessJustification(justification);
    const QString code = chargingFormCode(form);
    auto* outer = qobject_cast<QVBoxLayout*>(layout());

    // The status and the versions stay above the scrolling form: always in sight while typing.
    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(code + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    statusRow->addWidget(m_status, 1);
    auto* versionsLabel = new QLabel(tr("Vie&w version:"), this);
    m_versionPicker = new QComboBox(this);
    m_versionPicker->setObjectName(code + QStringLiteral("Versions"));
    m_versionPicker->setAccessibleName(tr("Version shown"));
    m_versionPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);   // "Version 2 – Submitted for approval" in full
    versionsLabel->setBuddy(m_versionPicker);
    statusRow->addWidget(versionsLabel);
    statusRow->addWidget(m_versionPicker);
    m_newVersion = makeActionButton(QString(), code + QStringLiteral("EditNewVersion"), this);
    statusRow->addWidget(m_newVersion);
    outer->insertLayout(2, statusRow);

    m_draftBar = new QFrame(this);
    m_draftBar->setObjectName(code + QStringLiteral("DraftBar"));
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    m_draftBar->setStyleSheet(QStringLiteral("QFrame#%1 { background: #fff8e1; }").arg(m_draftBar->objectName()));
    auto* barLayout = new QHBoxLayout(m_draftBar);
    m_draftText = new QLabel(m_draftBar);
    m_draftText->setWordWrap(true);
    barLayout->addWidget(m_draftText, 1);
    auto* restore = makeActionButton(tr("&Restore draft"), code + QStringLiteral("RestoreDraft"), m_draftBar);
    auto* discard = makeActionButton(tr("Discard dra&ft"), code + QStringLiteral("DiscardDraft"), m_draftBar);
    barLayout->addWidget(restore);
    barLayout->addWidget(discard);
    m_draftBar->hide();
    outer->insertWidget(3, m_draftBar);

    connect(m_versionPicker, &QComboBox::activated, this, [this](int index) { showVersionAt(index); });
    connect(m_newVersion, &QPushButton::clicked, this, &ChargingDocumentEditor::startNewVersion);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (m_offered.value(QStringLiteral("newVersion")).toBool()) startNewVersion();
        const QJsonObject offered = m_offered;
        applyDraftState(offered);
        m_lastDraft = draftState();
        m_offered = {};
        m_draftBar->hide();
        if (auto* scroll = findChild<QScrollArea*>()) scroll->setEnabled(true);
        // The cursor goes back into a box the draft changed: where the officer was typing.
        for (auto it = offered.begin(); it != offered.end(); ++it)
            if (m_baseline.contains(it.key()) && m_baseline.value(it.key()) != it.value() && focusField(it.key())) break;
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        const int version = m_offered.value(QStringLiteral("newVersion")).toBool() ? m_document.version + 1 : editingVersion();
        if (Status s = m_drafts.discard(chargingDraftKey(m_form, m_detail.caseRecord.id, version, m_session.user.id)); !s.ok())
            report(s, {});
        m_offered = {};
        m_draftBar->hide();
        if (auto* scroll = findChild<QScrollArea*>()) scroll->setEnabled(true);
    });

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ChargingDocumentEditor::save);

    // Typing is kept as a draft a moment after it stops (debounced: not a write per key).
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(1500);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChargingDocumentEditor::saveDraftNow);
    connect(this, &CarePage::editsChanged, this, &ChargingDocumentEditor::onEdited);
}

void ChargingDocumentEditor::registerPoliceField(QWidget* field) { m_policeFields.append(field); }
void ChargingDocumentEditor::registerSupervisorField(QWidget* field) { m_supervisorFields.append(field); }

void ChargingDocumentEditor::addPoliceButtons(QVBoxLayout* layout)
{
    const QString code = chargingFormCode(m_form);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* save = makeActionButton(tr("&Save (Ctrl+S)"), code + QStringLiteral("Save"), this);
    auto* submit = makeActionButton(tr("Su&bmit for approval"), code + QStringLiteral("Submit"), this);
    row->addWidget(save);
    row->addWidget(submit);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, &ChargingDocumentEditor::save);
    connect(submit, &QPushButton::clicked, this, &ChargingDocumentEditor::submit);
    m_policeButtons = {save, submit};
}

void ChargingDocumentEditor::addDecisionButtons(QVBoxLayout* layout)
{
    const QString code = chargingFormCode(m_form);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* approve = makeActionButton(m_form == ChargingForm::Mg3 ? tr("A&pprove for referral to CPS") : tr("A&pprove (supervisor's certification)"),
                                     code + QStringLiteral("Approve"), this);
    auto* giveBack = makeActionButton(tr("Re&turn for changes…"), code + QStringLiteral("Return"), this);
    row->addWidget(approve);
    row->addWidget(giveBack);
    layout->addLayout(row);
    connect(approve, &QPushButton::clicked, this, &ChargingDocumentEditor::approve);
    connect(giveBack, &QPushButton::clicked, this, &ChargingDocumentEditor::returnForChanges);
    m_decisionButtons = {approve, giveBack};
}

QJsonObject ChargingDocumentEditor::textsOf(const QList<QPlainTextEdit*>& edits)
{
    QJsonObject state;
    for (const QPlainTextEdit* e : edits) state.insert(e->objectName(), e->toPlainText());
    return state;
}

void ChargingDocumentEditor::restoreTexts(const QList<QPlainTextEdit*>& edits, const QJsonObject& state)
{
    for (QPlainTextEdit* e : edits)
        if (state.contains(e->objectName()) && !e->isReadOnly()) e->setPlainText(state.value(e->objectName()).toString());
}

void ChargingDocumentEditor::fieldsRebuilt()
{
    watchEditors();
    if (auto* scroll = findChild<QScrollArea*>()) setTabOrderFromLayout(scroll->widget());
    const bool loading = m_loading;
    m_loading = true;   // making fields read-only is not typing
    applyEditability();
    m_loading = loading;
}

void ChargingDocumentEditor::setCase(const CaseDetail& detail)
{
    const bool keepEdits = detail.caseRecord.id == m_detail.caseRecord.id && hasUnsavedEdits();
    m_detail = detail;
    m_loading = true;
    peopleChanged(detail.people);
    m_loading = false;
    if (keepEdits) return;   // unsaved typing wins over a re-read of the case
    clearMessages();
    reload();
}

void ChargingDocumentEditor::reload(int showVersion)
{
    const qint64 caseId = m_detail.caseRecord.id;
    auto versions = m_service.versions(caseId, m_form);
    if (!versions.ok()) {
        report(versions.error(), {});
        return;
    }
    m_versions = versions.value();
    auto start = m_service.startingPoints(caseId);
    m_start = start.ok() ? start.value() : ChargingFileStart{};
    const QSignalBlocker block(m_versionPicker);
    m_versionPicker->clear();
    for (const ChargingDocument& d : m_versions)
        m_versionPicker->addItem(tr("Version %1 – %2").arg(d.version).arg(chargingStatusLabel(d.status)), d.version);
    if (m_versions.isEmpty()) m_versionPicker->addItem(tr("Version 1 – not yet saved"), 1);
    int index = int(m_versions.size()) - 1;
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].version == showVersion) index = i;
    m_versionPicker->setCurrentIndex(qMax(index, 0));
    showVersionAt(index);
    if (!start.ok()) report(start.error(), {});
}

void ChargingDocumentEditor::showVersionAt(int index)
{
    m_loading = true;
    m_draftTimer.stop();
    if (m_versions.isEmpty() || index < 0) {
        m_document = ChargingDocument{};
        m_document.caseId = m_detail.caseRecord.id;
        m_document.form = m_form;
        m_viewingLatest = true;
    } else {
        m_document = m_versions[index];
        m_viewingLatest = index == m_versions.size() - 1;
    }
    m_startingNewVersion = false;
    // The case's starting points fill empty boxes only of a version that is being written.
    const bool writing = m_viewingLatest && (m_versions.isEmpty() || m_document.isEditable());
    showPolice(m_document, writing ? &m_start : nullptr);
    const auto approval = m_document.approval();
    showSupervisor(approval ? approval->supervisorPart : Mg3SupervisorPart{});
    applyEditability();
    m_baseline = draftState();
    m_lastDraft = m_baseline;
    m_loading = false;
    markClean();
    offerDraft();
}

void ChargingDocumentEditor::applyEditability()
{
    const ChargingStatus status = m_document.status;
    const bool saved = !m_versions.isEmpty();
    m_policeEditable = m_storeWritable && m_viewingLatest && (!saved || m_document.isEditable() || (m_startingNewVersion && status == ChargingStatus::Approved));
    // Disabling what is plainly not allowed is a convenience; the service refuses anyway.
    const bool supervisor = m_session.user.hasRole(Role::Supervisor);
    const bool waiting = m_viewingLatest && saved && status == ChargingStatus::Submitted;
    m_supervisorEditable = m_storeWritable && waiting && supervisor;
    for (QWidget* f : m_policeFields)
        if (f) setFieldEditable(f, m_policeEditable);
    for (QWidget* f : m_supervisorFields)
        if (f) setFieldEditable(f, m_supervisorEditable);
    for (QPushButton* b : m_policeButtons) b->setEnabled(m_policeEditable);
    for (QPushButton* b : m_decisionButtons) {
        b->setEnabled(m_supervisorEditable);
        b->setToolTip(waiting && !supervisor ? tr("Only a supervisor approves or returns a version.") : QString());
    }
    const bool approvedLatest = m_storeWritable && m_viewingLatest && saved && status == ChargingStatus::Approved && !m_startingNewVersion;
    m_newVersion->setText(tr("&Edit (starts version %1)").arg(m_document.version + 1));
    m_newVersion->setVisible(approvedLatest);
    m_versionPicker->setEnabled(m_versions.size() > 1);
    m_status->setText(statusText());
}

QString ChargingDocumentEditor::statusText() const
{
    if (m_versions.isEmpty()) return tr("Version 1 – Draft, not yet saved");
    QString text = chargingStatusLine(m_document);
    if (m_startingNewVersion)
        text = tr("Version %1 – Draft, not yet approved (editing version %2, which stays as approved)")
                   .arg(m_document.version + 1)
                   .arg(m_document.version);
    if (!m_viewingLatest) text += tr(" – an earlier version, read only");
    return text;
}

void ChargingDocumentEditor::startNewVersion()
{
    if (!m_viewingLatest || m_document.status != ChargingStatus::Approved) return;
    m_startingNewVersion = true;
    applyEditability();
    markClean();
    m_baseline = draftState();
    m_lastDraft = m_baseline;
    for (QWidget* f : m_policeFields)
        if (f) {
            focusField(f->objectName());
            break;
        }
}

bool ChargingDocumentEditor::focusField(const QString& objectName)
{
    // A per-suspect field ("mg3Charges") names the first suspect's ("mg3Charges_12").
    auto* field = findChild<QWidget*>(objectName);
    if (!field) {
        const auto matches = findChildren<QWidget*>(QRegularExpression(QStringLiteral("^%1_\\d+$").arg(QRegularExpression::escape(objectName))));
        if (!matches.isEmpty()) field = matches.first();
    }
    if (!field) return false;
    if (auto* scroll = findChild<QScrollArea*>()) scroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ChargingDocumentEditor::reportOutcome(const Error& error)
{
    report(Status{error}, {});
    m_fieldFocus.focus(error);
    return false;
}

bool ChargingDocumentEditor::save()
{
    if (!m_policeEditable) {
        return reportOutcome(Error{chargingFormLabel(m_form),
                                   m_document.status == ChargingStatus::Approved
                                       ? tr("Version %1 is approved and is not changed. Choose \"Edit (starts version %2)\" to write a new version.")
                                             .arg(m_document.version)
                                             .arg(m_document.version + 1)
                                       : tr("Version %1 is waiting for a supervisor and cannot be changed now.").arg(m_document.version)});
    }
    if (Status dates = DateEntry::commitAll(dateFields()); !dates.ok()) return report(dates, {});
    ChargingDocument edited = m_document;
    edited.caseId = m_detail.caseRecord.id;
    edited.form = m_form;
    readPolice(edited);
    const QString key = draftKey();
    auto saved = m_service.save(edited);
    if (!saved.ok()) return reportOutcome(saved.error());
    // Saved: the draft has done its job. A failure here leaves only a stale draft, offered once.
    (void)m_drafts.settle(key);
    reload();
    report({}, tr("%1 version %2 saved.").arg(chargingFormLabel(m_form)).arg(saved->version));
    emit changed();
    return true;
}

bool ChargingDocumentEditor::submit()
{
    if (m_policeEditable && (m_versions.isEmpty() || m_startingNewVersion || hasUnsavedEdits()) && !save()) return false;
    if (m_versions.isEmpty()) return false;
    return after(m_service.submit(m_document.id), tr("%1 version %2 submitted for approval."));
}

bool ChargingDocumentEditor::approve()
{
    const QString key = draftKey();
    const bool ok = after(m_service.approve(m_document.id, supervisorPart()), tr("%1 version %2 approved."));
    if (ok) (void)m_drafts.settle(key);   // as after a save
    return ok;
}

bool ChargingDocumentEditor::returnForChanges()
{
    const auto reasons = prompts::askText(this, tr("Return for changes"),
                                          tr("Why is %1 version %2 returned? The officer sees these reasons.")
                                              .arg(chargingFormLabel(m_form))
                                              .arg(m_document.version));
    if (!reasons) return false;
    return after(m_service.returnForChanges(m_document.id, *reasons), tr("%1 version %2 returned for changes."));
}

bool ChargingDocumentEditor::after(const Result<ChargingDocument>& outcome, const QString& done)
{
    // A refusal (the four-eyes rule, a stale version) writes nothing: show it and stay as we are.
    if (!outcome.ok()) return reportOutcome(outcome.error());
    reload();
    report({}, done.arg(chargingFormLabel(m_form)).arg(outcome->version));
    emit changed();
    return true;
}

int ChargingDocumentEditor::editingVersion() const
{
    if (m_versions.isEmpty()) return 1;
    return m_startingNewVersion ? m_document.version + 1 : m_document.version;
}

QString ChargingDocumentEditor::draftKey() const
{
    return chargingDraftKey(m_form, m_detail.caseRecord.id, editingVersion(), m_session.user.id);
}

void ChargingDocumentEditor::onEdited()
{
    if (m_loading || !m_offered.isEmpty() || !(m_policeEditable || m_supervisorEditable)) return;
    m_draftTimer.start();   // restarts: debounced
}

void ChargingDocumentEditor::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_detail.caseRecord.id == 0 || !m_offered.isEmpty() || !(m_policeEditable || m_supervisorEditable)) return;
    const QJsonObject state = draftState();
    if (state == m_lastDraft) return;
    QJsonObject payload = state;
    if (m_startingNewVersion) payload.insert(QStringLiteral("newVersion"), true);   // restoring it starts the new version again
    const Status written = state == m_baseline
        ? m_drafts.settle(draftKey())
        : m_drafts.save(Draft{draftKey(), m_detail.caseRecord.id,
                              tr("%1 version %2 – %3").arg(chargingFormLabel(m_form)).arg(editingVersion()).arg(m_detail.caseRecord.urn),
                              payload, QDateTime()});
    if (!written.ok()) {
        // Too long for the form, say: the draft kept before stays, and so does the typing on screen.
        const Error& why = written.error();
        report(Error{why.field.isEmpty() ? tr("Draft") : why.field,
                     tr("Your typing was not kept as a draft: %1 What you typed is still here.").arg(why.message)},
               {});
        return;
    }
    m_lastDraft = state;
}

void ChargingDocumentEditor::offerDraft()
{
    // A draft of the version being written; on an approved version, a draft of the next one
    // (typing after "Edit (starts version n+1)" that was never saved).
    if (!m_storeWritable) return;   // nothing could be restored into it, nor the draft discarded
    int version = 0;
    if (m_policeEditable || m_supervisorEditable) version = editingVersion();
    else if (m_viewingLatest && m_document.status == ChargingStatus::Approved) version = m_document.version + 1;
    if (version == 0 || m_detail.caseRecord.id == 0) return;
    auto found = m_drafts.offer(chargingDraftKey(m_form, m_detail.caseRecord.id, version, m_session.user.id));
    if (!found.ok()) {
        report(Error{tr("Draft"), tr("An unsaved draft could not be read: %1").arg(found.error().text())}, {});
        return;
    }
    if (!found.value()) return;
    QJsonObject payload = found.value()->payload;
    const bool newVersion = payload.value(QStringLiteral("newVersion")).toBool();
    QJsonObject texts = payload;
    texts.remove(QStringLiteral("newVersion"));
    if (!newVersion && texts == m_baseline) return;
    m_offered = payload;
    m_offered.insert(QStringLiteral("newVersion"), newVersion && version != editingVersion());
    // Whose and when: a shared desk is never left guessing whether this is someone else's typing.
    m_draftText->setText(tr("Your draft of %1 version %2 (%3), saved %4 UK time. Restore it to carry on where you left off, "
                            "or discard it.")
                             .arg(chargingFormLabel(m_form))
                             .arg(version)
                             .arg(found.value()->authorName, uktime::formatDateTime(found.value()->savedUtc)));
    m_draftText->setAccessibleName(m_draftText->text());
    m_draftBar->show();
    // Until the officer decides, the form is locked: typing now would be lost under the draft.
    if (auto* scroll = findChild<QScrollArea*>()) scroll->setEnabled(false);
}

} // namespace conduct
