#include "risk/RiskPage.h"
#include "common/UkTime.h"

#include "risk/AssessmentDiffDialog.h"
#include "risk/AssessmentForm.h"
#include "widgets/Prompts.h"
#include "risk/RiskLevelBadge.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum Column { FormColumn, VersionColumn, StatusColumn, LevelColumn, ScoreColumn, AuthorColumn, ApproverColumn, ReviewColumn, ColumnCount };

QString ukDate(const QDate& d) { return uktime::formatDate(d); }
} // namespace

QString instrumentName(const QString& packId)
{
    if (packId == QStringLiteral("dash-2009")) return QStringLiteral("DASH");
    if (packId == QStringLiteral("s-dash-2009")) return QStringLiteral("S-DASH");
    if (packId == QStringLiteral("sash")) return QStringLiteral("SASH");
    return packId;
}

RiskPage::RiskPage(Database& db, const Session& session, qint64 caseId, const QString& justification, QWidget* parent)
    : QWidget(parent), m_service(db, session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("riskPage"));
    m_service.setAccessJustification(justification);
    auto* layout = new QVBoxLayout(this);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueReviewBanner"));
    m_overdue->setWordWrap(true);
    m_overdue->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #b00020; padding: 6px; }"));
    m_overdue->hide();
    layout->addWidget(m_overdue);
    m_sdashPrompt = new QLabel(this);
    m_sdashPrompt->setObjectName(QStringLiteral("sdashPrompt"));
    m_sdashPrompt->setWordWrap(true);
    m_sdashPrompt->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; border: 1px solid #8a6d00; padding: 6px; }"));
    m_sdashPrompt->hide();
    layout->addWidget(m_sdashPrompt);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("assessmentsTable"));
    m_table->setAccessibleName(tr("Risk assessments, every version"));
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("Version"), tr("Status"), tr("Level"), tr("Score"), tr("Completed by"),
                                        tr("Approved by"), tr("Next review")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(QSize(18, 18));
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openSelected(); });

    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> forms = {{QStringLiteral("dash-2009"), tr("New &DASH")},
                                                  {QStringLiteral("s-dash-2009"), tr("New &S-DASH")},
                                                  {QStringLiteral("sash"), tr("New SAS&H")}};
    for (const auto& [packId, label] : forms) {
        auto* b = new QPushButton(label, this);
        b->setObjectName(QStringLiteral("new_%1").arg(packId));
        connect(b, &QPushButton::clicked, this, [this, packId = packId] { startAssessment(packId); });
        buttons->addWidget(b);
    }
    auto* open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openAssessmentButton"));
    m_compare = new QPushButton(tr("Com&pare versions…"), this);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    buttons->addWidget(open);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &RiskPage::openSelected);
    connect(m_compare, &QPushButton::clicked, this, &RiskPage::compareVersions);
    reload();
}

void RiskPage::reload()
{
    auto history = m_service.history(m_caseId);
    if (!history.ok()) {
        m_history.clear();
        fill();
        m_overdue->setText(history.error().text());
        m_overdue->show();
        return;
    }
    m_history = history.value();
    fill();
    updatePrompts();
}

namespace {
// Issue 24: an assessment from a case bundle shows where it came from; its approval there is history.
QString transferredNote(const RiskAssessment& a)
{
    if (a.transferredFrom.isEmpty()) return {};
    for (qsizetype i = a.transferredReviews.size() - 1; i >= 0; --i)
        if (a.transferredReviews[i].decision == ReviewDecision::Approved)
            return RiskPage::tr("none here; approved in %1 by %2 (history)")
                .arg(a.transferredReviews[i].sourceDatabase, a.transferredReviews[i].reviewerName);
    return RiskPage::tr("none here; from %1").arg(a.transferredFrom);
}
} // namespace

