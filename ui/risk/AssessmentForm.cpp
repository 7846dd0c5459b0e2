#include "risk/AssessmentForm.h"

#include "risk/AssessmentItemRow.h"
#include "risk/RiskLevelBadge.h"
#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DialogKeyboard.h"
#include "widgets/SpellCheck.h"

#include <QCloseEvent>
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
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace conduct {
namespace {
constexpr int autosaveDelayMs = 700;

QLabel* wrapped(const QString& text, QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty()) label->setObjectName(objectName);
    return label;
}
} // namespace

AssessmentForm::AssessmentForm(RiskAssessmentService& service, const RiskAssessment& assessment, QWidget* parent)
    : QDialog(parent), m_service(service), m_assessment(assessment)
{
    setObjectName(QStringLiteral("assessmentForm"));
    auto pack = service.packFor(assessment);
    if (pack.ok()) m_pack = pack.value();
    auto context = service.contextFor(assessment.caseId);
    if (context.ok()) m_context = context.value();
    setWindowTitle(tr("%1 – version %2").arg(m_pack.title.isEmpty() ? assessment.packId : m_pack.title).arg(assessment.versionNo));
    resize(980, 760);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #b00020; padding: 6px; }"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("itemsScroll"));
    m_scroll->setWidgetResizable(true);
    auto* body = new QWidget(m_scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    for (const FormSection& section : m_pack.sections) {
        auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped()), body);
        bodyLayout->addWidget(heading);
        if (!section.note.isEmpty()) bodyLayout->addWidget(wrapped(section.note, body));
        for (const FormItem& item : section.items) {
            auto* row = new AssessmentItemRow(item, m_pack.structureOnly, body);
            connect(row, &AssessmentItemRow::changed, this, &AssessmentForm::onChanged);
            connect(row, &AssessmentItemRow::answeredByKey, this, [this, row] { focusNextRow(row); });
            connect(row, &AssessmentItemRow::backByKey, this, [this, row] { focusPreviousRow(row); });
            bodyLayout->addWidget(row);
            m_rows.append(row);
        }
    }
    bodyLayout->addWidget(buildOutcome());
    bodyLayout->addStretch();
    m_scroll->setWidget(body);
    layout->addWidget(m_scroll, 1);

    auto* footer = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_score->setTextFormat(Qt::RichText);
    m_score->setAccessibleName(tr("Score and suggested level"));
    footer->addWidget(m_score, 1);
    m_savedState = new QLabel(this);
    m_savedState->setObjectName(QStringLiteral("savedState"));
    footer->addWidget(m_savedState);
    m_saveButton = new QPushButton(tr("Save &draft"), this);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_submitButton = new QPushButton(tr("S&ubmit for review"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    // Ctrl+Return saves the draft: submitting to a supervisor stays a deliberate Alt+U.
    markCtrlReturnButton(m_saveButton);
    for (QPushButton* b : {m_saveButton, m_submitButton, close}) {
        b->setAutoDefault(false);
        footer->addWidget(b);
    }
    layout->addLayout(footer);
    connect(m_saveButton, &QPushButton::clicked, this, &AssessmentForm::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &AssessmentForm::submit);
    connect(close, &QPushButton::clicked, this, &AssessmentForm::reject);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &AssessmentForm::saveDraft);

    if (!pack.ok()) showError(pack.error());
    load(m_assessment);
    if (!m_rows.isEmpty() && !m_readOnly) m_rows.first()->setFocus();
}

