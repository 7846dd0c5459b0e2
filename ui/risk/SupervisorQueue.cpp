#include "risk/SupervisorQueue.h"
#include "common/UkTime.h"

#include "risk/AssessmentDiffDialog.h"
#include "risk/RiskLevelBadge.h"
#include "risk/RiskPage.h"
#include "common/Clock.h"
#include "widgets/SpellCheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace conduct {
namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString localTime(const QDateTime& utc) { return uktime::formatDateTime(utc); }

QString referralHtml(const QString& name, const ReferralRecord& r)
{
    if (r.decision == ReferralDecision::NotDecided) return QStringLiteral("<p><b>%1:</b> %2</p>").arg(name, esc(referralDecisionLabel(r.decision)));
    return QStringLiteral("<p><b>%1:</b> %2 on %3 – %4</p>")
        .arg(name, esc(referralDecisionLabel(r.decision)), uktime::formatDate(r.date), esc(r.reason));
}

QString packetHtml(const ReviewPacket& p)
{
    const RiskAssessment& a = p.assessment;
    QString html = QStringLiteral("<h3>%1 – %2 version %3</h3>").arg(esc(p.caseUrn), esc(instrumentName(a.packId))).arg(a.versionNo);
    html += SupervisorQueue::tr("<p>Completed by %1, submitted %2.</p>").arg(esc(a.authorName), localTime(a.submittedUtc));
    if (p.pack.scoring.counted) html += SupervisorQueue::tr("<p><b>Score:</b> %1").arg(a.score);
    if (!a.suggestedLevel.isEmpty())
        html += SupervisorQueue::tr(" · <b>Suggested:</b> %1").arg(esc(riskLevelLabel(p.pack, a.suggestedLevel)));
    html += SupervisorQueue::tr(" · <b>Officer's level:</b> %1</p>").arg(esc(riskLevelLabel(p.pack, a.officerLevel)));
    html += SupervisorQueue::tr("<p><b>Previous version:</b> %1</p>")
                .arg(p.previous ? esc(SupervisorQueue::tr("version %1, %2, approved by %3")
                                          .arg(p.previous->versionNo)
                                          .arg(riskLevelLabel(p.pack, p.previous->currentLevel()),
                                               p.previous->approval() ? p.previous->approval()->reviewerName : QString()))
                                : SupervisorQueue::tr("none approved"));
    // Issue 24: a case bundle's reviews are history from the other database, never this review.
    if (!a.transferredFrom.isEmpty()) {
        html += SupervisorQueue::tr("<p><b>Transferred from %1.</b> Its reviews there are history; your review is the first "
                                    "in this database.</p>").arg(esc(a.transferredFrom));
        if (!a.transferredReviews.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const TransferredReview& t : a.transferredReviews)
                html += QStringLiteral("<li>%1</li>")
                            .arg(esc(transferredReviewText(t, t.levelAgreed.isEmpty() ? QString() : riskLevelLabel(p.pack, t.levelAgreed))));
            html += QStringLiteral("</ul>");
        }
    }
    html += SupervisorQueue::tr("<p><b>Rationale:</b> %1</p>").arg(a.rationale.isEmpty() ? SupervisorQueue::tr("(none)") : esc(a.rationale));
    html += referralHtml(SupervisorQueue::tr("MARAC"), a.marac) + referralHtml(SupervisorQueue::tr("MAPPA"), a.mappa);
    html += SupervisorQueue::tr("<h4>Answers</h4><table cellspacing=0 cellpadding=3 border=1>");
    for (const FormItem* item : p.pack.items()) {
        const ItemAnswer answer = a.answers.items.value(item->id);
        if (answer.value.isNull() && answer.comment.isEmpty()) continue;
        QString text = esc(item->text);
        if (!item->wordingVerified()) text += QStringLiteral(" <i>[%1]</i>").arg(esc(verificationBadge(item->verification)));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(esc(item->number), text, esc(answerText(item, answer.value)), esc(answer.comment));
    }
    html += QStringLiteral("</table>");
    html += SupervisorQueue::tr("<h4>Incidents on the case (%1)</h4><ul>").arg(p.incidents.size());
    for (const Incident& i : p.incidents)
        html += QStringLiteral("<li>%1 – %2</li>").arg(i.startTimeKnown ? localTime(i.startUtc) : uktime::formatDateOnly(i.startUtc), esc(i.description.simplified().left(240)));
    html += QStringLiteral("</ul>");
    return html;
}
} // namespace