void RiskPage::fill()
{
    m_table->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const RiskAssessment& a = m_history[row];
        const auto found = m_service.packFor(a);
        const FormPack pack = found.ok() ? found.value() : FormPack{};
        const QString level = a.currentLevel();
        const AssessmentReview* approval = a.approval();
        const QStringList cells = {
            tr("%1 · pack v%2").arg(instrumentName(a.packId)).arg(a.packVersion),
            QString::number(a.versionNo),
            assessmentStatusLabel(a.status),
            level.isEmpty() ? tr("Not graded") : riskLevelLabel(pack, level),
            pack.scoring.counted ? QString::number(a.score) : tr("–"),
            a.authorName,
            approval ? tr("%1 on %2").arg(approval->reviewerName, ukDate(uktime::dateOf(approval->timeUtc)))
                     : transferredNote(a),
            ukDate(a.nextReviewDate)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 0) item->setData(Qt::UserRole, a.id);
            if (col == LevelColumn) item->setIcon(riskLevelIcon(pack, level));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_compare->setEnabled(m_history.size() >= 2);
}

void RiskPage::updatePrompts()
{
    auto context = m_service.contextFor(m_caseId);
    const int incidents = context.ok() ? context->incidentCount : 0;
    const RiskAssessment* latestDash = nullptr;
    bool hasSdash = false;
    for (const RiskAssessment& a : std::as_const(m_history)) {
        if (a.packId == QStringLiteral("dash-2009")) latestDash = &a;
        if (a.packId == QStringLiteral("s-dash-2009")) hasSdash = true;
    }
    const bool prompt = !hasSdash && shouldPromptSdash(latestDash ? latestDash->answers : FormAnswers{}, incidents);
    m_sdashPrompt->setText(tr("Complete the S-DASH stalking screening: %1 (S-DASH guidance; protocol 3.7).")
                               .arg(latestDash && latestDash->answers.value(dashStalkingItemId()).toString() == yesCode()
                                        ? tr("DASH question 8 (stalking or harassment) was answered yes")
                                        : tr("the case has %n incident(s)", nullptr, incidents)));
    m_sdashPrompt->setVisible(prompt);

    QStringList overdue;
    const QDate today = uktime::today();
    QMap<QString, const RiskAssessment*> latest;
    for (const RiskAssessment& a : std::as_const(m_history))
        if (a.status == AssessmentStatus::Submitted || a.status == AssessmentStatus::Approved) latest[a.packId] = &a;
    for (const RiskAssessment* a : std::as_const(latest))
        if (a->nextReviewDate.isValid() && a->nextReviewDate < today)
            overdue.append(tr("%1 version %2 was due for review on %3").arg(instrumentName(a->packId)).arg(a->versionNo).arg(ukDate(a->nextReviewDate)));
    m_overdue->setText(tr("⚠ Review overdue: %1. Reassess the risk (protocol 3.7: kept under constant review).")
                           .arg(overdue.join(QStringLiteral("; "))));
    m_overdue->setVisible(!overdue.isEmpty());
}

bool RiskPage::sdashPromptShown() const { return !m_sdashPrompt->isHidden(); }

void RiskPage::startAssessment(const QString& packId)
{
    auto started = m_service.startAssessment(m_caseId, packId);
    if (!started.ok()) {
        prompts::warn(this, tr("Risk assessment"), started.error().text());
        return;
    }
    reload();
    openAssessment(started->id);
}

void RiskPage::openSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    openAssessment(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
}

void RiskPage::openAssessment(qint64 assessmentId)
{
    auto a = m_service.get(assessmentId);
    if (!a.ok()) {
        prompts::warn(this, tr("Risk assessment"), a.error().text());
        return;
    }
    AssessmentForm form(m_service, a.value(), this);
    connect(&form, &AssessmentForm::saved, this, [this] { emit assessmentsChanged(); });
    form.exec();
    reload();
    emit assessmentsChanged();
}

void RiskPage::compareVersions()
{
    // The selected assessment's form is compared; with nothing selected, the form most recently started.
    const auto rows = m_table->selectionModel()->selectedRows();
    const qint64 selectedId = rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    AssessmentDiffDialog dialog(m_service, m_history, selectedId, this);
    dialog.exec();
}

} // namespace conduct