QWidget* AssessmentForm::buildHeader()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_pack.title.toHtmlEscaped()), box);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* meta = new QLabel(tr("Form pack %1, version %2 · Assessment version %3 · %4 · %5")
                                .arg(m_pack.id).arg(m_pack.version).arg(m_assessment.versionNo)
                                .arg(assessmentStatusLabel(m_assessment.status), m_pack.citation),
                            box);
    meta->setObjectName(QStringLiteral("assessmentMeta"));
    layout->addWidget(meta);
    // Issue 24: where a case bundle brought it from, and its reviews there, as history only.
    if (!m_assessment.transferredFrom.isEmpty()) {
        QStringList lines{tr("Transferred from %1. Its reviews there are history, not a review in this database; a "
                             "supervisor here reviews it.").arg(m_assessment.transferredFrom)};
        for (const TransferredReview& t : std::as_const(m_assessment.transferredReviews))
            lines.append(QStringLiteral("• ")
                         + transferredReviewText(t, t.levelAgreed.isEmpty() ? QString() : riskLevelLabel(m_pack, t.levelAgreed)));
        auto* history = new QLabel(lines.join(u'\n'), box);
        history->setObjectName(QStringLiteral("transferredHistory"));
        history->setWordWrap(true);
        history->setTextFormat(Qt::PlainText);
        history->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 6px; }"));
        history->setAccessibleName(tr("History from another database"));
        layout->addWidget(history);
    }
    // The licence and the pack's own warnings are always on screen, never behind a button.
    auto* notice = new QLabel(box);
    notice->setObjectName(QStringLiteral("packNotice"));
    notice->setWordWrap(true);
    notice->setTextFormat(Qt::PlainText);
    notice->setText(m_pack.copyright + (m_pack.notice.isEmpty() ? QString() : QStringLiteral("\n") + m_pack.notice));
    notice->setStyleSheet(QStringLiteral("QLabel { background: #eef3fb; border: 1px solid #5a7bb5; padding: 6px; }"));
    notice->setAccessibleName(tr("Copyright and notice"));
    layout->addWidget(notice);
    if (!m_pack.instructions.isEmpty()) layout->addWidget(wrapped(m_pack.instructions, box, QStringLiteral("packInstructions")));
    auto* keys = new QLabel(tr("Keyboard: Y, N or D answers the highlighted question and moves on; Tab reaches its comment. "
                               "Where several boxes can be ticked, Y or an arrow enters them, the arrows move, Space ticks, "
                               "Enter moves on."), box);
    keys->setObjectName(QStringLiteral("keyboardHint"));
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    layout->addWidget(keys);
    return box;
}

QWidget* AssessmentForm::buildReferral(const QString& name, const QString& key, QComboBox*& decision, DateField*& date,
                                       QLineEdit*& reason)
{
    auto* group = new QGroupBox(tr("%1 decision (protocol 3.7)").arg(name), this);
    auto* form = new QFormLayout(group);
    decision = new QComboBox(group);
    decision->setObjectName(key + QStringLiteral("Decision"));
    for (ReferralDecision d : {ReferralDecision::NotDecided, ReferralDecision::Refer, ReferralDecision::DoNotRefer,
                               ReferralDecision::AlreadyManaged})
        decision->addItem(referralDecisionLabel(d), referralDecisionCode(d));
    date = new DateField(key + QStringLiteral("Date"), group);
    date->setAccessibleName(tr("%1 decision date").arg(name));
    date->setDate(uktime::today());   // a decision is usually recorded the day it is made
    reason = new QLineEdit(group);
    reason->setObjectName(key + QStringLiteral("Reason"));
    form->addRow(tr("&Decision:"), decision);
    form->addRow(tr("D&ate:"), date);
    form->addRow(tr("&Reason:"), reason);
    connect(decision, &QComboBox::currentIndexChanged, this, &AssessmentForm::onChanged);
    connect(date, &DateField::edited, this, &AssessmentForm::onChanged);
    connect(date, &DateField::valueChanged, this, &AssessmentForm::onChanged);
    connect(reason, &QLineEdit::textEdited, this, &AssessmentForm::onChanged);
    return group;
}