SupervisorQueue::SupervisorQueue(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_service(db, session),
      m_chargingService(db, session)
{
    setObjectName(QStringLiteral("supervisorQueue"));
    setWindowTitle(tr("Risk assessment review queue"));
    resize(1100, 700);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Submitted risk assessments of your teams' cases (and any you hold a reason for): high risk first, then "
                               "the longest waiting. "
                               "Select one and press A to approve or R to return it with your comment (protocol 3.7)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, left);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Assessments awaiting review"));
    m_table->setHorizontalHeaderLabels({tr("Level"), tr("Case"), tr("Form"), tr("Officer"), tr("Submitted"), tr("Waiting")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(QSize(18, 18));
    m_table->installEventFilter(this);
    leftLayout->addWidget(m_table, 2);
    auto* chargingLabel = new QLabel(tr("&Charging file awaiting approval (MG3, MG5) – Enter opens it in the case:"), left);
    chargingLabel->setWordWrap(true);
    m_chargingTable = new QTableWidget(0, 4, left);
    m_chargingTable->setObjectName(QStringLiteral("chargingQueueTable"));
    m_chargingTable->setAccessibleName(tr("Charging file awaiting approval"));
    m_chargingTable->setHorizontalHeaderLabels({tr("Case"), tr("Form"), tr("Officer"), tr("Submitted")});
    m_chargingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chargingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chargingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chargingTable->verticalHeader()->hide();
    m_chargingTable->horizontalHeader()->setStretchLastSection(true);
    chargingLabel->setBuddy(m_chargingTable);
    leftLayout->addWidget(chargingLabel);
    leftLayout->addWidget(m_chargingTable, 1);
    connect(m_chargingTable, &QTableWidget::itemActivated, this, &SupervisorQueue::openSelectedCharging);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(right);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    rightLayout->addWidget(m_detail, 1);
    auto* form = new QFormLayout;
    m_level = new QComboBox(right);
    m_level->setObjectName(QStringLiteral("levelAgreedCombo"));
    m_comment = new QPlainTextEdit(right);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    enableSpellCheck(m_comment);   // the supervisor's comments go into the case file
    auto* levelLabel = new QLabel(tr("Level a&greed:"), right);
    levelLabel->setBuddy(m_level);
    auto* commentLabel = new QLabel(tr("Co&mment:"), right);
    commentLabel->setBuddy(m_comment);
    form->addRow(levelLabel, m_level);
    form->addRow(commentLabel, m_comment);
    rightLayout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    m_approve = new QPushButton(tr("&Approve (A)"), right);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("&Return for changes (R)"), right);
    m_return->setObjectName(QStringLiteral("returnButton"));
    auto* refresh = new QPushButton(tr("Re&fresh"), right);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(refresh);
    rightLayout->addLayout(buttons);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});   // the queue's columns, including "Waiting", visible at once
    layout->addWidget(splitter, 1);
    connect(m_approve, &QPushButton::clicked, this, &SupervisorQueue::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &SupervisorQueue::returnSelected);
    connect(refresh, &QPushButton::clicked, this, &SupervisorQueue::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SupervisorQueue::showSelected);
    reload();
}

void SupervisorQueue::reload()
{
    auto queue = m_service.supervisorQueue();
    m_entries = queue.ok() ? queue.value() : QList<QueueEntry>{};
    if (!queue.ok()) report(queue.error().text(), true);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_entries.size()));
    const QDateTime now = Clock::nowUtc();
    for (int row = 0; row < m_entries.size(); ++row) {
        const QueueEntry& e = m_entries[row];
        const qint64 hours = e.assessment.submittedUtc.secsTo(now) / 3600;
        const QString waiting = (e.overdue ? tr("⚠ OVERDUE – ") : QString()) + tr("%n hour(s)", nullptr, int(hours));
        const QStringList cells = {e.levelLabel.isEmpty() ? tr("Not graded") : e.levelLabel, e.caseUrn,
                                   tr("%1 v%2").arg(instrumentName(e.assessment.packId)).arg(e.assessment.versionNo),
                                   e.assessment.authorName, localTime(e.assessment.submittedUtc), waiting};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 0) item->setIcon(riskLevelIcon(e.levelWeight));
            if (col == 5 && e.overdue) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty()) m_table->selectRow(0);
    showSelected();
    // Need to know: the queue is the supervisor's teams' cases (and any held under a reason).
    if (queue.ok())
        report(m_entries.isEmpty() ? tr("Nothing awaits review in your teams' cases.")
                                   : tr("%n assessment(s) await review in your teams' cases.", nullptr, int(m_entries.size())),
               false);
    reloadCharging();
}

