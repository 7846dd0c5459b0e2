// IncidentDialog's drafts: the form as JSON, saved as the officer types and offered back when
// the editor is next opened with the same key.

#include "case/IncidentDialog.h"

#include "common/UkTime.h"
#include "services/DraftService.h"
#include "widgets/DateTimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace conduct {
namespace {

// Version 2 keeps the start and end as typed (text) with their "time not known" boxes. Version 1
// held "yyyy-MM-ddTHH:mm", which the date-time field reads as typed text too.
constexpr int draftFormatVersion = 2;

void restoreTyped(DateTimeField* field, const QJsonValue& text, const QJsonValue& timeNotKnown)
{
    field->setText(text.toString());
    if (timeNotKnown.toBool() && field->timeNotKnownCheck()) field->timeNotKnownCheck()->setChecked(true);
}

} // namespace

QJsonObject IncidentDialog::formState() const
{
    QJsonArray behaviours;
    for (const auto& [behaviour, box] : m_behaviours)
        if (box->isChecked()) behaviours.append(toCode(behaviour));
    return QJsonObject{
        {QStringLiteral("version"), draftFormatVersion},
        {QStringLiteral("start"), m_start->text()},
        {QStringLiteral("startTimeNotKnown"), m_start->timeNotKnownCheck()->isChecked()},
        {QStringLiteral("spansPeriod"), m_spansPeriod->isChecked()},
        {QStringLiteral("end"), m_end->text()},
        {QStringLiteral("endTimeNotKnown"), m_end->timeNotKnownCheck()->isChecked()},
        {QStringLiteral("online"), m_online->isChecked()},
        {QStringLiteral("location"), m_location->text()},
        {QStringLiteral("platform"), m_platform->text()},
        {QStringLiteral("behaviours"), behaviours},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("fearOfViolence"), m_fearOfViolence->isChecked()},
        {QStringLiteral("alarmOrDistress"), m_alarmOrDistress->isChecked()},
        {QStringLiteral("alteredBehaviour"), toCode(static_cast<Answer>(m_alteredBehaviour->currentData().toInt()))},
        {QStringLiteral("alteredBehaviourHow"), m_alteredHow->toPlainText()},
        {QStringLiteral("reportedToPolice"), m_reportedToPolice->isChecked()},
        {QStringLiteral("policeReference"), m_policeReference->text()},
    };
}

void IncidentDialog::applyFormState(const QJsonObject& state)
{
    m_loading = true;
    restoreTyped(m_start, state.value(QStringLiteral("start")), state.value(QStringLiteral("startTimeNotKnown")));
    m_spansPeriod->setChecked(state.value(QStringLiteral("spansPeriod")).toBool());
    restoreTyped(m_end, state.value(QStringLiteral("end")), state.value(QStringLiteral("endTimeNotKnown")));
    m_online->setChecked(state.value(QStringLiteral("online")).toBool());
    m_location->setText(state.value(QStringLiteral("location")).toString());
    m_platform->setText(state.value(QStringLiteral("platform")).toString());
    const QJsonArray behaviours = state.value(QStringLiteral("behaviours")).toArray();
    for (const auto& [behaviour, box] : m_behaviours) box->setChecked(behaviours.contains(toCode(behaviour)));
    m_description->setPlainText(state.value(QStringLiteral("description")).toString());
    m_fearOfViolence->setChecked(state.value(QStringLiteral("fearOfViolence")).toBool());
    m_alarmOrDistress->setChecked(state.value(QStringLiteral("alarmOrDistress")).toBool());
    const Answer altered = fromCode<Answer>(state.value(QStringLiteral("alteredBehaviour")).toString()).value_or(Answer::NotAsked);
    m_alteredBehaviour->setCurrentIndex(m_alteredBehaviour->findData(static_cast<int>(altered)));
    m_alteredHow->setPlainText(state.value(QStringLiteral("alteredBehaviourHow")).toString());
    m_reportedToPolice->setChecked(state.value(QStringLiteral("reportedToPolice")).toBool());
    m_policeReference->setText(state.value(QStringLiteral("policeReference")).toString());
    m_loading = false;
    updateDependentFields();
}

QString IncidentDialog::draftTitle() const
{
    const QString when = m_start->text().trimmed();
    const QString what = m_description->toPlainText().simplified().left(60);
    return what.isEmpty() ? tr("Incident of %1").arg(when) : tr("Incident of %1: %2").arg(when, what);
}

void IncidentDialog::onEdited()
{
    if (m_loading) return;
    updateDependentFields();
    if (m_drafts && !m_draftOffered && !m_finished) m_draftTimer.start();   // restarts: debounced
}

void IncidentDialog::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_drafts || m_draftOffered || m_finished) return;
    const QJsonObject state = formState();
    if (state == m_lastDraftWritten) return;
    // Back to the form as it opened: there is nothing unsaved left to keep.
    const Status written = state == m_baseline
        ? m_drafts->settle(m_draftKey)
        : m_drafts->save(Draft{m_draftKey, m_initial.caseId, draftTitle(), state, QDateTime()});
    if (!written.ok()) {
        // Too long for the incident, say: the draft kept before stays, and so does the typing here.
        const Error& why = written.error();
        m_banner->showError(Error{why.field.isEmpty() ? tr("Draft") : why.field,
                                  tr("Your changes were not kept as a draft: %1 What you typed is still here.").arg(why.message)});
        return;
    }
    m_lastDraftWritten = state;
}

void IncidentDialog::offerDraftIfAny()
{
    if (!m_drafts) return;
    auto found = m_drafts->offer(m_draftKey);
    if (!found.ok()) {
        m_banner->showError(Error{tr("Draft"), tr("An unsaved draft could not be read: %1").arg(found.error().text())});
        return;
    }
    if (!found.value() || found.value()->payload == m_baseline) return;
    m_offeredDraft = found.value()->payload;
    // Whose and when: a shared desk is never left guessing whether this is someone else's typing.
    m_draftBannerText->setText(tr("Your draft of this incident (%1), saved %2 UK time. Restore it to carry on where "
                                  "you left off, or discard it.")
                                   .arg(found.value()->authorName, uktime::formatDateTime(found.value()->savedUtc)));
    m_draftBannerText->setAccessibleName(m_draftBannerText->text());
    showDraftOffer(true);
}

void IncidentDialog::showDraftOffer(bool offered)
{
    m_draftOffered = offered;
    m_draftBanner->setVisible(offered);
    // Until the officer decides, the form is locked: typing now would overwrite the draft on offer.
    m_formPage->setEnabled(!offered);
    if (offered) m_restoreDraft->setFocus(Qt::OtherFocusReason);
    else m_start->setFocus(Qt::OtherFocusReason);
}

void IncidentDialog::restoreDraft()
{
    if (!m_draftOffered) return;
    applyFormState(m_offeredDraft);
    m_lastDraftWritten = m_offeredDraft;   // the store already holds exactly this
    m_offeredDraft = {};
    showDraftOffer(false);
}

void IncidentDialog::discardDraft()
{
    if (!m_draftOffered) return;
    if (Status s = m_drafts->discard(m_draftKey); !s.ok()) {
        m_banner->showError(Error{tr("Draft"), tr("The draft could not be discarded: %1").arg(s.error().text())});
        return;
    }
    m_offeredDraft = {};
    m_lastDraftWritten = m_baseline;
    showDraftOffer(false);
}

} // namespace conduct