QWidget* AssessmentForm::buildOutcome()
{
    auto* box = new QGroupBox(tr("Risk level"), this);
    auto* layout = new QVBoxLayout(box);
    if (!m_pack.scoring.note.isEmpty()) layout->addWidget(wrapped(m_pack.scoring.note, box));
    auto* form = new QFormLayout;
    m_level = new QComboBox(box);
    m_level->setObjectName(QStringLiteral("officerLevelCombo"));
    m_level->addItem(riskLevelIcon(-1), tr("Choose…"), QString());
    for (const RiskLevel& level : m_pack.scoring.levels)
        m_level->addItem(riskLevelIcon(m_pack, level.id), level.label + (level.verification == Verification::Confirmed ? QString() : tr(" (wording not verified)")),
                         level.id);
    m_rationale = new QPlainTextEdit(box);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    enableSpellCheck(m_rationale);
    auto* levelLabel = new QLabel(tr("Officer's &level:"), box);
    levelLabel->setBuddy(m_level);
    auto* rationaleLabel = new QLabel(tr("R&ationale:"), box);
    rationaleLabel->setBuddy(m_rationale);
    form->addRow(levelLabel, m_level);
    form->addRow(rationaleLabel, m_rationale);
    layout->addLayout(form);
    auto* referrals = new QHBoxLayout;
    referrals->addWidget(buildReferral(tr("MARAC"), QStringLiteral("marac"), m_maracDecision, m_maracDate, m_maracReason));
    referrals->addWidget(buildReferral(tr("MAPPA"), QStringLiteral("mappa"), m_mappaDecision, m_mappaDate, m_mappaReason));
    layout->addLayout(referrals);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AssessmentForm::onChanged);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &AssessmentForm::onChanged);
    return box;
}

AssessmentItemRow* AssessmentForm::row(const QString& itemId) const
{
    for (AssessmentItemRow* r : m_rows)
        if (r->item().id == itemId) return r;
    return nullptr;
}

void AssessmentForm::load(const RiskAssessment& a)
{
    m_loading = true;
    m_assessment = a;
    for (AssessmentItemRow* r : std::as_const(m_rows)) r->setAnswer(a.answers.items.value(r->item().id));
    m_level->setCurrentIndex(qMax(0, m_level->findData(a.officerLevel)));
    m_rationale->setPlainText(a.rationale);
    const auto setReferral = [](const ReferralRecord& r, QComboBox* d, DateField* date, QLineEdit* reason) {
        d->setCurrentIndex(qMax(0, d->findData(referralDecisionCode(r.decision))));
        if (r.date.isValid()) date->setDate(r.date);
        reason->setText(r.reason);
    };
    setReferral(a.marac, m_maracDecision, m_maracDate, m_maracReason);
    setReferral(a.mappa, m_mappaDecision, m_mappaDate, m_mappaReason);
    setReadOnly(a.status == AssessmentStatus::Submitted || a.status == AssessmentStatus::Approved || m_pack.id.isEmpty());
    m_loading = false;
    refreshSummary();
    if (a.status == AssessmentStatus::Returned)
        if (const AssessmentReview* r = a.lastReview())
            showError(Error{tr("Returned by %1").arg(r->reviewerName), r->comments});
}

RiskAssessment AssessmentForm::edited() const
{
    RiskAssessment a = m_assessment;
    a.answers = {};
    for (AssessmentItemRow* r : m_rows) {
        const ItemAnswer answer = r->answer();
        if (!answer.value.isNull() || !answer.comment.isEmpty()) a.answers.items.insert(r->item().id, answer);
    }
    a.officerLevel = m_level->currentData().toString();
    a.rationale = m_rationale->toPlainText().trimmed();
    const auto referral = [](QComboBox* d, DateField* date, QLineEdit* reason) {
        ReferralRecord r;
        r.decision = referralDecisionFromCode(d->currentData().toString()).value_or(ReferralDecision::NotDecided);
        if (r.decision != ReferralDecision::NotDecided) r.date = date->date();
        r.reason = reason->text().trimmed();
        return r;
    };
    a.marac = referral(m_maracDecision, m_maracDate, m_maracReason);
    a.mappa = referral(m_mappaDecision, m_mappaDate, m_mappaReason);
    return a;
}

void AssessmentForm::onChanged()
{
    if (m_loading || m_readOnly) return;
    refreshSummary();
    m_savedState->setText(tr("Unsaved changes…"));
    m_autosave->start();
}