void SupervisorQueue::reloadCharging()
{
    auto waiting = m_chargingService.awaitingApproval();
    m_chargingItems = waiting.ok() ? waiting.value() : QList<ChargingQueueItem>{};
    if (!waiting.ok()) report(waiting.error().text(), true);
    m_chargingTable->setRowCount(int(m_chargingItems.size()));
    for (int row = 0; row < m_chargingItems.size(); ++row) {
        const ChargingQueueItem& c = m_chargingItems[row];
        const QStringList cells = {c.urn, tr("Charging file – %1 v%2").arg(chargingFormLabel(c.form)).arg(c.version), c.authorName,
                                   localTime(c.submittedUtc)};
        for (int col = 0; col < cells.size(); ++col) m_chargingTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_chargingTable->resizeColumnsToContents();
}

void SupervisorQueue::openSelectedCharging()
{
    const int row = m_chargingTable->currentRow();
    if (row < 0 || row >= m_chargingItems.size()) return;
    emit openChargingRequested(m_chargingItems[row].caseId, m_chargingItems[row].form);
}

const QueueEntry* SupervisorQueue::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_entries.size()) return nullptr;
    return &m_entries[rows.first().row()];
}

void SupervisorQueue::showSelected()
{
    m_packet.reset();
    m_level->clear();
    const QueueEntry* e = selected();
    m_approve->setEnabled(e != nullptr);
    m_return->setEnabled(e != nullptr);
    if (!e) {
        m_detail->clear();
        return;
    }
    auto packet = m_service.openForReview(e->assessment.id);
    if (!packet.ok()) {
        m_detail->setPlainText(packet.error().text());
        return;
    }
    m_packet = packet.value();
    // The supervisor may agree or raise the officer's level, never lower it (return it instead).
    const int officerRank = m_packet->pack.scoring.levelRank(e->assessment.officerLevel);
    for (const RiskLevel& level : m_packet->pack.scoring.levels)
        if (m_packet->pack.scoring.levelRank(level.id) >= officerRank)
            m_level->addItem(riskLevelIcon(m_packet->pack, level.id), level.label, level.id);
    m_detail->setHtml(packetHtml(m_packet.value()));
}

bool SupervisorQueue::approveSelected()
{
    const QueueEntry* e = selected();
    if (!e) return false;
    const qint64 caseId = e->assessment.caseId;
    auto r = m_service.approve(e->assessment.id, m_level->currentData().toString(), m_comment->toPlainText());
    if (!r.ok()) {
        report(r.error().text(), true);
        return false;
    }
    m_comment->clear();
    reload();
    report(tr("Approved %1 version %2.").arg(instrumentName(r->packId)).arg(r->versionNo), false);
    emit decided(caseId);
    return true;
}

bool SupervisorQueue::returnSelected()
{
    const QueueEntry* e = selected();
    if (!e) return false;
    const qint64 caseId = e->assessment.caseId;
    auto r = m_service.returnForChanges(e->assessment.id, m_comment->toPlainText());
    if (!r.ok()) {
        report(r.error().text(), true);
        m_comment->setFocus();
        return false;
    }
    m_comment->clear();
    reload();
    report(tr("Returned %1 version %2 to %3.").arg(instrumentName(r->packId)).arg(r->versionNo).arg(r->authorName), false);
    emit decided(caseId);
    return true;
}

void SupervisorQueue::report(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
}

QString SupervisorQueue::statusText() const { return m_status->text(); }

bool SupervisorQueue::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (key->key() == Qt::Key_A) return approveSelected() || true;
            if (key->key() == Qt::Key_R) return returnSelected() || true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace conduct