void AssessmentForm::refreshSummary()
{
    const RiskAssessment a = edited();
    const RiskSummary s = m_service.summarise(m_pack, a, m_context);
    // Items shown only under a condition follow the answers as they are given.
    for (AssessmentItemRow* r : std::as_const(m_rows)) r->setVisible(conduct::isVisible(m_pack, r->item(), a.answers, m_context.facts));
    QString text;
    if (m_pack.scoring.counted) text = tr("<b>Score: %1</b>").arg(s.score);
    if (!s.suggestedLevelId.isEmpty())
        text += tr(" · Suggested level: <b>%1</b>").arg(riskLevelLabel(m_pack, s.suggestedLevelId).toHtmlEscaped());
    else
        text += tr(" · No score bands: grade the level on professional judgement");
    const int unanswered = int(unansweredRequired(m_pack, a.answers, m_context.facts).size());
    if (unanswered > 0) text += tr(" · %n question(s) unanswered", nullptr, unanswered);
    if (s.meetsMaracCriteria())
        text += tr("<br>MARAC criteria met: %1").arg(s.maracCriteria.join(QStringLiteral(", ")).toHtmlEscaped());
    if (s.promptsFullerAssessment) text += tr("<br>This level calls for a fuller assessment (e.g. SRP).");
    m_score->setText(text);
}

void AssessmentForm::focusNextRow(AssessmentItemRow* from)
{
    const qsizetype index = m_rows.indexOf(from);
    for (qsizetype i = index + 1; i < m_rows.size(); ++i) {
        if (m_rows[i]->isHidden()) continue;
        m_rows[i]->setFocus(Qt::TabFocusReason);
        m_scroll->ensureWidgetVisible(m_rows[i]);
        return;
    }
    m_level->setFocus(Qt::TabFocusReason);
    m_scroll->ensureWidgetVisible(m_level);
}

void AssessmentForm::focusPreviousRow(AssessmentItemRow* from)
{
    for (qsizetype i = m_rows.indexOf(from) - 1; i >= 0; --i) {
        if (m_rows[i]->isHidden()) continue;
        m_rows[i]->setFocus(Qt::BacktabFocusReason);
        m_scroll->ensureWidgetVisible(m_rows[i]);
        return;
    }
    from->setFocus(Qt::BacktabFocusReason);   // the first question: stay on it
}

void AssessmentForm::showError(const Error& error)
{
    m_error->setText(error.text());
    m_error->setVisible(!error.message.isEmpty());
}

QString AssessmentForm::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void AssessmentForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (AssessmentItemRow* r : std::as_const(m_rows)) r->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_level, m_maracDecision, m_maracDate, m_mappaDecision, m_mappaDate})
        w->setEnabled(!readOnly);
    m_rationale->setReadOnly(readOnly);
    m_maracReason->setReadOnly(readOnly);
    m_mappaReason->setReadOnly(readOnly);
    m_saveButton->setVisible(!readOnly);
    m_submitButton->setVisible(!readOnly);
    if (readOnly && m_savedState) m_savedState->setText(assessmentStatusLabel(m_assessment.status));
}

bool AssessmentForm::saveDraft()
{
    m_autosave->stop();
    if (m_readOnly) return true;
    // A referral date that cannot be read is refused before anything is stored.
    if (Status dates = DateEntry::commitAll({m_maracDate, m_mappaDate}); !dates.ok()) {
        showError(dates.error());
        m_savedState->setText(tr("Not saved"));
        return false;
    }
    auto result = m_service.saveDraft(edited());
    if (!result.ok()) {
        showError(result.error());
        m_savedState->setText(tr("Not saved"));
        return false;
    }
    m_assessment = result.value();
    if (m_assessment.status != AssessmentStatus::Returned) m_error->hide();
    m_savedState->setText(tr("Draft saved %1").arg(uktime::timeOf(m_assessment.updatedUtc).toString(QStringLiteral("HH:mm:ss"))));
    emit saved(m_assessment);
    return true;
}

bool AssessmentForm::submit()
{
    m_autosave->stop();
    auto submitted = m_service.submit(edited());
    if (!submitted.ok()) {
        showError(submitted.error());
        saveDraft();   // whatever was answered is kept
        showError(submitted.error());
        return false;
    }
    m_error->hide();
    load(submitted.value());
    emit saved(m_assessment);
    accept();
    return true;
}

void AssessmentForm::closeEvent(QCloseEvent* event)
{
    if (m_autosave->isActive()) saveDraft();
    QDialog::closeEvent(event);
}

void AssessmentForm::reject()
{
    if (m_autosave->isActive()) saveDraft();
    QDialog::reject();
}

} // namespace conduct
